"""My requests from a plain Open311 server, in the shapes the pages already show.

Without our extensions there is no account: the numbers come from LocalRequests and the
details from the public GET requests (with `extensions=true` where the server honours it).
"""

from __future__ import annotations

from typing import Any

from citizen_app.api.client import Open311Client
from citizen_app.api.models import ServiceRequest


def _iso(value: Any) -> str | None:
    return value.isoformat() if value else None


def summary(request: ServiceRequest) -> dict[str, Any]:
    return {
        "id": request.id,
        "service_code": request.service_code,
        "service_name": request.service_name or request.service_code,
        "status": request.extended_status or request.status,
        "requested_datetime": _iso(request.requested),
        "updated_datetime": _iso(request.updated),
        "expected_datetime": _iso(request.expected),
        "address": request.address,
        "description": request.description,
    }


def detail(request: ServiceRequest) -> dict[str, Any]:
    body = summary(request)
    events = [
        {
            "at": _iso(n.at),
            "kind": "status" if n.status else n.kind,
            "status": n.status,
            "note": n.description,
        }
        for n in request.notes
    ]
    if not events and request.status_notes:
        events.append(
            {
                "at": _iso(request.updated),
                "kind": "status",
                "status": body["status"],
                "note": request.status_notes,
            }
        )
    body.update(events=events, attachments=[], rating=None, reopen_count=1, duplicate_of=None)
    return body


def my_requests(client: Open311Client, numbers: list[str]) -> list[dict[str, Any]]:
    if not numbers:
        return []
    found = client.requests(service_request_id=",".join(numbers), extensions="true")
    by_id = {r.id: r for r in found}
    return [summary(by_id[n]) for n in numbers if n in by_id]


def request_detail(client: Open311Client, number: str) -> dict[str, Any]:
    found = client.request(number)
    if found is None:
        from citizen_app.api.errors import Rejected

        raise Rejected(404, "not_found", [number])
    return detail(found)
