"""Service requests and what happens to them: events, photos, feedback, notifications, the
queue's kept counts."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    SmallInteger,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from municipal_server.models.base import Base, UTCDateTime

if TYPE_CHECKING:  # the tables are found by name at run time (models/__init__.py imports all)
    from municipal_server.models.accounts import User
    from municipal_server.models.catalogue import Service, ServiceVersion


class ServiceRequest(Base):
    __tablename__ = "service_requests"
    __table_args__ = (
        Index("ix_requests_updated", "updated_at"),
        # The public list and the queue: newest first, the id breaking ties (migration 0014p).
        Index("ix_requests_requested_id", "requested_at", "id"),
        # A citizen's requests, newest first (/api/v1/me/requests): without it the planner
        # walks the one above over every citizen's requests to find this one's.
        Index("ix_requests_user_requested", "user_id", "requested_at", "id"),
        Index("ix_requests_status", "status"),
        # The clerk's queue (overdue filter, sort by expected) and statistics (resolved in a
        # period); see migration 0002.
        Index("ix_requests_expected", "expected_at"),
        Index("ix_requests_resolved", "resolved_at"),
        # Covers the queue's per-status counts (numbered requests only) without the table.
        Index("ix_requests_status_number", "status", "number"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str | None] = mapped_column(String(32), unique=True)
    token: Mapped[str | None] = mapped_column(String(64), unique=True)
    token_ready_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    service_id: Mapped[int] = mapped_column(ForeignKey("services.id"), index=True)
    # The service's questions as the citizen answered them (see ServiceVersion).
    service_version_id: Mapped[int] = mapped_column(ForeignKey("service_versions.id"))
    status: Mapped[str] = mapped_column(String(20), default="submitted")
    description: Mapped[str] = mapped_column(Text, default="")
    lat: Mapped[float | None] = mapped_column(Float)
    long: Mapped[float | None] = mapped_column(Float)
    address: Mapped[str | None] = mapped_column(Text)
    address_id: Mapped[str | None] = mapped_column(String(100))
    attributes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    media_url: Mapped[str | None] = mapped_column(Text)
    # Personal data: never in public (Open311) responses.
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    first_name: Mapped[str | None] = mapped_column(String(100))
    last_name: Mapped[str | None] = mapped_column(String(100))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(32))
    device_id: Mapped[str | None] = mapped_column(String(100))
    language: Mapped[str] = mapped_column(String(5), default="ar")
    # Processing.
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    # Indexed: deleting a request checks that none is its duplicate (without the index, a scan
    # of the whole table per deleted row; bench/seeding.py deletes a run's creates).
    duplicate_of_id: Mapped[int | None] = mapped_column(
        ForeignKey("service_requests.id"), index=True
    )
    expected_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    rating: Mapped[int | None] = mapped_column(Integer)
    rating_comment: Mapped[str | None] = mapped_column(Text)
    reopen_count: Mapped[int] = mapped_column(Integer, default=0)
    # When the supervisors were told it is overdue (again once a later expected date passes).
    escalated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # "Is it fixed?": when the citizen was asked, and their answer (None: not answered).
    fixed_asked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    fixed_answer: Mapped[bool | None] = mapped_column(Boolean)
    fixed_answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Arabic-normalised text for the clerk's search (see arabic.normalize).
    search_text: Mapped[str] = mapped_column(Text, default="")
    # One more on every change of this row or of its history, kept by the database's triggers
    # (queue_triggers.py): the public feed caches a rendered request under (id, revision).
    revision: Mapped[int] = mapped_column(Integer, server_default="0")

    service: Mapped[Service] = relationship()
    service_version: Mapped[ServiceVersion] = relationship()
    user: Mapped[User | None] = relationship(foreign_keys=[user_id])
    assignee: Mapped[User | None] = relationship(foreign_keys=[assignee_id])
    duplicate_of: Mapped[ServiceRequest | None] = relationship(remote_side=[id])
    events: Mapped[list[RequestEvent]] = relationship(
        order_by="RequestEvent.id", cascade="all, delete-orphan", back_populates="request"
    )
    attachments: Mapped[list[Attachment]] = relationship(
        order_by="Attachment.id", cascade="all, delete-orphan", lazy="select"
    )


class QueueCount(Base):
    """Numbered requests per (service, assignee, status, stripe), kept by the database's
    triggers (queue_triggers.py) so that the clerk's queue never counts a million rows;
    assignee_id 0 stands for "nobody" (a primary key holds no NULL); stripe is the request's
    id % 16, so that concurrent creates do not all wait on one row."""

    __tablename__ = "queue_counts"
    service_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    assignee_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    status: Mapped[str] = mapped_column(String(20), primary_key=True)
    stripe: Mapped[int] = mapped_column(SmallInteger, primary_key=True, autoincrement=False)
    n: Mapped[int] = mapped_column(Integer)


class FeedChange(Base):
    """Changes to what the public feed shows, counted by the database's triggers
    (queue_triggers.py): one more whenever a request, its history, a service or the
    municipality changes. The sum over the stripes names the feed's state; a whole page of the
    feed is cached under it (open311/feed_pages.py). Striped (16 rows) so that concurrent
    writers on PostgreSQL do not all wait on one row."""

    __tablename__ = "feed_changes"
    stripe: Mapped[int] = mapped_column(SmallInteger, primary_key=True, autoincrement=False)
    n: Mapped[int] = mapped_column(BigInteger)


class RequestEvent(Base):
    """One line of a request's history.

    kind: status (a status change, with an optional note), note (a clerk's note), comment (from
    the citizen), assign, duplicate, expected, rating, attachment.

    audience: who may read the event's note (see municipal_server/audience.py): "staff" only,
    the request's "citizen" (and staff), or "public" (everyone, Open311 included). A status
    change itself is known to its citizen whatever its note's audience.
    """

    __tablename__ = "request_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("service_requests.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    kind: Mapped[str] = mapped_column(String(20))
    status: Mapped[str | None] = mapped_column(String(20))
    note: Mapped[str | None] = mapped_column(Text)
    audience: Mapped[str] = mapped_column(String(10), default="public")
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    request: Mapped[ServiceRequest] = relationship(back_populates="events")
    actor: Mapped[User | None] = relationship()


class Attachment(Base):
    __tablename__ = "attachments"
    # A citizen's photos of the last 24 hours, for the upload quota.
    __table_args__ = (Index("ix_attachments_uploader_time", "uploader_id", "created_at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("service_requests.id"), index=True)
    uploader_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    content_type: Mapped[str] = mapped_column(String(30))
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class VisitFeedback(Base):
    """A kiosk visitor's answer to "how was your visit?": anonymous by construction (no user,
    no request, no address, no time of day — only the day)."""

    __tablename__ = "visit_feedback"
    __table_args__ = (Index("ix_visit_feedback_day", "day"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    score: Mapped[int] = mapped_column(SmallInteger)  # 1 not good, 2 acceptable, 3 good
    language: Mapped[str] = mapped_column(String(5))
    day: Mapped[date] = mapped_column(Date)


class Notification(Base):
    """The outbox of e-mails and SMS, written in the transaction of what they tell about.

    `dedupe_key` (for example `event:812:email`) is unique, so a message is queued once however
    often its cause is seen; the worker (notifications/worker.py) claims `queued` rows, marks
    them `sending` with a lease, and marks each `sent` in its own commit right after delivery.
    """

    __tablename__ = "notifications"
    __table_args__ = (Index("ix_notifications_due", "state", "next_attempt_at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    request_id: Mapped[int | None] = mapped_column(ForeignKey("service_requests.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # status | note | escalation | fixed_check
    channel: Mapped[str] = mapped_column(String(10))  # email | sms
    address: Mapped[str] = mapped_column(String(254))
    language: Mapped[str] = mapped_column(String(5))
    subject: Mapped[str | None] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    dedupe_key: Mapped[str] = mapped_column(String(200), unique=True)
    state: Mapped[str] = mapped_column(String(10), default="queued")  # queued|sending|sent|failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime)
    lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
