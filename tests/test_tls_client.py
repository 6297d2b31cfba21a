"""The one HTTP layer: TLS always verified, against the site's CA when it has one; the proxy
honoured; plain http:// to another computer refused; no credentials carried across hosts."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import requests.certs

from citizen_app.api.client import Open311Client
from citizen_app.api.errors import CertificateError, Rejected
from citizen_app.core.credentials import CredentialStore
from citizen_app.core.local_db import LocalDatabase
from citizen_app.core.server_address import AddressProblem
from citizen_app.ui.main_window import MainWindow
from tests.forward_proxy import ForwardProxy


def test_the_client_trusts_the_sites_ca_and_only_with_it(tls_server, monkeypatch) -> None:
    ca = str(tls_server.ca_file)
    assert Open311Client(tls_server.url, ca_bundle=ca).services()
    started = time.monotonic()
    with pytest.raises(CertificateError):
        Open311Client(tls_server.url).services()
    assert time.monotonic() - started < 2  # not retried: it would fail the same way
    # requests lets REQUESTS_CA_BUNDLE replace a session's own CA file; ours goes with every call.
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", requests.certs.where())
    assert Open311Client(tls_server.url, ca_bundle=ca).services()


@pytest.mark.parametrize("variable", ["REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE"])
def test_only_the_sites_ca_bundle_adds_trust_not_the_environment(
    tls_server, monkeypatch, variable: str
) -> None:
    """SECURITY.md: `ca_bundle` is the only extra trust. A CA file named in the environment
    (which requests would trust by itself) does not make the server's certificate good, and
    the site's proxy is still used beside it."""
    monkeypatch.delenv("REQUESTS_CA_BUNDLE", raising=False)
    monkeypatch.delenv("CURL_CA_BUNDLE", raising=False)
    monkeypatch.setenv(variable, str(tls_server.ca_file))
    with pytest.raises(CertificateError):
        Open311Client(tls_server.url).services()
    proxy = ForwardProxy()
    try:
        client = Open311Client(tls_server.url, ca_bundle=str(tls_server.ca_file), proxy=proxy.url)
        assert client.services()
        assert f"CONNECT 127.0.0.1:{tls_server.port}" in proxy.seen
        with pytest.raises(CertificateError):
            Open311Client(tls_server.url, proxy=proxy.url).services()
    finally:
        proxy.stop()


def window_for(qtbot, client: Open311Client) -> MainWindow:
    window = MainWindow(
        client, store=CredentialStore(memory_only=True), db=LocalDatabase(Path(":memory:"))
    )
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_window_talks_to_a_tls_server_with_the_ca_and_refuses_without(
    qtbot, tls_server
) -> None:
    trusted = window_for(qtbot, Open311Client(tls_server.url, ca_bundle=str(tls_server.ca_file)))
    trusted.start()
    qtbot.waitUntil(lambda: trusted.catalogue.group_count() > 0, timeout=15000)
    untrusted = window_for(qtbot, Open311Client(tls_server.url))
    untrusted.start()
    qtbot.waitUntil(lambda: "could not be verified" in untrusted.message.text(), timeout=15000)
    assert untrusted.catalogue.group_count() == 0


def test_the_window_refuses_a_configured_plain_http_server(qtbot) -> None:
    window = window_for(qtbot, Open311Client("http://10.0.0.5:8311"))
    window.refuse_configured_server(AddressProblem.PLAIN_HTTP)
    assert "does not connect to" in window.message.text()
    assert "10.0.0.5" in window.message.text()
    assert window.stack.currentWidget() is window.settings


def test_the_proxy_is_used_for_plain_and_tls_calls(start_server, tls_server) -> None:
    proxy = ForwardProxy()
    try:
        live = start_server()
        assert Open311Client(live.url, proxy=proxy.url).services()
        assert any(seen.startswith(f"GET {live.url}/") for seen in proxy.seen)
        client = Open311Client(tls_server.url, ca_bundle=str(tls_server.ca_file), proxy=proxy.url)
        assert client.services()
        assert f"CONNECT 127.0.0.1:{tls_server.port}" in proxy.seen
    finally:
        proxy.stop()


class Recorder(BaseHTTPRequestHandler):
    """Answers 200 and notes each request's path and Authorization header; paths starting
    /go/ redirect to the address after it (302 for GET, 307 for POST)."""

    def log_message(self, *_: object) -> None:
        pass

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        self.server.seen.append((self.path, self.headers.get("Authorization"), body))
        if self.path.startswith("/go/"):
            self.send_response(307 if self.command == "POST" else 302)
            self.send_header("Location", self.path[len("/go/") :])
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"{}")

    do_GET = do_POST = _answer


class RecordingServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False  # the client keeps its connections open


@pytest.fixture
def recorders() -> Iterator[tuple[ThreadingHTTPServer, ThreadingHTTPServer]]:
    servers = []
    for _ in range(2):
        server = RecordingServer(("127.0.0.1", 0), Recorder)
        server.seen = []
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
    yield servers[0], servers[1]
    for server in servers:
        server.shutdown()
        server.server_close()


def test_a_redirect_to_another_host_carries_no_credentials(recorders) -> None:
    first, other = recorders
    here = f"http://127.0.0.1:{first.server_address[1]}"
    # "localhost" is another host name for requests, as a real other server would be.
    there = f"http://localhost:{other.server_address[1]}"
    client = Open311Client(here)
    client.access_token = "secret-access-token"
    client.send("GET", f"{here}/go/{here}/same")
    assert first.seen[-1][:2] == ("/same", "Bearer secret-access-token")
    client.send("GET", f"{here}/go/{there}/elsewhere")
    assert other.seen == [("/elsewhere", None, b"")]
    # A 307 would re-send the form (API key, the citizen's details) to the other host: refused.
    with pytest.raises(Rejected) as refused:
        client.send("POST", f"{here}/go/{there}/form", data={"api_key": "SITE-KEY"})
    assert refused.value.code == "redirect_refused"
    assert len(other.seen) == 1
    assert first.seen[-1][2] == b"api_key=SITE-KEY"
