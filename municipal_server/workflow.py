"""Changes to a request that every route shares: history events, status moves, search text."""

from __future__ import annotations

from typing import Any

from municipal_server.arabic import normalize
from municipal_server.audience import STAFF
from municipal_server.errors import ApiError
from municipal_server.models import RequestEvent, ServiceRequest, User
from municipal_server.statuses import OPEN, can_move
from municipal_server.timeutil import utcnow


def request_number(prefix: str, request: ServiceRequest) -> str:
    """`HEB-2026-000123`: readable over the phone; the sequence is the row id (needs a flush)."""
    return f"{prefix}-{request.requested_at.year}-{request.id:06d}"


def refresh_search_text(request: ServiceRequest) -> None:
    """Fold everything a clerk may search by into one Arabic-normalised column."""
    service = request.service
    parts = [
        request.number or "",
        request.description or "",
        request.address or "",
        request.first_name or "",
        request.last_name or "",
        request.email or "",
        request.phone or "",
        *(service.names.values() if service else ()),
        *(str(v) for v in (request.attributes or {}).values()),
    ]
    request.search_text = normalize(" ".join(p for p in parts if p))


def add_event(
    request: ServiceRequest,
    kind: str,
    actor: User | None,
    *,
    status: str | None = None,
    note: str | None = None,
    audience: str = STAFF,
    data: dict[str, Any] | None = None,
) -> RequestEvent:
    """Append one line to the history; `audience` (audience.py) says who may read its note and
    defaults to staff only, so a forgotten argument never publishes anything."""
    now = utcnow()
    event = RequestEvent(
        at=now,
        actor_id=actor.id if actor else None,
        kind=kind,
        status=status,
        note=note,
        audience=audience,
        data=data or {},
    )
    request.events.append(event)
    request.updated_at = now
    return event


def set_status(
    request: ServiceRequest,
    target: str,
    actor: User | None,
    note: str | None = None,
    *,
    audience: str,
    check: bool = True,
) -> RequestEvent:
    """Move `request` to `target` (an allowed transition unless `check` is off) with a note for
    `audience` (the status itself is always known to the citizen, and public for a public
    service)."""
    if check and not can_move(request.status, target):
        raise ApiError(
            409,
            "transition_not_allowed",
            f"cannot move a request from {request.status} to {target}",
            {"from": request.status, "to": target},
        )
    request.status = target
    if target in OPEN:
        request.resolved_at = None
    elif request.resolved_at is None:
        request.resolved_at = utcnow()
    return add_event(request, "status", actor, status=target, note=note or None, audience=audience)
