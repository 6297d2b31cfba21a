"""The one way to do slow work: run a callable on a worker thread, hear back on the GUI thread.

Workers never touch widgets; they return a value or raise. Results, errors and progress come
back as signals, which Qt delivers on the GUI thread because the `Task` object lives there.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

Progress = Callable[[int, int], None]

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
            if not self.cancelled:
                (self.succeeded if ok else self.failed).emit(outcome)
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


def run_task(
    function: Callable[..., Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[Exception], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    lane: str = WORK,
) -> Task:
    task = Task(function, with_progress=on_progress is not None, lane=lane)
    # Checked again on delivery: a cancel() on the GUI thread after the worker's emit (the
    # result already queued) still drops it.
    task.succeeded.connect(lambda value: None if task.cancelled else on_success(value))
    if on_failure:
        task.failed.connect(lambda error: None if task.cancelled else on_failure(error))
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
