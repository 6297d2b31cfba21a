"""Time helpers: the server stores UTC and speaks W3C date-times with an offset."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo


def utcnow() -> datetime:
    return datetime.now(UTC)


def to_w3c(value: datetime | None, tz: str) -> str | None:
    """`2026-11-22T14:05:00+02:00`: no fractions, always an offset (Open311 §1.1)."""
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(ZoneInfo(tz)).replace(microsecond=0).isoformat()


def parse_w3c(text: str) -> datetime:
    """Parse a W3C date-time; raises ValueError when it is malformed or has no offset.

    A plain date (YYYY-MM-DD) is accepted as midnight UTC, as many Open311 clients send it.
    """
    text = text.strip()
    if len(text) == 10:
        return datetime.fromisoformat(text).replace(tzinfo=UTC)
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    value = datetime.fromisoformat(text)
    if value.tzinfo is None:
        raise ValueError("date-time without an offset")
    return value.astimezone(UTC)
