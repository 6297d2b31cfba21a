"""The clerk's queue: filters, counts per status and the table (rows load as it scrolls)."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from citizen_app.api.clerk import QueueQuery
from citizen_app.api.models import Service
from citizen_app.core import formats
from citizen_app.ui import qt_gaps
from citizen_app.ui.clerk.queue_model import NUMBER_ROLE, SERVICE_COLUMN, QueueModel
from citizen_app.ui.clerk.status_chips import QueueDelegate
from citizen_app.ui.statuses import STATUSES, status_name

NO_DATE = QDate(2000, 1, 1)
SEARCH_PAUSE_MS = 400


class QueuePage(QWidget):
    #: the request number the clerk selected
    opened = Signal(str)

    def __init__(self, model: QueueModel) -> None:
        super().__init__()
        self.model = model
        self.me_id: int | None = None
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.service = QComboBox()
        self.group = QComboBox()
        self.assignee = QComboBox()
        self.overdue = QCheckBox()
        self.date_from, self.date_to = QDateEdit(), QDateEdit()
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setMinimumDate(NO_DATE)
            edit.setDate(NO_DATE)
        # Two rows: in one, the filters alone asked for 720 px and left the request beside the
        # queue too narrow on a laptop.
        for combo in (self.status, self.service, self.group, self.assignee):
            # Long service names are elided in the closed box, not allowed to widen the queue.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(10)
        filters.addWidget(self.search, 2)
        for widget in (self.status, self.service):
            filters.addWidget(widget, 1)
        more = QHBoxLayout()
        for widget in (self.group, self.assignee, self.date_from, self.date_to, self.overdue):
            more.addWidget(widget)
        more.addStretch(1)
        layout.addLayout(filters)
        layout.addLayout(more)
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        layout.addWidget(self.counts)
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setItemDelegate(QueueDelegate(self.table))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        stretch = QHeaderView.ResizeMode.Stretch
        self.table.horizontalHeader().setSectionResizeMode(SERVICE_COLUMN, stretch)
        self.table.setAlternatingRowColors(True)
        self.table.setCornerButtonEnabled(False)
        layout.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._on_selected())
        self._search_pause = QTimer(self)
        self._search_pause.setSingleShot(True)
        self._search_pause.setInterval(SEARCH_PAUSE_MS)
        self._search_pause.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _: self._search_pause.start())
        for combo in (self.status, self.service, self.group, self.assignee):
            combo.activated.connect(lambda _: self.apply_filters())
        self.overdue.toggled.connect(lambda _: self.apply_filters())
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(lambda _: self.apply_filters())
        model.counted.connect(self.show_counts)
        # A method, not a lambda: Qt disconnects it when this page goes, the model may stay.
        model.first_page.connect(self._fit_columns)
        model.modelReset.connect(self._reselect)
        self._selected: str | None = None
        self._counts: dict[str, int] = {}
        self._total = 0
        self.retranslate()

    def _fit_columns(self) -> None:
        """Every column but the service's as wide as its first page says: the service takes
        the rest (at 1366 px, columns of a fixed 100 px left it three letters wide)."""
        for column in range(self.table.model().columnCount()):
            if column != SERVICE_COLUMN:
                self.table.resizeColumnToContents(column)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search: number, name, street, words…"))
        self.search.setAccessibleName(self.tr("Search the requests"))
        qt_gaps.name_clear_button(self.search)
        self._fill(self.status, self.tr("All statuses"), [(s, status_name(s)) for s in STATUSES])
        self.status.setAccessibleName(self.tr("Status"))
        self.service.setAccessibleName(self.tr("Service"))
        self.group.setAccessibleName(self.tr("Department"))
        self._fill(
            self.assignee,
            self.tr("Anyone"),
            [("me", self.tr("Assigned to me")), ("none", self.tr("Not assigned"))],
        )
        self.assignee.setAccessibleName(self.tr("Assigned to"))
        self.overdue.setText(self.tr("Overdue only"))
        self.overdue.setAccessibleName(self.overdue.text())
        for edit, name in ((self.date_from, self.tr("From")), (self.date_to, self.tr("To"))):
            edit.setSpecialValueText(name)
            edit.setAccessibleName(name)
        self.table.setAccessibleName(self.tr("Requests"))
        # The table's corner button (select all) does nothing in single selection.
        for corner in self.table.findChildren(QAbstractButton):
            corner.setAccessibleName(self.tr("Requests"))
        self.show_counts(self._counts, self._total)

    @staticmethod
    def _fill(combo: QComboBox, everything: str, choices: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, "")
        for key, name in choices:
            combo.addItem(name, key)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def set_services(self, services: list[Service]) -> None:
        self._fill(self.service, self.tr("All services"), [(s.code, s.name) for s in services])
        groups = sorted({(s.group_code, s.group) for s in services if s.group_code})
        self._fill(self.group, self.tr("All departments"), groups)

    def query(self) -> QueueQuery:
        def day(edit: QDateEdit, end: bool) -> str:
            if edit.date() == NO_DATE:
                return ""
            return edit.date().toString(Qt.DateFormat.ISODate) + ("T23:59:59" if end else "")

        return QueueQuery(
            status=self.status.currentData() or "",
            service=self.service.currentData() or "",
            group=self.group.currentData() or "",
            assignee=self.assignee.currentData() or "",
            overdue=self.overdue.isChecked(),
            q=self.search.text(),
            date_from=day(self.date_from, False),
            date_to=day(self.date_to, True),
            sort=self.model.query.sort,
        )

    def apply_filters(self) -> None:
        self.model.set_query(self.query())

    def show_counts(self, counts: dict[str, int], total: int) -> None:
        self._counts, self._total = counts, total
        parts = [
            f"{status_name(s)}: {formats.number(counts[s])}" for s in STATUSES if counts.get(s)
        ]
        self.counts.setText(
            self.tr("%Ln request(s)", "", total) + ("  |  " + "  |  ".join(parts) if parts else "")
        )

    def _on_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            number = rows[0].data(NUMBER_ROLE)
            if number != self._selected:
                self._selected = number
                self.opened.emit(number)

    def _reselect(self) -> None:
        """After a refresh that had to rebuild the rows: the same request stays selected."""
        if self._selected is None:
            return
        self.select_number(self._selected)

    def select_number(self, number: str) -> bool:
        """Select a request's row (QTableView.selectRow misses in right-to-left views when the
        columns are narrower than the view, so the current index is set instead)."""
        row = self.model.row_of(number)
        if row is None:
            return False
        self.table.setCurrentIndex(self.model.index(row, 0))
        return True
