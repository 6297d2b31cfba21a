"""One text in Arabic, English and French, typed side by side (Arabic first, each input in its
own direction): names, descriptions, keywords, questions and help texts of the catalogue."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from citizen_app.api.admin_catalogue import LANGUAGES
from citizen_app.ui.settings_page import LANGUAGE_NAMES
from citizen_app.ui.text_area import TextArea

NAMES = dict(LANGUAGE_NAMES)


def language_headers(grid: QGridLayout, row: int) -> None:
    """The languages' own names above the columns (the same in every interface language)."""
    for column, language in enumerate(LANGUAGES, start=1):
        header = QLabel(NAMES[language])
        header.setEnabled(False)
        grid.addWidget(header, row, column)


class LanguageTexts:
    """A row of a grid: the label, then one input per language."""

    def __init__(self, grid: QGridLayout, row: int, multiline: bool = False) -> None:
        self.label = QLabel()
        self.label.setWordWrap(True)
        grid.addWidget(self.label, row, 0)
        self.inputs: dict[str, QLineEdit | QPlainTextEdit] = {}
        for column, language in enumerate(LANGUAGES, start=1):
            widget: QLineEdit | QPlainTextEdit
            if multiline:
                widget = TextArea()
                widget.setFixedHeight(52)
            else:
                widget = QLineEdit()
            rtl = language == "ar"
            widget.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
            )
            self.inputs[language] = widget
            grid.addWidget(widget, row, column)
        self.label.setBuddy(self.inputs["ar"])

    def retranslate(self, label: str) -> None:
        self.label.setText(label)
        for language, widget in self.inputs.items():
            widget.setAccessibleName(f"{label} ({NAMES[language]})")

    def on_changed(self, slot: Callable[[], None]) -> None:
        for widget in self.inputs.values():
            widget.textChanged.connect(lambda *_: slot())

    def value(self) -> dict[str, str]:
        """The texts given (an empty one is left out: it falls back to Arabic)."""
        found = {}
        for language, widget in self.inputs.items():
            text = widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()
            if text.strip():
                found[language] = text.strip()
        return found

    def set_value(self, texts: dict[str, str]) -> None:
        for language, widget in self.inputs.items():
            text = texts.get(language, "")
            if isinstance(widget, QPlainTextEdit):
                widget.setPlainText(text)
            else:
                widget.setText(text)

    def widget(self, language: str) -> QWidget:
        return self.inputs[language]
