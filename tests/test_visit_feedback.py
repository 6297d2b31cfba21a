"""Kiosk visitors' satisfaction: three faces after Finish, counted anonymously by the server and
shown in the clerk's statistics."""

from __future__ import annotations

import time

import pytest
import requests
from sqlalchemy import create_engine, inspect, text

from municipal_server.api.feedback import ANSWERS_PER_HOUR, RecentAnswers
from tests.conftest import Account, unique_address
from tests.live_server import LiveServer
from tests.test_kiosk import PIN, kiosk_window


def satisfaction(server: LiveServer, clerk: Account) -> dict[str, int]:
    response = clerk.http.get(f"{server.url}/api/v1/clerk/stats", timeout=30)
    assert response.status_code == 200, response.text
    return response.json()["satisfaction"]


def test_answers_are_counted_with_the_app_key_only(server: LiveServer, clerk: Account) -> None:
    before = satisfaction(server, clerk)
    url = f"{server.url}/api/v1/feedback"
    for score in (3, 3, 1):
        answer = requests.post(
            url, json={"api_key": server.api_key, "score": score, "language": "ar"}, timeout=30
        )
        assert answer.status_code == 204, answer.text
    refused = requests.post(
        url, json={"api_key": "not-ours", "score": 3, "language": "ar"}, timeout=30
    )
    assert (refused.status_code, refused.json()["error"]["code"]) == (403, "invalid_api_key")
    for body in (
        {"api_key": server.api_key, "score": 4, "language": "ar"},
        {"api_key": server.api_key, "score": "3", "language": "ar"},
        {"api_key": server.api_key, "score": 2, "language": "de"},
        {"api_key": server.api_key, "score": 2, "language": "ar", "name": "سارة"},
    ):
        assert requests.post(url, json=body, timeout=30).status_code == 422
    after = satisfaction(server, clerk)
    assert after["good"] - before["good"] == 2
    assert after["poor"] - before["poor"] == 1
    assert after["acceptable"] == before["acceptable"]


def test_one_address_cannot_stuff_the_counts(server: LiveServer, clerk: Account) -> None:
    """The app key is inside every copy of the app: the counts are limited per address."""
    address = unique_address()

    def answer(sender: str) -> requests.Response:
        return requests.post(
            f"{server.url}/api/v1/feedback",
            json={"api_key": server.api_key, "score": 1, "language": "fr"},
            headers={"X-Forwarded-For": sender},
            timeout=30,
        )

    before = satisfaction(server, clerk)
    statuses = [answer(address).status_code for _ in range(ANSWERS_PER_HOUR)]
    assert statuses == [204] * ANSWERS_PER_HOUR
    limited = answer(address)
    assert limited.status_code == 429 and int(limited.headers["Retry-After"]) > 0
    assert satisfaction(server, clerk)["poor"] - before["poor"] == ANSWERS_PER_HOUR
    assert answer(unique_address()).status_code == 204  # another hall is not affected
    # Counted in memory: nothing in the database ties an answer to an address or a time.
    with create_engine(server.database_url).connect() as db:
        keys = db.execute(text("SELECT key FROM rate_hits")).scalars().all()
    assert not [k for k in keys if "feedback" in k or address in k]


def test_nothing_that_identifies_a_visitor_is_kept(server: LiveServer) -> None:
    columns = {
        c["name"] for c in inspect(create_engine(server.database_url)).get_columns("visit_feedback")
    }
    assert columns == {"id", "score", "language", "day"}


@pytest.mark.timeout(120)
def test_finish_asks_how_the_visit_was(qtbot, server: LiveServer, clerk: Account) -> None:
    before = satisfaction(server, clerk)
    window = kiosk_window(qtbot, server)
    window.kiosk.start_page.buttons[0].click()
    window.welcome.new_name.setText("زائر")
    window.kiosk.finish_button.click()
    page = window.kiosk.feedback_page
    assert window.stack.currentWidget() is page
    assert "زائر" not in window.welcome.new_name.text()  # wiped before the question
    assert page.question.text() == "كيف كانت زيارتك اليوم؟"
    assert not window.kiosk.finish_button.isVisible()
    page.faces[2].click()
    assert window.stack.currentWidget() is window.kiosk.start_page
    qtbot.waitUntil(
        lambda: satisfaction(server, clerk)["acceptable"] == before["acceptable"] + 1,
        timeout=15000,
    )
    # Skipping, or no answer in time, goes back to the start without counting anything.
    window.kiosk.start_page.buttons[1].click()
    window.kiosk.finish_button.click()
    qtbot.waitUntil(lambda: page.question.text() == "How was your visit today?", timeout=5000)
    page.timer.setInterval(50)
    page.ask()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.kiosk.start_page, timeout=5000)
    assert satisfaction(server, clerk) == before | {"acceptable": before["acceptable"] + 1}
    window.kiosk.allow_close(PIN)


def test_the_statistics_page_shows_the_answers(qtbot, server: LiveServer, clerk: Account) -> None:
    from citizen_app.i18n import apply_language
    from citizen_app.ui.clerk.stats_page import StatsPage

    apply_language("ar")
    page = StatsPage()
    qtbot.addWidget(page)
    stats = clerk.http.get(f"{server.url}/api/v1/clerk/stats", timeout=30).json()
    stats["satisfaction"] = {"good": 12, "acceptable": 3, "poor": 1}
    page.show_stats(stats)
    assert page.satisfaction.text() == (
        "رضا زوّار أجهزة الخدمة الذاتية — جيدة: 12 | مقبولة: 3 | غير جيدة: 1"
    )
    del stats["satisfaction"]  # an older server
    page.show_stats(stats)
    assert page.satisfaction.isHidden()


def test_the_per_address_count_forgets_after_its_window() -> None:
    recent = RecentAnswers(limit=2, window=0.3)
    assert recent.admit("10.0.0.1") == 0 and recent.admit("10.0.0.1") == 0
    assert 0 < recent.admit("10.0.0.1") <= 0.3
    assert recent.admit("10.0.0.2") == 0  # another address has its own count
    time.sleep(0.35)
    assert recent.admit("10.0.0.1") == 0
