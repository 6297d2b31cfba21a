"""Workload figures for the clerk's statistics page.

Counts are grouped in SQL. ISO weeks in the municipality's time zone have no portable SQL
between SQLite and PostgreSQL, so SQL counts per UTC hour and Python folds the hours into local
weeks (exact for zones with whole-hour offsets, as Asia/Hebron has); medians have no portable
SQL either, so SQL computes each resolution time and Python takes the median of the numbers.

Periods: `from`/`to` select requests *opened* in the period for the counts and the weekly
"opened" figure, and requests *resolved* in the period for the weekly "resolved" figure and the
times to resolve; that way each week's figures are what happened in that week.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import datetime
from statistics import median
from typing import Annotated
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Query
from pydantic import BaseModel
from sqlalchemy import ColumnElement, func, literal_column, select, type_coerce
from sqlalchemy.orm import InstrumentedAttribute, Session

from municipal_server.api.clerk_inputs import moment
from municipal_server.api.schemas import errors
from municipal_server.deps import ClerkUser, LanguageDep, SessionDep, SettingsDep
from municipal_server.i18n import localized
from municipal_server.models import Service, ServiceRequest, UTCDateTime, VisitFeedback
from municipal_server.statuses import OPEN, STATUSES
from municipal_server.timeutil import utcnow

router = APIRouter(prefix="/clerk", tags=["clerk"])
DONE = ("resolved", "closed")
SCORES = {3: "good", 2: "acceptable", 1: "poor"}


class ServiceCount(BaseModel):
    code: str
    name: str
    count: int


class WeekCount(BaseModel):
    week: str
    opened: int
    resolved: int


class StatsOut(BaseModel):
    total: int
    by_status: dict[str, int]
    by_service: list[ServiceCount]
    by_group: dict[str, int]
    opened_vs_resolved: list[WeekCount]
    median_hours_to_resolve: float | None
    median_hours_by_service: dict[str, float]
    overdue: int
    #: kiosk visitors' answers in the period: good, acceptable, poor
    satisfaction: dict[str, int]


def iso_week(moment_: datetime, zone: ZoneInfo) -> str:
    """`2026-W47`: the ISO week of a moment as the municipality's calendar has it."""
    year, week, _ = moment_.astimezone(zone).isocalendar()
    return f"{year}-W{week:02d}"


def _hours(values: list[float]) -> float:
    return round(median(values), 2)


def _hour(session: Session, column: InstrumentedAttribute[datetime]) -> ColumnElement[datetime]:
    """`column` truncated to its UTC hour, as an aware datetime on either backend."""
    if session.get_bind().dialect.name == "sqlite":
        truncated = func.strftime("%Y-%m-%d %H:00:00.000000", column)
    else:
        truncated = func.date_trunc(literal_column("'hour'"), column)
    return type_coerce(truncated, UTCDateTime())


def _hours_between(
    session: Session, start: InstrumentedAttribute[datetime], end: InstrumentedAttribute[datetime]
) -> ColumnElement[float]:
    if session.get_bind().dialect.name == "sqlite":
        return (func.julianday(end) - func.julianday(start)) * 24.0
    return func.extract("epoch", end - start) / 3600.0


@router.get("/stats", response_model=StatsOut, responses=errors(400, 401, 403, 422))
def stats(
    clerk: ClerkUser,
    session: SessionDep,
    settings: SettingsDep,
    language: LanguageDep,
    from_: Annotated[str | None, Query(alias="from", max_length=40)] = None,
    to: Annotated[str | None, Query(max_length=40)] = None,
) -> StatsOut:
    """Counts by status, service and group; opened vs resolved per ISO week; time to resolve."""
    start, end = moment("from", from_), moment("to", to)
    zone = ZoneInfo(settings.timezone)
    numbered = ServiceRequest.number.is_not(None)

    def period(column: InstrumentedAttribute[datetime]) -> list[ColumnElement[bool]]:
        return [
            numbered,
            *([column >= start] if start else []),
            *([column <= end] if end else []),
        ]

    opened_in = period(ServiceRequest.requested_at)
    by_status = dict.fromkeys(STATUSES, 0) | dict(
        session.execute(
            select(ServiceRequest.status, func.count())
            .where(*opened_in)
            .group_by(ServiceRequest.status)
        )
        .tuples()
        .all()
    )
    services = {s.id: s for s in session.scalars(select(Service))}
    per_service = (
        session.execute(
            select(ServiceRequest.service_id, func.count())
            .where(*opened_in)
            .group_by(ServiceRequest.service_id)
        )
        .tuples()
        .all()
    )
    by_service = sorted(
        (
            ServiceCount(
                code=services[sid].code,
                name=localized(services[sid].names, language),
                count=count,
            )
            for sid, count in per_service
        ),
        key=lambda row: (-row.count, row.code),
    )
    by_group: Counter[str] = Counter()
    for sid, count in per_service:
        by_group[services[sid].group] += count
    overdue = session.scalar(
        select(func.count())
        .select_from(ServiceRequest)
        .where(*opened_in, ServiceRequest.expected_at < utcnow(), ServiceRequest.status.in_(OPEN))
    )
    opened: Counter[str] = Counter()
    opened_hour = _hour(session, ServiceRequest.requested_at)
    for hour, count in session.execute(
        select(opened_hour, func.count()).where(*opened_in).group_by(opened_hour)
    ):
        opened[iso_week(hour, zone)] += count
    done = [
        *period(ServiceRequest.resolved_at),
        ServiceRequest.resolved_at.is_not(None),
        ServiceRequest.status.in_(DONE),
    ]
    resolved: Counter[str] = Counter()
    resolved_hour = _hour(session, ServiceRequest.resolved_at)
    for hour, count in session.execute(
        select(resolved_hour, func.count()).where(*done).group_by(resolved_hour)
    ):
        resolved[iso_week(hour, zone)] += count
    hours: dict[str, list[float]] = defaultdict(list)
    took = _hours_between(session, ServiceRequest.requested_at, ServiceRequest.resolved_at)
    for service_id, value in session.execute(select(ServiceRequest.service_id, took).where(*done)):
        hours[services[service_id].code].append(float(value))
    everything = [h for values in hours.values() for h in values]
    days = [
        *([VisitFeedback.day >= start.astimezone(zone).date()] if start else []),
        *([VisitFeedback.day <= end.astimezone(zone).date()] if end else []),
    ]
    answers = dict(
        session.execute(
            select(VisitFeedback.score, func.count()).where(*days).group_by(VisitFeedback.score)
        )
        .tuples()
        .all()
    )
    return StatsOut(
        total=sum(by_status.values()),
        by_status=by_status,
        by_service=by_service,
        by_group=dict(by_group),
        opened_vs_resolved=[
            WeekCount(week=week, opened=opened[week], resolved=resolved[week])
            for week in sorted(set(opened) | set(resolved))
        ],
        median_hours_to_resolve=_hours(everything) if everything else None,
        median_hours_by_service={code: _hours(values) for code, values in sorted(hours.items())},
        overdue=overdue or 0,
        satisfaction={name: answers.get(score, 0) for score, name in SCORES.items()},
    )
