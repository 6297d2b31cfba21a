"""The real app against every kind of keyring a citizen's computer may have: none (no D-Bus,
or a bus address pointing nowhere), a locked collection, a Secret Service that never answers,
the null and fail backends, and a working one. In each case the app is usable within 5 s,
says that sign-in will not be remembered when it cannot be, and no token lands on disk.

Each case runs the window in a child process (tests/keyring_child.py) with its own HOME, XDG
folders and private D-Bus session (dbus-daemon, gnome-keyring-daemon, and a jeepney process
that owns the Secret Service name and never answers).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

from tests.live_server import ROOT, LiveServer, in_ci

pytestmark = pytest.mark.timeout(120)

NOT_REMEMBERED = "no usable password store"


def require(*programs: str) -> None:
    missing = [p for p in programs if shutil.which(p) is None]
    if missing:
        message = f"{', '.join(missing)} not installed (.ci/run installs them)"
        if in_ci():
            pytest.fail(message)
        pytest.skip(message)


class Session:
    """A private D-Bus session bus and what was started on it; everything stops at the end."""

    def __init__(self, home: Path) -> None:
        require("dbus-daemon")
        self.home = home
        self.children: list[subprocess.Popen] = []
        bus = subprocess.Popen(
            [
                "dbus-daemon",
                "--session",
                "--nofork",
                "--print-address=1",
                f"--address=unix:path={home / 'bus'}",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        self.children.append(bus)
        self.address = bus.stdout.readline().strip()  # type: ignore[union-attr]
        assert self.address.startswith("unix:"), self.address

    def env(self) -> dict[str, str]:
        return {**home_env(self.home), "DBUS_SESSION_BUS_ADDRESS": self.address}

    def start(self, command: list[str], stdin: str | None = None) -> None:
        """Start a service on this bus and wait until it owns the Secret Service name."""
        child = subprocess.Popen(
            command,
            env={**os.environ, **self.env()},
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            text=True,
            cwd=ROOT,
        )
        self.children.append(child)
        if stdin is not None:
            child.stdin.write(stdin)  # type: ignore[union-attr]
        child.stdin.close()  # type: ignore[union-attr]
        connection = open_dbus_connection(self.address)
        try:
            deadline = time.monotonic() + 20
            while time.monotonic() < deadline:
                owned = connection.send_and_get_reply(
                    message_bus.NameHasOwner("org.freedesktop.secrets"), timeout=5
                )
                if owned.body[0]:
                    return
                assert child.poll() is None, f"{command[0]} exited"
                time.sleep(0.05)
        finally:
            connection.close()
        raise AssertionError(f"{command[0]} did not take the Secret Service name")

    def stop(self) -> None:
        for child in reversed(self.children):
            child.terminate()
            try:
                child.wait(5)
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait(5)


def home_env(home: Path) -> dict[str, str]:
    return {
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_RUNTIME_DIR": str(home / "run"),
    }


def gnome_keyring(session: Session, locked: bool) -> None:
    require("gnome-keyring-daemon")
    session.start(
        ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
        stdin="case-pass",
    )
    if locked:
        lock = (
            "import secretstorage\n"
            "c = secretstorage.dbus_init()\n"
            "k = secretstorage.get_default_collection(c)\n"
            "k.lock()\n"
            "assert k.is_locked()\n"
        )
        subprocess.run(
            [sys.executable, "-c", lock],
            env={**os.environ, **session.env()},
            check=True,
            timeout=30,
        )


CASES = ["no_bus", "bus_nowhere", "locked", "silent", "null", "fail", "working"]


@pytest.fixture
def home(tmp_path: Path) -> Path:
    path = tmp_path / "home"
    for sub in ("data", "config", "cache", "state", "run"):
        (path / sub).mkdir(parents=True)
    (path / "run").chmod(0o700)
    return path


def run_app(server: LiveServer, env: dict[str, str], data_dir: Path) -> dict:
    base = {k: v for k, v in os.environ.items() if k not in ("DBUS_SESSION_BUS_ADDRESS",)}
    base.pop("PYTHON_KEYRING_BACKEND", None)
    result = subprocess.run(
        [sys.executable, "-m", "tests.keyring_child", server.url, server.api_key, str(data_dir)],
        env={**base, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": ROOT, **env},
        capture_output=True,
        text=True,
        timeout=90,
        cwd=ROOT,
        check=False,
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("REPORT ")]
    assert lines, result.stderr[-3000:]
    return json.loads(lines[-1][len("REPORT ") :])


@pytest.mark.parametrize("server", ["sqlite"], indirect=True)  # the keyring is the client's
@pytest.mark.parametrize("case", CASES)
def test_each_kind_of_keyring(server: LiveServer, home: Path, case: str) -> None:
    session = None
    env = home_env(home)
    try:
        if case == "bus_nowhere":
            env["DBUS_SESSION_BUS_ADDRESS"] = f"unix:path={home / 'no-such-bus'}"
        elif case in ("null", "fail"):
            env["PYTHON_KEYRING_BACKEND"] = f"keyring.backends.{case}.Keyring"
        elif case in ("locked", "silent", "working"):
            session = Session(home)
            if case == "silent":
                session.start([sys.executable, "-m", "tests.silent_secret_service"])
            else:
                gnome_keyring(session, locked=case == "locked")
            env = session.env()
        data_dir = home / "data" / "municipal-eservices"
        data_dir.mkdir(parents=True, exist_ok=True)
        started = time.monotonic()
        report = run_app(server, env, data_dir)
    finally:
        if session:
            session.stop()
    assert report["signed_in"], report
    # Usable within 5 s: looking for a kept session (the keyring's first call) gives up by then.
    # The rest of the margin is a fresh process on a loaded machine; a hang would be D-Bus's
    # own 25 s.
    assert report["to_welcome"] < 5 + 8, report
    if case == "working":
        assert report["remembered"] is True
        assert NOT_REMEMBERED not in report["settings_text"]
    else:
        assert report["remembered"] is False
        assert NOT_REMEMBERED in report["settings_text"]
        assert "cannot remember" in report["message"]
        # A silent keyring is waited for once (5 s from the start, however many calls).
        assert report["to_signed_in"] < 5 + 8, report
    assert time.monotonic() - started < 60
    secrets = [report["access_token"], report["refresh_token"]]
    assert all(secrets)
    files = [p for p in home.rglob("*") if p.is_file()]
    hits = [
        (str(p.relative_to(home)), n)
        for p in files
        for n, s in enumerate(secrets)
        if s.encode() in p.read_bytes()
    ]
    assert hits == []
