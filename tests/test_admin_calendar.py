"""The municipality's calendar and the audit log, administered on the real server (SQLite and
PostgreSQL): a holiday added today moves the expected date of the next request, in every
server process at once; every administrative change is recorded, never a password."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta

import pytest

from tests.conftest import Account, sign_in
from tests.helpers import new_request
from tests.live_server import LiveServer


@pytest.fixture(params=["sqlite", "postgresql"])
def two_processes(request, start_server) -> tuple[LiveServer, LiveServer]:
    """Two server processes over one new database, as behind a load balancer."""
    first = start_server(request.param)
    second = start_server(database_url=first.database_url, seed=False)
    second.api_key, second.accounts = first.api_key, first.accounts
    return first, second


def admin_of(server: LiveServer) -> Account:
    return sign_in(server, *server.accounts["admin"])


def expected_date(server: LiveServer, citizen: Account, number: str) -> date:
    detail = citizen.http.get(f"{server.url}/api/v1/requests/{number}", timeout=30).json()
    return datetime.fromisoformat(detail["expected_datetime"]).date()


def test_a_holiday_added_today_moves_the_next_requests_expected_date(two_processes) -> None:
    first, second = two_processes
    admin = admin_of(first)
    citizen = sign_in(first, *first.accounts["citizen"])
    calendar = admin.http.get(f"{first.url}/api/v1/admin/calendar", timeout=30).json()
    assert calendar["from_defaults"] is True and calendar["rest_days"] == [4, 5]
    before = expected_date(first, citizen, new_request(first, citizen))

    # Every day from tomorrow to the old expected date becomes a holiday.
    today = date.today()
    days = [today + timedelta(days=n) for n in range(1, (before - today).days + 1)]
    holidays = [{"date": d.isoformat(), "name": "عيد الفطر"} for d in days]
    saved = admin.http.put(
        f"{first.url}/api/v1/admin/calendar",
        json={"rest_days": [4, 5], "holidays": holidays},
        timeout=30,
    )
    assert saved.status_code == 200, saved.text
    assert saved.json()["from_defaults"] is False
    assert [h["date"] for h in saved.json()["holidays"]] == [d.isoformat() for d in days]

    # The other process, never restarted, gives the next request a later date.
    after = expected_date(second, citizen, new_request(second, citizen))
    assert after > before
    assert after not in days


def test_a_calendar_with_mistakes_is_refused_and_the_field_named(two_processes) -> None:
    first, _ = two_processes
    admin = admin_of(first)
    url = f"{first.url}/api/v1/admin/calendar"
    for body, field in (
        ({"rest_days": list(range(7)), "holidays": []}, "rest_days"),
        ({"rest_days": [9], "holidays": []}, "rest_days"),
        ({"rest_days": [4], "holidays": [{"date": "2027-02-30"}]}, "holidays[0].date"),
        ({"rest_days": [4], "holidays": [{"date": "20027-01-01"}]}, "holidays[0].date"),
        (
            {"rest_days": [4], "holidays": [{"date": "2027-01-01"}, {"date": "2027-01-01"}]},
            "holidays[1].date",
        ),
    ):
        refused = admin.http.put(url, json=body, timeout=30)
        assert refused.status_code == 400, body
        assert refused.json()["error"]["params"]["field"] == field
    assert admin.http.get(url, timeout=30).json()["from_defaults"] is True  # nothing saved


def test_every_administrative_change_is_in_the_audit_log_without_secrets(
    two_processes,
) -> None:
    first, _ = two_processes
    admin = admin_of(first)
    login = f"staff{uuid.uuid4().hex[:8]}@example.ps"
    created = admin.http.post(
        f"{first.url}/api/v1/admin/staff",
        json={"name": "موظفة التدقيق", "email": login, "role": "clerk"},
        timeout=30,
    ).json()
    user_id = created["account"]["id"]
    admin.http.patch(
        f"{first.url}/api/v1/admin/staff/{user_id}", json={"role": "supervisor"}, timeout=30
    )
    reset = admin.http.post(
        f"{first.url}/api/v1/admin/staff/{user_id}/reset-password", json={}, timeout=30
    ).json()
    admin.http.put(
        f"{first.url}/api/v1/admin/calendar",
        json={"rest_days": [4], "holidays": [{"date": "2027-03-30", "name": "يوم الأرض"}]},
        timeout=30,
    )
    log = admin.http.get(f"{first.url}/api/v1/admin/audit", timeout=30)
    assert log.status_code == 200
    entries = log.json()["items"]
    assert [e["action"] for e in entries[:4]] == [
        "calendar.update",
        "staff.reset_password",
        "staff.update",
        "staff.create",
    ]
    assert all(e["actor"] == admin.user["name"] for e in entries[:4])
    change = entries[2]
    assert change["before"]["role"] == "clerk" and change["after"]["role"] == "supervisor"
    assert entries[0]["before"]["rest_days"] == [4, 5]
    assert entries[0]["after"]["holidays"] == ["2027-03-30 يوم الأرض"]
    for secret in (created["one_time_password"], reset["one_time_password"], admin.password):
        assert secret not in log.text
    assert "hash" not in log.text

    found = admin.http.get(
        f"{first.url}/api/v1/admin/audit", params={"q": login.upper()}, timeout=30
    ).json()
    assert found["total"] == 3
    assert {e["action"] for e in found["items"]} == {
        "staff.create",
        "staff.update",
        "staff.reset_password",
    }
