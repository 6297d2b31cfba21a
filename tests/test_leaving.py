"""Someone leaving never waits for the network: sign-out revokes the token at once although
slow servers hold every worker, the calls made with the token stop, and the app quits at
once with calls still waiting."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from citizen_app.api.accounts import Extensions
from citizen_app.api.client import Open311Client
from citizen_app.api.errors import NotAuthenticated
from citizen_app.api.http import Cancelled
from citizen_app.core.credentials import CredentialStore
from citizen_app.core.local_db import LocalDatabase
from citizen_app.i18n import apply_language
from citizen_app.ui.main_window import MainWindow
from citizen_app.ui.tasks import run_task
from tests.conftest import Account
from tests.fault_injector import FaultProxy
from tests.hostile_server import HostileServer
from tests.live_server import ROOT, LiveServer


class RecordingProxy(FaultProxy):
    """The fault proxy, noting when each request it passed on was answered by the server."""

    def __init__(self, upstream_port: int) -> None:
        super().__init__(upstream_port)
        self.passed: list[tuple[float, bytes]] = []

    def _forward(self, request: bytes) -> bytes:
        answer = super()._forward(request)
        self.passed.append((time.monotonic(), request.split(b"\r\n", 1)[0]))
        return answer


@pytest.fixture
def silent() -> Iterator[HostileServer]:
    server = HostileServer()
    yield server
    server.stop()


def signed_in_window(qtbot, proxy: FaultProxy, server: LiveServer, person: Account):
    apply_language("en")
    window = MainWindow(
        Open311Client(proxy.url, api_key=server.api_key),
        store=CredentialStore(memory_only=True),
        db=LocalDatabase(Path(":memory:")),
    )
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.welcome, timeout=15000)
    window.welcome.login.setText(person.login)
    window.welcome.password.setText(person.password)
    window.welcome.sign_in_button.click()
    qtbot.waitUntil(lambda: window.account.signed_in, timeout=15000)
    return window


def test_sign_out_revokes_within_two_seconds_with_eight_slow_calls_in_flight(
    qtbot, server: LiveServer, citizen_a: Account, silent: HostileServer
) -> None:
    proxy = RecordingProxy(int(server.url.rpartition(":")[2])).start()
    slow = Open311Client(silent.url)  # a server that never answers, holding every worker
    try:
        window = signed_in_window(qtbot, proxy, server, citizen_a)
        token = window.account._refresh_token
        for _ in range(8):
            run_task(lambda: slow.send("GET", "/silent"), lambda _: None, lambda _: None)
        qtbot.waitUntil(lambda: silent.open_connections >= 8, timeout=5000)

        started = time.monotonic()
        window.accounts.on_sign_out_requested()
        assert time.monotonic() - started < 0.2  # the window never waits
        assert window.stack.currentWidget() is window.welcome

        def revoked() -> bool:
            return any(b"/auth/logout" in line for _, line in proxy.passed)

        qtbot.waitUntil(revoked, timeout=2000)
        at = next(t for t, line in proxy.passed if b"/auth/logout" in line)
        print(f"\nrevoked {at - started:.2f} s after sign-out, 8 calls in flight")
        with pytest.raises(NotAuthenticated):
            Extensions(Open311Client(server.url)).refresh(token)
        assert silent.open_connections >= 8  # not theirs to stop: still waiting
    finally:
        slow.close()
        proxy.stop()


def test_the_calls_made_with_the_citizens_token_stop_at_sign_out(
    qtbot, server: LiveServer, citizen_a: Account
) -> None:
    proxy = FaultProxy(int(server.url.rpartition(":")[2])).start()
    try:
        window = signed_in_window(qtbot, proxy, server, citizen_a)
        proxy.only_for(lambda first: first.startswith(b"GET /api/v1/me "))
        proxy.set_mode("blackhole")
        extensions, outcomes = window.context.extensions, []
        for _ in range(3):
            run_task(extensions.me, outcomes.append, outcomes.append)
        qtbot.waitUntil(lambda: proxy.counts["blackhole"] >= 3, timeout=5000)
        started = time.monotonic()
        window.accounts.on_sign_out_requested()
        qtbot.waitUntil(lambda: len(outcomes) == 3, timeout=1000)
        assert time.monotonic() - started < 1
        assert all(isinstance(outcome, Cancelled) for outcome in outcomes)
    finally:
        proxy.stop()


def test_the_app_quits_within_three_seconds_with_eight_calls_in_flight(
    silent: HostileServer,
) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.quit_child", silent.url + "/silent"], cwd=ROOT, env=env
    )
    try:
        until = time.monotonic() + 20
        while silent.open_connections < 8 and time.monotonic() < until:
            assert child.poll() is None, "the app ended early"
            time.sleep(0.05)
        assert silent.open_connections >= 8
        started = time.monotonic()
        child.send_signal(signal.SIGTERM)
        code = child.wait(timeout=10)
        elapsed = time.monotonic() - started
        print(f"\nquit in {elapsed:.2f} s with 8 calls in flight")
        assert elapsed < 3
        assert code == 0
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
