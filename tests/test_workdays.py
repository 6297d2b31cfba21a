"""The municipality's calendar: expected dates count working days in its own time zone."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from municipal_server.config import Settings
from municipal_server.workdays import WorkCalendar

HEBRON = WorkCalendar.of("Asia/Hebron", (4, 5))  # Friday and Saturday rest
WINTER = timezone(timedelta(hours=2))


def local(day: str, clock: str = "10:00") -> datetime:
    """A moment in Hebron in winter (UTC+2)."""
    return datetime.fromisoformat(f"{day}T{clock}").replace(tzinfo=WINTER)


def due_day(calendar: WorkCalendar, submitted: datetime, days: int) -> str:
    due = calendar.due(submitted, days)
    shown = due.astimezone(WINTER)
    assert (shown.hour, shown.minute, shown.second) == (23, 59, 59)
    return shown.date().isoformat()


def test_the_day_of_submission_never_counts() -> None:
    # Tuesday 1 December 2026: two working days are Wednesday and Thursday.
    assert due_day(HEBRON, local("2026-12-01"), 2) == "2026-12-03"
    # After office hours it is the same: the day itself is never counted.
    assert due_day(HEBRON, local("2026-12-01", "22:30"), 2) == "2026-12-03"


def test_rest_days_are_skipped() -> None:
    # Thursday + 1 working day: Friday and Saturday rest, so Sunday.
    assert due_day(HEBRON, local("2026-12-03"), 1) == "2026-12-06"
    assert due_day(HEBRON, local("2026-12-03"), 3) == "2026-12-08"


def test_a_submission_on_a_rest_day_counts_from_the_next_working_day() -> None:
    assert due_day(HEBRON, local("2026-12-04"), 1) == "2026-12-06"  # Friday -> Sunday
    assert due_day(HEBRON, local("2026-12-05"), 2) == "2026-12-07"  # Saturday -> Monday
    # A target of 0 days: the same day if it is a working day, else the next one.
    assert due_day(HEBRON, local("2026-12-02"), 0) == "2026-12-02"
    assert due_day(HEBRON, local("2026-12-04"), 0) == "2026-12-06"


def test_a_target_spanning_a_holiday_and_a_weekend() -> None:
    calendar = WorkCalendar.of("Asia/Hebron", (4, 5), [date(2026, 12, 8), date(2026, 12, 13)])
    # Monday 7th + 4: Tue 8th holiday, Wed 9, Thu 10, (Fri, Sat), Sun 13th holiday, Mon 14, Tue 15.
    assert due_day(calendar, local("2026-12-07"), 4) == "2026-12-15"
    assert not calendar.is_working_day(date(2026, 12, 8))
    # Submitted on the holiday itself: the next working day is the first one counted.
    assert due_day(calendar, local("2026-12-08"), 1) == "2026-12-09"


def test_the_local_date_decides_not_the_utc_date() -> None:
    # 22:30 UTC on Wednesday is 00:30 on Thursday in Hebron: the day of submission is Thursday.
    submitted = datetime(2026, 12, 2, 22, 30, tzinfo=UTC)
    assert due_day(HEBRON, submitted, 1) == "2026-12-06"
    # And 21:30 UTC is still Wednesday there.
    assert due_day(HEBRON, datetime(2026, 12, 2, 21, 30, tzinfo=UTC), 1) == "2026-12-03"


def test_the_end_of_day_follows_summer_time() -> None:
    winter = HEBRON.end_of_day(date(2026, 12, 6))
    summer = HEBRON.end_of_day(date(2027, 7, 6))
    assert winter == datetime(2026, 12, 6, 21, 59, 59, tzinfo=UTC)  # UTC+2
    assert summer == datetime(2027, 7, 6, 20, 59, 59, tzinfo=UTC)  # UTC+3


def test_other_weeks_and_time_zones() -> None:
    sunday_rest = WorkCalendar.of("Europe/Paris", (6,))
    # Saturday is a working day there; Sunday is not.
    saturday = datetime(2026, 12, 5, 9, 0, tzinfo=UTC)
    due = sunday_rest.due(saturday, 1)
    assert due.astimezone(UTC).date() == date(2026, 12, 7)
    with pytest.raises(ValueError, match="working day"):
        WorkCalendar.of("Asia/Hebron", range(7))


def test_settings_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    assert Settings.from_env().rest_days == (4, 5)
    monkeypatch.setenv("MUNICIPAL_REST_DAYS", "Sun, sat")
    monkeypatch.setenv("MUNICIPAL_HOLIDAYS", "2026-12-25,2027-01-01 2027-01-07")
    settings = Settings.from_env()
    assert settings.rest_days == (5, 6)
    assert settings.holidays == {date(2026, 12, 25), date(2027, 1, 1), date(2027, 1, 7)}
    calendar = WorkCalendar.from_settings(settings)
    assert calendar.rest_days == {5, 6} and date(2027, 1, 7) in calendar.holidays
    monkeypatch.setenv("MUNICIPAL_REST_DAYS", "friday,someday")
    with pytest.raises(ValueError, match="MUNICIPAL_REST_DAYS"):
        Settings.from_env()
    monkeypatch.setenv("MUNICIPAL_REST_DAYS", "")
    assert Settings.from_env().rest_days == ()
    monkeypatch.setenv("MUNICIPAL_HOLIDAYS", "25/12/2026")
    with pytest.raises(ValueError, match="MUNICIPAL_HOLIDAYS"):
        Settings.from_env()
