"""Citizens are told of status changes by e-mail and SMS: the real server, a loopback SMTP
server and a loopback SMS gateway, on SQLite and PostgreSQL.

"Nothing was sent" is checked in the outbox table itself: messages are queued in the same
transaction as their cause, so once the API has answered, the outbox already holds all of them.
"""

from __future__ import annotations

from sqlalchemy import select

from municipal_server.db import Database
from municipal_server.models import Notification
from tests.clerk_api import act
from tests.conftest import Account, register, sign_in
from tests.helpers import marker, new_request
from tests.live_server import LiveServer
from tests.notify_sinks import GATEWAY_KEY, HttpSink, SmtpSink, text_of, wait_for
from tests.verify_codes import verified_citizen


def citizen(
    server: LiveServer, sinks: tuple[SmtpSink, HttpSink], language: str = "ar", sms: bool = True
) -> Account:
    """A citizen whose e-mail and phone are verified (only those are ever written to)."""
    phone = "+9705" + marker()[1:9].translate(str.maketrans("abcdef", "123456"))
    name = "سارة" if language == "ar" else "Sara"
    account = verified_citizen(server, *sinks, name=name, phone=phone)
    body = {"language": language, "notify_sms": sms}
    response = account.http.patch(f"{server.url}/api/v1/me", json=body, timeout=30)
    assert response.status_code == 200, response.text
    account.user = response.json()
    return account


def outbox(server: LiveServer, account: Account) -> list[Notification]:
    database = Database(server.database_url)
    try:
        with database.session() as session:
            return list(
                session.scalars(
                    select(Notification)
                    .where(Notification.user_id == account.user["id"], Notification.kind != "code")
                    .order_by(Notification.id)
                )
            )
    finally:
        database.dispose()


def clerk_of(server: LiveServer) -> Account:
    return sign_in(server, *server.accounts["clerk"])


def test_choices_start_with_email_on_and_sms_off(mailing: LiveServer) -> None:
    account = register(mailing)
    assert (account.user["notify_email"], account.user["notify_sms"]) == (True, False)
    me = account.http.get(f"{mailing.url}/api/v1/me", timeout=30).json()
    assert (me["notify_email"], me["notify_sms"]) == (True, False)
    refused = account.http.patch(f"{mailing.url}/api/v1/me", json={"notify_sms": True})
    assert refused.status_code == 400
    assert refused.json()["error"]["params"] == {"field": "notify_sms", "reason": "no_phone"}
    assert account.http.patch(f"{mailing.url}/api/v1/me", json={"notify_sms": 1}).status_code == 422


def test_a_status_change_sends_one_email_and_one_sms_in_the_citizens_language(
    mailing: LiveServer, sinks: tuple[SmtpSink, HttpSink]
) -> None:
    smtp, sms = sinks
    clerk = clerk_of(mailing)
    arabic, english = citizen(mailing, sinks, "ar"), citizen(mailing, sinks, "en")
    numbers = {}
    for account in (arabic, english):
        number = new_request(mailing, account)
        numbers[account.login] = number
        moved = act(
            mailing,
            clerk,
            number,
            "status",
            {"status": "in_progress", "note": "الفريق في الطريق"},
        )
        assert moved.status_code == 200, moved.text
    for account in (arabic, english):
        wait_for(lambda a=account: smtp.to(a.login) and sms.to(a.user["phone"]))
    # A few more passes of the worker: still exactly one of each.
    wait_for(lambda: all(r.state == "sent" for a in (arabic, english) for r in outbox(mailing, a)))
    for account in (arabic, english):
        assert len(smtp.to(account.login)) == 1 and len(sms.to(account.user["phone"])) == 1

    [mail] = smtp.to(arabic.login)
    number = numbers[arabic.login]
    body = text_of(mail)
    assert mail["Subject"] == f"طلبكم رقم {number}: قيد التنفيذ"
    assert f"نُعلمكم بأن حالة طلبكم رقم {number} (تسرب مياه) أصبحت: قيد التنفيذ." in body
    assert "ملاحظة البلدية:\nالفريق في الطريق" in body
    assert "بلدية الخليل (نسخة تجريبية)" in body
    assert mail["Content-Language"] == "ar" and mail["Auto-Submitted"] == "auto-generated"
    assert mail["Message-ID"].endswith("@hebron.ps>")
    assert mail["From"] == "Hebron Municipality <noreply@hebron.ps>"
    [text] = sms.to(arabic.user["phone"])
    assert f"طلبكم رقم {number} (تسرب مياه): قيد التنفيذ." in text["text"]
    assert text["text"].endswith("الفريق في الطريق")
    assert text["_headers"]["Authorization"] == GATEWAY_KEY
    assert len(text["reference"]) == 32

    [mail] = smtp.to(english.login)
    number = numbers[english.login]
    assert mail["Subject"] == f"Your request {number}: In progress"
    assert f"Your request {number} (Water leak) is now: In progress." in text_of(mail)
    assert "Hello Sara," in text_of(mail)
    [text] = sms.to(english.user["phone"])
    assert f"your request {number} (Water leak) is now In progress." in text["text"]


