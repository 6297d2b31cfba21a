"""Statistics on a fresh server with known data: counts, ISO weeks, medians, overdue.

Times are written into the database directly (a test cannot wait ten hours for a resolution);
status changes go through the API so that the history and resolved_at are the real ones first.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from municipal_server.models import ServiceRequest
from tests.clerk_api import edit_rows, move_to
from tests.conftest import Account, sign_in
from tests.helpers import new_request
from tests.live_server import LiveServer

Known = tuple[LiveServer, Account, dict[str, str]]


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def times(
    requested: str, resolved: str | None = None, expected: str | None = None
) -> Callable[[ServiceRequest], None]:
    def edit(row: ServiceRequest) -> None:
        row.requested_at = at(requested)
        if resolved:
            row.resolved_at = at(resolved)
        if expected:
            row.expected_at = at(expected)

    return edit


@pytest.fixture(params=["sqlite", "postgresql"])
def known(request: pytest.FixtureRequest, start_server: Callable[..., LiveServer]) -> Known:
    """A fresh server holding six requests whose every date is known (all times UTC)."""
    live = start_server(request.param)
    clerk = sign_in(live, *live.accounts["clerk"])
    certificate = {"service_code": "residence-certificate", "attribute[copies]": "2"}
    w1, w2, w3, w4, r1 = (new_request(live) for _ in range(5))
    c1 = new_request(live, **certificate)
    for number, status in ((w1, "resolved"), (w2, "resolved"), (c1, "closed"), (r1, "rejected")):
        move_to(live, clerk, number, status)
    plan = {
        w1: times("2026-11-02T08:00", resolved="2026-11-02T18:00"),  # W45, 10 h
        w2: times("2026-11-03T08:00", resolved="2026-11-04T14:00"),  # W45, 30 h
        w3: times("2026-11-10T08:00", expected="2026-11-11T08:00"),  # W46, open and late
        # Sunday 23:00 UTC is already Monday 01:00 in Hebron (UTC+2): W47, not W46.
        w4: times("2026-11-15T23:00", expected="2126-01-01T00:00"),
        c1: times("2026-11-10T09:00", resolved="2026-11-10T13:00"),  # W46, 4 h, then closed
        r1: times("2026-11-16T08:00", resolved="2026-11-16T10:00"),  # W47, rejected: no time
    }
    for number, edit in plan.items():
        edit_rows(live, [number], edit)
    return live, clerk, {"w3": w3}


def get_stats(live: LiveServer, clerk: Account, **params: str) -> dict:
    response = clerk.http.get(f"{live.url}/api/v1/clerk/stats", params=params, timeout=30)
    assert response.status_code == 200, response.text
    return response.json()


def test_figures(known: Known) -> None:
    """All in one test: each fresh server costs seconds to start and seed."""
    check_all_time(*known)
    check_period(*known)
    check_names_follow_the_language(*known)


def check_all_time(live: LiveServer, clerk: Account, numbers: dict[str, str]) -> None:
    stats = get_stats(live, clerk, locale="en")
    assert stats["total"] == 6
    assert {k: v for k, v in stats["by_status"].items() if v} == {
        "resolved": 2,
        "submitted": 2,
        "closed": 1,
        "rejected": 1,
    }
    assert stats["by_service"] == [
        {"code": "water-leak", "name": "Water leak", "count": 5},
        {"code": "residence-certificate", "name": stats["by_service"][1]["name"], "count": 1},
    ]
    assert stats["by_service"][1]["name"] != "residence-certificate"
    assert stats["by_group"] == {"water": 5, "certificates": 1}
    assert stats["opened_vs_resolved"] == [
        {"week": "2026-W45", "opened": 2, "resolved": 2},
        {"week": "2026-W46", "opened": 2, "resolved": 1},
        {"week": "2026-W47", "opened": 2, "resolved": 0},
    ]
    assert stats["median_hours_to_resolve"] == 10.0
    assert stats["median_hours_by_service"] == {"residence-certificate": 4.0, "water-leak": 20.0}
    assert stats["overdue"] == 1
    late = clerk.http.get(
        f"{live.url}/api/v1/clerk/requests", params={"overdue": "true"}, timeout=30
    ).json()
    assert [row["id"] for row in late["items"]] == [numbers["w3"]]


def check_period(live: LiveServer, clerk: Account, _: dict[str, str]) -> None:
    stats = get_stats(live, clerk, **{"from": "2026-11-09T00:00:00+02:00", "to": "2026-11-15"})
    assert stats["total"] == 2  # w3 and c1 were opened in the week of 9 November
    assert stats["by_group"] == {"water": 1, "certificates": 1}
    assert stats["opened_vs_resolved"] == [{"week": "2026-W46", "opened": 2, "resolved": 1}]
    assert stats["median_hours_to_resolve"] == 4.0
    assert stats["overdue"] == 1


def check_names_follow_the_language(live: LiveServer, clerk: Account, _: dict[str, str]) -> None:
    arabic = get_stats(live, clerk)["by_service"][0]["name"]
    french = get_stats(live, clerk, locale="fr")["by_service"][0]["name"]
    assert arabic != french and any("\u0600" <= ch <= "\u06ff" for ch in arabic)


def test_empty_server_and_bad_dates(start_server: Callable[..., LiveServer]) -> None:
    live = start_server()
    clerk = sign_in(live, *live.accounts["clerk"])
    stats = get_stats(live, clerk)
    assert stats["total"] == 0 and stats["opened_vs_resolved"] == []
    assert stats["median_hours_to_resolve"] is None and stats["median_hours_by_service"] == {}
    for bad in ("yesterday", "0001-01-01T00:00:00+05:00", "2026-01-01T00:00:00"):
        response = clerk.http.get(f"{live.url}/api/v1/clerk/stats", params={"from": bad})
        assert response.status_code == 400, bad
