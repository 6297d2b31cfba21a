"""The outbox worker's edges, in-process on a fresh SQLite database: SMTP sign-in, permanent
refusals, the SMS gateway's templates, and secrets and addresses kept out of the logs."""

from __future__ import annotations

import json
import logging
import shutil
import ssl
import subprocess
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from sqlalchemy import select

from municipal_server import migrate
from municipal_server.config import Settings
from municipal_server.db import Database
from municipal_server.models import Notification
from municipal_server.notifications import DeliveryError, sms
from municipal_server.notifications.worker import Worker
from municipal_server.timeutil import utcnow
from tests.live_server import in_ci, run_cli
from tests.notify_sinks import HttpSink, SmtpSink, text_of

SECRET = "smtp-Pa55word-xyz"
ADDRESS = "hidden.citizen@example.ps"
BODY = "نص الرسالة السري 7731"


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    url = f"sqlite:///{tmp_path / 'outbox.db'}"
    migrate.upgrade(url)
    db = Database(url)
    yield db
    db.dispose()


def queue_one(database: Database, channel: str, address: str, key: str) -> None:
    now = utcnow()
    with database.session() as session:
        session.add(
            Notification(
                kind="status",
                channel=channel,
                address=address,
                language="ar",
                subject="موضوع",
                body=BODY,
                dedupe_key=key,
                state="queued",
                attempts=0,
                next_attempt_at=now,
                created_at=now,
            )
        )
        session.commit()


def states(database: Database) -> list[tuple[str, int, str | None]]:
    with database.session() as session:
        rows = session.scalars(select(Notification).order_by(Notification.id))
        return [(r.state, r.attempts, r.last_error) for r in rows]


def replace(settings: Settings, **changes: object) -> Settings:
    return settings.model_copy(update=changes)


def smtp_settings(database: Database, port: int, cert: Path, **extra: object) -> Settings:
    """Signing in to the mail server: always over TLS (the settings refuse a password without)."""
    return Settings(
        database_url=database.url,
        smtp_host="127.0.0.1",
        smtp_port=port,
        smtp_security="starttls",
        smtp_ca_file=str(cert),
        smtp_user="outbox",
        smtp_password=SECRET,
        smtp_from="noreply@hebron.ps",
        **extra,  # type: ignore[arg-type]
    )


def starttls_sink(certificate: tuple[Path, Path]) -> SmtpSink:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(*certificate)
    return SmtpSink(password=SECRET, tls_context=context, require_starttls=True)


def test_smtp_sign_in_and_nothing_secret_in_the_logs(
    database: Database, caplog: pytest.LogCaptureFixture, certificate: tuple[Path, Path]
) -> None:
    caplog.set_level(logging.DEBUG)
    cert = certificate[0]
    sink = starttls_sink(certificate).start()
    try:
        queue_one(database, "email", ADDRESS, "k:1:email")
        tally = Worker(database, smtp_settings(database, sink.port, cert)).run_once()
        assert tally.sent == 1
        [mail] = sink.to(ADDRESS)
        assert text_of(mail).strip() == BODY
        assert sink.logins == [("outbox", SECRET)]
        # A wrong password: retried later, never logged.
        queue_one(database, "email", ADDRESS, "k:2:email")
        wrong = replace(smtp_settings(database, sink.port, cert), smtp_password="wrong-" + SECRET)
        assert Worker(database, wrong).run_once().retried == 1
    finally:
        sink.stop()
    # The server is gone: a connection error, retried.
    queue_one(database, "email", ADDRESS, "k:3:email")
    assert Worker(database, smtp_settings(database, sink.port, cert)).run_once().retried == 1
    assert [s[0] for s in states(database)] == ["sent", "queued", "queued"]
    ours = "\n".join(
        r.getMessage() for r in caplog.records if r.name.startswith("municipal_server")
    )
    assert "notification 1 sent" in ours and "notification 3 not sent" in ours
    assert states(database)[1][2] == "authentication failed (535)"
    for secret in (SECRET, ADDRESS, BODY):
        assert secret not in ours
        assert secret not in str(states(database))
        assert secret not in repr(smtp_settings(database, 25, cert))


def test_permanent_refusals_fail_at_once_and_attempts_run_out(database: Database) -> None:
    gateway = HttpSink().start()
    try:
        settings = Settings(
            database_url=database.url,
            sms_url=gateway.url,
            notify_retry_base=0,
            notify_max_attempts=2,
        )
        gateway.status = 400
        queue_one(database, "sms", "+970599000001", "k:1:sms")
        Worker(database, settings).run_once()
        assert states(database)[0][:2] == ("failed", 1)
        assert states(database)[0][2] == "gateway answered HTTP 400"
        gateway.status = 503
        queue_one(database, "sms", "+970599000002", "k:2:sms")
        worker = Worker(database, settings)
        worker.run_once()  # attempt 1: retried (the channel then pauses for this pass)
        worker.run_once()  # attempt 2: the last one
        assert states(database)[1][:2] == ("failed", 2)
        assert len(gateway.requests) == 3
    finally:
        gateway.stop()


