"""An empty, loading or error state drawn as a page part, not as bare text: an icon, a title,
an explanation, and the one action that helps (try again, clear the search, choose a service).

Pages keep one StateView and call `show_state`; the texts come from the page, translated there,
so each page says what is empty or what failed in its own words.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout

from citizen_app.ui import icons


class StateView(QFrame):
    #: the action button was clicked
    action = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("stateView")
        self.kind = "empty"
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setAccessibleName("")  # decoration: the title says it
        self.title = QLabel()
        self.title.setObjectName("stateTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.explanation = QLabel()
        self.explanation.setObjectName("muted")
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.explanation.setWordWrap(True)
        self.button = QPushButton()
        self.button.setObjectName("primary")
        self.button.clicked.connect(self.action)
        for widget in (self.picture, self.title, self.explanation):
            layout.addWidget(widget)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignCenter)

    def show_state(self, kind: str, title: str, explanation: str = "", action: str = "") -> None:
        """`kind` picks the icon: "empty", "loading", "error", "offline" or "search-none"
        (icons.NAMES). No `action` text, no button."""
        self.kind = kind
        self.title.setText(title)
        self.explanation.setText(explanation)
        self.explanation.setVisible(bool(explanation))
        self.button.setText(action)
        self.button.setAccessibleName(action)
        self.button.setVisible(bool(action))
        self.setAccessibleName(title)
        self.setAccessibleDescription(explanation)
        self._draw_icon()
        self.show()

    def _draw_icon(self) -> None:
        size = self.fontMetrics().height() * 3
        colour = self.palette().color(self.palette().ColorRole.PlaceholderText)
        if self.kind in ("error", "offline"):
            colour = self.palette().color(self.palette().ColorRole.BrightText)
        self.picture.setPixmap(icons.icon(self.kind, colour).pixmap(QSize(size, size)))

    def changeEvent(self, event: QEvent) -> None:
        """A new theme or text size: the icon follows."""
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._draw_icon()
        super().changeEvent(event)
