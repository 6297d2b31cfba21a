"""Where the clerk left the window: its size and place and the split between the queue and the
request, kept between runs in window-state.ini beside the user's settings.toml (layout, not
settings: nothing an IT department would configure). A kiosk keeps none. Reading and writing
run in background tasks; a window placed by default is the only cost of a failure."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QSettings, QSize
from PySide6.QtWidgets import QWidget

from citizen_app.core.settings import user_file


def state_file() -> Path:
    return user_file(os.environ).with_name("window-state.ini")


def load(path: Path, group: str) -> dict[str, QByteArray]:
    """The saved values of `group` (blocking: for a worker)."""
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    settings.beginGroup(group)
    found = {key: settings.value(key) for key in settings.childKeys()}
    return {key: value for key, value in found.items() if isinstance(value, QByteArray)}


def save(path: Path, group: str, values: dict[str, QByteArray]) -> None:
    """Write `values` into `group` (blocking: for a worker)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    settings.beginGroup(group)
    for key, value in values.items():
        settings.setValue(key, value)
    settings.endGroup()
    settings.sync()
    if settings.status() != QSettings.Status.NoError:
        raise OSError(f"cannot write {path}")


def fit_on_screen(window: QWidget, wanted: QSize | None = None) -> None:
    """Resize the window to `wanted` (its size by default) at most, frame included, and move it
    so that all of it is on its screen's free area (not under a panel). A maximized or full-screen
    window is left where the window manager put it."""
    if window.isMaximized() or window.isFullScreen():
        return
    free = window.screen().availableGeometry()
    frame = window.frameGeometry().size() - window.size()
    room = QSize(free.width() - frame.width(), free.height() - frame.height())
    size = (wanted or window.size()).boundedTo(room).expandedTo(window.minimumSize())
    window.resize(size)
    placed = QRect(window.frameGeometry().topLeft(), size + frame)
    placed.moveRight(min(placed.right(), free.right()))
    placed.moveBottom(min(placed.bottom(), free.bottom()))
    placed.moveLeft(max(placed.left(), free.left()))
    placed.moveTop(max(placed.top(), free.top()))
    window.move(placed.topLeft())
