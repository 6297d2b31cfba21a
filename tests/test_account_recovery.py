"""Citizen accounts people can keep, on the real server with real mail and SMS sinks (SQLite
and PostgreSQL): a forgotten password comes back by a one-time code, sessions are listed and
ended, everything held about a person leaves as one ZIP, and an account can be left."""

from __future__ import annotations

import io
import json
import statistics
import time
import uuid
import zipfile
from pathlib import Path

import pytest
import requests
from sqlalchemy import func, select

from municipal_server.db import Database
from municipal_server.models import Notification, OneTimeCode, ServiceRequest
from tests import verify_codes
from tests.conftest import register, sign_in, unique_address
from tests.helpers import marker, new_request
from tests.live_server import LiveServer
from tests.notify_sinks import HttpSink, SmtpSink, notify_env

NEW = "a new password of mine"


def ask(server: LiveServer, login: str, address: str | None = None) -> requests.Response:
    return requests.post(
        f"{server.url}/api/v1/auth/password-reset",
        json={"login": login},
        headers={"X-Forwarded-For": address or unique_address()},
        timeout=30,
    )


def confirm(server: LiveServer, login: str, code: str, password: str = NEW) -> requests.Response:
    return requests.post(
        f"{server.url}/api/v1/auth/password-reset/confirm",
        json={"login": login, "code": code, "password": password},
        headers={"X-Forwarded-For": unique_address()},
        timeout=30,
    )


def mailed_code(smtp: SmtpSink, address: str, count: int = 1) -> str:
    """The `count`-th password reset code mailed to `address` (not the sign-up's own code)."""
    return verify_codes.mailed_code(smtp, address, verify_codes.RESET, count)


def test_a_forgotten_password_comes_back_by_a_code_by_email(
    mailing: LiveServer, sinks: tuple[SmtpSink, HttpSink]
) -> None:
    smtp, _ = sinks
    citizen = register(mailing)
    other_device = sign_in(mailing, citizen.login, citizen.password)
    answer = ask(mailing, citizen.login)
    nobody = ask(mailing, f"nobody{marker()}@example.ps")
    # The same answer whether or not there is an account.
    assert (
        (answer.status_code, answer.json())
        == (nobody.status_code, nobody.json())
        == (
            202,
            {"sent": True},
        )
    )
    code = mailed_code(smtp, citizen.login)

    wrong = confirm(mailing, citizen.login, "000000" if code != "000000" else "111111")
    assert wrong.status_code == 400 and wrong.json()["error"]["params"]["tries_left"] == 4
    assert confirm(mailing, citizen.login, code).status_code == 204
    assert confirm(mailing, citizen.login, code).status_code == 400  # used once only
    # Every session ended; the new password works, the old one not.
    for session in (citizen.http, other_device.http):
        assert session.get(f"{mailing.url}/api/v1/me", timeout=30).status_code == 401
    again = sign_in(mailing, citizen.login, NEW)
    assert again.user["id"] == citizen.user["id"]
    # The code came back from the address: it is verified now.
    assert again.user["email_verified"] is True
    with pytest.raises(requests.HTTPError):
        sign_in(mailing, citizen.login, citizen.password)

    # Once sent, the code is not kept in the outbox; and it is only ever stored hashed.
    database = Database(mailing.database_url)
    try:
        with database.session() as session:
            sent = session.scalars(
                select(Notification).where(
                    Notification.user_id == citizen.user["id"], Notification.kind == "code"
                )
            ).all()
            assert sent and all(code not in (n.body or "") for n in sent)
            stored = session.scalars(
                select(OneTimeCode.code_hash).where(OneTimeCode.user_id == citizen.user["id"])
            ).all()
            assert stored and code not in stored
    finally:
        database.dispose()


def test_a_code_by_sms_in_arabic_digits_and_five_tries_at_most(
    mailing: LiveServer, sinks: tuple[SmtpSink, HttpSink]
) -> None:
    _, sms = sinks
    phone = "+9705" + marker()[1:9].translate(str.maketrans("abcdef", "123456"))
    citizen = register(mailing, phone=phone)
    assert ask(mailing, phone).status_code == 202
    code = verify_codes.texted_code(sms, phone, verify_codes.RESET)
    arabic = code.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    assert confirm(mailing, phone, arabic).status_code == 204
    assert sign_in(mailing, phone, NEW).user["id"] == citizen.user["id"]

    # A new code, then five wrong tries: the right one no longer works.
    ask(mailing, phone)
    code = verify_codes.texted_code(sms, phone, verify_codes.RESET, count=2)
    for _ in range(5):
        confirm(mailing, phone, "999999" if code != "999999" else "888888", "another password")
    assert confirm(mailing, phone, code, "another password").status_code == 400


