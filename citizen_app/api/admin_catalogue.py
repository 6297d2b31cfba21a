"""The administrator's side of the catalogue: departments (Open311 groups) and services with
their questions, read and saved through /api/v1/admin/ (see docs/admin-catalogue.md).

Blocking calls: run them in background tasks. A service or department the server refuses comes
back as `CatalogueRefused`, each mistake with its path in the document
("attributes[2].values") and a message in the caller's language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from citizen_app.api.accounts import Extensions
from citizen_app.api.errors import Rejected

LANGUAGES = ("ar", "en", "fr")
#: the six Open311 datatypes, in the order an administrator chooses among them
DATATYPES = ("string", "number", "datetime", "text", "singlevaluelist", "multivaluelist")
LIST_DATATYPES = ("singlevaluelist", "multivaluelist")
#: the start of a path into a whole document, where the server names one that way
_WHOLE = re.compile(r"^(services|groups)\[\d+\]\.?")


@dataclass(frozen=True)
class Mistake:
    """One thing wrong in what was sent: where (a path such as "attributes[2].values", relative
    to the service or department) and what, in words."""

    path: str
    message: str


class CatalogueRefused(Rejected):
    """422: the server named the mistakes; nothing was saved."""

    def __init__(self, error: Rejected, mistakes: list[Mistake]) -> None:
        super().__init__(error.status, error.code, [m.message for m in mistakes], error.params)
        self.mistakes = mistakes


class CatalogueApi:
    def __init__(self, extensions: Extensions) -> None:
        self.extensions = extensions

    def catalogue(self) -> dict[str, Any]:
        """The whole document: `groups` and `services` (retired ones too, each with its
        `version`)."""
        return self.extensions._call("GET", "/admin/catalogue")[0]

    def save_group(self, code: str, names: dict[str, str], order: int) -> dict[str, Any]:
        body = {"names": names, "order": order}
        return self._put(f"/admin/groups/{quote(code, safe='')}", body)

    def save_service(self, service: dict[str, Any]) -> dict[str, Any]:
        """Create or change a service (retire it with `active` false); the answer is the
        service as stored, with its new `version`."""
        body = {k: v for k, v in service.items() if k != "version"}
        return self._put(f"/admin/services/{quote(service['code'], safe='')}", body)

    def _put(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        try:
            return self.extensions._call("PUT", path, json=body)[0]
        except Rejected as error:
            mistakes = _mistakes(error.body) if error.status in (400, 422) else []
            if mistakes:
                raise CatalogueRefused(error, mistakes) from error
            raise


def _mistakes(body: Any) -> list[Mistake]:
    """The list of mistakes of a refusal: `{"errors": [{path, message}]}` at the top or inside
    an /api/v1 error; paths relative to the one service or department sent (a leading
    "services[0]." or "groups[0]." is dropped)."""
    if not isinstance(body, dict):
        return []
    found = body.get("errors")
    error = body.get("error")
    if found is None and isinstance(error, dict):
        found = error.get("errors") or (error.get("params") or {}).get("errors")
    mistakes = []
    for item in found if isinstance(found, list) else []:
        if isinstance(item, dict) and isinstance(item.get("message"), str):
            path = _WHOLE.sub("", str(item.get("path") or ""))
            mistakes.append(Mistake(path, item["message"]))
    return mistakes
