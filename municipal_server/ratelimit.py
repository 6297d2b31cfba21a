"""Counting failures (sign-in, registration) per account and per client address.

Kept in the database so that every server process behind a load balancer enforces the same
limits. Only a hash of the account identifier is stored, never what the person typed.
"""

from __future__ import annotations

import hashlib
from datetime import timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from municipal_server.accounts import canonical_login
from municipal_server.errors import ApiError
from municipal_server.models import LoginFailure
from municipal_server.timeutil import utcnow


def account_key(login: str) -> str:
    """One key per account however its login is spelt: `0599 333 444`, `(0599)333444` and
    `٠٥٩٩٣٣٣٤٤٤` are the same phone, `Sara@X.ps` the same e-mail as `sara@x.ps`."""
    digest = hashlib.sha256(canonical_login(login).encode("utf-8")).hexdigest()
    return "acct:" + digest[:48]


def address_key(address: str, purpose: str = "login") -> str:
    return f"{purpose}:{address}"[:100]


def retry_after(session: Session, key: str, limit: int, window: int) -> int:
    """Seconds until `key` may try again; 0 when it is under its limit."""
    since = utcnow() - timedelta(seconds=window)
    count, oldest = session.execute(
        select(func.count(), func.min(LoginFailure.at)).where(
            LoginFailure.key == key, LoginFailure.at > since
        )
    ).one()
    if count < limit or oldest is None:
        return 0
    return max(1, int((oldest + timedelta(seconds=window) - utcnow()).total_seconds()) + 1)


def check(session: Session, limits: list[tuple[str, int]], window: int) -> None:
    """Raise 429 with Retry-After if any key is at its limit."""
    wait = max(retry_after(session, key, limit, window) for key, limit in limits)
    if wait:
        raise too_many(wait)


def too_many(wait: int, message: str = "too many attempts; try again later") -> ApiError:
    """The 429 answer, with the seconds to wait in its body and in Retry-After."""
    return ApiError(429, "rate_limited", message, {"retry_after": wait}, {"Retry-After": str(wait)})


def record(session: Session, keys: list[str]) -> None:
    now = utcnow()
    session.add_all(LoginFailure(key=key, at=now) for key in keys)


def clear(session: Session, key: str) -> None:
    session.execute(delete(LoginFailure).where(LoginFailure.key == key))


def prune(session: Session, window: int) -> None:
    """Drop what no window can still see (run now and then, not on every request)."""
    session.execute(
        delete(LoginFailure).where(LoginFailure.at < utcnow() - timedelta(seconds=window))
    )