def test_asking_for_codes_is_limited(mailing: LiveServer) -> None:
    login = f"nobody{marker()}@example.ps"
    statuses = [ask(mailing, login).status_code for _ in range(6)]
    assert statuses[:5] == [202] * 5 and statuses[5] == 429


def test_sessions_are_listed_and_ended_everywhere_but_here(mailing: LiveServer) -> None:
    laptop = register(mailing)
    phone = sign_in(mailing, laptop.login, laptop.password)
    listed = laptop.http.get(f"{mailing.url}/api/v1/me/sessions", timeout=30).json()["items"]
    assert len(listed) == 2 and sum(s["current"] for s in listed) == 1
    ended = laptop.http.post(f"{mailing.url}/api/v1/me/sessions/end-others", timeout=30)
    assert ended.status_code == 204
    assert phone.http.get(f"{mailing.url}/api/v1/me", timeout=30).status_code == 401
    assert laptop.http.get(f"{mailing.url}/api/v1/me", timeout=30).status_code == 200
    left = laptop.http.get(f"{mailing.url}/api/v1/me/sessions", timeout=30).json()["items"]
    assert [s["current"] for s in left] == [True]


def test_everything_held_about_me_leaves_as_one_zip(mailing: LiveServer) -> None:
    citizen = register(mailing, national_id="123456782")
    word = marker()
    number = new_request(mailing, citizen, description=f"وصف {word}")
    from tests.test_authorization_matrix import small_jpeg

    citizen.http.post(
        f"{mailing.url}/api/v1/requests/{number}/attachments",
        files={"file": ("p.jpg", small_jpeg(), "image/jpeg")},
        timeout=30,
    )
    answer = citizen.http.get(f"{mailing.url}/api/v1/me/export", timeout=30)
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "application/zip"
    assert "no-store" in answer.headers["cache-control"]
    archive = zipfile.ZipFile(io.BytesIO(answer.content))
    document = json.loads(archive.read("me.json"))
    assert document["profile"]["email"] == citizen.login
    assert document["profile"]["national_id"] == "123456782"
    assert [r["id"] for r in document["requests"]] == [number]
    assert word in document["requests"][0]["description"]
    photos = [n for n in archive.namelist() if n.startswith("photos/")]
    assert len(photos) == 1 and archive.read(photos[0]).startswith(b"\xff\xd8")


def test_leaving_erases_the_person_and_keeps_the_request_anonymised(
    mailing: LiveServer,
) -> None:
    name = "ليلى " + marker()
    citizen = register(mailing, name=name, national_id="123456782")
    number = new_request(
        mailing, citizen, email=citizen.login, first_name="ليلى", phone="0599123456"
    )
    url = f"{mailing.url}/api/v1/me"
    wrong = citizen.http.delete(url, json={"password": "not my password"}, timeout=30)
    assert wrong.status_code == 400
    assert (
        citizen.http.delete(url, json={"password": citizen.password}, timeout=30).status_code == 204
    )
    assert citizen.http.get(url, timeout=30).status_code == 401
    with pytest.raises(requests.HTTPError):
        sign_in(mailing, citizen.login, citizen.password)

    clerk = sign_in(mailing, *mailing.accounts["clerk"])
    detail = clerk.http.get(f"{mailing.url}/api/v1/requests/{number}", timeout=30).json()
    assert detail["id"] == number  # the municipality keeps the request
    contact = detail["contact"]
    assert (contact["first_name"], contact["email"], contact["phone"]) == (None, None, None)
    assert name not in json.dumps(detail, ensure_ascii=False)
    found = clerk.http.get(
        f"{mailing.url}/api/v1/clerk/requests", params={"q": "0599123456"}, timeout=30
    ).json()
    assert number not in json.dumps(found)
    # The same e-mail can open a new account.
    assert register_again(mailing, citizen.login).status_code == 201


