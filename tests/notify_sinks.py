"""Loopback receivers for notification tests: an SMTP server (aiosmtpd) and an SMS gateway
(a small threaded http.server), each keeping what it received."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from email import message_from_bytes, policy
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

from tests.live_server import free_port


class _Collector:
    def __init__(self, sink: SmtpSink) -> None:
        self.sink = sink

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        message = message_from_bytes(envelope.content, policy=policy.default)
        with self.sink.lock:
            self.sink.messages.append((list(envelope.rcpt_tos), message))
        return "250 OK"


class SmtpSink:
    """An SMTP server on 127.0.0.1 that can be stopped and started again on the same port."""

    def __init__(self, password: str | None = None, **tls: Any) -> None:
        """`tls`: aiosmtpd's `ssl_context` (implicit TLS) or `tls_context` and
        `require_starttls` (STARTTLS)."""
        self.tls = tls
        self.port = free_port()
        self.messages: list[tuple[list[str], EmailMessage]] = []
        self.logins: list[tuple[str, str]] = []
        self.password = password
        self.lock = threading.Lock()
        self._controller: Controller | None = None

    def _authenticate(
        self, server: Any, session: Any, envelope: Any, mechanism: str, data: Any
    ) -> AuthResult:
        login, password = data.login.decode(), data.password.decode()
        self.logins.append((login, password))
        return AuthResult(success=password == self.password, handled=False)

    def start(self) -> SmtpSink:
        options: dict[str, Any] = dict(self.tls)
        if self.password is not None:
            # AUTH after STARTTLS when the sink offers it (aiosmtpd does not count implicit TLS).
            required = "tls_context" in self.tls
            options |= {"authenticator": self._authenticate, "auth_require_tls": required}
        self._controller = Controller(
            _Collector(self), hostname="127.0.0.1", port=self.port, **options
        )
        self._controller.start()
        return self

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def to(self, address: str) -> list[EmailMessage]:
        with self.lock:
            return [m for rcpt, m in self.messages if address in rcpt]


class HttpSink:
    """An SMS gateway on 127.0.0.1: records each request; answers `status` (200 by default)."""

    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self.status = 200
        self.lock = threading.Lock()
        sink = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length)
                with sink.lock:
                    sink.requests.append(
                        {"path": self.path, "headers": dict(self.headers), "body": body}
                    )
                    status = sink.status
                self.send_response(status)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"{}")

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/send"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def start(self) -> HttpSink:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def to(self, phone: str) -> list[dict[str, Any]]:
        with self.lock:
            found = [json.loads(r["body"]) | {"_headers": r["headers"]} for r in self.requests]
        return [r for r in found if r["to"] == phone]


def wait_for(condition: Callable[[], bool], timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting")
        time.sleep(0.05)


def text_of(message: EmailMessage) -> str:
    part = message.get_body(("plain",))
    assert part is not None
    return part.get_content()


GATEWAY_KEY = "Bearer gateway-test-key"


def notify_env(smtp: SmtpSink, sms: HttpSink, **extra: str) -> dict[str, str]:
    return {
        "MUNICIPAL_TRUSTED_PROXIES": "127.0.0.1/32",
        "MUNICIPAL_SMTP_HOST": "127.0.0.1",
        "MUNICIPAL_SMTP_PORT": str(smtp.port),
        "MUNICIPAL_SMTP_SECURITY": "none",
        "MUNICIPAL_SMTP_FROM": "Hebron Municipality <noreply@hebron.ps>",
        "MUNICIPAL_SMS_URL": sms.url,
        "MUNICIPAL_SMS_AUTH_HEADER": "Authorization: " + GATEWAY_KEY,
        "MUNICIPAL_NOTIFY_INTERVAL": "0.2",
        "MUNICIPAL_NOTIFY_RETRY_BASE": "0.3",
        "MUNICIPAL_NOTIFY_RETRY_MAX": "0.6",
        **extra,
    }
