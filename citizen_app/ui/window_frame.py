"""What the window shows around its pages: the demo banner, the navigation bar, the message
line, and the pages themselves in a scroll area (with a kiosk's keyboard below, if any)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget
from shiboken6 import isValid

from citizen_app.ui.nav_bar import NavBar
from citizen_app.ui.page_stack import PageStack, reveal, scrolled


class WindowFrame(QWidget):
    def __init__(self, demo: bool) -> None:
        super().__init__()
        self.column = QVBoxLayout(self)
        self.demo_banner = QLabel()
        self.demo_banner.setObjectName("demoBanner")
        self.demo_banner.setVisible(demo)
        self.column.addWidget(self.demo_banner)
        self.nav_bar = NavBar()
        self.column.addWidget(self.nav_bar)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.column.addWidget(self.message)
        self.stack = PageStack()
        self.page_scroll = scrolled(self.stack)
        self.column.addWidget(self.page_scroll, 1)
        QApplication.instance().focusChanged.connect(self._on_focus_changed)

    def add_below(self, widget: QWidget) -> None:
        """Under the pages (a kiosk's on-screen keyboard)."""
        self.column.addWidget(widget)

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """The focused field is scrolled into view (above the kiosk's keyboard), on its turn
        after the keyboard has appeared."""
        if new is not None and self.isAncestorOf(new):
            QTimer.singleShot(0, self, lambda: isValid(new) and reveal(new))
