"""The clerk's queue: filters, Arabic-insensitive search, sort, pages and counts per status.

Built to stay fast on a million rows: every filter and sort key is an indexed column, and a
page's relationships are loaded in a fixed number of queries (no N+1). The counts per status
for the filters a clerk opens the queue with (none, a service or group, an assignee) are read
from queue_counts, which the database keeps (queue_triggers.py): a few hundred rows, not a
million. Other filters (dates, overdue, a search) count the matching rows with one GROUP BY,
and a client scrolling further down asks for a page without its counts (`counts=false`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Annotated, Any

from fastapi import APIRouter, Query
from pydantic import BaseModel
from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import Session, aliased
from starlette.responses import Response

from municipal_server.api.clerk_inputs import moment, text
from municipal_server.api.schemas import errors
from municipal_server.api.serialize import request_summary
from municipal_server.arabic import ascii_digits, normalize
from municipal_server.config import Settings
from municipal_server.deps import ClerkUser, LanguageDep, SessionDep, SettingsDep, read_only
from municipal_server.errors import invalid_field
from municipal_server.models import QueueCount, Service, ServiceRequest, User
from municipal_server.open311.render import json_bytes
from municipal_server.statuses import STATUSES
from municipal_server.targets import overdue_clause
from municipal_server.text import fold_invisible
from municipal_server.timeutil import utcnow

router = APIRouter(prefix="/clerk", tags=["clerk"])

# `number` sorts by id: numbers are prefix-year-id, so the two orders agree and the id is the
# primary key. `status` sorts in workflow order (submitted first), not alphabetically.
SORTS = {
    "requested": ServiceRequest.requested_at,
    "updated": ServiceRequest.updated_at,
    "expected": ServiceRequest.expected_at,
    "status": case(
        {status: position for position, status in enumerate(STATUSES)},
        value=ServiceRequest.status,
        else_=len(STATUSES),
    ),
    "service": Service.code,
    "number": ServiceRequest.id,
}
# The columns of a request that request_summary reads.
SUMMARY_COLUMNS = (
    ServiceRequest.id,
    ServiceRequest.number,
    ServiceRequest.service_id,
    ServiceRequest.status,
    ServiceRequest.description,
    ServiceRequest.address,
    ServiceRequest.lat,
    ServiceRequest.long,
    ServiceRequest.requested_at,
    ServiceRequest.updated_at,
    ServiceRequest.expected_at,
    ServiceRequest.resolved_at,
    ServiceRequest.assignee_id,
    ServiceRequest.duplicate_of_id,
    ServiceRequest.rating,
    ServiceRequest.reopen_count,
)
# The request a row is a duplicate of (made once: a new alias per page cost a tenth of it).
DUPLICATE = aliased(ServiceRequest, name="duplicate")
ASSIGNEE_PATTERN = re.compile(r"^(me|none|[0-9]{1,18})$")
NUMBER_PATTERN = re.compile(r"^[A-Z]{1,10}-[0-9]{4}-[0-9]{1,12}$")
ListParam = Annotated[str | None, Query(max_length=1000)]


class QueuePage(BaseModel):
    items: list[dict[str, Any]]
    #: null when the page was asked for without counts
    total: int | None
    page: int
    page_size: int
    counts: dict[str, int] | None


def _split(field: str, value: str | None) -> list[str]:
    return [part.strip() for part in (text(field, value) or "").split(",") if part.strip()]


def searched_number(q: str | None) -> str | None:
    """The request number `q` spells (any digit shapes, any case, blanks around), or None."""
    candidate = fold_invisible(ascii_digits(q or "")).strip().upper()
    return candidate if NUMBER_PATTERN.match(candidate) else None


def _like(needle: str) -> str:
    """A LIKE pattern matching `needle` anywhere, with its own % and _ taken literally."""
    escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _service_ids(session: Session, service: str | None, group: str | None) -> list[int] | None:
    """Ids of the services named by code or group (None: no such filter).

    The catalogue is a few dozen rows; filtering the requests by the indexed service_id
    avoids joining the catalogue into every count over the whole table.
    """
    codes, groups = _split("service", service), _split("group", group)
    if not codes and not groups:
        return None
    query = select(Service.id)
    if codes:
        query = query.where(Service.code.in_(codes))
    if groups:
        query = query.where(Service.group.in_(groups))
    return list(session.scalars(query))


@dataclass
class Filters:
    """What the queue is filtered by, status aside; counted from queue_counts when it names
    only services and an assignee."""

    service_ids: list[int] | None = None
    #: 0 for "nobody", as in queue_counts
    assignee_id: int | None = None
    scan: bool = False


def _filtered(
    session: Session,
    clerk: User,
    service: str | None,
    group: str | None,
    assignee: str | None,
    overdue: bool,
    q: str | None,
    from_: str | None,
    to: str | None,
) -> tuple[Select, Filters]:
    """The queue's rows for every filter except status (the counts are per status)."""
    # Requests of batch services have no number until their token resolves: not yet work.
    query: Select = select(ServiceRequest).where(ServiceRequest.number.is_not(None))
    filters = Filters()
    if (ids := _service_ids(session, service, group)) is not None:
        query = query.where(ServiceRequest.service_id.in_(ids))
        filters.service_ids = ids
    if start := moment("from", from_):
        query = query.where(ServiceRequest.requested_at >= start)
        filters.scan = True
    if end := moment("to", to):
        query = query.where(ServiceRequest.requested_at <= end)
        filters.scan = True
    if assignee:
        if not ASSIGNEE_PATTERN.match(assignee):
            raise invalid_field("assignee", "a user id, me or none")
        if assignee == "me":
            query = query.where(ServiceRequest.assignee_id == clerk.id)
            filters.assignee_id = clerk.id
        elif assignee == "none":
            query = query.where(ServiceRequest.assignee_id.is_(None))
            filters.assignee_id = 0
        else:
            query = query.where(ServiceRequest.assignee_id == int(assignee))
            filters.assignee_id = int(assignee)
    if overdue:
        query = query.where(overdue_clause(utcnow()))
        filters.scan = True
    if needle := normalize(text("q", q) or ""):
        query = query.where(ServiceRequest.search_text.like(_like(needle), escape="\\"))
        filters.scan = True
    return query, filters


