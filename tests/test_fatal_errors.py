"""A crash in native code (a segmentation fault in Qt) kills the app before any excepthook
runs; found living in the app (a window vanished after a request was sent, and the log said
nothing). Now faulthandler writes every thread's stack beside the log, and the next start
moves it into the log, redacted."""

from __future__ import annotations

import signal
import time
from pathlib import Path

from citizen_app.core.logs import FATAL_NAME, FILE_NAME
from tests.test_startup_probe import launch  # the app on a dead server, data in tmp_path/data


def test_a_native_crash_leaves_its_stacks_for_the_next_start(tmp_path: Path) -> None:
    data = tmp_path / "data"
    logs = data / "logs"
    process = launch(tmp_path, probe=False)
    try:
        deadline = time.monotonic() + 60
        while not (logs / FATAL_NAME).exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        time.sleep(2)  # the window is up
        process.send_signal(signal.SIGSEGV)  # as a crash in Qt's code ends it
        process.communicate(timeout=30)
    finally:
        process.kill()
    assert process.returncode == -signal.SIGSEGV
    trace = (logs / FATAL_NAME).read_text()
    assert "Fatal Python error: Segmentation fault" in trace
    assert "main.py" in trace  # the main thread's stack, at least

    again = launch(tmp_path, probe=True)
    again.communicate(timeout=120)
    assert again.returncode == 0
    log = (logs / FILE_NAME).read_text()
    assert "the last run ended in a fatal error" in log
    assert "Segmentation fault" in log
    assert (logs / FATAL_NAME).read_text() == ""  # moved, not reported twice
