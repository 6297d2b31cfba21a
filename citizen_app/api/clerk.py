"""The clerk's side of our /api/v1 extension: the queue, a request's full detail, the actions
and the statistics. Blocking calls: run them in background tasks.

Every action carries an Idempotency-Key chosen by the caller when the clerk presses the button,
so a retry after a lost answer never adds a second note or a second status change.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from citizen_app.api.accounts import Extensions


@dataclass(frozen=True)
class QueueQuery:
    """What the clerk asked the queue for: filters (comma-separated lists) and a sort key
    (`-requested`, `status`, …: a leading minus sorts descending)."""

    status: str = ""
    service: str = ""
    group: str = ""
    assignee: str = ""  # "me", "none" or a staff id
    overdue: bool = False
    q: str = ""
    date_from: str = ""
    date_to: str = ""
    sort: str = "-requested"

    def params(self) -> dict[str, Any]:
        found: dict[str, Any] = {
            "status": self.status,
            "service": self.service,
            "group": self.group,
            "assignee": self.assignee,
            "q": self.q.strip(),
            "from": self.date_from,
            "to": self.date_to,
            "sort": self.sort,
        }
        if self.overdue:
            found["overdue"] = "true"
        return {k: v for k, v in found.items() if v}


@dataclass(frozen=True)
class QueuePage:
    items: list[dict[str, Any]]
    #: None when asked for without counts (a page further down)
    total: int | None
    page: int
    counts: dict[str, int] | None


class ClerkApi:
    def __init__(self, extensions: Extensions) -> None:
        self.extensions = extensions

    def queue(
        self, query: QueueQuery, page: int = 1, page_size: int = 100, counted: bool = True
    ) -> QueuePage:
        """One page; `counted=False` spares the server counting every matching request (the
        total and per-status counts are then None)."""
        params = {**query.params(), "page": page, "page_size": page_size}
        if not counted:
            params["counts"] = "false"
        data, _ = self.extensions._call("GET", "/clerk/requests", params=params)
        return QueuePage(data["items"], data.get("total"), data["page"], data.get("counts"))

    def detail(self, number: str) -> dict[str, Any]:
        return self.extensions.request(number)

    def transitions(self, number: str) -> list[str]:
        return self.extensions._call("GET", f"/clerk/requests/{number}/transitions")[0]["allowed"]

    def clerks(self) -> list[dict[str, Any]]:
        return self.extensions._call("GET", "/clerk/clerks")[0]

    def stats(self, date_from: str = "", date_to: str = "") -> dict[str, Any]:
        params = {k: v for k, v in (("from", date_from), ("to", date_to)) if v}
        return self.extensions._call("GET", "/clerk/stats", params=params)[0]

    def _act(self, number: str, action: str, body: dict[str, Any], key: str) -> dict[str, Any]:
        return self.extensions._call(
            "POST",
            f"/clerk/requests/{number}/{action}",
            json=body,
            headers={"Idempotency-Key": key},
        )[0]

    def change_status(
        self, number: str, status: str, note: str, key: str, audience: str = "public"
    ) -> dict[str, Any]:
        """`audience` of the note: "staff", "citizen" or "public" (everyone)."""
        body: dict[str, Any] = {"status": status}
        if note.strip():
            body["note"] = note
            body.update(_audience(audience, "public"))
        return self._act(number, "status", body, key)

    def add_note(self, number: str, note: str, key: str, audience: str = "staff") -> dict[str, Any]:
        """A note without a status change, for `audience` (staff only unless chosen)."""
        return self._act(number, "notes", {"note": note, **_audience(audience, "staff")}, key)

    def assign(self, number: str, assignee: int | str | None, key: str) -> dict[str, Any]:
        """`assignee`: a staff id, "me", or None to unassign."""
        return self._act(number, "assign", {"assignee_id": assignee}, key)

    def mark_duplicate(self, number: str, of: str, note: str, key: str) -> dict[str, Any]:
        body = {"of": of, **({"note": note} if note.strip() else {})}
        return self._act(number, "duplicate", body, key)

    def set_expected(self, number: str, when: str, key: str) -> dict[str, Any]:
        return self._act(number, "expected", {"expected_datetime": when}, key)


def _audience(audience: str, default: str) -> dict[str, str]:
    """The audience field, sent only when it is not the action's default: a server from before
    audiences refuses the unknown field (422), so a narrower choice is never silently widened,
    and a default choice still works there."""
    return {} if audience == default else {"audience": audience}
