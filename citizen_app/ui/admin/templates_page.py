"""The note templates for an administrator: for each status, the public note every clerk starts
from, in Arabic, English and French. Kept on the server; clerks get them at their next refresh."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from citizen_app.api.errors import Rejected
from citizen_app.api.note_templates import NoteTemplatesApi, Templates
from citizen_app.ui.advice import advice
from citizen_app.ui.statuses import STATUSES, status_name
from citizen_app.ui.tasks import Latest, run_task
from citizen_app.ui.text_area import TextArea

LANGUAGES = ("ar", "en", "fr")
#: statuses a clerk moves a request to with a note ("submitted" is where requests start)
NOTE_STATUSES = tuple(status for status in STATUSES if status != "submitted")
MAX_TEXT = 2000  # as the server takes it


class TemplatesPage(QWidget):
    def __init__(self, api: NoteTemplatesApi) -> None:
        super().__init__()
        self.api = api
        self.templates: Templates = {}
        self.customised: set[str] = set()
        self.shown: str | None = None
        self._load = Latest()
        layout = QHBoxLayout(self)
        self.statuses = QListWidget()
        self.statuses.setMaximumWidth(240)
        for status in NOTE_STATUSES:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, status)
            self.statuses.addItem(item)
        self.statuses.currentItemChanged.connect(self._on_status_changed)
        layout.addWidget(self.statuses)
        right = QVBoxLayout()
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        right.addWidget(self.heading)
        grid = QGridLayout()
        self.labels = {lang: QLabel() for lang in LANGUAGES}
        self.texts = {lang: TextArea() for lang in LANGUAGES}
        for row, lang in enumerate(LANGUAGES):
            box = self.texts[lang]
            box.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight
            )
            box.textChanged.connect(self._on_edited)
            self.labels[lang].setBuddy(box)
            grid.addWidget(self.labels[lang], row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(box, row, 1)
        right.addLayout(grid, 1)
        bottom = QHBoxLayout()
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.on_save_clicked)
        bottom.addWidget(self.save_button)
        bottom.addStretch(1)
        right.addLayout(bottom)
        self.status = QLabel()
        self.status.setWordWrap(True)
        right.addWidget(self.status)
        layout.addLayout(right, 1)
        self._dirty = False
        self.retranslate()

    def retranslate(self) -> None:
        self.statuses.setAccessibleName(self.tr("Statuses"))
        for row in range(self.statuses.count()):
            self._name_item(self.statuses.item(row))
        languages = {"ar": self.tr("Arabic"), "en": self.tr("English"), "fr": self.tr("French")}
        for lang in LANGUAGES:
            self.labels[lang].setText(languages[lang])
            self.texts[lang].setAccessibleName(
                self.tr("Template in %1").replace("%1", languages[lang])
            )
        self.save_button.setText(self.tr("Save the templates"))
        self.save_button.setAccessibleName(self.save_button.text())
        self._show_heading()

    def _name_item(self, item: QListWidgetItem) -> None:
        status = item.data(Qt.ItemDataRole.UserRole)
        text = status_name(status)
        if status in self.customised:
            text = self.tr("%1 (edited)").replace("%1", text)
        item.setText(text)

    def _show_heading(self) -> None:
        self.heading.setText(
            self.tr("The note a clerk starts from when the request becomes: %1").replace(
                "%1", status_name(self.shown)
            )
            if self.shown
            else ""
        )

    # --- loading and showing -----------------------------------------------------------------

    def load(self) -> None:
        self.status.setText(self.tr("Loading…"))
        self._load.run(self.api.for_admin, self.show_templates, self.on_failed)

    def clear(self) -> None:
        self._load.cancel()
        self.templates, self.customised, self.shown = {}, set(), None
        for box in self.texts.values():
            box.blockSignals(True)
            box.clear()
            box.blockSignals(False)
        self.status.clear()

    def show_templates(self, found: dict[str, Any]) -> None:
        self.templates = {s: dict(found["templates"].get(s, {})) for s in NOTE_STATUSES}
        self.customised = set(found.get("customised", []))
        self._dirty = False
        for row in range(self.statuses.count()):
            self._name_item(self.statuses.item(row))
        if self.statuses.currentRow() < 0:
            self.statuses.setCurrentRow(0)
        else:
            self._show(self.shown)
        self.status.clear()

    def _on_status_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        self._keep_edits()
        self._show(current.data(Qt.ItemDataRole.UserRole) if current else None)

    def _show(self, status: str | None) -> None:
        self.shown = status
        texts = self.templates.get(status or "", {})
        for lang, box in self.texts.items():
            box.blockSignals(True)
            box.setPlainText(texts.get(lang, ""))
            box.blockSignals(False)
        self._show_heading()

    def _keep_edits(self) -> None:
        if self.shown is not None and self.shown in self.templates:
            self.templates[self.shown] = {
                lang: box.toPlainText().strip()[:MAX_TEXT] for lang, box in self.texts.items()
            }

    def _on_edited(self) -> None:
        self._dirty = True
        self.status.setText(self.tr("Not saved yet."))

    # --- saving ------------------------------------------------------------------------------

    def on_save_clicked(self) -> None:
        self._keep_edits()
        if not self.templates:
            return
        too_long = [
            s for s, t in self.templates.items() if any(len(v) > MAX_TEXT for v in t.values())
        ]
        if too_long:
            self.status.setText(self.tr("A template may have at most 2000 characters."))
            return
        api, templates = self.api, {s: dict(t) for s, t in self.templates.items()}
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Saving…"))
        run_task(lambda: api.save(templates), self.on_saved, self.on_failed)

    def on_saved(self, found: dict[str, Any]) -> None:
        self.save_button.setEnabled(True)
        self.show_templates(found)
        self.status.setText(self.tr("Saved. Clerks get these templates at their next refresh."))

    def on_failed(self, error: Exception) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, Rejected) and error.code == "invalid_field":
            self.status.setText(
                self.tr("The server refused a template: check it for unusual characters.")
            )
        else:
            self.status.setText(advice(error))
