"""The clerk's queue: filters, Arabic-insensitive search, sort, pages and counts per status."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query
from pydantic import BaseModel
from sqlalchemy import Select, func, select
from sqlalchemy.orm import selectinload

from municipal_server.api.schemas import errors
from municipal_server.api.serialize import request_summary
from municipal_server.arabic import normalize
from municipal_server.deps import ClerkUser, LanguageDep, SessionDep, SettingsDep
from municipal_server.errors import date_param, invalid_field
from municipal_server.models import Service, ServiceRequest
from municipal_server.statuses import OPEN, STATUSES
from municipal_server.timeutil import utcnow

router = APIRouter(prefix="/clerk", tags=["clerk"])

SORTS = {
    "requested": ServiceRequest.requested_at,
    "updated": ServiceRequest.updated_at,
    "expected": ServiceRequest.expected_at,
    "status": ServiceRequest.status,
    "service": Service.code,
    "number": ServiceRequest.id,
}


class QueuePage(BaseModel):
    items: list[dict[str, Any]]
    total: int
    page: int
    page_size: int
    counts: dict[str, int]


def _split(value: str | None) -> list[str]:
    return [part.strip() for part in (value or "").split(",") if part.strip()]


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


@router.get("/requests", response_model=QueuePage, responses=errors(400, 401, 403, 422))
def queue(
    clerk: ClerkUser,
    session: SessionDep,
    settings: SettingsDep,
    language: LanguageDep,
    status: str | None = None,
    service: str | None = None,
    group: str | None = None,
    assignee: str | None = None,
    overdue: bool = False,
    q: Annotated[str | None, Query(max_length=200)] = None,
    sort: str = "-requested",
    page: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
    page_size: Annotated[int, Query(ge=1, le=500)] = 50,
    from_: Annotated[str | None, Query(alias="from")] = None,
    to: str | None = None,
) -> QueuePage:
    """Requests for the clerk, with counts per status for the same filters (status aside)."""
    statuses = _split(status)
    if any(s not in STATUSES for s in statuses):
        raise invalid_field("status", "unknown status", allowed=list(STATUSES))
    field = sort.lstrip("-")
    if field not in SORTS:
        raise invalid_field("sort", "unknown sort", allowed=sorted(SORTS))
    base: Select = select(ServiceRequest).join(Service).where(ServiceRequest.number.is_not(None))
    if codes := _split(service):
        base = base.where(Service.code.in_(codes))
    if groups := _split(group):
        base = base.where(Service.group.in_(groups))
    if start := date_param("from", from_):
        base = base.where(ServiceRequest.requested_at >= start)
    if end := date_param("to", to):
        base = base.where(ServiceRequest.requested_at <= end)
    if assignee == "me":
        base = base.where(ServiceRequest.assignee_id == clerk.id)
    elif assignee == "none":
        base = base.where(ServiceRequest.assignee_id.is_(None))
    elif assignee:
        if not assignee.isdigit() or len(assignee) > 18:
            raise invalid_field("assignee", "a user id, me or none")
        base = base.where(ServiceRequest.assignee_id == int(assignee))
    if overdue:
        base = base.where(ServiceRequest.expected_at < utcnow(), ServiceRequest.status.in_(OPEN))
    if q and normalize(q):
        base = base.where(ServiceRequest.search_text.like(_like(normalize(q)), escape="\\"))
    counts_query = base.with_only_columns(ServiceRequest.status, func.count()).group_by(
        ServiceRequest.status
    )
    counts = dict.fromkeys(STATUSES, 0) | dict(session.execute(counts_query).tuples().all())
    filtered = base.where(ServiceRequest.status.in_(statuses)) if statuses else base
    total = sum(counts[s] for s in statuses) if statuses else sum(counts.values())
    column = SORTS[field]
    order = column.desc() if sort.startswith("-") else column.asc()
    tie = ServiceRequest.id.desc() if sort.startswith("-") else ServiceRequest.id.asc()
    rows = session.scalars(
        filtered.options(
            selectinload(ServiceRequest.service),
            selectinload(ServiceRequest.assignee),
            selectinload(ServiceRequest.duplicate_of),
        )
        .order_by(order, tie)
        .offset((page - 1) * page_size)
        .limit(page_size)
    )
    return QueuePage(
        items=[request_summary(r, settings, language) for r in rows],
        total=total,
        page=page,
        page_size=page_size,
        counts=counts,
    )
