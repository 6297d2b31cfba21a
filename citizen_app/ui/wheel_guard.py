"""The mouse wheel scrolls the page; it never changes a choice.

Qt gives a combo box, a spin box or a date field the wheel as soon as the pointer passes over
it: a clerk who chose «مُستلَم» and scrolled the request panel down to its button turned it
into «مرفوض» on the way (found in a real window), and a citizen scrolling a form changed its
answers the same way. Being focused is no protection (the clerk had just chosen in that very
field). So these fields never take the wheel: it goes on to the page that scrolls around them;
a choice is made by clicking or with the keyboard, and the wheel no longer gives them focus.

Installed on the fields themselves (every page as the window adds it, each question of a form,
the dialogs), not on the whole application: a Python filter of every event of every object
made PySide wrap Qt's internal objects, some of them while being destroyed, and the app
crashed in its event loop under a screen reader (tests/test_atspi.py, 2026-12-06).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QWidget

GUARDED = (QComboBox, QAbstractSpinBox)


class _WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel:
            # Taken from the field and left unaccepted: Qt offers it to the field's parents,
            # up to the scroll area.
            event.ignore()
            return True
        return False


_guard = _WheelGuard()


def guard(root: QWidget) -> None:
    """The combo boxes, spin boxes and date fields in `root` (itself included) leave the
    wheel to the page. Guarding a field twice changes nothing."""
    fields = [root] if isinstance(root, GUARDED) else []
    fields += root.findChildren(QComboBox) + root.findChildren(QAbstractSpinBox)
    for field in fields:
        if field.focusPolicy() == Qt.FocusPolicy.WheelFocus:
            field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        field.installEventFilter(_guard)
