"""A test hook for tests/realwindow (the real-window journey), off unless
CITIZEN_APP_WINDOW_PROBE names a file: three times a second, and after each focus change, the app
writes there, as JSON, what a screen reader would know: the screen, every visible top-level
window, the focused widget, and every visible widget that has a name (accessible name, text or
object name), with the first rows of item views, each with its rectangle in screen pixels. The
test finds what to click by name and checks that nothing, the focused widget included, leaves the
screen. It may hold typed text: it is for test runs only, in a temporary folder.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRect, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

VARIABLE = "CITIZEN_APP_WINDOW_PROBE"
INTERVAL_MS = 300
ROWS = 40  # rows of an item view written


def _rect(rect: QRect) -> list[int]:
    return [rect.x(), rect.y(), rect.width(), rect.height()]


def _on_screen(widget: QWidget) -> list[int]:
    return _rect(QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size()))


def _text(widget: QWidget) -> str:
    if isinstance(widget, QAbstractButton | QLabel | QLineEdit):
        return widget.text()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    return ""


def _describe(widget: QWidget) -> dict[str, Any]:
    return {
        "class": type(widget).__name__,
        "object": widget.objectName(),
        "name": widget.accessibleName(),
        "text": _text(widget),
        "rect": _on_screen(widget),
        "enabled": widget.isEnabled(),
    }


def _rows(view: QAbstractItemView) -> list[dict[str, Any]]:
    """The view's first rows (a tree's children included) with their place on screen."""
    model, found = view.model(), []
    if model is None:
        return found
    try:
        columns = model.columnCount(view.rootIndex())
    except TypeError:  # a list model: PySide makes its columnCount private
        columns = 1

    def walk(parent: Any) -> None:
        for row in range(model.rowCount(parent)):
            if len(found) >= ROWS:
                return
            index = model.index(row, 0, parent)
            cells = [str(model.index(row, c, parent).data() or "") for c in range(columns)]
            area = view.visualRect(index)
            corner = view.viewport().mapToGlobal(area.topLeft())
            found.append({"cells": cells, "rect": _rect(QRect(corner, area.size()))})
            walk(index)

    walk(view.rootIndex())
    return found


def snapshot(app: QApplication) -> dict[str, Any]:
    screen = app.primaryScreen()
    focus = app.focusWidget()
    windows, widgets = [], []
    for top in app.topLevelWidgets():
        if not top.isVisible():
            continue
        windows.append(
            {
                "class": type(top).__name__,
                "title": top.windowTitle(),
                "rect": _rect(top.frameGeometry()),
                "active": top.isActiveWindow(),
            }
        )
        for widget in [top, *top.findChildren(QWidget)]:
            if not widget.isVisible():
                continue
            entry = _describe(widget)
            if not (entry["name"] or entry["text"] or entry["object"]):
                continue
            if isinstance(widget, QAbstractItemView):
                entry["rows"] = _rows(widget)
            widgets.append(entry)
    return {
        "time": time.time(),
        "screen": _rect(screen.geometry()) if screen else None,
        "focus": _describe(focus) if focus is not None else None,
        "windows": windows,
        "widgets": widgets,
    }


class _Probe(QObject):
    def __init__(self, app: QApplication, path: Path) -> None:
        super().__init__(app)
        self.app, self.path = app, path
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.write)
        self.timer.start(INTERVAL_MS)
        # At once after a focus change too: the test tabs through fields by it.
        app.focusChanged.connect(lambda *_: QTimer.singleShot(50, self.write))

    def write(self) -> None:
        partial = self.path.with_suffix(".partial")
        partial.write_text(json.dumps(snapshot(self.app), ensure_ascii=False), encoding="utf-8")
        os.replace(partial, self.path)  # the reader never sees half a file


def watch(app: QApplication) -> None:
    """Start the probe when the environment asks for it."""
    if os.environ.get(VARIABLE):
        _Probe(app, Path(os.environ[VARIABLE]))
