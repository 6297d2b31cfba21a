"""Asking a citizen, once, whether a resolved request is really fixed.

`MUNICIPAL_FIXED_CHECK_DAYS` (3 by default) after a request was resolved, if it is still
resolved (not closed by a clerk, not reopened) and its citizen has not answered yet, the citizen
is asked through the outbox and `fixed_asked_at` is set, which the API shows as
`fixed_check.asked_at`. A request is asked at most once in its life, even if it is reopened and
resolved again. The citizen answers with POST /api/v1/requests/{id}/fixed (api/fixed.py).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from municipal_server.config import Settings
from municipal_server.i18n import localized
from municipal_server.models import ServiceRequest
from municipal_server.notifications import queue, templates


def ask_resolved(session: Session, settings: Settings, now: datetime, limit: int = 100) -> int:
    """Ask about up to `limit` requests whose time has come; returns how many were asked.

    Rows are locked with SKIP LOCKED (PostgreSQL); the caller commits.
    """
    cutoff = now - timedelta(days=settings.fixed_check_days)
    rows = list(
        session.scalars(
            select(ServiceRequest)
            .where(
                ServiceRequest.status == "resolved",
                ServiceRequest.resolved_at <= cutoff,
                ServiceRequest.fixed_asked_at.is_(None),
                ServiceRequest.fixed_answer.is_(None),
                ServiceRequest.user_id.is_not(None),
            )
            .order_by(ServiceRequest.resolved_at, ServiceRequest.id)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
    )
    for request in rows:
        owner = request.user
        if owner is not None and owner.is_active:
            language = owner.language
            message = templates.fixed_check(
                language,
                name=owner.name,
                municipality=queue.municipality_name(session, language),
                number=request.number or "",
                service=localized(request.service.names, language),
                resolved=queue.local_date(request.resolved_at, settings, language),
            )
            queue.enqueue(
                session,
                settings,
                user=owner,
                request=request,
                kind="fixed_check",
                key=f"fixed:{request.id}",
                message=message,
                now=now,
            )
        request.fixed_asked_at = now
        # The citizen's list changes (its ETag too), so the app notices the question.
        request.updated_at = now
    return len(rows)
