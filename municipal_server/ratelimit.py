"""Limits counted in the database: sign-in failures, registration attempts, anonymous requests
per client address, and uploads in progress per citizen.

Kept in the database so that every server process behind a load balancer enforces the same
limits. Only a hash of an account identifier is stored, never what the person typed. Each row
carries its own expiry, so limits with different windows share the table without one pruning
another's rows. A limit that must hold exactly under concurrency (`take`, `acquire_slot`) is
checked and counted under a per-key lock: SQLite's writers are already serialised (BEGIN
IMMEDIATE, see db.py); on PostgreSQL a transaction-scoped advisory lock does it.
"""

from __future__ import annotations

import hashlib
import random
from datetime import timedelta

from sqlalchemy import delete, func, select, text
from sqlalchemy.orm import Session

from municipal_server.accounts import canonical_login
from municipal_server.errors import ApiError
from municipal_server.models import RateHit
from municipal_server.timeutil import utcnow

# Its own generator: the process-wide one belongs to whoever seeded it (tests, libraries).
_housekeeping = random.Random()  # noqa: S311 - when to prune, not a secret


def account_key(login: str) -> str:
    """One key per account however its login is spelt: `0599 333 444`, `(0599)333444` and
    `٠٥٩٩٣٣٣٤٤٤` are the same phone, `Sara@X.ps` the same e-mail as `sara@x.ps`."""
    digest = hashlib.sha256(canonical_login(login).encode("utf-8")).hexdigest()
    return "acct:" + digest[:48]


def address_key(address: str, purpose: str = "login") -> str:
    return f"{purpose}:{address}"[:100]


def lock(session: Session, key: str) -> None:
    """Hold `key` until the transaction ends, so that one check-then-count runs at a time."""
    if session.get_bind().dialect.name == "postgresql":
        number = int.from_bytes(hashlib.sha256(key.encode()).digest()[:8], "big", signed=True)
        session.execute(text("SELECT pg_advisory_xact_lock(:n)"), {"n": number})


def retry_after(session: Session, key: str, limit: int, window: int) -> int:
    """Seconds until `key` may try again; 0 when it is under its limit."""
    since = utcnow() - timedelta(seconds=window)
    count, oldest = session.execute(
        select(func.count(), func.min(RateHit.at)).where(RateHit.key == key, RateHit.at > since)
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


def record(session: Session, keys: list[str], window: int) -> None:
    """Count one event for each key, seen by its limit for `window` seconds."""
    now = utcnow()
    until = now + timedelta(seconds=window)
    session.add_all(RateHit(key=key, at=now, expires_at=until) for key in keys)


def take(session: Session, key: str, limit: int, window: int, message: str | None = None) -> None:
    """Count one more event for `key`, or raise 429 when `limit` are already in the window.

    Exact across processes (see the module's note); the count is part of the caller's
    transaction, so what the caller rolls back is not counted.
    """
    lock(session, key)
    wait = retry_after(session, key, limit, window)
    if wait:
        raise too_many(wait, message or "too many attempts; try again later")
    record(session, [key], window)
    if _housekeeping.random() < 0.02:
        prune(session)


def acquire_slot(session: Session, key: str, limit: int, lease: int, wait: int) -> int:
    """One of `limit` concurrent slots for `key` (a citizen's uploads in progress), held until
    `release_slot` or, if the process dies, until `lease` seconds pass; 429 with Retry-After
    `wait` when all are taken. Returns the slot's id. The caller commits at once so that other
    processes see the slot."""
    lock(session, key)
    now = utcnow()
    busy = session.scalar(select(func.count()).where(RateHit.key == key, RateHit.expires_at > now))
    if (busy or 0) >= limit:
        raise ApiError(
            429,
            "too_many_uploads",
            "other photos of yours are still being received; try again in a moment",
            {"retry_after": wait, "max_concurrent": limit},
            {"Retry-After": str(wait)},
        )
    slot = RateHit(key=key, at=now, expires_at=now + timedelta(seconds=lease))
    session.add(slot)
    session.flush()
    return slot.id


def release_slot(session: Session, slot_id: int) -> None:
    session.execute(delete(RateHit).where(RateHit.id == slot_id))


def clear(session: Session, key: str) -> None:
    session.execute(delete(RateHit).where(RateHit.key == key))


def prune(session: Session) -> None:
    """Drop what no window can still see (run now and then, not on every request)."""
    session.execute(delete(RateHit).where(RateHit.expires_at < utcnow()))
