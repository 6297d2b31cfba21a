"""The kiosk's start screen: the municipality's name and three large language buttons, each
language named in itself."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

LANGUAGES = (("ar", "العربية"), ("en", "English"), ("fr", "Français"))


class KioskStartPage(QWidget):
    #: a language code: a new session starts in it
    language_chosen = Signal(str)

    def __init__(self, municipality: str = "") -> None:
        super().__init__()
        self.municipality = municipality
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.title = QLabel()
        self.title.setObjectName("kioskTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        row = QHBoxLayout()
        row.addStretch(1)
        self.buttons = []
        for code, name in LANGUAGES:
            button = QPushButton(name)
            button.setObjectName("kioskLanguage")
            button.setMinimumSize(260, 120)
            button.setAccessibleName(name)
            button.clicked.connect(lambda _=False, c=code: self.language_chosen.emit(c))
            row.addWidget(button)
            self.buttons.append(button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        self.retranslate()

    def retranslate(self) -> None:
        # In all three languages at once: the visitor has not chosen yet.
        name = self.municipality or "بلدية · Municipality · Municipalité"
        self.title.setText(f"{name}\nأهلًا وسهلًا · Welcome · Bienvenue")
