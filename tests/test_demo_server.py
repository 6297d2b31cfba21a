"""The demo municipality lives as long as the app: it outlives the worker threads Qt retires
(which took it down after 30 s when a pool worker started it), is started again on the same
address when it dies or hangs, the citizen is told, and `citizen-app doctor` sees it."""

from __future__ import annotations

import json
import os
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from citizen_app.api.client import Open311Client
from citizen_app.core.credentials import CredentialStore
from citizen_app.demo_server import STATE_FILE, DemoServer
from citizen_app.doctor.cli import main as doctor
from citizen_app.ui.demo_watch import DemoWatch
from citizen_app.ui.main_window import MainWindow
from citizen_app.ui.tasks import pool, run_task

pytestmark = pytest.mark.slow


def answers(url: str) -> bool:
    try:
        return requests.get(url + "/open311/discovery.json", timeout=5).ok
    except requests.RequestException:
        return False


@pytest.fixture
def demo_app(qtbot, tmp_path: Path) -> Iterator[tuple[MainWindow, DemoServer]]:
    """The window and its demo server, wired as `citizen-app` with no server wires them."""
    demo = DemoServer(tmp_path / "data")
    window = MainWindow(
        Open311Client("http://127.0.0.1:9"), demo=True, store=CredentialStore(memory_only=True)
    )
    qtbot.addWidget(window)
    window.show_starting_demo()
    try:
        yield window, demo
    finally:
        demo.stop()


def start(qtbot, window: MainWindow, demo: DemoServer) -> None:
    DemoWatch(window, demo, "demo:test")
    qtbot.waitUntil(lambda: window.context.demo_url is not None, timeout=120_000)
    qtbot.waitUntil(lambda: window.catalogue.tree.topLevelItemCount() > 0, timeout=60_000)


def test_the_demo_server_outlives_the_retired_worker_threads(qtbot, demo_app) -> None:
    """Qt retires a pool thread after 30 s idle; here after 0.2 s, so that a server tied to
    a pool thread would be gone within the test."""
    window, demo = demo_app
    expiry = pool().expiryTimeout()
    pool().setExpiryTimeout(200)
    try:
        start(qtbot, window, demo)
        pid = demo.pid
        # Busy, then idle: every pool thread that ran something is retired meanwhile.
        done: list[int] = []
        for n in range(8):
            run_task(lambda n=n: time.sleep(0.05) or n, done.append)
        qtbot.waitUntil(lambda: len(done) == 8, timeout=10_000)
        qtbot.wait(3000)
        assert pool().activeThreadCount() == 0
        assert demo.pid == pid, "the demo server died (or was restarted)"
        assert demo.restarts == 0
        assert answers(demo.url)
    finally:
        pool().setExpiryTimeout(expiry)


def test_a_killed_demo_server_is_started_again_and_the_citizen_is_told(
    qtbot, demo_app, tmp_path: Path, capsys, qapp
) -> None:
    window, demo = demo_app
    demo.check_every = 0.5
    start(qtbot, window, demo)
    url, first = demo.url, demo.pid
    state = json.loads((tmp_path / "data" / STATE_FILE).read_text())
    assert state == {"url": url, "pid": first, "app_pid": os.getpid()}

    os.kill(first, signal.SIGKILL)
    qtbot.waitUntil(lambda: demo.restarts == 1, timeout=60_000)
    qtbot.waitUntil(lambda: "started again" in window.message.text(), timeout=10_000)
    assert not window.message.isHidden()
    assert demo.url == url and demo.pid not in (None, first)  # same address, new process
    assert answers(url)
    assert json.loads((tmp_path / "data" / STATE_FILE).read_text())["pid"] == demo.pid

    # The doctor run on this machine sees the demo municipality answering...
    env = {
        "CITIZEN_APP_SITE_CONFIG": str(tmp_path / "site.toml"),
        "CITIZEN_APP_USER_CONFIG": str(tmp_path / "user.toml"),
        "CITIZEN_APP_DATA_DIR": str(tmp_path / "data"),
    }
    capsys.readouterr()
    assert doctor(["--json", "--language", "en"], env) == 0
    checks = {c["id"]: c for c in json.loads(capsys.readouterr().out)["checks"]}
    assert checks["server"]["status"] == "PASS" and checks["server"]["code"] == "demo"
    assert url in checks["server"]["message"] and checks["open311"]["status"] == "PASS"

    # ...and reports it when it does not answer (stopped, not dead: the app has not noticed).
    demo.check_every = 60
    qtbot.wait(600)  # the keeper is back in its (now long) wait
    os.kill(demo.pid, signal.SIGSTOP)
    try:
        started = time.monotonic()
        assert doctor(["--json", "--language", "en"], env) == 1
        checks = {c["id"]: c for c in json.loads(capsys.readouterr().out)["checks"]}
    finally:
        os.kill(demo.pid, signal.SIGCONT)
    assert checks["server"]["status"] == "FAIL" and checks["server"]["code"] == "demo_down"
    assert time.monotonic() - started < 30


