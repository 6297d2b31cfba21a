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

#: the lane of most work: reading and sending for the person at the screen
WORK = "work"
#: the lane of what someone leaving needs done (revoking their token, clearing the keyring):
#: its own threads, so that slow servers holding every worker of WORK cannot delay it
SESSION = "session"
_THREADS = {WORK: 8, SESSION: 2}


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

    def __init__(
        self, function: Callable[..., Any], with_progress: bool = False, lane: str = WORK
    ) -> None:
        super().__init__()
        self._function = function
        self._with_progress = with_progress
        self._lane = lane
        self.cancelled = False

    def start(self) -> Task:
        # Keep the task alive until its signals have been delivered on the GUI thread: a
        # QObject deleted in between would have its queued result silently dropped.
        Task._running.add(self)
        self.finished.connect(self._forget)
        pool(self._lane).start(_Runner(self))
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


_pools: dict[str, QThreadPool] = {}


def pool(lane: str = WORK) -> QThreadPool:
    """The worker threads of a lane. Most tasks wait on the network, not the CPU, so there are
    more of them than cores; a sign-out or a keyring call has a lane of its own."""
    if lane not in _pools:
        _pools[lane] = QThreadPool()
        _pools[lane].setMaxThreadCount(_THREADS[lane])
    return _pools[lane]


def wait_for_all(milliseconds: int) -> bool:
    """Wait up to `milliseconds` for every lane's tasks to end (tests, headless runs)."""
    return all(each.waitForDone(milliseconds) for each in list(_pools.values()))


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
        _answer(name, on_failure, error)


#: what Qt says when a result reaches a window that was closed while the work ran
_GONE = ("already deleted", "Signal source has been deleted")


def _answer(name: str, receiver: Callable[[Any], None], value: Any) -> None:
    """Hand a result to its receiver. A receiver whose window was closed meanwhile (the work
    outlived it: a slow server, a retry) cannot take it: that is dropped and logged, on
    purpose; any other error goes on to the exception hook."""
    try:
        receiver(value)
    except RuntimeError as error:
        if not any(words in str(error) for words in _GONE):
            raise
        log.info("task %s finished after its window was closed; its result is dropped", name)


def _cancel_with_owner(task: Task, *receivers: Any) -> None:
    """A method's object (a window, a page) that is destroyed cancels the task's delivery."""
    for receiver in receivers:
        owner = getattr(receiver, "__self__", None)
        if isinstance(owner, QObject):
            owner.destroyed.connect(task.cancel)


def run_task(
    function: Callable[..., Any],
    on_success: Callable[[Any], None],
    on_failure: Failure | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    lane: str = WORK,
) -> Task:
    """Run `function` on a worker of `lane` (WORK, or SESSION for leaving a session);
    `on_success(value)` or `on_failure(error)` on the GUI thread. Without `on_failure` a
    failure is shown as an unexpected error; pass `ignore("why")` for work whose failure does
    not matter."""
    task = Task(function, with_progress=on_progress is not None, lane=lane)
    name = getattr(function, "__qualname__", type(function).__name__)

    # Checked again on delivery: a cancel() on the GUI thread after the worker's emit (the
    # result already queued) still drops it.
    def delivered(value: Any) -> None:
        if not task.cancelled:
            _answer(name, on_success, value)

    task.succeeded.connect(delivered)
    task.failed.connect(lambda error: _deliver_failure(task, name, error, on_failure))
    _cancel_with_owner(task, on_success, on_failure)
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
