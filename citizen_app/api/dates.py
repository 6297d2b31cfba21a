"""Tolerant parsing of the date-times real Open311 servers send.

The standard wants an offset on every date-time, but some cities send local wall-clock times
("2026-03-01 10:15:00"). Such a time is read in the jurisdiction's time zone (the site's
`time_zone`, Asia/Hebron by default), not as UTC: read as UTC, a request made at 10:15 in
Hebron would show as made at 12:15 or 13:15.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DEFAULT_TIME_ZONE = "Asia/Hebron"
_SPACE_T = re.compile(r"^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(:\d{2}(\.\d+)?)?)")


def zone(name: str | None) -> tzinfo:
    """The named IANA time zone; ValueError when this computer does not know it."""
    try:
        return ZoneInfo(name or DEFAULT_TIME_ZONE)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise ValueError(f"unknown time zone {name!r}") from error


DEFAULT_ZONE = zone(DEFAULT_TIME_ZONE)


def parse_datetime(value: object, local: tzinfo = DEFAULT_ZONE) -> datetime | None:
    """An aware datetime from a W3C string, a space instead of `T`, no offset (read in `local`,
    the jurisdiction's zone), a plain date, or a Unix timestamp; None for empty or unreadable
    values."""
    if value is None or value == "":
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            return datetime.fromtimestamp(value, UTC)
        except (OverflowError, OSError, ValueError):  # NaN, or past what a datetime holds
            return None
    text = str(value).strip()
    if not text:
        return None
    if text[-1:] in ("Z", "z"):
        text = text[:-1] + "+00:00"
    match = _SPACE_T.match(text)
    if match:
        text = f"{match.group(1)}T{text[len(match.group(1)) + 1 :]}"
    text = re.sub(r"([+-]\d{2})(\d{2})$", r"\1:\2", text)  # +0200 -> +02:00
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    if moment.tzinfo is None:
        try:  # 0001-01-01 in a zone east of UTC is before what a datetime holds
            moment = moment.replace(tzinfo=local).astimezone(UTC)
        except (OverflowError, ValueError):
            return None
    return moment
