"""Delivers the outbox in the background, one item at a time, for as long as it takes.

QtCore only (no widgets), so the same sender runs in the window and in a headless process.
Each item goes out in a background task (the app's one task pattern); between tries the sender
sleeps on a timer for the backoff the outbox chose (honouring Retry-After), so the GUI thread is
never held. A transient failure (no connection, server failing or busy) pauses the whole
sender for that delay, since the next item would only meet the same problem.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from citizen_app.api.models import SubmitResult
from citizen_app.core.outbox import Outbox, deliver, verdict
from citizen_app.ui.tasks import run_task


class OutboxSender(QObject):
    #: milliseconds before another look after a failure of the sender's own work
    retry_ms = 5000

    #: item id, what the server gave back
    delivered = Signal(str, object)
    #: item id, reason code: it will be tried again by itself
    deferred = Signal(str, str)
    #: item id, reason code, the error: it waits for the citizen (retry or cancel)
    failed = Signal(str, str, object)
    #: done, total: the photos of the item being sent (thousandths of their bytes)
    progressed = Signal(int, int)
    #: something in the outbox changed (for the outbox page)
    changed = Signal()

    def __init__(
        self,
        outbox: Outbox,
        client: object,
        extensions: object,
        whereabouts: Callable[[], tuple[str, str] | None],
        parent: QObject | None = None,
    ) -> None:
        """`whereabouts()` gives (server, account id or '') to deliver for now, or None while
        the app is not connected to a server yet."""
        super().__init__(parent)
        self.outbox = outbox
        self.client = client
        self.extensions = extensions
        self.whereabouts = whereabouts
        self._busy = False
        self._again = False
        #: the item being sent now, if any
        self.current: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.kick)

    @property
    def busy(self) -> bool:
        return self._busy

    def kick(self) -> None:
        """Look at the outbox now (after a submit, a sign-in, a "retry now", at start)."""
        if self._busy:
            self._again = True
            return
        where = self.whereabouts()
        if where is None:
            return
        self._timer.stop()
        self._busy, self._again = True, False
        server, account = where
        outbox = self.outbox
        run_task(lambda: next(iter(outbox.due(server, account)), None), self._send, self._on_error)

    def _send(self, item_id: str | None) -> None:
        if item_id is None:
            self._busy = False
            self._sleep_until_next()
            return
        self.current = item_id
        self.changed.emit()
        outbox, client, extensions = self.outbox, self.client, self.extensions

        def send(progress: Callable[[int, int], None]) -> object:
            try:
                return deliver(outbox, item_id, client, extensions, progress)
            except Exception as error:
                found = verdict(error)
                if found.retry:
                    delay = outbox.defer(item_id, found.reason, found.retry_after)
                    return ("deferred", found.reason, delay, error)
                outbox.fail(item_id, found.reason)
                return ("failed", found.reason, None, error)

        run_task(
            send,
            lambda outcome: self._on_done(item_id, outcome),
            self._on_error,
            self.progressed.emit,
        )

    def _on_done(self, item_id: str, result: object) -> None:
        self._busy = False
        self.current = None
        self.changed.emit()
        if isinstance(result, SubmitResult):
            self.delivered.emit(item_id, result)
            self.kick()
            return
        kind, reason, delay, error = result
        if kind == "failed":
            self.failed.emit(item_id, reason, error)
            self.kick()
        else:
            self.deferred.emit(item_id, reason)
            if self._again:  # something new was submitted meanwhile: it gets its own try
                self.kick()
            else:
                self._timer.start(int(delay * 1000))

    def _on_error(self, error: Exception) -> None:
        """Any failure of the sender's own work (the database, a bug): it was logged by the
        task helper; the sender re-arms and looks again a little later, so that nothing
        stays in the outbox for ever."""
        self._busy = False
        self.current = None
        self._timer.start(self.retry_ms)

    def _sleep_until_next(self) -> None:
        if self._again:
            self.kick()
            return
        where = self.whereabouts()
        if where is None:
            return
        server, account = where
        outbox = self.outbox

        def next_time() -> float | None:
            return outbox.next_due_time(server, account)

        run_task(next_time, self._arm, lambda _: self._arm(time.time() + self.retry_ms / 1000))

    def _arm(self, when: float | None) -> None:
        """Look again at `when` (unless a look is already under way: it re-arms itself)."""
        if when is not None and not self._busy:
            self._timer.start(max(0, int((when - time.time()) * 1000)))
