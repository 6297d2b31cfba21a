"""The mouse wheel scrolls the page; it never changes a choice.

Qt gives a combo box, a spin box or a date field the wheel as soon as the pointer passes over
it: a clerk who chose «مُستلَم» and scrolled the request panel down to its button turned it
into «مرفوض» on the way (found in a real window), and a citizen scrolling a form changed its
answers the same way. Being focused is no protection (the clerk had just chosen in that very
field). So these fields never take the wheel: it goes on to the page that scrolls around them;
a choice is made by clicking or with the keyboard, and the wheel no longer gives them focus.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox

GUARDED = (QComboBox, QAbstractSpinBox)


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(watched, GUARDED):
            return False
        kind = event.type()
        if kind == QEvent.Type.Polish and watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
            watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        elif kind == QEvent.Type.Wheel:
            # Taken from the field, and left unaccepted: Qt offers it to the field's parents,
            # up to the scroll area.
            event.ignore()
            return True
        return False


def install(app: QApplication) -> WheelGuard:
    """Guard every field of `app`, those made later included (kept alive by the app). The
    app calls it after the first paint: a filter of every event costs the start-up."""
    guard = WheelGuard(app)
    app.installEventFilter(guard)
    for widget in app.allWidgets():
        if isinstance(widget, GUARDED) and widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return guard
