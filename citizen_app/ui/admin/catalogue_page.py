"""The service catalogue for an administrator: the departments with their services (retired
ones greyed, or hidden), a department's names, and a service opened in the editor with the
citizen's form beside it. Read and saved on the server, where the citizens' catalogue and
Open311 `services` change at once."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from citizen_app.api.admin_catalogue import CatalogueApi
from citizen_app.ui.admin.department_dialog import DepartmentDialog
from citizen_app.ui.admin.service_editor import ServiceEditor
from citizen_app.ui.advice import advice
from citizen_app.ui.bidi import ltr
from citizen_app.ui.tasks import Latest

GROUP, SERVICE = "group", "service"


class CatalogueAdminPage(QWidget):
    # a dialog was opened (the tests hold on to it)
    dialog_opened = Signal(object)

    def __init__(self, api: CatalogueApi) -> None:
        super().__init__()
        self.api = api
        self.document: dict[str, Any] = {"groups": [], "services": []}
        self._load = Latest()
        # the last load failed (its reason is in `status`)
        self.failed = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack)

        self.list_view = QWidget()
        view = QVBoxLayout(self.list_view)
        top = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.show_retired = QCheckBox()
        self.show_retired.setChecked(True)
        self.show_retired.toggled.connect(lambda _: self.show_document())
        top.addWidget(self.heading, 1)
        top.addWidget(self.show_retired)
        view.addLayout(top)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(5)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.itemSelectionChanged.connect(self.on_selection_changed)
        self.tree.itemActivated.connect(lambda *_: self.on_edit_clicked())
        view.addWidget(self.tree, 1)
        buttons = QHBoxLayout()
        self.new_group_button, self.new_service_button = QPushButton(), QPushButton()
        self.edit_button = QPushButton()
        self.new_group_button.clicked.connect(self.on_new_group_clicked)
        self.new_service_button.clicked.connect(self.on_new_service_clicked)
        self.edit_button.clicked.connect(self.on_edit_clicked)
        for button in (self.new_group_button, self.new_service_button, self.edit_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        view.addLayout(buttons)
        self.status = QLabel()
        self.status.setWordWrap(True)
        view.addWidget(self.status)
        self.stack.addWidget(self.list_view)

        self.editor = ServiceEditor(api)
        self.editor.saved.connect(self.on_service_saved)
        self.editor.closed.connect(self.show_list)
        self.stack.addWidget(self.editor)
        self.retranslate()
        self.on_selection_changed()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Departments and services"))
        self.show_retired.setText(self.tr("Show retired services"))
        self.tree.setHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Code"),
                self.tr("Visibility"),
                self.tr("State"),
                self.tr("Version"),
            ]
        )
        self.tree.setAccessibleName(self.tr("Departments and services"))
        self.new_group_button.setText(self.tr("New department…"))
        self.new_service_button.setText(self.tr("New service"))
        self.edit_button.setText(self.tr("Open"))
        for widget in (
            self.show_retired,
            self.new_group_button,
            self.new_service_button,
            self.edit_button,
        ):
            widget.setAccessibleName(widget.text())
        self.editor.retranslate()
        self.show_document()

    # --- loading -----------------------------------------------------------------------------

    def load(self) -> None:
        """The list, fresh from the server (an open editor keeps what is typed in it)."""
        self.status.setText(self.tr("Loading…"))
        self.failed = False
        self._load.run(self.api.catalogue, self.on_loaded, self.on_failed)

    def on_loaded(self, document: dict[str, Any]) -> None:
        self.document = document
        self.failed = False
        self.status.clear()
        self.show_document()

    def on_failed(self, error: Exception) -> None:
        self.failed = True
        self.status.setText(advice(error))

    def clear(self) -> None:
        """Signed out: nothing of the catalogue or of an edit stays on screen."""
        self._load.cancel()
        self.document = {"groups": [], "services": []}
        self.show_document()
        self.editor.edit(None, [], set())
        self.stack.setCurrentWidget(self.list_view)

    # --- the list ----------------------------------------------------------------------------

    def groups(self) -> list[tuple[str, str]]:
        """(code, name) of the departments, in their order, named in the app's language."""
        language = self.language()
        ordered = sorted(self.document["groups"], key=lambda g: (g.get("order", 0), g["code"]))
        return [(g["code"], g["names"].get(language) or g["names"].get("ar", "")) for g in ordered]

    def language(self) -> str:
        """The app's language (the one its calls ask the server for)."""
        return self.api.extensions.client.language

    def show_document(self) -> None:
        chosen = self.selected()
        self.tree.clear()
        services = sorted(self.document["services"], key=lambda s: (s.get("order", 0), s["code"]))
        retired_shown = self.show_retired.isChecked()
        greyed = self.palette().placeholderText()
        language = self.language()
        for code, name in self.groups():
            group = QTreeWidgetItem([name, ltr(code), "", "", ""])
            group.setData(0, Qt.ItemDataRole.UserRole, (GROUP, code))
            self.tree.addTopLevelItem(group)
            for service in services:
                if service["group"] != code or (not service["active"] and not retired_shown):
                    continue
                item = QTreeWidgetItem(
                    [
                        service["names"].get(language) or service["names"].get("ar", ""),
                        ltr(service["code"]),
                        self.tr("Public")
                        if service.get("visibility") == "public"
                        else self.tr("Private"),
                        self.tr("In service") if service["active"] else self.tr("Retired"),
                        str(service.get("version", "")),
                    ]
                )
                item.setData(0, Qt.ItemDataRole.UserRole, (SERVICE, service["code"]))
                if not service["active"]:
                    for column in range(self.tree.columnCount()):
                        item.setForeground(column, greyed)
                group.addChild(item)
                if chosen == (SERVICE, service["code"]):
                    self.tree.setCurrentItem(item)
            if chosen == (GROUP, code):
                self.tree.setCurrentItem(group)
        self.tree.expandAll()
        self.on_selection_changed()

    def select(self, kind: str, code: str) -> None:
        for top in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(top)
            for item in [group] + [group.child(n) for n in range(group.childCount())]:
                if item.data(0, Qt.ItemDataRole.UserRole) == (kind, code):
                    self.tree.setCurrentItem(item)
                    return

    def selected(self) -> tuple[str, str] | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def on_selection_changed(self) -> None:
        self.edit_button.setEnabled(self.selected() is not None)
        self.new_service_button.setEnabled(bool(self.document["groups"]))

    def find(self, kind: str, code: str) -> dict[str, Any] | None:
        items = self.document["groups" if kind == GROUP else "services"]
        return next((each for each in items if each["code"] == code), None)

    # --- departments -------------------------------------------------------------------------

    def on_new_group_clicked(self) -> None:
        self._open_group(None)

    def _open_group(self, group: dict[str, Any] | None) -> None:
        taken = {g["code"] for g in self.document["groups"]}
        order = max((g.get("order", 0) for g in self.document["groups"]), default=-1) + 1
        dialog = DepartmentDialog(self.api, group, taken, order, self.on_group_saved, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.dialog_opened.emit(dialog)

    def on_group_saved(self, group: dict[str, Any]) -> None:
        groups = [g for g in self.document["groups"] if g["code"] != group["code"]]
        self.document["groups"] = [*groups, group]
        self.status.setText(self.tr("Department saved."))
        self.show_document()
        self.select(GROUP, group["code"])  # ready for its first service
        self.load()

    # --- services ----------------------------------------------------------------------------

    def on_new_service_clicked(self) -> None:
        chosen = self.selected()
        group = ""
        if chosen is not None:
            found = self.find(*chosen)
            group = chosen[1] if chosen[0] == GROUP else (found or {}).get("group", "")
        self.open_service(None, group)

    def open_service(self, service: dict[str, Any] | None, group: str = "") -> None:
        codes = {s["code"] for s in self.document["services"]}
        taken = codes - {service["code"]} if service else codes
        order = max((s.get("order", 0) for s in self.document["services"]), default=-1) + 1
        self.editor.edit(service, self.groups(), taken, group, order)
        self.stack.setCurrentWidget(self.editor)

    def on_edit_clicked(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        found = self.find(*chosen)
        if chosen[0] == GROUP:
            self._open_group(found)
        elif found is not None:
            self.open_service(found)

    def on_service_saved(self, service: dict[str, Any]) -> None:
        services = [s for s in self.document["services"] if s["code"] != service["code"]]
        self.document["services"] = [*services, service]
        self.editor.taken = {s["code"] for s in services}
        self.show_document()

    def show_list(self) -> None:
        self.stack.setCurrentWidget(self.list_view)
        self.load()
        self.tree.setFocus()
