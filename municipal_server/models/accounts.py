"""People and what proves who they are: accounts, tokens, API keys, one-time codes."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    ForeignKey,
    Integer,
    String,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from municipal_server.models.base import Base, UTCDateTime


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
