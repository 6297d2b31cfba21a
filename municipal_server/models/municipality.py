"""The municipality itself: its profile, calendar and note templates."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Date,
    LargeBinary,
    String,
)
from sqlalchemy.orm import Mapped, mapped_column

from municipal_server.models.base import Base, UTCDateTime


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
