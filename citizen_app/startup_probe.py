"""A measurement hook for bench/startup_bench.py, off unless CITIZEN_APP_PAINT_PROBE is set:
after the main window's first paint, print `painted <wall-clock time> <peak memory, KiB>` and
quit. The peak is read when the paint happens: what runs after it (the connection to the
server) is not start-up."""

from __future__ import annotations

import os
import resource
import time

from PySide6.QtCore import QEvent, QObject, QTimer

VARIABLE = "CITIZEN_APP_PAINT_PROBE"


class _FirstPaint(QObject):
    def __init__(self, app: QObject) -> None:
        super().__init__(app)
        self.app, self.seen, self.peak = app, False, 0

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            self.peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            # Once this paint is done and on screen (the backing store is flushed), not before.
            QTimer.singleShot(0, self.report)
        return False

    def report(self) -> None:
        print(f"painted {time.time():.6f} {self.peak}", flush=True)
        self.app.exit(0)


def watch(app: QObject, window: QObject) -> None:
    """Install the probe on `window` when the environment asks for it."""
    if os.environ.get(VARIABLE):
        window.installEventFilter(_FirstPaint(app))
