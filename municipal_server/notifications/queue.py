"""Putting messages in the outbox, in the caller's transaction (the caller commits).

Who is told: the citizen who owns a request, through the account (anonymous Open311 submitters
are not: their e-mail was never confirmed and they have no way to opt out), by each channel
they chose in their profile that has a verified address and that the municipality configured.
An address nobody proved (with a code, api/verification.py) is never written to: anyone can
type someone else's e-mail or number at sign-up.
Nobody is told about their own action (a citizen reopening, answering "is it fixed?").
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from municipal_server.audience import citizen_note, citizen_sees
from municipal_server.config import Settings
from municipal_server.i18n import localized
from municipal_server.models import (
    Municipality,
    Notification,
    RequestEvent,
    ServiceRequest,
    User,
)
from municipal_server.notifications import templates
from municipal_server.timeutil import utcnow

# What a citizen is told about: status changes and notes written for them or for everyone
# (staff-only notes, assignments and the like never leave the municipality; a status change
# with a staff-only note is told without the note).
TOLD_KINDS = ("status", "note")


def channels(user: User, settings: Settings) -> list[tuple[str, str]]:
    """(channel, address) pairs this user is reached by."""
    found = []
    if settings.email_enabled and user.notify_email and user.email and user.email_verified_at:
        found.append(("email", user.email))
    if settings.sms_enabled and user.notify_sms and user.phone and user.phone_verified_at:
        found.append(("sms", user.phone))
    return found


def municipality_name(session: Session, language: str) -> str:
    row = session.get(Municipality, 1)
    return localized(row.names, language) if row else ""


def local_date(moment: datetime | None, settings: Settings, language: str) -> str:
    """The date in the municipality's time zone: 03/12/2026 in Arabic and French, 2026-12-03 in
    English. In Arabic text the slashes keep the date one run (bidi rule W4 joins digits across
    `/` but not across `-`, which would show 03-12-2026 read from the right)."""
    if moment is None:
        return ""
    day = moment.astimezone(ZoneInfo(settings.timezone)).date()
    return day.isoformat() if language == "en" else day.strftime("%d/%m/%Y")


def enqueue(
    session: Session,
    settings: Settings,
    *,
    user: User,
    request: ServiceRequest | None,
    kind: str,
    key: str,
    message: templates.Message,
    now: datetime | None = None,
) -> int:
    """Queue `message` for `user` on each of their channels; returns how many were queued.

    `key` names the cause (`event:812`); with the channel it is the unique dedupe key.
    """
    now = now or utcnow()
    found = channels(user, settings)
    for channel, address in found:
        session.add(
            Notification(
                user_id=user.id,
                request_id=request.id if request else None,
                kind=kind,
                channel=channel,
                address=address,
                language=user.language,
                subject=message.subject if channel == "email" else None,
                body=message.body if channel == "email" else message.sms,
                dedupe_key=f"{key}:{channel}",
                state="queued",
                attempts=0,
                next_attempt_at=now,
                created_at=now,
            )
        )
    return len(found)


def for_event(
    session: Session, settings: Settings, request: ServiceRequest, event: RequestEvent
) -> int:
    """Queue what the request's citizen is told about `event` (flushed, so it has an id)."""
    owner = request.user
    if (
        not citizen_sees(event)
        or event.kind not in TOLD_KINDS
        or owner is None
        or not owner.is_active
        or event.actor_id == owner.id
    ):
        return 0
    language = owner.language
    message = templates.request_update(
        language,
        kind=event.kind,
        name=owner.name,
        municipality=municipality_name(session, language),
        number=request.number or "",
        service=localized(request.service.names, language),
        status=event.status or request.status,
        note=citizen_note(event),
        duplicate_of=request.duplicate_of.number if request.duplicate_of else None,
    )
    return enqueue(
        session,
        settings,
        user=owner,
        request=request,
        kind=event.kind,
        key=f"event:{event.id}",
        message=message,
    )
