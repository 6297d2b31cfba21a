"""Workload figures for the clerk's statistics page."""

from __future__ import annotations

from collections import Counter, defaultdict
from statistics import median
from typing import Annotated, Any

from fastapi import APIRouter, Query
from pydantic import BaseModel
from sqlalchemy import func, select

from municipal_server.api.schemas import errors
from municipal_server.deps import ClerkUser, LanguageDep, SessionDep
from municipal_server.errors import date_param
from municipal_server.i18n import localized
from municipal_server.models import Service, ServiceRequest
from municipal_server.statuses import OPEN, STATUSES
from municipal_server.timeutil import utcnow

router = APIRouter(prefix="/clerk", tags=["clerk"])


class StatsOut(BaseModel):
    total: int
    by_status: dict[str, int]
    by_service: list[dict[str, Any]]
    by_group: dict[str, int]
    opened_vs_resolved: list[dict[str, Any]]
    median_hours_to_resolve: float | None
    median_hours_by_service: dict[str, float]
    overdue: int


def _week(moment) -> str:
    year, week, _ = moment.isocalendar()
    return f"{year}-W{week:02d}"


@router.get("/stats", response_model=StatsOut, responses=errors(401, 403, 422))
def stats(
    clerk: ClerkUser,
    session: SessionDep,
    language: LanguageDep,
    from_: Annotated[str | None, Query(alias="from")] = None,
    to: str | None = None,
) -> StatsOut:
    """Counts by status, service and group; opened vs resolved per ISO week; time to resolve."""
    where = [ServiceRequest.number.is_not(None)]
    if start := date_param("from", from_):
        where.append(ServiceRequest.requested_at >= start)
    if end := date_param("to", to):
        where.append(ServiceRequest.requested_at <= end)
    by_status = dict.fromkeys(STATUSES, 0) | dict(
        session.execute(
            select(ServiceRequest.status, func.count())
            .where(*where)
            .group_by(ServiceRequest.status)
        )
        .tuples()
        .all()
    )
    services = {s.id: s for s in session.scalars(select(Service))}
    per_service = dict(
        session.execute(
            select(ServiceRequest.service_id, func.count())
            .where(*where)
            .group_by(ServiceRequest.service_id)
        )
        .tuples()
        .all()
    )
    by_group: Counter[str] = Counter()
    for service_id, count in per_service.items():
        by_group[services[service_id].group] += count
    overdue = session.scalar(
        select(func.count()).where(
            *where, ServiceRequest.expected_at < utcnow(), ServiceRequest.status.in_(OPEN)
        )
    )
    opened: Counter[str] = Counter(
        _week(moment)
        for moment in session.scalars(select(ServiceRequest.requested_at).where(*where))
    )
    resolved: Counter[str] = Counter()
    hours: dict[int, list[float]] = defaultdict(list)
    for service_id, requested, done in session.execute(
        select(ServiceRequest.service_id, ServiceRequest.requested_at, ServiceRequest.resolved_at)
        .where(*where, ServiceRequest.resolved_at.is_not(None))
        .where(ServiceRequest.status.in_(("resolved", "closed")))
    ):
        resolved[_week(done)] += 1
        hours[service_id].append((done - requested).total_seconds() / 3600)
    everything = [h for values in hours.values() for h in values]
    return StatsOut(
        total=sum(by_status.values()),
        by_status=by_status,
        by_service=[
            {
                "code": services[sid].code,
                "name": localized(services[sid].names, language),
                "count": count,
            }
            for sid, count in sorted(per_service.items(), key=lambda item: -item[1])
        ],
        by_group=dict(by_group),
        opened_vs_resolved=[
            {"week": week, "opened": opened[week], "resolved": resolved[week]}
            for week in sorted(set(opened) | set(resolved))
        ],
        median_hours_to_resolve=round(median(everything), 2) if everything else None,
        median_hours_by_service={
            services[sid].code: round(median(values), 2) for sid, values in hours.items()
        },
        overdue=overdue or 0,
    )
