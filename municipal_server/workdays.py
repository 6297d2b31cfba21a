"""Working days in the municipality's calendar: weekly rest days and public holidays, counted
in the municipality's time zone.

A request's expected date is the end (23:59:59 local time) of the N-th working day after the
day it was made, N being its service's target. The day of submission never counts, whatever
the hour: a request made at 22:00 after the office closed, or on a Friday, still gets N whole
working days. This is the usual reading of "within N working days" and needs no office hours.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from municipal_server.config import Settings

END_OF_DAY = time(23, 59, 59)


@dataclass(frozen=True)
class WorkCalendar:
    timezone: str
    rest_days: frozenset[int]  # date.weekday(): Monday 0 ... Sunday 6
    holidays: frozenset[date]

    def __post_init__(self) -> None:
        if len(self.rest_days) >= 7:
            raise ValueError("a week needs at least one working day")

    @classmethod
    def from_settings(cls, settings: Settings) -> WorkCalendar:
        return cls(settings.timezone, frozenset(settings.rest_days), settings.holidays)

    @classmethod
    def of(
        cls, timezone: str, rest_days: Iterable[int], holidays: Iterable[date] = ()
    ) -> WorkCalendar:
        return cls(timezone, frozenset(rest_days), frozenset(holidays))

    def is_working_day(self, day: date) -> bool:
        return day.weekday() not in self.rest_days and day not in self.holidays

    def local_date(self, moment: datetime) -> date:
        return moment.astimezone(ZoneInfo(self.timezone)).date()

    def add_working_days(self, start: date, days: int) -> date:
        """The `days`-th working day after `start` (`start` itself never counts; with 0, the
        first working day from `start` on)."""
        day = start
        if days <= 0:
            while not self.is_working_day(day):
                day += timedelta(days=1)
            return day
        counted = 0
        while counted < days:
            day += timedelta(days=1)
            if self.is_working_day(day):
                counted += 1
        return day

    def end_of_day(self, day: date) -> datetime:
        """23:59:59 local time on `day`, in UTC (the zone's offset of that day, DST included)."""
        local = datetime.combine(day, END_OF_DAY, tzinfo=ZoneInfo(self.timezone))
        return local.astimezone(UTC)

    def due(self, submitted_at: datetime, target_days: int) -> datetime:
        """When a request made at `submitted_at` with a target of `target_days` is due."""
        return self.end_of_day(self.add_working_days(self.local_date(submitted_at), target_days))
