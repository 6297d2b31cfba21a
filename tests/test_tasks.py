"""The background-task helper delivers on the GUI thread, even when nobody keeps the task."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QThread

from citizen_app.ui.tasks import Latest, run_task, running


def test_results_arrive_on_the_gui_thread_without_a_reference(qtbot) -> None:
    got: list[tuple[int, bool]] = []
    gui = QThread.currentThread()

    def work() -> int:
        assert threading.current_thread() is not threading.main_thread()
        time.sleep(0.1)
        return 5

    run_task(work, lambda r: got.append((r, QThread.currentThread() is gui)))  # not kept
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    assert got == [(5, True)]


def test_errors_and_progress_are_delivered(qtbot) -> None:
    errors: list[Exception] = []
    steps: list[tuple[int, int]] = []

    def work(progress) -> None:
        for n in range(1, 4):
            progress(n, 3)
        raise ValueError("boom")

    run_task(work, lambda _: None, errors.append, lambda a, b: steps.append((a, b)))
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert steps == [(1, 3), (2, 3), (3, 3)]
    assert isinstance(errors[0], ValueError)


def test_the_latest_request_wins(qtbot) -> None:
    got: list[str] = []
    latest = Latest()
    latest.run(lambda: (time.sleep(0.3), "old")[1], got.append)
    latest.run(lambda: "new", got.append)
    qtbot.waitUntil(lambda: running() == 0, timeout=10000)  # both done, the old one dropped
    assert got == ["new"]


def test_a_result_already_on_its_way_is_dropped_by_cancel(qtbot) -> None:
    """cancel() after the worker has sent the result (queued for the GUI thread) still
    drops it: what a sign-out relies on for loads that land in the same instant."""
    got: list[str] = []
    latest = Latest()
    task = latest.run(lambda: "late", got.append, got.append)
    time.sleep(0.3)  # the GUI thread is busy; the worker finishes and queues its result
    latest.cancel()
    qtbot.waitUntil(lambda: running() == 0, timeout=10000)
    assert got == [] and task.cancelled
