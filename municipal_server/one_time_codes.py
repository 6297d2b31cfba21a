"""One-time codes to a person's own e-mail or phone: a forgotten password (api/recovery.py) and
proving an address (api/verification.py) share them.

A code is six digits, valid ten minutes, for one use and at most five tries; a new code of the
same purpose replaces the last. Only a hash is stored, bound to the account and to the address
the code went to, so a code sent to one address can never confirm another. The message that
carries it goes through the notification outbox like any other, and the worker blanks its text
once it is sent (notifications/worker.py); the code itself is never logged.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable
from datetime import timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from municipal_server.arabic import ascii_digits
from municipal_server.errors import ApiError
from municipal_server.models import Notification, OneTimeCode, User
from municipal_server.notifications.templates import Message
from municipal_server.timeutil import utcnow

VALID = timedelta(minutes=10)
TRIES = 5


def code_hash(user_id: int, address: str, code: str) -> str:
    return hashlib.sha256(f"{user_id}:{address}:{code}".encode()).hexdigest()


def retire(session: Session, user: User, purpose: str) -> None:
    """No code of `purpose` still open for `user` works any more."""
    session.execute(
        update(OneTimeCode)
        .where(
            OneTimeCode.user_id == user.id,
            OneTimeCode.purpose == purpose,
            OneTimeCode.used_at.is_(None),
        )
        .values(used_at=utcnow())
    )


def issue(
    session: Session,
    user: User,
    purpose: str,
    channel: str,
    address: str,
    message_for: Callable[[str], Message],
) -> None:
    """A new code of `purpose` to `address` by `channel` (email | sms), queued in the caller's
    transaction; the last open one of the same purpose stops working."""
    now = utcnow()
    retire(session, user, purpose)
    code = f"{secrets.randbelow(10**6):06d}"
    row = OneTimeCode(
        user_id=user.id,
        purpose=purpose,
        code_hash=code_hash(user.id, address, code),
        created_at=now,
        expires_at=now + VALID,
        tries=0,
    )
    session.add(row)
    session.flush()
    message = message_for(code)
    session.add(
        Notification(
            user_id=user.id,
            kind="code",
            channel=channel,
            address=address,
            language=user.language,
            subject=message.subject if channel == "email" else None,
            body=message.body if channel == "email" else message.sms,
            dedupe_key=f"code:{row.id}:{channel}",
            state="queued",
            attempts=0,
            next_attempt_at=now,
            created_at=now,
        )
    )


def invalid_code(tries_left: int = 0) -> ApiError:
    return ApiError(
        400, "invalid_code", "the code is wrong, used or expired", {"tries_left": tries_left}
    )


def redeem(session: Session, user: User | None, purpose: str, address: str, given: str) -> None:
    """Use the open code of `purpose` that went to `address`, or raise 400 `invalid_code` (with
    the tries left). A wrong try is counted in the session: the caller commits before the
    error leaves, or the count would be rolled back."""
    row = None
    if user is not None and user.is_active:
        row = session.scalars(
            select(OneTimeCode)
            .where(
                OneTimeCode.user_id == user.id,
                OneTimeCode.purpose == purpose,
                OneTimeCode.used_at.is_(None),
                OneTimeCode.expires_at > utcnow(),
            )
            .order_by(OneTimeCode.id.desc())
        ).first()
    if user is None or row is None or row.tries >= TRIES:
        raise invalid_code()
    typed = ascii_digits("".join(ch for ch in given if not ch.isspace()))
    if not secrets.compare_digest(code_hash(user.id, address, typed), row.code_hash):
        row.tries += 1
        if row.tries >= TRIES:
            row.used_at = utcnow()
        raise invalid_code(TRIES - row.tries)
    row.used_at = utcnow()
