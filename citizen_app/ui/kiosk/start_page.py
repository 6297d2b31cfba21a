"""The kiosk's start screen: the municipality's name and a large button for each language the
site offers (three by default), each language named in itself."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from citizen_app.ui.page_reset import clear_inputs

LANGUAGES = (("ar", "العربية"), ("en", "English"), ("fr", "Français"))
MUNICIPALITY = {"ar": "بلدية", "en": "Municipality", "fr": "Municipalité"}
WELCOME = {"ar": "أهلًا وسهلًا", "en": "Welcome", "fr": "Bienvenue"}


class KioskStartPage(QWidget):
    #: a language code: a new session starts in it
    language_chosen = Signal(str)

    def __init__(self, municipality: str = "", languages: tuple[str, ...] = ("ar", "en", "fr")):
        super().__init__()
        self.municipality = municipality
        self.languages = [code for code, _ in LANGUAGES if code in languages]
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
            if code not in self.languages:
                continue
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

    def reset(self) -> None:
        """Nothing of a visitor is on the start page; reset() as every page has."""
        clear_inputs(self)

    def retranslate(self) -> None:
        # In every language offered at once: the visitor has not chosen yet.
        name = self.municipality or " · ".join(MUNICIPALITY[c] for c in self.languages)
        self.title.setText(name + "\n" + " · ".join(WELCOME[c] for c in self.languages))
