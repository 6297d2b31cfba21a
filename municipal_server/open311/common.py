"""What the Open311 routes share: the format path parameter and the jurisdiction check."""

from __future__ import annotations

from enum import StrEnum

from municipal_server.config import Settings
from municipal_server.errors import ApiError

PREFIX = "/open311/v2"
SPEC = "http://wiki.open311.org/GeoReport_v2"

# Every route may answer with the standard's error list.
ERRORS = {
    400: {"description": "Open311 error list: missing or invalid parameter"},
    403: {"description": "Open311 error list: missing or invalid api_key"},
    404: {"description": "Open311 error list: unknown resource or jurisdiction"},
}


class Format(StrEnum):
    json = "json"
    xml = "xml"


def check_jurisdiction(settings: Settings, jurisdiction_id: str | None) -> None:
    if jurisdiction_id and jurisdiction_id.strip() != settings.jurisdiction_id:
        raise ApiError(404, "jurisdiction_not_found", "jurisdiction_id not found")
