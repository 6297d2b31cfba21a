"""One service of the catalogue for an administrator: what it is, who handles it, how the
citizen finds it, its questions, and beside it the citizen's form as it will look.

Mistakes are found here first (ui/admin/catalogue_checks.py), in the administrator's language;
the server's own refusal (422, each mistake with its path) is shown the same way: listed under
the form, the field marked, Enter on a mistake going to its field. Nothing typed is lost."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from citizen_app.api.admin_catalogue import CatalogueApi, CatalogueRefused, Mistake
from citizen_app.core import formats
from citizen_app.ui.admin import mistake_places
from citizen_app.ui.admin.catalogue_checks import check_service
from citizen_app.ui.admin.form_preview import FormPreview
from citizen_app.ui.admin.languages import LanguageTexts, language_headers
from citizen_app.ui.admin.question_editor import QuestionsEditor
from citizen_app.ui.advice import advice
from citizen_app.ui.tasks import run_task

PREVIEW_DELAY_MS = 200


def new_service(group: str) -> dict[str, Any]:
    return {
        "code": "",
        "group": group,
        "names": {},
        "descriptions": {},
        "keywords": {},
        "type": "realtime",
        "needs_location": True,
        "target_days": 7,
        "visibility": "public",
        "active": True,
        "order": 0,
        "attributes": [],
    }


class ServiceEditor(QWidget):
    # the service as the server stored it (with its new version)
    saved = Signal(object)
    # back to the list
    closed = Signal()

    def __init__(self, api: CatalogueApi) -> None:
        super().__init__()
        self.api = api
        self.original: dict[str, Any] | None = None  # None: a new service
        self.taken: set[str] = set()
        self.groups: list[tuple[str, str]] = []
        self.order = 0
        self.mistakes: list[Mistake] = []
        # what the server has (after loading or saving): leaving with anything else asks first
        self.unchanged: dict[str, Any] = {}
        # the question asked on leaving with unsaved changes (the tests answer it)
        self.leaving: QMessageBox | None = None
        self._loading = False
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.update_preview)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.on_back_clicked)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        top.addWidget(self.back_button)
        top.addWidget(self.heading, 1)
        layout.addLayout(top)

        sides = QHBoxLayout()
        layout.addLayout(sides, 1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)  # sideways only on a screen under 1280 wide
        body = QWidget()
        self.scroll.setWidget(body)
        sides.addWidget(self.scroll, 3)
        self.preview = FormPreview()
        self.preview.setMinimumWidth(330)
        sides.addWidget(self.preview, 1)
        form = QVBoxLayout(body)

        self.about = QGroupBox()
        grid = QGridLayout(self.about)
        self.labels: dict[str, QLabel] = {}
        self.code = QLineEdit()
        self.code.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.group = QComboBox()
        self.type = QComboBox()
        self.type.addItem("", "realtime")
        self.type.addItem("", "batch")
        self.visibility = QComboBox()
        self.visibility.addItem("", "public")
        self.visibility.addItem("", "private")
        self.target_days = QSpinBox()
        self.target_days.setRange(0, 365)
        self.needs_location, self.active = QCheckBox(), QCheckBox()
        self.version = QLabel()
        self.version.setObjectName("muted")
        self.version.setWordWrap(True)
        for row, column, key, widget in (
            (0, 0, "code", self.code),
            (0, 2, "group", self.group),
            (1, 0, "type", self.type),
            (1, 2, "visibility", self.visibility),
            (2, 0, "target_days", self.target_days),
        ):
            label = QLabel()
            label.setBuddy(widget)
            self.labels[key] = label
            grid.addWidget(label, row, column)
            grid.addWidget(widget, row, column + 1)
        grid.addWidget(self.needs_location, 2, 2, 1, 2)
        grid.addWidget(self.active, 3, 0, 1, 2)
        grid.addWidget(self.version, 3, 2, 1, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        form.addWidget(self.about)

        self.texts_box = QGroupBox()
        texts = QGridLayout(self.texts_box)
        language_headers(texts, 0)
        self.names = LanguageTexts(texts, 1)
        self.descriptions = LanguageTexts(texts, 2, multiline=True)
        self.keywords = LanguageTexts(texts, 3)
        for column in (1, 2, 3):
            texts.setColumnStretch(column, 1)
        form.addWidget(self.texts_box)

        self.questions = QuestionsEditor()
        form.addWidget(self.questions)

        self.mistakes_label = QLabel()
        self.mistakes_label.setObjectName("fieldError")
        self.mistakes_label.setWordWrap(True)
        self.mistakes_list = QListWidget()
        self.mistakes_list.itemActivated.connect(self.on_mistake_activated)
        self.mistakes_list.itemClicked.connect(self.on_mistake_activated)
        # Under the editor, outside its scrolling: always in sight.
        layout.addWidget(self.mistakes_label)
        layout.addWidget(self.mistakes_list)
        bottom = QHBoxLayout()
        self.save_button = QPushButton()
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.on_save_clicked)
        bottom.addWidget(self.save_button)
        self.status = QLabel()
        self.status.setWordWrap(True)
        bottom.addWidget(self.status, 1)
        layout.addLayout(bottom)

        self.code.textChanged.connect(self.on_edited)
        self.group.currentIndexChanged.connect(self.on_edited)
        self.type.currentIndexChanged.connect(self.on_edited)
        self.visibility.currentIndexChanged.connect(self.on_edited)
        self.target_days.valueChanged.connect(self.on_edited)
        self.needs_location.toggled.connect(self.on_edited)
        self.active.toggled.connect(self.on_edited)
        for texts_row in (self.names, self.descriptions, self.keywords):
            texts_row.on_changed(self.on_edited)
        self.questions.changed.connect(self.on_edited)
        self.questions.list.currentRowChanged.connect(lambda _: self.mark_fields())
        self.retranslate()
        self.show_mistakes([])

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("Back to the catalogue"))
        self.about.setTitle(self.tr("The service"))
        self.texts_box.setTitle(self.tr("How the citizen finds it"))
        for key, text in (
            ("code", self.tr("Code")),
            ("group", self.tr("Department")),
            ("type", self.tr("Handling")),
            ("visibility", self.tr("Visibility")),
            ("target_days", self.tr("Target (working days)")),
        ):
            self.labels[key].setText(text)
            self.labels[key].buddy().setAccessibleName(text)
        self.type.setItemText(0, self.tr("Realtime: a request number at once"))
        self.type.setItemText(1, self.tr("Batch: a number later, by token"))
        self.visibility.setItemText(0, self.tr("Public issue (seen on the map, as a pothole)"))
        self.visibility.setItemText(1, self.tr("Private transaction (as a certificate)"))
        self.needs_location.setText(self.tr("The citizen gives the place"))
        self.active.setText(self.tr("In service (uncheck to retire it; its requests stay)"))
        self.names.retranslate(self.tr("Name"))
        self.descriptions.retranslate(self.tr("Description"))
        self.keywords.retranslate(self.tr("Search words (comma between)"))
        self.save_button.setText(self.tr("Save the service"))
        for widget in (self.back_button, self.needs_location, self.active, self.save_button):
            widget.setAccessibleName(widget.text())
        self.mistakes_list.setAccessibleName(self.tr("Mistakes to correct"))
        self.questions.retranslate()
        self.preview.retranslate()
        self.show_heading()
        if self.mistakes:
            self.show_mistakes(self.mistakes)

    # --- what is edited ----------------------------------------------------------------------

    def edit(
        self,
        service: dict[str, Any] | None,
        groups: list[tuple[str, str]],
        taken: set[str],
        group: str = "",
        order: int = 0,
    ) -> None:
        """`service` None: a new one in `group` at `order`; `taken`: the other services'
        codes; `groups`: (code, name) of the departments."""
        self.original = copy.deepcopy(service) if service else None
        self.taken, self.groups = taken, groups
        shown = copy.deepcopy(service) if service else new_service(group)
        self.order = shown.get("order", order) if service else order
        self._loading = True
        self.group.clear()
        for code, name in groups:
            self.group.addItem(name, code)
        self.code.setText(shown["code"])
        self.code.setReadOnly(service is not None)  # a code names a service for good
        self.group.setCurrentIndex(self.group.findData(shown["group"]))
        self.type.setCurrentIndex(max(0, self.type.findData(shown.get("type", "realtime"))))
        visibility = shown.get("visibility", "public")
        self.visibility.setCurrentIndex(max(0, self.visibility.findData(visibility)))
        self.target_days.setValue(int(shown.get("target_days", 7)))
        self.needs_location.setChecked(bool(shown.get("needs_location", True)))
        self.active.setChecked(bool(shown.get("active", True)))
        self.names.set_value(shown.get("names", {}))
        self.descriptions.set_value(shown.get("descriptions", {}))
        self.keywords.set_value(shown.get("keywords", {}))
        self.questions.set_questions(shown.get("attributes", []))
        self._loading = False
        self.unchanged = self.value()
        self.status.clear()
        self.show_mistakes([])
        self.show_heading()
        self.update_preview()
        (self.names.widget("ar") if service else self.code).setFocus()

    def show_heading(self) -> None:
        if self.original is None:
            self.heading.setText(self.tr("New service"))
            self.version.clear()
            return
        names, language = self.original["names"], self.api.extensions.client.language
        self.heading.setText(names.get(language) or names.get("ar") or self.original["code"])
        self.version.setText(
            self.tr(
                "Version %1. Changing the questions makes a new version; requests made "
                "already keep theirs."
            ).replace("%1", str(self.original.get("version", 1)))
        )

    def value(self) -> dict[str, Any]:
        """The service as typed, in the server's shape."""
        return {
            "code": self.code.text().strip(),
            "group": self.group.currentData() or "",
            "names": self.names.value(),
            "descriptions": self.descriptions.value(),
            "keywords": self.keywords.value(),
            "type": self.type.currentData(),
            "needs_location": self.needs_location.isChecked(),
            "target_days": self.target_days.value(),
            "visibility": self.visibility.currentData(),
            "active": self.active.isChecked(),
            "order": self.order,
            "attributes": self.questions.value(),
        }

    def on_edited(self, *_: object) -> None:
        if not self._loading:
            self._preview_timer.start()

    def update_preview(self) -> None:
        self._preview_timer.stop()
        self.preview.show_service(self.value())

    def on_back_clicked(self) -> None:
        """Back to the list; with unsaved changes, only once the administrator says so."""
        if self.value() == self.unchanged:
            self.closed.emit()
            return
        asked = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unsaved changes"),
            self.tr("Leave the service without saving? What you changed here is lost."),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self,
        )
        asked.setDefaultButton(QMessageBox.StandardButton.Cancel)
        asked.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        asked.button(QMessageBox.StandardButton.Discard).clicked.connect(self.closed.emit)
        asked.open()
        self.leaving = asked

    # --- saving ------------------------------------------------------------------------------

    def on_save_clicked(self) -> None:
        service = self.value()
        found = check_service(service, self.taken, {code for code, _ in self.groups})
        if found:
            self.status.setText(self.tr("Not saved: correct the mistakes listed above."))
            self.show_mistakes(found)
            return
        self.show_mistakes([])
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Saving…"))
        api = self.api
        run_task(lambda: api.save_service(service), self.on_saved, self.on_failed)

    def on_saved(self, service: dict[str, Any]) -> None:
        self.save_button.setEnabled(True)
        self.original = copy.deepcopy(service)
        self.unchanged = self.value()
        self.code.setReadOnly(True)
        self.show_heading()
        self.status.setText(
            self.tr("Saved (version %1). The citizens' catalogue shows it now.").replace(
                "%1", formats.number(service.get("version", 1))
            )
        )
        self.saved.emit(service)

    def on_failed(self, error: Exception) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, CatalogueRefused):
            self.status.setText(self.tr("The server refused the service; nothing was saved."))
            self.show_mistakes(error.mistakes)
        else:
            self.status.setText(advice(error))

    # --- mistakes ----------------------------------------------------------------------------

    def place(self, path: str) -> str:
        return mistake_places.place(self, path)

    def widget_for(self, path: str, select: bool = True) -> QWidget | None:
        return mistake_places.widget_for(self, path, select)

    def show_mistakes(self, mistakes: list[Mistake]) -> None:
        """List them (each with its place) and mark their fields; none: all marks go."""
        self.mistakes = list(mistakes)
        self.mistakes_list.clear()
        for mistake in mistakes:
            item = QListWidgetItem(f"{self.place(mistake.path)}: {mistake.message}")
            item.setData(Qt.ItemDataRole.UserRole, mistake.path)
            self.mistakes_list.addItem(item)
        self.mark_fields()
        self.mistakes_label.setText(
            self.tr("Correct these before saving (Enter on one goes to its field):")
            if mistakes
            else ""
        )
        rows = min(len(mistakes), 4)
        self.mistakes_list.setFixedHeight(rows * (self.fontMetrics().height() + 6) + 6)
        self.mistakes_label.setVisible(bool(mistakes))
        self.mistakes_list.setVisible(bool(mistakes))
        if mistakes:
            self.mistakes_list.setCurrentRow(0)
            self.mistakes_list.setFocus()

    def mark_fields(self) -> None:
        mistake_places.mark_fields(self)

    def on_mistake_activated(self, item: QListWidgetItem) -> None:
        widget = self.widget_for(item.data(Qt.ItemDataRole.UserRole))
        if widget is not None:
            self.scroll.ensureWidgetVisible(widget)
            widget.setFocus()
