"""Database tables (SQLAlchemy 2 declarative). Alembic's migrations mirror this file."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    SmallInteger,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes on every backend (SQLite keeps no zone of its own)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    pass


class Municipality(Base):
    """The one municipality this server speaks for (name and contact in ar/en/fr)."""

    __tablename__ = "municipality"
    id: Mapped[int] = mapped_column(primary_key=True)
    names: Mapped[dict[str, str]] = mapped_column(JSON)
    contact: Mapped[dict[str, str]] = mapped_column(JSON)
    changeset: Mapped[datetime] = mapped_column(UTCDateTime)
    # The weekly rest days (0 = Monday) as an administrator last saved the calendar; None until
    # then, when MUNICIPAL_REST_DAYS and MUNICIPAL_HOLIDAYS are the first-run defaults.
    rest_days: Mapped[list[int] | None] = mapped_column(JSON)
    # As an administrator set them; None until then, when MUNICIPAL_TIMEZONE and
    # MUNICIPAL_REQUEST_PREFIX are the first-run defaults (municipal_server/municipality.py).
    timezone: Mapped[str | None] = mapped_column(String(64))
    request_prefix: Mapped[str | None] = mapped_column(String(8))
    # The logo as a clean PNG re-encoded from its pixels, and its SHA-256 (the ETag and the
    # version clients cache by); deferred, so reading the profile never loads the picture.
    logo: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    logo_sha256: Mapped[str | None] = mapped_column(String(64))


class NoteTemplate(Base):
    """The public note a clerk starts from when moving a request to `status`, in ar/en/fr;
    a status without a row uses the built-in text (municipal_server/note_templates.py)."""

    __tablename__ = "note_templates"
    status: Mapped[str] = mapped_column(String(20), primary_key=True)
    texts: Mapped[dict[str, str]] = mapped_column(JSON)


class Holiday(Base):
    """A dated public holiday of the municipality's calendar (Eid moves with the Hijri year, so
    holidays are dated, not rules)."""

    __tablename__ = "holidays"
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))


class OneTimeCode(Base):
    """A code sent to a person's own e-mail or phone (a forgotten password, or proving an
    address: `purpose` password_reset, verify_email, verify_phone): six digits, stored only as
    a hash bound to the address it went to, valid ten minutes, for one use and at most five
    tries (municipal_server/one_time_codes.py)."""

    __tablename__ = "one_time_codes"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    purpose: Mapped[str] = mapped_column(String(20))
    code_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    tries: Mapped[int] = mapped_column(Integer, default=0)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


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


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(254), unique=True)
    # The address's confusables skeleton (text.email_skeleton): lookalikes share it.
    email_key: Mapped[str | None] = mapped_column(String(512), index=True, unique=True)
    phone: Mapped[str | None] = mapped_column(String(32), unique=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    national_id: Mapped[str | None] = mapped_column(String(9))
    language: Mapped[str] = mapped_column(String(5), default="ar")
    role: Mapped[str] = mapped_column(String(10), default="citizen")
    department: Mapped[str | None] = mapped_column(String(50))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Channels the user chose for notifications (sent only where there is an address).
    notify_email: Mapped[bool] = mapped_column(Boolean, default=True)
    notify_sms: Mapped[bool] = mapped_column(Boolean, default=False)
    # Staff accounts an administrator created or reset: the password was one-time, and the
    # account may do nothing but change it (deps.current_user) until it has.
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    last_sign_in_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # When the person proved they receive mail at `email` / texts at `phone` (a one-time code
    # sent there came back); None: never proved, so never used for notifications.
    email_verified_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    phone_verified_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # A new address asked for while the current one is verified: it replaces the current one
    # only once its own code comes back (api/verification.py).
    pending_email: Mapped[str | None] = mapped_column(String(254))
    pending_phone: Mapped[str | None] = mapped_column(String(32))


class AuthToken(Base):
    """Access and refresh tokens: random, stored only as SHA-256, revocable.

    A refresh token belongs to a `family`; presenting an already-rotated refresh token revokes
    the whole family (it was probably stolen).
    """

    __tablename__ = "auth_tokens"
    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(10))  # access | refresh
    family: Mapped[str] = mapped_column(String(32), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    user: Mapped[User] = relationship()


class ApiKey(Base):
    """Open311 application keys (they identify an application, not a citizen)."""

    __tablename__ = "api_keys"
    id: Mapped[int] = mapped_column(primary_key=True)
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    label: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class ServiceGroup(Base):
    """A department of the municipality (an Open311 group): its services and its staff."""

    __tablename__ = "service_groups"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(50), unique=True)
    names: Mapped[dict[str, str]] = mapped_column(JSON)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Service(Base):
    __tablename__ = "services"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(50), unique=True)
    names: Mapped[dict[str, str]] = mapped_column(JSON)
    descriptions: Mapped[dict[str, str]] = mapped_column(JSON)
    keywords: Mapped[dict[str, str]] = mapped_column(JSON)
    # The department's code (ServiceGroup.code).
    group: Mapped[str] = mapped_column(ForeignKey("service_groups.code"))
    type: Mapped[str] = mapped_column(String(10), default="realtime")  # realtime | batch
    needs_location: Mapped[bool] = mapped_column(Boolean, default=True)
    target_days: Mapped[int] = mapped_column(Integer, default=7)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # "public": an issue in the street (its requests are open data in the Open311 feed);
    # "private": a transaction (a certificate, a permit enquiry) only its citizen and staff see.
    visibility: Mapped[str] = mapped_column(String(10), default="public")
    # The number of the current ServiceVersion (its questions as service_attributes hold them).
    version: Mapped[int] = mapped_column(Integer, default=1)
    department: Mapped[ServiceGroup] = relationship(lazy="joined")
    attributes: Mapped[list[ServiceAttribute]] = relationship(
        order_by="ServiceAttribute.order", cascade="all, delete-orphan"
    )


class ServiceVersion(Base):
    """A service's questions as they were at one version: a request made with it is read with
    these labels for ever, whatever the service's questions become."""

    __tablename__ = "service_versions"
    __table_args__ = (UniqueConstraint("service_id", "version"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("services.id"))
    version: Mapped[int] = mapped_column(Integer)
    # The attributes as the catalogue document writes them (municipal_server.catalogue).
    attributes: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class ServiceAttribute(Base):
    __tablename__ = "service_attributes"
    __table_args__ = (UniqueConstraint("service_id", "code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("services.id"))
    code: Mapped[str] = mapped_column(String(50))
    datatype: Mapped[str] = mapped_column(String(20))
    variable: Mapped[bool] = mapped_column(Boolean, default=True)
    required: Mapped[bool] = mapped_column(Boolean, default=False)
    order: Mapped[int] = mapped_column(Integer)
    descriptions: Mapped[dict[str, str]] = mapped_column(JSON)
    datatype_descriptions: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    # [{"key": "k", "names": {"ar": ..., "en": ..., "fr": ...}}]
    values: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)


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
