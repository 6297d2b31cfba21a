"""Tolerant parsing of the date-times real Open311 servers send."""

from __future__ import annotations

import re
from datetime import UTC, datetime

_SPACE_T = re.compile(r"^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(:\d{2}(\.\d+)?)?)")


def parse_datetime(value: object) -> datetime | None:
    """An aware datetime from a W3C string, a space instead of `T`, no offset (taken as UTC),
    a plain date, or a Unix timestamp; None for empty or unreadable values."""
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
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
