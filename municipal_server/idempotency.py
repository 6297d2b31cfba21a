"""Exactly-once creates: the same Idempotency-Key and body get the first response back.

The key is recorded in the same transaction as what it creates, under a unique constraint, so
the guarantee holds across server processes sharing one database: of two concurrent requests
with one key, the second waits on the constraint, fails to insert, and replays the first.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from starlette.responses import Response

from municipal_server.errors import ApiError
from municipal_server.models import IdempotencyRecord
from municipal_server.timeutil import utcnow

MAX_KEY_LENGTH = 200


def body_hash(*parts: bytes | str) -> str:
    digest = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.hexdigest()


def check_key(key: str | None) -> None:
    if key is not None and not (0 < len(key) <= MAX_KEY_LENGTH and key.isprintable()):
        raise ApiError(
            400,
            "invalid_idempotency_key",
            "Idempotency-Key must be 1 to 200 printable characters",
            {"max_length": MAX_KEY_LENGTH},
        )


def run_once(
    session: Session,
    scope: str,
    key: str | None,
    fingerprint: str,
    create: Callable[[], Response],
) -> Response:
    """Run `create` (which must not commit) at most once per (scope, key); commit its work."""
    check_key(key)
    if key is None:
        response = create()
        if response.status_code >= 400:
            session.rollback()
        else:
            session.commit()
        return response
    record = IdempotencyRecord(scope=scope, key=key, body_hash=fingerprint, created_at=utcnow())
    session.add(record)
    try:
        session.flush()
    except IntegrityError:
        session.rollback()
        return _replay(session, scope, key, fingerprint)
    response = create()
    if response.status_code >= 400:
        # A refused request creates nothing; the same key may be used again once it is fixed.
        session.rollback()
        return response
    record.status_code = response.status_code
    record.media_type = response.media_type
    record.body = bytes(response.body)
    try:
        session.commit()
    except IntegrityError:
        session.rollback()
        return _replay(session, scope, key, fingerprint)
    return response


def _replay(session: Session, scope: str, key: str, fingerprint: str) -> Response:
    record = session.scalars(
        select(IdempotencyRecord).where(
            IdempotencyRecord.scope == scope, IdempotencyRecord.key == key
        )
    ).one()
    if record.body_hash != fingerprint:
        raise ApiError(
            422,
            "idempotency_key_reused",
            "this Idempotency-Key was already used with a different request",
        )
    return Response(
        content=record.body or b"",
        status_code=record.status_code or 200,
        media_type=record.media_type,
        headers={"Idempotent-Replayed": "true"},
    )