def message(body: str = "طلبكم HEB-2026-000001 & 50% {done}") -> Notification:
    return Notification(address="+970599123456", body=body, dedupe_key="event:9:sms")


def test_sms_templates_are_filled_and_escaped_for_where_they_stand() -> None:
    base = Settings(sms_url="https://sms.example/api", sms_auth_header="X-Api-Key: k1")
    request = sms.build(base, message())
    sent = json.loads(request.data or b"")
    assert sent["to"] == "+970599123456" and sent["text"] == "طلبكم HEB-2026-000001 & 50% {done}"
    assert len(sent["reference"]) == 32
    assert request.get_header("X-api-key") == "k1"
    assert request.get_header("Content-type") == "application/json; charset=utf-8"
    form = replace(
        base,
        sms_content_type="application/x-www-form-urlencoded",
        sms_body="to={to}&msg={text}&from={from}",
        sms_sender="Hebron",
    )
    fields = parse_qs((sms.build(form, message()).data or b"").decode())
    assert fields == {
        "to": ["+970599123456"],
        "msg": ["طلبكم HEB-2026-000001 & 50% {done}"],
        "from": ["Hebron"],
    }
    get = replace(base, sms_method="GET", sms_url="https://sms.example/send?to={to}&text={text}")
    request = sms.build(get, message())
    assert request.data is None and request.get_method() == "GET"
    assert parse_qs(urlsplit(request.full_url).query)["text"] == [message().body]
    with pytest.raises(DeliveryError) as refused:
        sms.build(replace(base, sms_url="file:///etc/passwd"), message())
    assert refused.value.permanent


def test_send_notifications_once_from_the_command_line(database: Database) -> None:
    sink = SmtpSink().start()
    try:
        queue_one(database, "email", ADDRESS, "k:cli:email")
        env = {
            "MUNICIPAL_SMTP_HOST": "127.0.0.1",
            "MUNICIPAL_SMTP_PORT": str(sink.port),
            "MUNICIPAL_SMTP_SECURITY": "none",
            "MUNICIPAL_SMTP_FROM": "noreply@hebron.ps",
        }
        out = run_cli(database.url, "send-notifications", "--once", env=env)
        assert "sent 1" in out
        assert len(sink.to(ADDRESS)) == 1
        assert "sent 0" in run_cli(database.url, "send-notifications", "--once", env=env)
    finally:
        sink.stop()
    assert len(sink.to(ADDRESS)) == 1


def test_sent_messages_are_deleted_after_the_keeping_time(database: Database) -> None:
    gateway = HttpSink().start()
    try:
        settings = Settings(database_url=database.url, sms_url=gateway.url, notify_keep_days=30)
        queue_one(database, "sms", "+970599000003", "k:old:sms")
        later = utcnow() + timedelta(days=29)
        assert Worker(database, settings, clock=lambda: later).run_once().sent == 1
        gateway.status = 400
        queue_one(database, "sms", "+970599000004", "k:refused:sms")
        Worker(database, settings).run_once()
        assert [s[0] for s in states(database)] == ["sent", "failed"]
        much_later = later + timedelta(days=30, seconds=1)
        assert Worker(database, settings, clock=lambda: much_later).run_once().pruned == 1
        assert [s[0] for s in states(database)] == ["failed"]
    finally:
        gateway.stop()


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 (the test's own CA file)."""
    if shutil.which("openssl") is None:
        if in_ci():
            pytest.fail("openssl is needed to make a test certificate")
        pytest.skip("openssl is not installed")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [
            *("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"),
            *("-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"),
            *("-keyout", str(key), "-out", str(cert)),
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )
    return cert, key


@pytest.mark.parametrize("security", ["starttls", "ssl"])
def test_tls_to_the_mail_server(
    database: Database, certificate: tuple[Path, Path], security: str
) -> None:
    cert, key = certificate
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    if security == "ssl":
        tls: dict[str, object] = {"ssl_context": context}
    else:
        tls = {"tls_context": context, "require_starttls": True}
    sink = SmtpSink(password=SECRET, **tls).start()
    try:
        queue_one(database, "email", ADDRESS, "k:tls:email")
        settings = replace(smtp_settings(database, sink.port, cert), smtp_security=security)
        assert Worker(database, settings).run_once().sent == 1
        assert len(sink.to(ADDRESS)) == 1 and sink.logins == [("outbox", SECRET)]
        # Without the municipality's CA the certificate is refused: nothing is sent.
        queue_one(database, "email", ADDRESS, "k:tls2:email")
        untrusted = replace(settings, smtp_ca_file="")
        assert Worker(database, untrusted).run_once().retried == 1
        assert len(sink.to(ADDRESS)) == 1
    finally:
        sink.stop()
