"""My requests: status, service and dates, with a filter and sortable columns."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from citizen_app.core.formats import date_time
from citizen_app.ui.bidi import request_number
from citizen_app.ui.page_reset import clear_inputs
from citizen_app.ui.statuses import status_name

FILTERS = ("all", "open", "resolved", "closed")
OPEN = {"submitted", "received", "in_progress", "on_hold"}


SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class Row(QTreeWidgetItem):
    """Sorts dates by their value, not by how they are written in the citizen's language."""

    def __lt__(self, other: QTreeWidgetItem) -> bool:
        column = self.treeWidget().sortColumn() if self.treeWidget() else 0
        mine, theirs = self.data(column, SORT_ROLE), other.data(column, SORT_ROLE)
        if mine is not None and theirs is not None:
            return mine < theirs
        return super().__lt__(other)


class MyRequestsPage(QWidget):
    #: the request number the citizen opened
    opened = Signal(str)
    #: the citizen asked for a refresh
    refresh_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.items: list[dict[str, Any]] = []
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        top.addWidget(self.heading, 1)
        self.filter = QComboBox()
        self.filter.currentIndexChanged.connect(lambda _: self.show_items())
        top.addWidget(self.filter)
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh_requested.emit)
        top.addWidget(self.refresh_button)
        layout.addLayout(top)
        self.updated = QLabel()
        layout.addWidget(self.updated)
        self.count = QLabel()
        layout.addWidget(self.count)
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setSortingEnabled(True)
        self.table.itemActivated.connect(
            lambda item: self.opened.emit(item.data(0, Qt.ItemDataRole.UserRole))
        )
        layout.addWidget(self.table, 1)
        self.empty = QLabel()
        self.empty.hide()
        layout.addWidget(self.empty)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("My requests"))
        self.refresh_button.setText(self.tr("Refresh"))
        current = self.filter.currentIndex()
        self.filter.blockSignals(True)
        self.filter.clear()
        for key, text in zip(
            FILTERS,
            (
                self.tr("All requests"),
                self.tr("Still open"),
                self.tr("Resolved"),
                self.tr("Closed"),
            ),
            strict=True,
        ):
            self.filter.addItem(text, key)
        self.filter.setCurrentIndex(max(current, 0))
        self.filter.blockSignals(False)
        self.table.setHeaderLabels(
            [
                self.tr("Number"),
                self.tr("Service"),
                self.tr("Status"),
                self.tr("Submitted"),
                self.tr("Last change"),
            ]
        )
        self.empty.setText(self.tr("You have no requests yet."))
        for widget, name in (
            (self.filter, self.tr("Show")),
            (self.refresh_button, self.refresh_button.text()),
            (self.table, self.heading.text()),
        ):
            widget.setAccessibleName(name)
        self.show_items()

    def reset(self) -> None:
        """For the next kiosk visitor: nobody's requests listed."""
        clear_inputs(self)
        self.set_items([], "")

    def set_items(self, items: list[dict[str, Any]], updated: str) -> None:
        self.items = items
        self.updated.setText(updated)
        self.show_items()

    def show_items(self) -> None:
        wanted = self.filter.currentData() or "all"
        self.table.clear()
        for request in self.items:
            status = request["status"]
            group = "open" if status in OPEN else status if status in ("resolved",) else "closed"
            if wanted != "all" and group != wanted:
                continue
            row = Row(
                [
                    request_number(request["id"]),
                    request.get("service_name", ""),
                    status_name(status),
                    date_time(request.get("requested_datetime")),
                    date_time(request.get("updated_datetime")),
                ]
            )
            row.setData(0, Qt.ItemDataRole.UserRole, request["id"])
            row.setData(0, SORT_ROLE, request["id"])
            row.setData(3, SORT_ROLE, request.get("requested_datetime") or "")
            row.setData(4, SORT_ROLE, request.get("updated_datetime") or "")
            self.table.addTopLevelItem(row)
        for column in range(5):
            self.table.resizeColumnToContents(column)
        self.empty.setVisible(not self.items)
        shown = self.table.topLevelItemCount()
        self.count.setText(self.tr("%Ln request(s)", "", shown) if self.items else "")

    def shown_numbers(self) -> list[str]:
        return [
            self.table.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)
            for i in range(self.table.topLevelItemCount())
        ]
