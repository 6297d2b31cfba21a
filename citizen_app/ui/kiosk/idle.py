"""Idle time at a kiosk: after `timeout` seconds without input a warning counts down at least
`warning` seconds (WCAG 2.2.1: time to react, and to extend as often as needed); then the
session ends."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
    QEvent.Type.InputMethod,
}
MIN_WARNING = 20


class IdleWatcher(QObject):
    #: no input for a while: the warning starts (seconds left)
    warn = Signal(int)
    #: each second of the warning (seconds left)
    tick = Signal(int)
    #: the time is up
    expired = Signal()

    def __init__(self, timeout: int = 120, warning: int = 30, parent: QObject | None = None):
        super().__init__(parent)
        self.warning = max(warning, MIN_WARNING)
        self.timeout = max(timeout, self.warning + 5)
        self.left = 0
        self.warning_shown = False
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.timeout.connect(self._start_warning)
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._second)
        self.running = False

    def start(self) -> None:
        if not self.running:
            QApplication.instance().installEventFilter(self)
            self.running = True
        self.extend()

    def stop(self) -> None:
        if self.running:
            QApplication.instance().removeEventFilter(self)
            self.running = False
        self._quiet.stop()
        self._countdown.stop()
        self.warning_shown = False

    def extend(self) -> None:
        """Activity, or "Continue" in the warning: the full time again."""
        self._countdown.stop()
        self.warning_shown = False
        self._quiet.start((self.timeout - self.warning) * 1000)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Input restarts the quiet time; during the warning only "Continue" extends (a stray
        # touch must not keep a forgotten session open).
        if event.type() in INPUT and not self.warning_shown:
            self._quiet.start((self.timeout - self.warning) * 1000)
        return False

    def _start_warning(self) -> None:
        self.warning_shown = True
        self.left = self.warning
        self.warn.emit(self.left)
        self._countdown.start()

    def _second(self) -> None:
        self.left -= 1
        if self.left <= 0:
            self._countdown.stop()
            self.warning_shown = False
            self.expired.emit()
        else:
            self.tick.emit(self.left)
