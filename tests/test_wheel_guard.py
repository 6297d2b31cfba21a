"""The wheel scrolls the page, never a choice (found in a real window: a clerk who chose
«مُستلَم» and scrolled the panel down to its button turned it into «مرفوض»)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from citizen_app.ui import wheel_guard
from tests.screens import each_screen


def wheel_down(widget: QWidget) -> bool:
    """One notch down over `widget`; whether it took the notch (accepted the event). Qt offers
    a real wheel's notch the widget leaves to its parents, up to the scroll area (seen in a
    real window); a sent event is not offered on, so the tests read the acceptance."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120),  # one notch down
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


def test_the_wheel_over_a_choice_scrolls_the_page_focused_or_not(qtbot) -> None:
    area = QScrollArea()
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addSpacing(600)
    status = QComboBox()
    status.addItems(["دون تغيير الحالة", "مُستلَم", "قيد التنفيذ", "مرفوض"])
    status.setCurrentIndex(1)
    layout.addWidget(status)
    layout.addSpacing(600)
    area.setWidget(page)
    wheel_guard.guard(area)
    wheel_guard.guard(area)  # twice: the same
    area.resize(400, 300)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitExposed(area)
    assert status.focusPolicy() == Qt.FocusPolicy.StrongFocus  # the wheel gives no focus

    assert not wheel_down(status)  # left for the page around it
    assert status.currentIndex() == 1  # the choice stays
    status.setFocus()  # just chosen in: still not the wheel's
    qtbot.waitUntil(status.hasFocus)
    assert not wheel_down(status)
    assert status.currentIndex() == 1

    other = QComboBox()  # not guarded: Qt's own behaviour, which the guard undoes
    other.addItems(["أ", "ب"])
    qtbot.addWidget(other)
    other.show()
    assert wheel_down(other) and other.currentIndex() == 1


def test_every_choice_on_every_screen_is_guarded(qapp) -> None:
    open_to_the_wheel: dict[str, list[str]] = {}

    def look(language: str, name: str, window: QWidget) -> None:
        fields = window.findChildren(QComboBox) + window.findChildren(QAbstractSpinBox)
        found = [
            f"{type(f).__name__} {f.accessibleName()!r}"
            for f in fields
            if f.isVisible() and f.focusPolicy() == Qt.FocusPolicy.WheelFocus
        ]
        if found:
            open_to_the_wheel[name] = found

    each_screen(qapp, look, ("ar",))
    assert not open_to_the_wheel, open_to_the_wheel
