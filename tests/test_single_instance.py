"""One copy of the app per data folder, with two real processes: a second start brings the
running window to the front and ends (a kiosk says so and ends), so two outbox senders never
share one local.db."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from tests.live_server import ROOT


def environment(tmp_path: Path) -> dict[str, str]:
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": ROOT,
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
        "CITIZEN_APP_SITE_CONFIG": str(tmp_path / "site.toml"),
        "CITIZEN_APP_USER_CONFIG": str(tmp_path / "settings.toml"),
    }


def command(tmp_path: Path, *extra: str) -> list[str]:
    # Port 9 (discard) on loopback: no server there, no demo server started either.
    return [
        sys.executable,
        "main.py",
        "--server",
        "http://127.0.0.1:9",
        "--data-dir",
        str(tmp_path / "data"),
        "--language",
        "en",
        *extra,
    ]


def log_text(tmp_path: Path) -> str:
    path = tmp_path / "data" / "logs" / "citizen-app.log"
    return path.read_text(encoding="utf-8") if path.exists() else ""


def wait_for(condition, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)


def test_a_second_start_brings_the_first_window_to_the_front(tmp_path: Path) -> None:
    env = environment(tmp_path)
    first = subprocess.Popen(command(tmp_path), cwd=ROOT, env=env, stderr=subprocess.PIPE)
    try:
        wait_for(lambda: "log file" in log_text(tmp_path))  # it holds the lock and listens
        second = subprocess.run(
            command(tmp_path), cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
        )
        assert second.returncode == 0
        assert "already open: its window is brought to the front" in second.stderr
        wait_for(lambda: "a second start asked for this window" in log_text(tmp_path), 10)
        assert first.poll() is None  # the first copy runs on
        assert log_text(tmp_path).count("starts (desktop") == 2
        assert log_text(tmp_path).count("log file") == 1  # the second opened nothing
    finally:
        first.terminate()
        first.communicate(timeout=30)


def test_a_second_kiosk_says_so_and_ends(tmp_path: Path) -> None:
    env = environment(tmp_path)
    first = subprocess.Popen(command(tmp_path), cwd=ROOT, env=env, stderr=subprocess.PIPE)
    try:
        wait_for(lambda: "log file" in log_text(tmp_path))
        second = subprocess.run(
            command(tmp_path, "--kiosk"), cwd=ROOT, env=env, capture_output=True, text=True,
            timeout=60,
        )  # fmt: skip
        assert second.returncode == 1
        assert "A kiosk is already running with this data folder." in second.stderr
    finally:
        first.terminate()
        first.communicate(timeout=30)


def test_a_copy_that_was_killed_does_not_block_the_next_start(tmp_path: Path) -> None:
    env = environment(tmp_path)
    first = subprocess.Popen(command(tmp_path), cwd=ROOT, env=env, stderr=subprocess.PIPE)
    wait_for(lambda: "log file" in log_text(tmp_path))
    first.kill()  # its lock file stays behind
    first.communicate(timeout=30)
    assert (tmp_path / "data" / "app.lock").exists()
    again = subprocess.Popen(command(tmp_path), cwd=ROOT, env=env, stderr=subprocess.PIPE)
    try:
        wait_for(lambda: log_text(tmp_path).count("log file") == 2)
        assert again.poll() is None
    finally:
        again.terminate()
        again.communicate(timeout=30)
