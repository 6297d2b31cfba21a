"""Input guards shared by the clerk routes.

They exist because some inputs pass FastAPI's validation yet would crash deeper down: a NUL
character is legal in JSON and URLs but PostgreSQL refuses it in text, and a date-time at the
edge of the calendar overflows when moved to UTC or to the municipality's zone. Both must be a
client error (4xx), never a 500.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from municipal_server.errors import date_param, invalid_field, not_found
from municipal_server.models import ServiceRequest

# Dates a clerk may promise: wide enough for any real plan, narrow enough to render anywhere.
EARLIEST = datetime(2000, 1, 1, tzinfo=UTC)
LATEST = datetime(2200, 1, 1, tzinfo=UTC)


def text(field: str, value: str | None) -> str | None:
    """`value` unchanged, or a 400 when it holds a NUL (which PostgreSQL cannot store)."""
    if value is not None and "\x00" in value:
        raise invalid_field(field, "contains a NUL character")
    return value


def moment(field: str, value: str | None, *, bounded: bool = False) -> datetime | None:
    """An optional W3C date-time; 400 when malformed, out of the calendar or (bounded) absurd."""
    parsed = date_param(field, text(field, value))
    if bounded and parsed is not None and not EARLIEST <= parsed < LATEST:
        raise invalid_field(field, "out of range", min=EARLIEST.isoformat(), max=LATEST.isoformat())
    return parsed


def find_request(session: Session, number: str) -> ServiceRequest:
    """The request with this public number, or 404 (also for numbers that cannot exist).

    Only staff reach the clerk routes, and staff may see every request.
    """
    if "\x00" in number or len(number) > 64:
        raise not_found("request")
    found = session.scalars(
        select(ServiceRequest).where(ServiceRequest.number == number)
    ).one_or_none()
    if found is None:
        raise not_found("request")
    return found
