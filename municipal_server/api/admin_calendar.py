"""The municipality's working calendar, edited by administrators in the app: weekly rest days
and dated holidays. Service targets (expected dates) use it from the next request on, in every
server process."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter
from pydantic import BaseModel, Field
from sqlalchemy import delete, select

from municipal_server import audit
from municipal_server.api.schemas import Strict, errors
from municipal_server.calendar_store import saved_rest_days, work_calendar
from municipal_server.deps import AdminUser, SessionDep, SettingsDep
from municipal_server.errors import invalid_field
from municipal_server.models import Holiday, Municipality
from municipal_server.text import LINE

router = APIRouter(prefix="/admin/calendar", tags=["administration"])

#: holidays are dated within these years (a typo such as 20026 is refused, not stored)
YEARS = (2000, 2100)


class HolidayItem(BaseModel):
    date: date
    name: Annotated[str, Field(max_length=200)]


class CalendarOut(BaseModel):
    timezone: str
    rest_days: list[int]
    holidays: list[HolidayItem]
    #: True until an administrator first saves: the environment's values are shown
    from_defaults: bool


class HolidayIn(Strict):
    date: Annotated[str, Field(max_length=32), LINE]
    name: Annotated[str, Field(max_length=200), LINE] = ""


class CalendarIn(Strict):
    rest_days: Annotated[list[int], Field(max_length=7)]
    holidays: Annotated[list[HolidayIn], Field(max_length=400)]


def calendar_out(session, settings) -> CalendarOut:
    calendar = work_calendar(session, settings)
    names = dict(session.execute(select(Holiday.day, Holiday.name)).all())
    return CalendarOut(
        timezone=calendar.timezone,
        rest_days=sorted(calendar.rest_days),
        holidays=[HolidayItem(date=d, name=names.get(d, "")) for d in sorted(calendar.holidays)],
        from_defaults=saved_rest_days(session) is None,
    )


def _as_record(calendar: CalendarOut) -> dict:
    return {
        "rest_days": calendar.rest_days,
        "holidays": [f"{h.date.isoformat()} {h.name}".strip() for h in calendar.holidays],
    }


@router.get("", response_model=CalendarOut, responses=errors(401, 403))
def get_calendar(admin: AdminUser, session: SessionDep, settings: SettingsDep) -> CalendarOut:
    """The calendar in force: rest days (0 = Monday … 6 = Sunday) and dated holidays."""
    return calendar_out(session, settings)


@router.put("", response_model=CalendarOut, responses=errors(400, 401, 403, 422))
def put_calendar(
    body: CalendarIn, admin: AdminUser, session: SessionDep, settings: SettingsDep
) -> CalendarOut:
    """Replace the calendar. At least one working day a week; each holiday once, a real date
    between 2000 and 2100."""
    if any(day not in range(7) for day in body.rest_days):
        raise invalid_field("rest_days", "weekday", allowed=list(range(7)))
    rest_days = sorted(set(body.rest_days))
    if len(rest_days) == 7:
        raise invalid_field("rest_days", "no_working_day")
    holidays: dict[date, str] = {}
    for n, item in enumerate(body.holidays):
        try:
            day = date.fromisoformat(item.date)
        except ValueError:
            raise invalid_field(f"holidays[{n}].date", "date") from None
        if not YEARS[0] <= day.year <= YEARS[1]:
            raise invalid_field(f"holidays[{n}].date", "year", min=YEARS[0], max=YEARS[1])
        if day in holidays:
            raise invalid_field(f"holidays[{n}].date", "duplicate")
        holidays[day] = item.name.strip()
    before = _as_record(calendar_out(session, settings))
    municipality = session.scalars(select(Municipality)).first()
    if municipality is None:
        raise invalid_field("municipality", "not_set_up")
    municipality.rest_days = rest_days
    session.execute(delete(Holiday))
    session.add_all(Holiday(day=day, name=name) for day, name in holidays.items())
    session.flush()
    after = calendar_out(session, settings)
    audit.record(session, admin, "calendar.update", "calendar", before, _as_record(after))
    session.commit()
    return after
