"""What the server keeps about its own use: the audit log, idempotent replies, rate limits."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from municipal_server.models.base import Base, UTCDateTime


class AuditEntry(Base):
    """One administrative change: who, when, what, before and after. Never a secret."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    actor_name: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(50), index=True)
    target: Mapped[str] = mapped_column(String(200))
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class IdempotencyRecord(Base):
    """The first response to each (scope, key); the unique constraint is the guarantee."""

    __tablename__ = "idempotency_records"
    __table_args__ = (UniqueConstraint("scope", "key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    scope: Mapped[str] = mapped_column(String(200))
    key: Mapped[str] = mapped_column(String(200))
    body_hash: Mapped[str] = mapped_column(String(64))
    status_code: Mapped[int | None] = mapped_column(Integer)
    media_type: Mapped[str | None] = mapped_column(String(100))
    body: Mapped[bytes | None] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class RateHit(Base):
    """One counted event for a limit (a failed sign-in, a registration attempt, an anonymous
    request, an upload in progress), by key: shared by all server processes.

    Each row carries its own `expires_at` (when its limit's window no longer sees it), so
    limits with different windows share the table without pruning each other's rows.
    """

    __tablename__ = "rate_hits"
    __table_args__ = (
        Index("ix_rate_hits_key_at", "key", "at"),
        Index("ix_rate_hits_expires", "expires_at"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(100))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
