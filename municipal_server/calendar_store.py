"""The municipality's working calendar as it is now: what administrators saved in the
database, or, until they first save it, the environment's MUNICIPAL_REST_DAYS and
MUNICIPAL_HOLIDAYS. Read for each request, so a change applies in every server process at
once, without a restart."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from municipal_server.config import Settings
from municipal_server.models import Holiday, Municipality
from municipal_server.workdays import WorkCalendar


def saved_rest_days(session: Session) -> list[int] | None:
    municipality = session.scalars(select(Municipality)).first()
    return None if municipality is None else municipality.rest_days


def work_calendar(session: Session, settings: Settings) -> WorkCalendar:
    rest_days = saved_rest_days(session)
    if rest_days is None:
        return WorkCalendar.from_settings(settings)
    holidays = session.scalars(select(Holiday.day))
    return WorkCalendar.of(settings.timezone, rest_days, holidays)
