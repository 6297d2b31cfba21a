"""E-mail addresses and mobile numbers proved by a one-time code, on the real server with
loopback mail and SMS sinks (SQLite and PostgreSQL): a code at sign-up, wrong and expired and
worn-out codes refused, nothing written to an address nobody proved, a changed address that
waits for its own code, the municipality's choice whether unverified accounts may submit, and
only the account's owner can prove its addresses."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import requests
from sqlalchemy import select, update

from municipal_server.db import Database
from municipal_server.models import Notification, OneTimeCode
from municipal_server.timeutil import utcnow
from tests.clerk_api import act
from tests.conftest import Account, register, sign_in
from tests.helpers import marker, new_request, submit
from tests.live_server import LiveServer
from tests.notify_sinks import HttpSink, SmtpSink, wait_for
from tests.verify_codes import mailed_code, texted_code, verified_citizen, verify


def me(server: LiveServer, account: Account) -> dict:
    return account.http.get(f"{server.url}/api/v1/me", timeout=30).json()


def send(server: LiveServer, account: Account, channel: str = "email") -> requests.Response:
    return account.http.post(
        f"{server.url}/api/v1/me/verify/send", json={"channel": channel}, timeout=30
    )


def other_code(code: str) -> str:
    return "000000" if code != "000000" else "111111"


def rows(server: LiveServer, model, *where) -> list:
    database = Database(server.database_url)
    try:
        with database.session() as session:
            return list(session.scalars(select(model).where(*where).order_by(model.id)))
    finally:
        database.dispose()


def told(server: LiveServer, account: Account) -> list[Notification]:
    """What the outbox holds for the account about its requests (codes left out)."""
    return rows(
        server,
        Notification,
        Notification.user_id == account.user["id"],
        Notification.kind != "code",
    )


def a_phone() -> str:
    return "+9705" + marker()[1:9].translate(str.maketrans("abcdef", "123456"))


def test_sign_up_sends_a_code_and_only_the_right_one_verifies(
    mailing: LiveServer, sinks: tuple[SmtpSink, HttpSink]
) -> None:
    smtp, _ = sinks
    citizen = register(mailing)
    assert (citizen.user["email_verified"], citizen.user["phone_verified"]) == (False, False)
    code = mailed_code(smtp, citizen.login)
    wrong = verify(mailing, citizen, "email", other_code(code))
    assert wrong.status_code == 400
    assert wrong.json()["error"] == {
        "code": "invalid_code",
        "message": "the code is wrong, used or expired",
        "params": {"tries_left": 4},
    }
    assert me(mailing, citizen)["email_verified"] is False
    right = verify(mailing, citizen, "email", code)
    assert right.status_code == 200, right.text
    assert right.json()["email_verified"] is True and me(mailing, citizen)["email_verified"]
    # Nothing left to prove: no second code, and the used one does not work again.
    assert send(mailing, citizen).status_code == 409
    again = verify(mailing, citizen, "email", code)
    assert again.status_code == 409 and again.json()["error"]["code"] == "nothing_to_verify"
    # Stored only as a hash; the message that carried it is blanked once sent.
    stored = rows(mailing, OneTimeCode, OneTimeCode.user_id == citizen.user["id"])
    assert stored and all(code not in r.code_hash for r in stored)
    wait_for(
        lambda: all(
            r.state == "sent"
            for r in rows(mailing, Notification, Notification.user_id == citizen.user["id"])
        )
    )
    sent = rows(mailing, Notification, Notification.user_id == citizen.user["id"])
    assert sent and all(code not in (n.body or "") for n in sent)


def test_a_phone_is_proved_by_sms_even_typed_in_arabic_digits(
    mailing: LiveServer, sinks: tuple[SmtpSink, HttpSink]
) -> None:
    _, sms = sinks
    phone = a_phone()
    citizen = register(mailing, phone=phone)
    code = texted_code(sms, phone)
    arabic = code.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    answer = verify(mailing, citizen, "phone", f" {arabic[:3]} {arabic[3:]} ")
    assert answer.status_code == 200, answer.text
    assert (answer.json()["phone_verified"], answer.json()["email_verified"]) == (True, False)


def test_five_wrong_tries_wear_a_code_out_and_a_new_one_can_be_asked(
    mailing: LiveServer, sinks: tuple[SmtpSink, HttpSink]
) -> None:
    smtp, _ = sinks
    citizen = register(mailing)
    code = mailed_code(smtp, citizen.login)
    left = [
        verify(mailing, citizen, "email", other_code(code)).json()["error"]["params"]["tries_left"]
        for _ in range(5)
    ]
    assert left == [4, 3, 2, 1, 0]
    assert verify(mailing, citizen, "email", code).status_code == 400
    assert send(mailing, citizen).status_code == 202
    fresh = mailed_code(smtp, citizen.login, count=2)
    assert verify(mailing, citizen, "email", fresh).status_code == 200


def test_an_expired_code_is_refused(mailing: LiveServer, sinks: tuple[SmtpSink, HttpSink]) -> None:
    smtp, _ = sinks
    citizen = register(mailing)
    code = mailed_code(smtp, citizen.login)
    database = Database(mailing.database_url)
    try:
        with database.session() as session:
            session.execute(
                update(OneTimeCode)
                .where(OneTimeCode.user_id == citizen.user["id"])
                .values(expires_at=utcnow() - timedelta(seconds=1))
            )
            session.commit()
    finally:
        database.dispose()
    expired = verify(mailing, citizen, "email", code)
    assert expired.status_code == 400 and expired.json()["error"]["code"] == "invalid_code"
    assert me(mailing, citizen)["email_verified"] is False


def test_asking_for_codes_is_limited(mailing: LiveServer) -> None:
    citizen = register(mailing)
    statuses = [send(mailing, citizen).status_code for _ in range(6)]
    assert statuses == [202] * 5 + [429]


def test_an_unverified_address_is_never_told_about_requests_a_verified_one_is(
    mailing: LiveServer, sinks: tuple[SmtpSink, HttpSink]
) -> None:
    smtp, sms = sinks
    clerk = sign_in(mailing, *mailing.accounts["clerk"])
    stranger = register(mailing, phone=a_phone())  # someone typed another person's addresses
    stranger.http.patch(f"{mailing.url}/api/v1/me", json={"notify_sms": True}, timeout=30)
    proved = verified_citizen(mailing, smtp, sms, phone=a_phone())
    proved.http.patch(f"{mailing.url}/api/v1/me", json={"notify_sms": True}, timeout=30)
    for account in (stranger, proved):
        number = new_request(mailing, account)  # unverified accounts may submit by default
        assert act(mailing, clerk, number, "status", {"status": "received"}).status_code == 200
    assert told(mailing, stranger) == []
    assert sorted(n.channel for n in told(mailing, proved)) == ["email", "sms"]
    wait_for(lambda: len(smtp.to(proved.login)) == 1)
    wait_for(lambda: len(sms.to(proved.user["phone"])) == 1)
    # The stranger's addresses were sent the sign-up codes and nothing else.
    everything = rows(mailing, Notification, Notification.user_id == stranger.user["id"])
    assert sorted((n.kind, n.channel) for n in everything) == [("code", "email"), ("code", "sms")]


def test_a_new_address_replaces_a_verified_one_only_once_proved(
    mailing: LiveServer, sinks: tuple[SmtpSink, HttpSink]
) -> None:
    smtp, _ = sinks
    clerk = sign_in(mailing, *mailing.accounts["clerk"])
    citizen = verified_citizen(mailing, smtp)
    old = citizen.login
    new = f"n{marker()}@example.ps"
    changed = citizen.http.patch(f"{mailing.url}/api/v1/me", json={"email": new}, timeout=30)
    assert changed.status_code == 200, changed.text
    profile = changed.json()
    assert (profile["email"], profile["pending_email"], profile["email_verified"]) == (
        old,
        new,
        True,
    )
    code = mailed_code(smtp, new)
    number = new_request(mailing, citizen)
    assert act(mailing, clerk, number, "status", {"status": "received"}).status_code == 200
    wait_for(lambda: len(smtp.to(old)) == 1)
    # The old, proven address is told; the new one got its code and nothing more.
    assert len(smtp.to(new)) == 1
    # A code that went to the new address proves only that one: not usable elsewhere.
    done = verify(mailing, citizen, "email", code)
    assert done.status_code == 200, done.text
    assert (done.json()["email"], done.json()["pending_email"]) == (new, None)
    assert act(mailing, clerk, number, "status", {"status": "in_progress"}).status_code == 200
    wait_for(lambda: len(smtp.to(new)) == 2)
    assert len(smtp.to(old)) == 1
    assert sign_in(mailing, new, citizen.password).user["id"] == citizen.user["id"]


def test_an_unverified_address_is_replaced_at_once_and_the_old_code_dies(
    mailing: LiveServer, sinks: tuple[SmtpSink, HttpSink]
) -> None:
    smtp, _ = sinks
    citizen = register(mailing)
    first = mailed_code(smtp, citizen.login)
    fixed = f"f{marker()}@example.ps"
    profile = citizen.http.patch(f"{mailing.url}/api/v1/me", json={"email": fixed}).json()
    assert (profile["email"], profile["pending_email"], profile["email_verified"]) == (
        fixed,
        None,
        False,
    )
    assert verify(mailing, citizen, "email", first).status_code == 400
    assert verify(mailing, citizen, "email", mailed_code(smtp, fixed)).status_code == 200


def test_only_the_owner_proves_an_address(
    mailing: LiveServer, sinks: tuple[SmtpSink, HttpSink]
) -> None:
    smtp, _ = sinks
    owner, other = register(mailing), register(mailing)
    code = mailed_code(smtp, owner.login)
    anonymous = requests.post(
        f"{mailing.url}/api/v1/me/verify", json={"channel": "email", "code": code}, timeout=30
    )
    assert anonymous.status_code == 401
    url = f"{mailing.url}/api/v1/me/verify/send"
    assert requests.post(url, json={"channel": "email"}, timeout=30).status_code == 401
    # Another account typing the owner's code proves nothing, of either account.
    assert verify(mailing, other, "email", code).status_code == 400
    assert me(mailing, other)["email_verified"] is False
    assert me(mailing, owner)["email_verified"] is False
    assert verify(mailing, owner, "email", code).status_code == 200


def test_a_server_without_mail_says_so(server: LiveServer) -> None:
    citizen = register(server)
    refused = send(server, citizen)
    assert refused.status_code == 503
    assert refused.json()["error"]["code"] == "channel_unavailable"


def test_the_setting_refuses_unverified_accounts_until_they_verify(
    strict_mailing: LiveServer, sinks: tuple[SmtpSink, HttpSink]
) -> None:
    smtp, _ = sinks
    strict = strict_mailing
    citizen = register(strict)
    refused = submit(strict, citizen)
    assert refused.status_code == 403
    assert refused.headers["X-Error-Code"] == "contact_unverified"
    assert refused.json() == [
        {
            "code": 403,
            "description": "confirm your e-mail or mobile number before submitting a request "
            "(this municipality asks for it)",
        }
    ]
    code = mailed_code(smtp, citizen.login)
    assert verify(strict, citizen, "email", code).status_code == 200
    assert submit(strict, citizen).status_code == 200
    # Staff addresses were entered by the municipality: verified from the start.
    clerk = sign_in(strict, *strict.accounts["clerk"])
    assert clerk.user["email_verified"] is True
    # No code ever reached the server's log.
    assert code not in Path(strict.log_path).read_text(encoding="utf-8", errors="replace")
