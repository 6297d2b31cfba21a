"""Which page the window shows. Pages and controllers ask this object to show a page or to go
back, instead of reaching into the window's stack or into each other."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QStackedWidget, QWidget

HISTORY = 20  # pages remembered for back(); more is never needed, and nothing grows for ever


class Navigation(QObject):
    def __init__(self, stack: QStackedWidget) -> None:
        super().__init__(stack)
        self._stack = stack
        self._history: list[QWidget] = []

    def add(self, page: QWidget) -> None:
        self._stack.addWidget(page)

    def current(self) -> QWidget | None:
        return self._stack.currentWidget()

    def show(self, page: QWidget) -> None:
        current = self._stack.currentWidget()
        if current is not None and current is not page:
            self._history = [*self._history, current][-HISTORY:]
        self._stack.setCurrentWidget(page)

    def back(self) -> None:
        """To the page shown before this one (nothing happens when there is none)."""
        if self._history:
            self._stack.setCurrentWidget(self._history.pop())

    def forget(self) -> None:
        """The next kiosk visitor cannot go back to the last one's pages."""
        self._history.clear()
