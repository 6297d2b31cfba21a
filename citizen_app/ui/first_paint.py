"""Work that waits until a window has been painted once: what the app does at start that the
first page does not need (connecting to the server, which loads the HTTP stack; starting the
demo server) runs after the citizen sees the window, not before. A worker started earlier
would compete with the GUI thread for the interpreter while the window is being built."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _AfterPaint(QObject):
    def __init__(self, window: QObject, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self.callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # Once this paint has finished and is on screen, on the event loop's next turn.
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        callback, self.callback = self.callback, None
        self.deleteLater()
        if callback is not None:
            callback()


#: at the latest: a window that is never painted (started minimised, on a screen that is off)
#: still connects
LATEST_MS = 1500


def after_first_paint(window: QWidget, callback: Callable[[], None]) -> None:
    """Call `callback` once on the GUI thread after `window` has been painted for the first
    time (or after LATEST_MS, whichever comes first)."""
    waiter = _AfterPaint(window, callback)
    window.installEventFilter(waiter)
    QTimer.singleShot(LATEST_MS, waiter, waiter._run)
