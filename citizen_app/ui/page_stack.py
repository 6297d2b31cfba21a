"""The window's pages, one at a time, in a scroll area: the window fits any screen.

A QStackedWidget asks for the room of its largest page (the clerk's workspace, the statistics),
even while a small one is shown, and the window then grows past a 768-px screen. PageStack is
sized by the page on show, and the scroll area around it lets a page taller or wider than the
screen scroll instead of pushing the window (and the kiosk's keyboard) off the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QFrame, QScrollArea, QStackedWidget, QWidget


class PageStack(QStackedWidget):
    def __init__(self) -> None:
        super().__init__()
        self.currentChanged.connect(lambda _: self.updateGeometry())

    def sizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.minimumSizeHint() if page is not None else super().minimumSizeHint()

    def heightForWidth(self, _width: int) -> int:
        """None: the scroll area gives a page all the height there is, and at least its minimum.
        (QStackedLayout would answer with the preferred height of the tallest page, and a form
        with its own scroll area would be stretched past the screen instead of scrolling.)"""
        return -1


def scrolled(stack: PageStack) -> QScrollArea:
    """The stack in a frameless scroll area that gives it all the room there is."""
    area = QScrollArea()
    area.setObjectName("pageScroll")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(stack)
    return area


def reveal(widget: QWidget | None) -> None:
    """Scroll every scroll area around `widget` so that it shows (innermost first), once the
    window's layout has settled: in a kiosk the keyboard that the focus just opened takes its
    room first, and the field must show above it."""
    if widget is None:
        return
    ancestors = []
    parent = widget.parentWidget()
    while parent is not None:
        ancestors.append(parent)
        parent = parent.parentWidget()
    for parent in reversed(ancestors):  # from the window down: each gives the next its room
        if parent.layout() is not None:
            parent.layout().activate()
    for parent in ancestors:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget, 8, 8)
