"""What the Open311 routes share: the format path parameter and the jurisdiction check."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Path

from municipal_server.config import Settings
from municipal_server.errors import ApiError

PREFIX = "/open311/v2"
SPEC = "http://wiki.open311.org/GeoReport_v2"
FORMATS = ("json", "xml")


async def answer_format(
    fmt: Annotated[str, Path(description="json or xml", json_schema_extra={"enum": FORMATS})],
) -> str:
    """The format suffix; any other suffix names a resource that does not exist (404).

    Checked here rather than by an enum type so that `services.csv` is a 404 in the standard's
    error list, like any other unknown path, and not a 400 about a parameter.
    """
    if fmt not in FORMATS:
        raise ApiError(404, "not_found", f"no such format {fmt!r}: use .json or .xml")
    return fmt


Format = Annotated[str, Depends(answer_format)]


def check_jurisdiction(settings: Settings, jurisdiction_id: str | None) -> None:
    if jurisdiction_id and jurisdiction_id.strip() != settings.jurisdiction_id:
        raise ApiError(404, "jurisdiction_not_found", "jurisdiction_id not found")