def _counts(session: Session, base: Select, filters: Filters) -> dict[str, int]:
    """Numbered requests per status for the filters: from queue_counts when they allow it."""
    if filters.scan:
        query = base.with_only_columns(ServiceRequest.status, func.count()).group_by(
            ServiceRequest.status
        )
        return dict(session.execute(query).tuples().all())
    kept = select(QueueCount.status, func.sum(QueueCount.n)).group_by(QueueCount.status)
    if filters.service_ids is not None:
        kept = kept.where(QueueCount.service_id.in_(filters.service_ids))
    if filters.assignee_id is not None:
        kept = kept.where(QueueCount.assignee_id == filters.assignee_id)
    return {status: int(n) for status, n in session.execute(kept).tuples() if n}


@router.get("/requests", response_model=QueuePage, responses=errors(400, 401, 403, 422))
@read_only
def queue(
    clerk: ClerkUser,
    session: SessionDep,
    settings: SettingsDep,
    language: LanguageDep,
    status: ListParam = None,
    service: ListParam = None,
    group: ListParam = None,
    assignee: Annotated[str | None, Query(max_length=18)] = None,
    overdue: bool = False,
    q: Annotated[str | None, Query(max_length=200)] = None,
    sort: Annotated[str, Query(max_length=20)] = "-requested",
    page: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
    page_size: Annotated[int, Query(ge=1, le=500)] = 50,
    from_: Annotated[str | None, Query(alias="from", max_length=40)] = None,
    to: Annotated[str | None, Query(max_length=40)] = None,
    counts: bool = True,
) -> Response:
    """Requests for the clerk, with counts per status for the same filters (status aside).

    `q` matches any part of the number, description, address, contact, service name or
    attributes, with Arabic letter variants, diacritics and digit shapes folded on both sides.
    With `counts=false`, `total` and `counts` are null and not computed.
    """
    statuses = _split("status", status)
    if unknown := [s for s in statuses if s not in STATUSES]:
        raise invalid_field("status", "unknown status", allowed=list(STATUSES), got=unknown)
    field = sort.removeprefix("-")
    if field not in SORTS:
        raise invalid_field("sort", "unknown sort", allowed=sorted(SORTS))
    base, filters = _filtered(session, clerk, service, group, assignee, overdue, q, from_, to)
    per_status, total = None, None
    if counts:
        found = _counts(session, base, filters)
        per_status = dict.fromkeys(STATUSES, 0) | found
        total = sum(per_status[s] for s in set(statuses)) if statuses else sum(found.values())
    rows = base.where(ServiceRequest.status.in_(statuses)) if statuses else base
    descending = sort.startswith("-")
    column = SORTS[field]
    order = column.desc() if descending else column.asc()
    if field == "expected":
        # Requests with no promised date last either way, the same on SQLite and PostgreSQL
        # (only this key is nullable; NULLS LAST elsewhere would keep PostgreSQL off the index).
        order = order.nulls_last()
    # The id breaks ties, so that pages never overlap or skip a row.
    tie = ServiceRequest.id.desc() if descending else ServiceRequest.id.asc()
    keys = [order, tie]
    if number := searched_number(q):
        # The request a clerk reads out by number comes first, before any request whose text
        # merely holds that number (a decoy description with `HEB-٢٠٢٦-000005`, say).
        keys.insert(0, case((ServiceRequest.number == number, 0), else_=1))
    if field == "service":
        rows = rows.join(Service)
    # Encoded here, not checked again against QueuePage (which the document still declares):
    # validating and encoding 100 summaries through the model cost as much as reading them.
    body = {
        "items": _page_items(session, rows, keys, page, page_size, settings, language),
        "total": total,
        "page": page,
        "page_size": page_size,
        "counts": per_status,
    }
    return Response(json_bytes(body), media_type="application/json")


