"""The citizen's form for a service being edited, in Arabic, English or French, built with the
request form's own question widgets (ui/fields.py) from the texts as typed: what the citizen
will see, a language missing falling back to Arabic as the server does."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from citizen_app.api.admin_catalogue import LANGUAGES
from citizen_app.api.models import Attribute, AttributeValue
from citizen_app.ui.admin.languages import NAMES
from citizen_app.ui.bidi import foreign
from citizen_app.ui.fields import question_widget


def in_language(texts: dict[str, str], language: str) -> str:
    return texts.get(language) or texts.get("ar", "")


def attribute(question: dict[str, Any], language: str) -> Attribute:
    """A question of the editor as the citizen's form reads it from the server."""
    return Attribute(
        code=question["code"],
        datatype=question["datatype"],
        description=in_language(question["descriptions"], language),
        required=bool(question["required"]) and question["variable"],
        variable=question["variable"],
        order=question.get("order", 0),
        datatype_description=in_language(question["datatype_descriptions"], language),
        values=tuple(
            AttributeValue(v["key"], in_language(v["names"], language)) for v in question["values"]
        ),
    )


class FormPreview(QFrame):
    def __init__(self) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.language = "ar"
        self.service: dict[str, Any] | None = None
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)  # at 200 % text the preview column is narrower than it
        layout.addWidget(self.heading)
        switch = QHBoxLayout()
        self.languages = QButtonGroup(self)
        self.language_buttons: dict[str, QPushButton] = {}
        for language in LANGUAGES:
            button = QPushButton(NAMES[language])
            button.setCheckable(True)
            button.setChecked(language == self.language)
            button.clicked.connect(lambda _=False, lang=language: self.set_language(lang))
            self.languages.addButton(button)
            self.language_buttons[language] = button
            switch.addWidget(button)
        switch.addStretch(1)
        layout.addLayout(switch)
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.area, 1)
        self.form = QWidget()
        self.area.setWidget(self.form)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Preview of the citizen's form"))
        for language, button in self.language_buttons.items():
            button.setAccessibleName(self.tr("Preview in %1").replace("%1", NAMES[language]))
        if self.service is not None:
            self.show_service(self.service)

    def set_language(self, language: str) -> None:
        self.language = language
        self.language_buttons[language].setChecked(True)
        if self.service is not None:
            self.show_service(self.service)

    def show_service(self, service: dict[str, Any]) -> None:
        """Draw the form anew (the old one's widgets go)."""
        self.service = service
        language = self.language
        form = QWidget()
        form.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight
        )
        layout = QVBoxLayout(form)
        title = QLabel(foreign(in_language(service["names"], language)))
        title.setObjectName("heading")
        title.setWordWrap(True)
        layout.addWidget(title)
        summary = QLabel(foreign(in_language(service["descriptions"], language)))
        summary.setWordWrap(True)
        layout.addWidget(summary)
        self.questions: list[QWidget] = []
        for question in service["attributes"]:
            widget = question_widget(attribute(question, language))
            layout.addWidget(widget)
            self.questions.append(widget)
        if service["needs_location"]:
            where = QLabel(self.tr("The form then asks where: an address or a place on the map."))
            where.setObjectName("muted")
            where.setWordWrap(True)
            layout.addWidget(where)
        layout.addStretch(1)
        self.area.setWidget(form)  # the previous form is deleted
        self.form = form
