"""Telling supervisors, once, about requests that passed their expected date while still open.

"Without action" means what the clerk queue calls overdue (targets.is_overdue): the request is
still submitted, received, in progress or on hold after its expected date. Each request is
escalated once per expected date: `escalated_at` records it, and a clerk who sets a later date
gets a new escalation only if that date passes too. The notice goes to the active supervisors
whose department is the service's group, or, when there are none, to the supervisors without a
department (the whole municipality's).
"""

from __future__ import annotations

import logging
from collections import defaultdict
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from municipal_server.config import Settings
from municipal_server.i18n import localized
from municipal_server.models import ServiceRequest, User
from municipal_server.notifications import queue, templates
from municipal_server.targets import overdue_clause

log = logging.getLogger("municipal_server.notifications")


def supervisors(session: Session) -> dict[str | None, list[User]]:
    found: dict[str | None, list[User]] = defaultdict(list)
    rows = session.scalars(
        select(User).where(User.role == "supervisor", User.is_active).order_by(User.id)
    )
    for user in rows:
        found[user.department or None].append(user)
    return found


def escalate_overdue(session: Session, settings: Settings, now: datetime, limit: int = 100) -> int:
    """Queue the notices for up to `limit` newly overdue requests; returns how many requests.

    Rows are locked with SKIP LOCKED (PostgreSQL), so several server processes share the work;
    the caller commits.
    """
    rows = list(
        session.scalars(
            select(ServiceRequest)
            .where(
                overdue_clause(now),
                ServiceRequest.number.is_not(None),
                or_(
                    ServiceRequest.escalated_at.is_(None),
                    ServiceRequest.escalated_at < ServiceRequest.expected_at,
                ),
            )
            .order_by(ServiceRequest.expected_at, ServiceRequest.id)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
    )
    if not rows:
        return 0
    by_department = supervisors(session)
    unread: dict[str | None, int] = defaultdict(int)  # overdue requests nobody is told of
    for request in rows:
        group = request.service.group
        readers = by_department.get(group) or by_department.get(None) or []
        if not readers:
            unread[group] += 1
        for reader in readers:
            language = reader.language
            message = templates.escalation(
                language,
                name=reader.name,
                municipality=queue.municipality_name(session, language),
                number=request.number or "",
                service=localized(request.service.names, language),
                status=request.status,
                due=queue.local_date(request.expected_at, settings, language),
                submitted=queue.local_date(request.requested_at, settings, language),
                assignee=request.assignee.name if request.assignee else None,
            )
            stamp = int(request.expected_at.timestamp()) if request.expected_at else 0
            queue.enqueue(
                session,
                settings,
                user=reader,
                request=request,
                kind="escalation",
                key=f"escalation:{request.id}:{stamp}:{reader.id}",
                message=message,
                now=now,
            )
        request.escalated_at = now
    if unread:  # one line a round, not one per request (history can hold thousands)
        log.warning(
            "%d overdue requests escalated to nobody: no supervisor for %s nor for the whole "
            "municipality",
            sum(unread.values()),
            ", ".join(sorted(str(group) for group in unread)),
        )
    return len(rows)
