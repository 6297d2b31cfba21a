"""The audit log: every administrative change, who made it, when, and what it was before and
after. Callers pass plain descriptions of the thing changed; anything that looks like a secret
is dropped here as well, so a password or token can never be recorded by mistake."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from municipal_server.models import AuditEntry, User
from municipal_server.timeutil import utcnow

_SECRET_WORDS = ("password", "token", "secret", "api_key", "hash")


def _clean(value: dict[str, Any] | None) -> dict[str, Any] | None:
    if value is None:
        return None
    return {
        key: item
        for key, item in value.items()
        if not any(word in key.lower() for word in _SECRET_WORDS)
    }


def record(
    session: Session,
    actor: User | None,
    action: str,
    target: str,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> None:
    """Add the entry to the session: it is committed with the change it describes, or not at
    all."""
    session.add(
        AuditEntry(
            at=utcnow(),
            actor_id=actor.id if actor else None,
            actor_name=actor.name if actor else "municipal-server",
            action=action,
            target=target[:200],
            before=_clean(before),
            after=_clean(after),
        )
    )
