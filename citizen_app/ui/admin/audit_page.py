"""The audit log for an administrator: every administrative change, newest first, searchable."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from citizen_app.api.admin import AdministrationApi
from citizen_app.core import formats
from citizen_app.core.formats import date_time
from citizen_app.ui import qt_gaps
from citizen_app.ui.admin import name_table
from citizen_app.ui.admin.staff_dialogs import role_name
from citizen_app.ui.advice import advice
from citizen_app.ui.bidi import ltr
from citizen_app.ui.tasks import Latest


def action_name(action: str) -> str:
    names = {
        "staff.create": QCoreApplication.translate("AuditPage", "Staff account created"),
        "staff.update": QCoreApplication.translate("AuditPage", "Staff account changed"),
        "staff.reset_password": QCoreApplication.translate("AuditPage", "Password reset"),
        "calendar.update": QCoreApplication.translate("AuditPage", "Calendar changed"),
        "catalogue.import": QCoreApplication.translate("AuditPage", "Catalogue imported"),
        "catalogue.group.created": QCoreApplication.translate("AuditPage", "Department added"),
        "catalogue.group.updated": QCoreApplication.translate("AuditPage", "Department changed"),
        "catalogue.service.created": QCoreApplication.translate("AuditPage", "Service added"),
        "catalogue.service.updated": QCoreApplication.translate("AuditPage", "Service changed"),
        "municipality.update": QCoreApplication.translate("AuditPage", "Municipality changed"),
        "municipality.logo": QCoreApplication.translate("AuditPage", "Logo changed"),
        "note_templates.update": QCoreApplication.translate("AuditPage", "Note templates changed"),
    }
    return names.get(action, action)


def target_text(target: str) -> str:
    """What was changed: "service pest-control" read as «الخدمة pest-control»."""
    kind, _, code = target.partition(" ")
    kinds = {
        "service": QCoreApplication.translate("AuditPage", "service %1"),
        "group": QCoreApplication.translate("AuditPage", "department %1"),
    }
    if kind in kinds and code:
        return kinds[kind].replace("%1", ltr(code))
    return ltr(target)


def field_name(key: str) -> str:
    """A changed field as the administrator knows it (the server's key where it is new)."""
    names = {
        "names": QCoreApplication.translate("AuditPage", "names"),
        "descriptions": QCoreApplication.translate("AuditPage", "descriptions"),
        "keywords": QCoreApplication.translate("AuditPage", "keywords"),
        "group": QCoreApplication.translate("AuditPage", "department"),
        "attributes": QCoreApplication.translate("AuditPage", "questions"),
        "active": QCoreApplication.translate("AuditPage", "in service"),
        "visibility": QCoreApplication.translate("AuditPage", "visibility"),
        "target_days": QCoreApplication.translate("AuditPage", "target working days"),
        "needs_location": QCoreApplication.translate("AuditPage", "needs a location"),
        "type": QCoreApplication.translate("AuditPage", "type"),
        "order": QCoreApplication.translate("AuditPage", "order"),
        "code": QCoreApplication.translate("AuditPage", "code"),
        "version": QCoreApplication.translate("AuditPage", "version"),
        "name": QCoreApplication.translate("AuditPage", "name"),
        "role": QCoreApplication.translate("AuditPage", "role"),
        "department": QCoreApplication.translate("AuditPage", "department"),
        "is_active": QCoreApplication.translate("AuditPage", "active"),
        "contact": QCoreApplication.translate("AuditPage", "contact line"),
        "timezone": QCoreApplication.translate("AuditPage", "time zone"),
        "request_prefix": QCoreApplication.translate("AuditPage", "request number prefix"),
        "created": QCoreApplication.translate("AuditPage", "added"),
        "updated": QCoreApplication.translate("AuditPage", "changed"),
        "retired": QCoreApplication.translate("AuditPage", "retired"),
    }
    return names.get(key, key)


def change_text(before: dict[str, Any] | None, after: dict[str, Any] | None) -> str:
    """`key: old → new` for what changed (LTR-isolated values, so they never reorder)."""
    before, after = before or {}, after or {}
    parts = []
    for key in sorted(set(before) | set(after)):
        old, new = before.get(key), after.get(key)
        if old != new:
            parts.append(f"{field_name(key)}: {ltr(_short(key, old))} → {ltr(_short(key, new))}")
    return "; ".join(parts)


def value_name(key: str, value: str) -> str:
    """A coded value in words (a role, a service's type or visibility); others as they are."""
    if key == "role":
        return role_name(value)
    names = {
        ("type", "realtime"): QCoreApplication.translate("AuditPage", "a number at once"),
        ("type", "batch"): QCoreApplication.translate("AuditPage", "a number later"),
        ("visibility", "public"): QCoreApplication.translate("AuditPage", "public issue"),
        ("visibility", "private"): QCoreApplication.translate("AuditPage", "private transaction"),
    }
    return names.get((key, value), value)


def _short(key: str, value: Any) -> str:
    """A value as a person reads it: numbers in the chosen digits, yes or no, a coded value in
    words, a text in three languages in the app's language, a list of questions as how many
    there are."""
    if value is None:
        text = "—"
    elif isinstance(value, bool):
        yes = QCoreApplication.translate("AuditPage", "yes")
        text = yes if value else QCoreApplication.translate("AuditPage", "no")
    elif isinstance(value, int | float):
        text = formats.number(value)
    elif isinstance(value, dict):
        text = str(value.get(formats.language()) or value.get("ar") or ", ".join(map(str, value)))
    elif isinstance(value, list) and any(isinstance(item, dict) for item in value):
        entries = QCoreApplication.translate("AuditPage", "%1 entries")
        text = entries.replace("%1", formats.number(len(value)))
    elif isinstance(value, list):
        text = ", ".join(map(str, value))
    else:
        text = value_name(key, str(value))
    return text if len(text) <= 120 else text[:119] + "…"


class AuditPage(QWidget):
    def __init__(self, api: AdministrationApi) -> None:
        super().__init__()
        self.api = api
        self._load = Latest()
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.load)
        self.search_button = QPushButton()
        self.search_button.clicked.connect(self.load)
        top.addWidget(self.search, 1)
        top.addWidget(self.search_button)
        layout.addLayout(top)
        self.table = QTableWidget(0, 4)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.retranslate()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search by person, change or account"))
        self.search.setAccessibleName(self.search.placeholderText())
        qt_gaps.name_clear_button(self.search)
        self.search_button.setText(self.tr("Search"))
        self.search_button.setAccessibleName(self.search_button.text())
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Change")]
        )
        name_table(self.table, self.tr("Audit log"))

    def load(self) -> None:
        self.status.setText(self.tr("Loading…"))
        api, words = self.api, self.search.text()
        self._load.run(lambda: api.audit(words), self.show_entries, self.on_failed)

    def clear(self) -> None:
        self._load.cancel()
        self.search.clear()
        self.table.setRowCount(0)

    def show_entries(self, page: dict[str, Any]) -> None:
        items = page["items"]
        self.table.setRowCount(len(items))
        for row, entry in enumerate(items):
            what = f"{action_name(entry['action'])}: {target_text(entry['target'])}"
            cells = [
                date_time(entry["at"]),
                entry["actor"],
                what,
                change_text(entry["before"], entry["after"]),
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
        self.status.setText(
            self.tr("Showing the latest %1 of %2 changes.")
            .replace("%1", formats.number(len(items)))
            .replace("%2", formats.number(page["total"]))
            if page["total"] > len(items)
            else ""
        )

    def on_failed(self, error: Exception) -> None:
        self.status.setText(advice(error))
