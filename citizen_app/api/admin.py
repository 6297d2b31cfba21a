"""The administrator's side of our /api/v1 extension: staff accounts.

Blocking calls: run them in background tasks. A new or reset password comes back once, in the
answer, to be handed to the person; the app shows it and keeps it nowhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from citizen_app.api.accounts import Extensions

#: roles an administrator gives to staff accounts
STAFF_ROLES = ("clerk", "supervisor", "admin")


@dataclass(frozen=True)
class Handover:
    """A staff account and the one-time password to give its owner."""

    account: dict[str, Any]
    one_time_password: str


class StaffApi:
    def __init__(self, extensions: Extensions) -> None:
        self.extensions = extensions

    def staff(self) -> list[dict[str, Any]]:
        return self.extensions._call("GET", "/admin/staff")[0]["items"]

    def create(
        self,
        name: str,
        *,
        email: str = "",
        phone: str = "",
        role: str = "clerk",
        department: str = "",
        language: str = "ar",
    ) -> Handover:
        body: dict[str, Any] = {"name": name, "role": role, "language": language}
        body.update({k: v for k, v in (("email", email), ("phone", phone)) if v})
        if department:
            body["department"] = department
        return _handover(self.extensions._call("POST", "/admin/staff", json=body)[0])

    def update(self, user_id: int, **changes: Any) -> dict[str, Any]:
        """Change `role`, `department` ("" for the whole municipality) or `is_active`."""
        return self.extensions._call("PATCH", f"/admin/staff/{int(user_id)}", json=changes)[0]

    def reset_password(self, user_id: int) -> Handover:
        path = f"/admin/staff/{int(user_id)}/reset-password"
        return _handover(self.extensions._call("POST", path, json={})[0])


def _handover(data: dict[str, Any]) -> Handover:
    return Handover(data["account"], data["one_time_password"])


class AdministrationApi(StaffApi):
    """Staff accounts, the calendar and the audit log."""

    def calendar(self) -> dict[str, Any]:
        """`rest_days` (0 = Monday … 6 = Sunday), `holidays` [{date, name}], `from_defaults`."""
        return self.extensions._call("GET", "/admin/calendar")[0]

    def save_calendar(self, rest_days: list[int], holidays: list[dict[str, str]]) -> dict[str, Any]:
        body = {"rest_days": rest_days, "holidays": holidays}
        return self.extensions._call("PUT", "/admin/calendar", json=body)[0]

    def audit(self, q: str = "", page: int = 1) -> dict[str, Any]:
        params = {"q": q.strip(), "page": page} if q.strip() else {"page": page}
        return self.extensions._call("GET", "/admin/audit", params=params)[0]