def test_internal_notes_own_actions_and_opt_out_queue_nothing(
    mailing: LiveServer, sinks: tuple[SmtpSink, HttpSink]
) -> None:
    clerk = clerk_of(mailing)
    account = citizen(mailing, sinks)
    number = new_request(mailing, account)
    assert act(mailing, clerk, number, "notes", {"note": "داخلية"}).status_code == 200
    assert act(mailing, clerk, number, "assign", {"assignee_id": "me"}).status_code == 200
    assert outbox(mailing, account) == []
    # The citizen's own reopening tells nobody.
    for step in ("received", "resolved"):
        assert act(mailing, clerk, number, "status", {"status": step}).status_code == 200
    assert len(outbox(mailing, account)) == 4
    reopened = account.http.post(
        f"{mailing.url}/api/v1/requests/{number}/reopen", json={"reason": "ما زال"}, timeout=30
    )
    assert reopened.status_code == 201
    assert len(outbox(mailing, account)) == 4
    # Opted out of both channels: nothing either.
    off = {"notify_email": False, "notify_sms": False}
    assert account.http.patch(f"{mailing.url}/api/v1/me", json=off).json()["notify_sms"] is False
    assert act(mailing, clerk, number, "status", {"status": "in_progress"}).status_code == 200
    assert len(outbox(mailing, account)) == 4
    # E-mail only.
    account.http.patch(f"{mailing.url}/api/v1/me", json={"notify_email": True})
    assert act(mailing, clerk, number, "status", {"status": "on_hold"}).status_code == 200
    assert [r.channel for r in outbox(mailing, account)][4:] == ["email"]


def test_a_mail_server_outage_delays_but_loses_nothing(
    mailing: LiveServer, sinks: tuple[SmtpSink, HttpSink]
) -> None:
    smtp, sms = sinks
    clerk = clerk_of(mailing)
    account = citizen(mailing, sinks)
    number = new_request(mailing, account)
    smtp.stop()
    try:
        assert act(mailing, clerk, number, "status", {"status": "received"}).status_code == 200
        # The SMS goes; the e-mail waits with its error recorded.
        wait_for(lambda: sms.to(account.user["phone"]))
        wait_for(lambda: outbox(mailing, account)[0].attempts >= 2)
        mail = outbox(mailing, account)[0]
        assert mail.channel == "email" and mail.state in ("queued", "sending")
        assert "cannot connect" in (mail.last_error or "")
        assert account.login not in (mail.last_error or "")
    finally:
        smtp.start()
    wait_for(lambda: smtp.to(account.login))
    wait_for(lambda: all(r.state == "sent" for r in outbox(mailing, account)))
    assert len(smtp.to(account.login)) == 1 and len(sms.to(account.user["phone"])) == 1


def test_a_restarted_server_sends_nothing_twice(
    mailing: LiveServer, sinks: tuple[SmtpSink, HttpSink]
) -> None:
    smtp, sms = sinks
    clerk = clerk_of(mailing)
    account = citizen(mailing, sinks)
    number = new_request(mailing, account)
    assert act(mailing, clerk, number, "status", {"status": "received"}).status_code == 200
    wait_for(lambda: len(smtp.to(account.login)) == 1 and len(sms.to(account.user["phone"])) == 1)
    mailing.stop()
    mailing.start()
    clerk = clerk_of(mailing)
    assert act(mailing, clerk, number, "status", {"status": "in_progress"}).status_code == 200
    # The second message is delivered after the restart; the first is not delivered again.
    wait_for(lambda: len(smtp.to(account.login)) == 2 and len(sms.to(account.user["phone"])) == 2)
    wait_for(lambda: all(r.state == "sent" for r in outbox(mailing, account)))
    subjects = sorted(m["Subject"] for m in smtp.to(account.login))
    assert subjects == sorted([f"طلبكم رقم {number}: مُستلَم", f"طلبكم رقم {number}: قيد التنفيذ"])
    assert len({m["Message-ID"] for m in smtp.to(account.login)}) == 2
