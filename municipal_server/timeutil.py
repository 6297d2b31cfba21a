"""Time helpers: the server stores UTC and speaks W3C date-times with an offset."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import lru_cache
from zoneinfo import ZoneInfo


def utcnow() -> datetime:
    return datetime.now(UTC)


def to_w3c(value: datetime | None, tz: str) -> str | None:
    """`2026-11-22T14:05:00+02:00`: no fractions, always an offset (Open311 §1.1)."""
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    # (timespec drops the fraction: a third faster than replace(microsecond=0), and a page of
    # the clerk's queue writes 400 of these)
    return value.astimezone(_zone(tz)).isoformat(timespec="seconds")


@lru_cache(maxsize=8)
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


# Date-times the server takes from a client: wide enough for a birth date or a far plan, and
# far enough from datetime's own limits (years 1 and 9999) that moving one to another zone or
# 90 days away can never overflow.
EARLIEST = datetime(1900, 1, 1, tzinfo=UTC)
LATEST = datetime(3000, 1, 1, tzinfo=UTC)


class OutOfRange(ValueError):
    """A well-formed date-time outside EARLIEST..LATEST."""


def parse_w3c(text: str) -> datetime:
    """Parse a W3C date-time; raises ValueError when it is malformed or has no offset, and
    OutOfRange (a ValueError) when it is outside EARLIEST..LATEST.

    A plain date (YYYY-MM-DD) is accepted as midnight UTC, as many Open311 clients send it.
    """
    text = text.strip()
    try:
        if len(text) == 10:
            value = datetime.fromisoformat(text).replace(tzinfo=UTC)
        else:
            if text.endswith(("Z", "z")):
                text = text[:-1] + "+00:00"
            value = datetime.fromisoformat(text)
            if value.tzinfo is None:
                raise ValueError("date-time without an offset")
            value = value.astimezone(UTC)
    except OverflowError as error:  # 9999-12-31T23:59:59-01:00 is past year 9999 in UTC
        raise OutOfRange("out of range") from error
    if not EARLIEST <= value < LATEST:
        raise OutOfRange("out of range")
    return value
