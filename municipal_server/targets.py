"""Service targets: when a request is due, and when it is overdue.

A request is overdue while it is still open (submitted, received, in progress or on hold) after
its expected date; the same rule flags queue rows, drives the queue's `overdue` filter and
decides escalation to the department's supervisors (notifications/escalation.py).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ColumnElement, and_

from municipal_server.models import Service, ServiceRequest
from municipal_server.statuses import OPEN
from municipal_server.workdays import WorkCalendar


def expected_at(calendar: WorkCalendar, service: Service, submitted_at: datetime) -> datetime:
    """The end of the service's target in working days after the day of submission, in the
    calendar as it is now (calendar_store.work_calendar)."""
    return calendar.due(submitted_at, service.target_days)


def is_overdue(request: ServiceRequest, now: datetime) -> bool:
    return request.status in OPEN and request.expected_at is not None and request.expected_at < now


def overdue_clause(now: datetime) -> ColumnElement[bool]:
    """`is_overdue` in SQL (served by the index on expected_at)."""
    return and_(ServiceRequest.expected_at < now, ServiceRequest.status.in_(OPEN))
