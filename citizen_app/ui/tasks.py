"""The one way to do slow work: run a callable on a worker thread, hear back on the GUI thread.

Workers never touch widgets; they return a value or raise. Results, errors and progress come
back as signals, which Qt delivers on the GUI thread because the `Task` object lives there.

A failure is never lost: every one is logged, and one that no handler was given for is shown
as an unexpected error (ui/crash.py). Not caring about a failure is said out loud, with
`ignore("why")`, and each ignored failure is logged with that reason.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from citizen_app.api.errors import ApiError
from citizen_app.core.logs import describe

Progress = Callable[[int, int], None]
Failure = Callable[[Exception], None]
log = logging.getLogger(__name__)


class Task(QObject):
    """One piece of background work."""

    #: the callable's return value
    succeeded = Signal(object)
    #: the exception it raised
    failed = Signal(object)
    #: (done, total) reported by the callable through its `progress` argument
    progressed = Signal(int, int)
    #: after succeeded or failed
    finished = Signal()

    _running: ClassVar[set[Task]] = set()

    def __init__(self, function: Callable[..., Any], with_progress: bool = False) -> None:
        super().__init__()
        self._function = function
        self._with_progress = with_progress
        self.cancelled = False

    def start(self) -> Task:
        # Keep the task alive until its signals have been delivered on the GUI thread: a
        # QObject deleted in between would have its queued result silently dropped.
        Task._running.add(self)
        self.finished.connect(self._forget)
        pool().start(_Runner(self))
        return self

    def _forget(self) -> None:
        Task._running.discard(self)

    def cancel(self) -> None:
        """Drop the result when it arrives (the work itself cannot be interrupted)."""
        self.cancelled = True

    def _run(self) -> None:
        try:
            if self._with_progress:
                outcome, ok = self._function(progress=self.progressed.emit), True
            else:
                outcome, ok = self._function(), True
        except Exception as error:
            outcome, ok = error, False
        try:
            # A failure is delivered even when cancelled, to be logged (its handler is not
            # called); a cancelled result is dropped here.
            if not ok:
                self.failed.emit(outcome)
            elif not self.cancelled:
                self.succeeded.emit(outcome)
            self.finished.emit()
        except RuntimeError:
            pass  # the application is shutting down and took the task with it


def running() -> int:
    """Tasks started whose signals have not all been delivered yet (for shutdown and tests)."""
    return len(Task._running)


_pool: QThreadPool | None = None


def pool() -> QThreadPool:
    """The app's worker threads. Most tasks wait on the network, not the CPU, so there are
    more of them than cores: a slow server must not hold up a sign-out or a keyring call."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(8)
    return _pool


class _Runner(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task = task

    def run(self) -> None:
        self._task._run()


def done(_: object) -> None:
    """A success handler for work whose result nobody needs (it was saved, sent or revoked)."""


def ignore(reason: str) -> Failure:
    """A failure handler for work whose failure changes nothing for the person (a cache
    write, a courtesy call): the failure is logged with `reason`, and nothing is shown."""

    def ignored(error: Exception) -> None:
        log.info("ignored (%s): %s", reason, describe(error))

    return ignored


def _deliver_failure(task: Task, name: str, error: Exception, on_failure: Failure | None) -> None:
    """Log the failure (a bug with its traceback), then hand it to the caller's handler, or
    show it as unexpected when there is none (unless nobody waits for it any more)."""
    if isinstance(error, ApiError):
        log.info("task %s failed: %s", name, describe(error))
    else:
        log.error("task %s failed", name, exc_info=(type(error), error, error.__traceback__))
    if task.cancelled:
        return
    if on_failure is None:
        from citizen_app.ui import crash  # widgets: only when there is something to show

        crash.show(error)
    else:
        on_failure(error)


def run_task(
    function: Callable[..., Any],
    on_success: Callable[[Any], None],
    on_failure: Failure | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> Task:
    """Run `function` on a worker; `on_success(value)` or `on_failure(error)` on the GUI
    thread. Without `on_failure` a failure is shown as an unexpected error; pass
    `ignore("why")` for work whose failure does not matter."""
    task = Task(function, with_progress=on_progress is not None)
    name = getattr(function, "__qualname__", type(function).__name__)
    # Checked again on delivery: a cancel() on the GUI thread after the worker's emit (the
    # result already queued) still drops it.
    task.succeeded.connect(lambda value: None if task.cancelled else on_success(value))
    task.failed.connect(lambda error: _deliver_failure(task, name, error, on_failure))
    if on_progress:
        task.progressed.connect(on_progress)
    return task.start()


class Latest:
    """ "Latest request wins": starting a new task cancels the previous one's delivery."""

    def __init__(self) -> None:
        self._current: Task | None = None

    def run(self, *args: Any, **kwargs: Any) -> Task:
        self.cancel()
        self._current = run_task(*args, **kwargs)
        return self._current

    def cancel(self) -> None:
        """The running task's result, if any, will not be delivered."""
        if self._current is not None:
            self._current.cancel()
            self._current = None