def _page_items(
    session: Session,
    rows: Select,
    keys: list[Any],
    page: int,
    page_size: int,
    settings: Settings,
    language: str,
) -> list[dict[str, Any]]:
    """A page as request_summary shows it, read in one query of the columns it shows (no ORM
    objects: building 100 of them, with their relationships, cost more than the query) and
    one for the columns of the page's few services."""
    duplicate = DUPLICATE
    query = (
        rows.with_only_columns(
            *SUMMARY_COLUMNS,
            User.id.label("assignee_user_id"),
            User.name.label("assignee_name"),
            duplicate.number.label("duplicate_number"),
        )
        .outerjoin(User, User.id == ServiceRequest.assignee_id)
        .outerjoin(duplicate, duplicate.id == ServiceRequest.duplicate_of_id)
        .order_by(*keys)
        .offset((page - 1) * page_size)
        .limit(page_size)
    )
    result = session.execute(query)
    keys = list(result.keys())
    # (zip with the keys: Row._asdict cost ten microseconds a row)
    found = [dict(zip(keys, row, strict=True)) for row in result]
    ids = {values["service_id"] for values in found}
    # The columns request_summary reads, not whole Service objects.
    services = {
        s.id: s
        for s in session.execute(
            select(
                Service.id, Service.code, Service.names, Service.group, Service.visibility
            ).where(Service.id.in_(ids))
        )
    }
    items = []
    for values in found:
        user_id, name = values.pop("assignee_user_id"), values.pop("assignee_name")
        number = values.pop("duplicate_number")
        row = SimpleNamespace(
            **values,
            service=services[values["service_id"]],
            assignee=SimpleNamespace(id=user_id, name=name) if user_id is not None else None,
            duplicate_of=SimpleNamespace(number=number) if number is not None else None,
        )
        items.append(request_summary(row, settings, language))  # type: ignore[arg-type]
    return items
