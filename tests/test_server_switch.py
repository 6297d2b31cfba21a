"""Settings → server: a typed address is checked, tried, and only then replaces the server."""

from __future__ import annotations

import time
import tomllib
from pathlib import Path

import pytest

from citizen_app.api.client import Open311Client
from citizen_app.core import server_address
from citizen_app.core.credentials import SERVICE, CredentialStore
from citizen_app.core.local_db import LocalDatabase
from citizen_app.core.server_address import AddressProblem
from citizen_app.i18n import apply_language
from citizen_app.ui.main_window import MainWindow
from tests.conftest import Account
from tests.hostile_server import HostileServer
from tests.live_server import LiveServer, free_port
from tests.test_citizen_journey import memory_keyring  # noqa: F401 - a fixture
from tests.test_citizen_ui import type_text


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("", AddressProblem.EMPTY),
        ("   ", AddressProblem.EMPTY),
        ("بلدية الخليل", AddressProblem.NOT_WEB),
        ("ftp://files.example.ps", AddressProblem.NOT_WEB),
        ("https://", AddressProblem.NOT_WEB),
        ("https://example.ps:99999", AddressProblem.NOT_WEB),
        ("http://eservices.example.ps", AddressProblem.PLAIN_HTTP),
        ("http://127.0.0.1:8000", None),
        ("http://localhost:8000/", None),
        ("eservices.example.ps", None),
        ("https://eservices.example.ps/open311/v2", None),
    ],
)
def test_address_shapes(typed: str, expected: AddressProblem | None) -> None:
    assert server_address.problem(typed) is expected


def test_a_bare_host_gets_https() -> None:
    assert server_address.normalise(" eservices.example.ps/ ") == "https://eservices.example.ps"


def test_switching_servers_and_back(
    qtbot,
    server: LiveServer,
    citizen_a: Account,
    memory_keyring,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    config = tmp_path / "settings.toml"
    monkeypatch.setenv("CITIZEN_APP_USER_CONFIG", str(config))
    apply_language("ar")
    client = Open311Client("http://127.0.0.1:9", language="ar")
    window = MainWindow(
        client, demo=True, store=CredentialStore(), remember_choices=True, site_api_key="SITE"
    )
    qtbot.addWidget(window)
    window.show()
    window.use_demo(server.url, server.api_key, "demo:test")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.welcome, timeout=15000)
    window.welcome.login.setText(citizen_a.login)
    window.welcome.password.setText(citizen_a.password)
    window.welcome.sign_in_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.catalogue, timeout=15000)
    window.on_settings_clicked()
    settings = window.settings
    assert settings.server.text() == ""  # the demo municipality is in use
    assert not settings.demo_button.isVisibleTo(window)

    def try_address(text: str) -> None:
        settings.server.clear()
        type_text(settings.server, text)
        settings.connect_button.click()

    try_address("بلدية الخليل")
    assert "ليس عنوانًا على الإنترنت" in settings.server_note.text()
    try_address("http://eservices.example.ps")
    assert "https://" in settings.server_note.text()
    try_address(f"http://127.0.0.1:{free_port()}")
    qtbot.waitUntil(lambda: "لا يوجد اتصال" in settings.server_note.text(), timeout=30000)
    try_address(server.url + "/no-such-place")
    qtbot.waitUntil(lambda: settings.connect_button.isEnabled(), timeout=30000)
    assert "Open311" in settings.server_note.text()
    # Nothing above changed anything.
    assert (window.client.base_url, window.client.api_key, window.account.signed_in) == (
        server.url,
        server.api_key,
        True,
    )
    assert not config.exists()

    # The same municipality's bare Open311 folder: another server as far as the app knows.
    plain = server.url + "/open311/v2"
    try_address(plain)
    qtbot.waitUntil(lambda: window.client.base_url == plain, timeout=30000)
    assert window.client.api_key == "SITE"  # the demo server's key is not sent elsewhere
    assert not window.account.signed_in
    assert window.context.plain_mode()
    assert not window.demo_banner.isVisibleTo(window)
    assert (SERVICE, "demo:test") in memory_keyring.items  # kept for coming back
    qtbot.waitUntil(lambda: config.exists(), timeout=5000)
    assert tomllib.loads(config.read_text(encoding="utf-8"))["server_url"] == plain
    qtbot.waitUntil(lambda: window.catalogue.tree.topLevelItemCount() > 0, timeout=15000)

    window.on_settings_clicked()
    assert settings.demo_button.isVisibleTo(window)
    settings.demo_button.click()
    qtbot.waitUntil(lambda: window.account.signed_in, timeout=30000)  # restored from the keyring
    assert (window.client.base_url, window.client.api_key) == (server.url, server.api_key)
    assert window.demo_banner.isVisibleTo(window)
    qtbot.waitUntil(
        lambda: tomllib.loads(config.read_text(encoding="utf-8"))["server_url"] == "",
        timeout=5000,
    )


def test_a_switch_stops_the_old_server_and_drops_its_answers(
    qtbot, server: LiveServer, tmp_path: Path
) -> None:
    """A slow old server (its catalogue takes 4 s) and a fast new one: the switch puts a new
    client in place (the old one is never rewritten under a worker's feet), the old server
    hears nothing more, and its catalogue is never shown."""
    old = HostileServer()
    try:
        old.discovery_endpoint = old.url + "/slow"  # services.json answers after slow_seconds
        old.slow_seconds = 4.0
        old.slow_body = [{"service_code": "old-only", "service_name": "OLD SERVICE"}]
        apply_language("en")
        window = MainWindow(
            Open311Client(old.url, api_key="OLD-KEY"),
            store=CredentialStore(memory_only=True),
            db=LocalDatabase(Path(":memory:")),
            site_api_key="NEW-KEY",
        )
        qtbot.addWidget(window)
        window.show()
        window.start()
        qtbot.waitUntil(lambda: "/slow/services.json" in old.paths(), timeout=10000)
        first = window.client
        window.on_settings_clicked()
        window.switcher.change_server(server.url)
        qtbot.waitUntil(lambda: window.client is not first, timeout=15000)
        switched_at = time.monotonic()
        assert (window.client.base_url, window.client.api_key) == (server.url, "NEW-KEY")
        qtbot.waitUntil(lambda: window.catalogue.tree.topLevelItemCount() > 0, timeout=15000)
        qtbot.wait(int(old.slow_seconds * 1000) + 500)  # when the old answer would have come
        shown = [
            window.catalogue.tree.topLevelItem(i).text(0)
            for i in range(window.catalogue.tree.topLevelItemCount())
        ]
        assert shown and not any("OLD SERVICE" in text for text in shown)
        assert all(heard.at < switched_at for heard in old.heard)
    finally:
        old.stop()