def test_a_demo_server_that_hangs_is_started_again(qtbot, demo_app) -> None:
    window, demo = demo_app
    demo.check_every, demo.misses_allowed = 0.3, 2
    start(qtbot, window, demo)
    url, first = demo.url, demo.pid
    os.kill(first, signal.SIGSTOP)  # alive, but answers nothing
    qtbot.waitUntil(lambda: demo.restarts == 1, timeout=60_000)
    assert demo.url == url and demo.pid != first
    assert answers(url)


def test_the_doctor_says_when_the_demo_server_is_down(qapp, capsys, tmp_path: Path) -> None:
    """The app (this process) says it started a demo server at an address where nothing
    listens any more."""
    data = tmp_path / "data"
    data.mkdir()
    state = {"url": "http://127.0.0.1:9", "pid": 1, "app_pid": os.getpid()}
    (data / STATE_FILE).write_text(json.dumps(state))
    env = {
        "CITIZEN_APP_SITE_CONFIG": str(tmp_path / "site.toml"),
        "CITIZEN_APP_USER_CONFIG": str(tmp_path / "user.toml"),
        "CITIZEN_APP_DATA_DIR": str(data),
    }
    assert doctor(["--json", "--language", "en"], env) == 1
    checks = {c["id"]: c for c in json.loads(capsys.readouterr().out)["checks"]}
    assert checks["server"]["status"] == "FAIL" and checks["server"]["code"] == "demo_down"
    assert "does not answer" in checks["server"]["message"]
    # An app that is no longer running: back to the plain "no server configured" warning.
    (data / STATE_FILE).write_text(json.dumps({**state, "app_pid": 2**22 + 12345}))
    doctor(["--json", "--language", "en"], env)
    checks = {c["id"]: c for c in json.loads(capsys.readouterr().out)["checks"]}
    assert checks["server"]["status"] == "WARN" and checks["server"]["code"] == "demo"


def test_the_doctor_checks_a_server_given_on_the_command_line(
    qapp, capsys, tmp_path: Path, start_server
) -> None:
    live = start_server()
    env = {
        "CITIZEN_APP_SITE_CONFIG": str(tmp_path / "none.toml"),  # no site file at all
        "CITIZEN_APP_USER_CONFIG": str(tmp_path / "user.toml"),
        "CITIZEN_APP_DATA_DIR": str(tmp_path / "data"),
    }
    assert doctor(["--json", "--language", "en", "--server", live.url], env) == 0
    checks = {c["id"]: c for c in json.loads(capsys.readouterr().out)["checks"]}
    assert checks["server"]["status"] == "PASS" and checks["open311"]["status"] == "PASS"
    assert doctor(["--json", "--server", "http://127.0.0.1:9"], env) == 1
    checks = {c["id"]: c for c in json.loads(capsys.readouterr().out)["checks"]}
    assert checks["server"]["code"] == "refused"
