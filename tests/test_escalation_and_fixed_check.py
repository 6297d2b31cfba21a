"""Escalation of overdue requests and "is it fixed?", with the worker's clock moved forward.

The server runs without its own worker (MUNICIPAL_NOTIFY_WORKER=0); the test drives a
`Worker` in-process on the same database with an injected clock, so "30 days later" takes no
time. Messages go through the real SMTP code to a loopback server.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import requests

from municipal_server.config import Settings
from municipal_server.db import Database
from municipal_server.notifications import email
from municipal_server.notifications.worker import Tally, Worker
from municipal_server.timeutil import utcnow
from tests.clerk_api import act, move_to
from tests.conftest import Account, register, sign_in
from tests.helpers import marker, new_request
from tests.live_server import LiveServer, run_cli
from tests.notify_sinks import SmtpSink, text_of
from tests.verify_codes import verified_citizen

PASSWORD = "supervisor-pass-2026"


@pytest.fixture(scope="module")
def smtp() -> Iterator[SmtpSink]:
    sink = SmtpSink().start()
    yield sink
    sink.stop()


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def quiet(
    request: pytest.FixtureRequest, database_factory: Callable[[str], str], smtp: SmtpSink
) -> Iterator[LiveServer]:
    """A server that queues e-mails but never sends them itself; three more supervisors."""
    env = {
        "MUNICIPAL_TRUSTED_PROXIES": "127.0.0.1/32",
        "MUNICIPAL_SMTP_HOST": "127.0.0.1",
        "MUNICIPAL_SMTP_PORT": str(smtp.port),
        "MUNICIPAL_SMTP_SECURITY": "none",
        "MUNICIPAL_SMTP_FROM": "noreply@hebron.ps",
        "MUNICIPAL_NOTIFY_WORKER": "0",
    }
    live = LiveServer(database_factory(request.param), env=env)
    with smtp.lock:  # request numbers start again on each backend's database
        smtp.messages.clear()
    live.seed()
    for login, department, language in (
        ("roads-sup@demo.ps", "roads", "en"),
        ("general-sup@demo.ps", None, "fr"),
    ):
        extra = ["--department", department] if department else []
        run_cli(
            live.database_url,
            *("create-user", "--role", "supervisor", "--name", f"Sup {language}"),
            *("--email", login, "--language", language, *extra),
            env={**env, "MUNICIPAL_NEW_PASSWORD": PASSWORD},
        )
    live.start()
    yield live
    live.stop()


class Clock:
    def __init__(self) -> None:
        self.now = utcnow()

    def __call__(self) -> datetime:
        return self.now


def worker_for(server: LiveServer, smtp: SmtpSink, clock: Clock) -> Worker:
    settings = Settings(
        database_url=server.database_url,
        smtp_host="127.0.0.1",
        smtp_port=smtp.port,
        smtp_security="none",
        smtp_from="noreply@hebron.ps",
        fixed_check_days=3,
    )
    return Worker(Database(server.database_url), settings, clock=clock)


def verified_owner(server: LiveServer, smtp: SmtpSink) -> Account:
    """A citizen whose e-mail is verified (only such addresses are written to): this server's
    worker does not run, so one is run here, after sign-up, to deliver the code."""

    def deliver() -> None:
        worker = worker_for(server, smtp, Clock())
        try:
            worker.run_once()
        finally:
            worker.database.dispose()

    return verified_citizen(server, smtp, deliver=deliver)


def detail(server: LiveServer, account: Account, number: str) -> dict:
    response = account.http.get(f"{server.url}/api/v1/requests/{number}", timeout=30)
    assert response.status_code == 200, response.text
    return response.json()


def about(smtp: SmtpSink, login: str, number: str) -> list:
    return [m for m in smtp.to(login) if number in m["Subject"]]


def test_an_overdue_request_is_escalated_once_to_its_departments_supervisors(
    quiet: LiveServer, smtp: SmtpSink
) -> None:
    clerk = sign_in(quiet, *quiet.accounts["clerk"])
    water_sup = quiet.accounts["supervisor"][0]
    water = new_request(quiet, description=marker())
    roads = new_request(quiet, service_code="sidewalk-damage")
    certificates = new_request(
        quiet, service_code="residence-certificate", **{"attribute[copies]": "1"}
    )
    done = new_request(quiet)
    move_to(quiet, clerk, done, "resolved")
    clock = Clock()
    worker = worker_for(quiet, smtp, clock)
    try:
        worker.run_once()  # nothing is late yet
        assert about(smtp, water_sup, water) == []
        assert detail(quiet, clerk, water)["overdue"] is False
        clock.now += timedelta(days=30)
        tally = worker.run_once()
        assert tally.escalated >= 3 and tally.sent >= 3
        [notice] = about(smtp, water_sup, water)
        assert notice["Subject"] == f"تجاوز الموعد: الطلب رقم {water} (تسرب مياه)"
        assert "الموظف المكلّف: غير مُسنَد." in text_of(notice)
        requested = datetime.fromisoformat(detail(quiet, clerk, water)["requested_datetime"])
        submitted = requested.astimezone(ZoneInfo("Asia/Hebron")).strftime("%d/%m/%Y")
        assert f"تاريخ التقديم: {submitted}." in text_of(notice)
        [notice] = about(smtp, "roads-sup@demo.ps", roads)
        assert notice["Subject"] == f"Overdue: request {roads} (Damaged pavement)"
        # No supervisor for certificates: the municipality-wide one (no department) is told.
        [notice] = about(smtp, "general-sup@demo.ps", certificates)
        assert notice["Subject"].startswith(f"En retard : demande {certificates}")
        assert (
            about(smtp, water_sup, roads) == [] and about(smtp, "general-sup@demo.ps", water) == []
        )
        assert about(smtp, water_sup, done) == []  # resolved: not overdue
        # Again, and again later: not twice.
        worker.run_once()
        clock.now += timedelta(days=1)
        worker.run_once()
        assert len(about(smtp, water_sup, water)) == 1
        assert len(about(smtp, "roads-sup@demo.ps", roads)) == 1
        # A later expected date that passes too is a new escalation.
        later = (clock.now + timedelta(days=1)).isoformat()
        assert act(quiet, clerk, water, "expected", {"expected_datetime": later}).status_code == 200
        worker.run_once()
        assert len(about(smtp, water_sup, water)) == 1
        clock.now += timedelta(days=2)
        worker.run_once()
        assert len(about(smtp, water_sup, water)) == 2
    finally:
        worker.database.dispose()


def test_the_queue_flags_overdue_rows(quiet: LiveServer) -> None:
    clerk = sign_in(quiet, *quiet.accounts["clerk"])
    word = marker()
    late, fresh = new_request(quiet, description=word), new_request(quiet, description=word)
    past = (utcnow() - timedelta(hours=1)).isoformat()
    assert act(quiet, clerk, late, "expected", {"expected_datetime": past}).status_code == 200
    page = clerk.http.get(f"{quiet.url}/api/v1/clerk/requests", params={"q": word}).json()
    flags = {row["id"]: row["overdue"] for row in page["items"]}
    assert flags == {late: True, fresh: False}
    assert all(row["expected_datetime"] for row in page["items"])


def resolved_request(server: LiveServer, owner: Account) -> str:
    clerk = sign_in(server, *server.accounts["clerk"])
    number = new_request(server, owner)
    move_to(server, clerk, number, "resolved")
    return number


def fixed(server: LiveServer, account: Account, number: str, body: dict, **headers: str):
    return account.http.post(
        f"{server.url}/api/v1/requests/{number}/fixed", json=body, headers=headers, timeout=30
    )


def test_the_citizen_is_asked_once_after_three_days_and_no_reopens(
    quiet: LiveServer, smtp: SmtpSink
) -> None:
    owner, other = verified_owner(quiet, smtp), register(quiet)
    number = resolved_request(quiet, owner)
    assert detail(quiet, owner, number)["fixed_check"] == {
        "asked_at": None,
        "answered": None,
        "answered_at": None,
    }
    clock = Clock()
    worker = worker_for(quiet, smtp, clock)
    try:
        clock.now += timedelta(days=2, hours=23)
        worker.run_once()
        assert about(smtp, owner.login, number) != []  # the "resolved" status e-mail
        assert detail(quiet, owner, number)["fixed_check"]["asked_at"] is None
        clock.now += timedelta(hours=2)
        worker.run_once()
        worker.run_once()
        [question] = [m for m in about(smtp, owner.login, number) if "هل" in m["Subject"]]
        assert question["Subject"] == f"هل حُلّت المشكلة؟ الطلب رقم {number}"
        assert "«نعم»" in text_of(question)
        check = detail(quiet, owner, number)["fixed_check"]
        assert check["asked_at"] is not None and check["answered"] is None
    finally:
        worker.database.dispose()
    clerk = sign_in(quiet, *quiet.accounts["clerk"])
    assert fixed(quiet, other, number, {"fixed": True}).status_code == 404
    assert fixed(quiet, clerk, number, {"fixed": True}).status_code == 403
    missing = fixed(quiet, owner, number, {"fixed": False})
    assert missing.status_code == 422
    assert missing.json()["error"]["code"] == "reason_required"
    blank = fixed(quiet, owner, number, {"fixed": False, "reason": "  "})
    assert blank.json()["error"]["code"] == "reason_required"
    answered = fixed(quiet, owner, number, {"fixed": False, "reason": "ما زال الماء يتسرب"})
    assert answered.status_code == 201, answered.text
    body = answered.json()
    assert body["status"] == "received"
    assert body["fixed_check"]["answered"] is False and body["fixed_check"]["answered_at"]
    last = body["events"][-1]
    assert (last["kind"], last["status"], last["note"], last["audience"]) == (
        "status",
        "received",
        "ما زال الماء يتسرب",
        "citizen",
    )
    # The public (Open311) history shows the reopening, never the citizen's words.
    public = requests.get(
        f"{quiet.url}/open311/v2/requests/{number}.json", params={"extensions": "true"}, timeout=30
    ).json()[0]
    assert public["notes"][-1]["status"] == "received"
    assert public["notes"][-1]["description"] is None
    assert "ما زال الماء يتسرب" not in str(public)
    again = fixed(quiet, owner, number, {"fixed": True})
    assert again.status_code == 409 and again.json()["error"]["code"] == "already_answered"


def test_yes_closes_the_request_and_nothing_is_asked_afterwards(
    quiet: LiveServer, smtp: SmtpSink
) -> None:
    owner = verified_owner(quiet, smtp)
    number = resolved_request(quiet, owner)
    open_one = new_request(quiet, owner)
    early = fixed(quiet, owner, open_one, {"fixed": True})
    assert early.status_code == 409 and early.json()["error"]["code"] == "not_resolved"
    key = {"Idempotency-Key": marker()}
    first = fixed(quiet, owner, number, {"fixed": True}, **key)
    assert first.status_code == 201, first.text
    replay = fixed(quiet, owner, number, {"fixed": True}, **key)
    assert replay.status_code == 201 and replay.headers["Idempotent-Replayed"] == "true"
    assert replay.json() == first.json()
    assert first.json()["status"] == "closed"
    assert first.json()["fixed_check"]["answered"] is True
    clock = Clock()
    clock.now += timedelta(days=10)
    worker = worker_for(quiet, smtp, clock)
    try:
        worker.run_once()
    finally:
        worker.database.dispose()
    assert detail(quiet, owner, number)["fixed_check"]["asked_at"] is None
    assert [m for m in about(smtp, owner.login, number) if "هل" in m["Subject"]] == []


def test_two_workers_on_one_database_send_each_message_once(
    quiet: LiveServer, smtp: SmtpSink
) -> None:
    owner = verified_owner(quiet, smtp)
    clerk = sign_in(quiet, *quiet.accounts["clerk"])
    numbers = [new_request(quiet, owner) for _ in range(6)]
    for number in numbers:
        for status in ("received", "in_progress"):
            assert act(quiet, clerk, number, "status", {"status": status}).status_code == 200
    clock = Clock()
    workers = [worker_for(quiet, smtp, clock) for _ in range(2)]
    tallies: list[Tally] = []
    threads = [threading.Thread(target=lambda w=w: tallies.append(w.run_once())) for w in workers]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
    finally:
        for worker in workers:
            worker.database.dispose()
    mails = smtp.to(owner.login)
    assert len(mails) == 12 and len({m["Message-ID"] for m in mails}) == 12
    assert sum(t.sent for t in tallies) >= 12


def test_a_worker_that_dies_mid_send_repeats_the_message_with_the_same_message_id(
    quiet: LiveServer, smtp: SmtpSink
) -> None:
    """The documented at-least-once window: sent, then killed before it could record it."""
    owner = verified_owner(quiet, smtp)
    clerk = sign_in(quiet, *quiet.accounts["clerk"])
    number = new_request(quiet, owner)
    assert act(quiet, clerk, number, "status", {"status": "received"}).status_code == 200
    clock = Clock()
    dying, heir = worker_for(quiet, smtp, clock), worker_for(quiet, smtp, clock)
    try:
        row = dying.claim()
        while row is not None and row.request_id is None:
            row = dying.claim()
        assert row is not None
        email.send(dying.settings, row)  # ... and the process dies here
        assert heir.run_once().sent == 0  # the lease still holds
        clock.now += timedelta(seconds=dying.settings.notify_lease + 1)
        heir.run_once()
    finally:
        dying.database.dispose()
        heir.database.dispose()
    copies = about(smtp, owner.login, number)
    assert len(copies) == 2 and copies[0]["Message-ID"] == copies[1]["Message-ID"]