def register_again(server: LiveServer, login: str) -> requests.Response:
    return requests.post(
        f"{server.url}/api/v1/auth/register",
        json={"name": "جديد", "email": login, "password": "correct horse battery"},
        headers={"X-Forwarded-For": unique_address()},
        timeout=30,
    )


def test_known_and_unknown_accounts_get_the_same_answer_in_the_same_time(
    mailing: LiveServer,
) -> None:
    citizen = register(mailing)
    timings: dict[str, list[float]] = {"known": [], "unknown": []}
    answers = set()
    for n in range(4):
        for kind, login in (("known", citizen.login), ("unknown", f"x{n}{marker()}@example.ps")):
            started = time.monotonic()
            answer = ask(mailing, login)
            timings[kind].append(time.monotonic() - started)
            answers.add((answer.status_code, answer.text, answer.headers.get("content-length")))
    assert len(answers) == 1
    # The same timing class: no password hash on either path, both answered at once.
    assert max(timings["known"]) < 0.5 and max(timings["unknown"]) < 0.5
    assert abs(statistics.median(timings["known"]) - statistics.median(timings["unknown"])) < 0.1


def test_the_old_refresh_token_is_refused_after_a_reset(
    mailing: LiveServer, sinks: tuple[SmtpSink, HttpSink]
) -> None:
    smtp, _ = sinks
    citizen = register(mailing)
    ask(mailing, citizen.login)
    assert confirm(mailing, citizen.login, mailed_code(smtp, citizen.login)).status_code == 204
    refreshed = requests.post(
        f"{mailing.url}/api/v1/auth/refresh",
        json={"refresh_token": citizen.refresh_token},
        timeout=30,
    )
    assert refreshed.status_code == 401


def test_every_spelling_of_a_locked_phone_number_is_refused(mailing: LiveServer) -> None:
    digits = "0599" + str(uuid.uuid4().int)[:6]
    citizen = register(mailing, phone=digits)
    wrong = {"login": digits, "password": "not the password"}
    url = f"{mailing.url}/api/v1/auth/token"
    for _ in range(5):
        requests.post(url, json=wrong, headers={"X-Forwarded-For": unique_address()}, timeout=30)
    spaced = f"{digits[:4]} {digits[4:7]} {digits[7:]}"
    arabic = digits.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    bracketed = f"({digits[:4]}){digits[4:]}"
    for spelling in (digits, spaced, arabic, bracketed):
        answer = requests.post(
            url,
            json={"login": spelling, "password": citizen.password},
            headers={"X-Forwarded-For": unique_address()},
            timeout=30,
        )
        assert answer.status_code == 429, spelling


def test_after_leaving_the_database_file_holds_nothing_of_the_person(
    start_server, sinks: tuple[SmtpSink, HttpSink]
) -> None:
    server = start_server("sqlite", env=notify_env(*sinks))
    canary = marker()
    phone = "0598" + str(uuid.uuid4().int)[:6]
    citizen = register(server, name=f"اسم{canary}", phone=phone, national_id="123456782")
    number = new_request(
        server,
        citizen,
        first_name=f"F{canary}",
        email=f"{canary}@example.ps",
        phone=phone,
    )
    from tests.test_authorization_matrix import small_jpeg

    citizen.http.post(
        f"{server.url}/api/v1/requests/{number}/attachments",
        files={"file": ("p.jpg", small_jpeg(), "image/jpeg")},
        timeout=30,
    )
    path = Path(server.database_url.removeprefix("sqlite:///"))
    count_before = request_count(server)
    left = citizen.http.delete(
        f"{server.url}/api/v1/me", json={"password": citizen.password}, timeout=30
    )
    assert left.status_code == 204
    assert request_count(server) == count_before
    stored = b"".join(p.read_bytes() for p in (path, Path(f"{path}-wal")) if p.exists())
    for value in (canary, phone, citizen.login, "123456782"):
        assert value.encode() not in stored, value


def request_count(server: LiveServer) -> int:
    database = Database(server.database_url)
    try:
        with database.session() as session:
            return session.scalar(select(func.count()).select_from(ServiceRequest))
    finally:
        database.dispose()
