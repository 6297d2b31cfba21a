"""The clerk's queue as a Qt table model over the server's paged queue API.

Rows arrive a page at a time as the view scrolls (canFetchMore/fetchMore), each page fetched in
a background task, so 100,000 requests never load at once. Sorting asks the server (every sort
key is indexed there). A refresh fetches the loaded pages again and changes only the rows that
changed, so the selection and the scroll position survive it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from citizen_app.api.clerk import ClerkApi, QueuePage, QueueQuery
from citizen_app.core.formats import date_text, date_time, digits
from citizen_app.ui.statuses import status_name
from citizen_app.ui.tasks import Latest

PAGE_SIZE = 100
#: (field in the item, sort key on the server)
COLUMNS = (
    ("id", "number"),
    ("service_name", "service"),
    ("status", "status"),
    ("requested_datetime", "requested"),
    ("updated_datetime", "updated"),
    ("expected_datetime", "expected"),
    ("assignee", None),
)
NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the row as the server sent it (status chips)

Index = QModelIndex | QPersistentModelIndex


def header(column: int) -> str:
    names = (
        QCoreApplication.translate("QueueModel", "Number"),
        QCoreApplication.translate("QueueModel", "Service"),
        QCoreApplication.translate("QueueModel", "Status"),
        QCoreApplication.translate("QueueModel", "Submitted"),
        QCoreApplication.translate("QueueModel", "Last change"),
        QCoreApplication.translate("QueueModel", "Expected by"),
        QCoreApplication.translate("QueueModel", "Assigned to"),
    )
    return names[column]


class QueueModel(QAbstractTableModel):
    #: counts per status for the current filters (status aside), and the total shown
    counted = Signal(dict, int)
    #: a page could not be fetched (the error)
    failed = Signal(object)
    #: a page arrived (for measurements and tests): the number of rows now loaded
    loaded = Signal(int)
    #: the first page of a new query arrived (the view fits its columns to it)
    first_page = Signal()

    def __init__(self, api: ClerkApi) -> None:
        super().__init__()
        self.api = api
        self.query = QueueQuery()
        self.rows: list[dict[str, Any]] = []
        self.total = 0
        #: False until a clerk is signed in: sorting the empty view must not ask the server
        self.active = False
        self._fetching = False
        #: a refresh was asked for, or a row changed, while a fetch was on its way: once more
        self._again = False
        self._generation = 0
        self._pages = Latest()

    # --- Qt's side ---------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return header(section)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == NUMBER_ROLE:
            return row["id"]
        if role == ROW_ROLE:
            return row
        if (
            role == Qt.ItemDataRole.AccessibleTextRole
            and COLUMNS[index.column()][0] == "expected_datetime"
            and row.get("overdue")
        ):  # the red mark said in words
            return QCoreApplication.translate("QueueModel", "%1, overdue").replace(
                "%1", date_text(row.get("expected_datetime"))
            )
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return row.get("description") or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        field = COLUMNS[index.column()][0]
        value = row.get(field)
        if field == "status":
            return status_name(value)
        if field == "id":
            return digits(value)
        if field == "expected_datetime":
            return date_text(value)
        if field.endswith("_datetime"):
            return date_time(value)
        if field == "assignee":
            return value["name"] if value else ""
        return value

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and not self._fetching and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if self.canFetchMore(parent):
            self._load(len(self.rows) // PAGE_SIZE + 1)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][1]
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(replace(self.query, sort=("-" if descending else "") + key))

    # --- ours --------------------------------------------------------------------------------

    def set_query(self, query: QueueQuery) -> None:
        """New filters or sort: start again from the first page."""
        self.query = query
        self._generation += 1
        self.beginResetModel()
        self.rows, self.total = [], 0
        self.endResetModel()
        self._fetching, self._again = False, False
        if self.active:
            self._load(1)

    def _load(self, page: int) -> None:
        self._fetching = True
        api, query, generation = self.api, self.query, self._generation
        self._pages.run(
            # Counting every matching request is the server's dearest part: once per query.
            lambda: api.queue(query, page, PAGE_SIZE, counted=page == 1),
            lambda result: self._arrived(result, generation),
            lambda error: self._failed(error, generation),
        )

    def _failed(self, error: Exception, generation: int) -> None:
        if generation != self._generation:
            return  # a query (or a clerk) since: its own fetch is the one that counts
        self._fetching = False
        self.failed.emit(error)

    def _arrived(self, page: QueuePage, generation: int) -> None:
        self._fetching = False
        if generation != self._generation:
            return
        start = (page.page - 1) * PAGE_SIZE
        fresh = page.items
        if page.total is not None:
            self.total = page.total
        elif len(fresh) < PAGE_SIZE:
            self.total = start + len(fresh)  # the end came sooner than counted
        if start == len(self.rows) and fresh:
            self.beginInsertRows(QModelIndex(), start, start + len(fresh) - 1)
            self.rows.extend(fresh)
            self.endInsertRows()
        if page.counts is not None:
            self.counted.emit(page.counts, self.total)
        self.loaded.emit(len(self.rows))
        if page.page == 1:
            self.first_page.emit()
        self._catch_up()

    def _catch_up(self) -> None:
        if self._again:
            self._again = False
            self.refresh()

    def refresh(self) -> None:
        """Fetch what is loaded again (in the background) and change only what changed."""
        if not self.active:
            return
        if self._fetching:
            self._again = True  # F5 or the timer while a page is on its way: right after it
            return
        count = max(len(self.rows), PAGE_SIZE)
        api, query, generation = self.api, self.query, self._generation

        def fetch() -> tuple[list[dict[str, Any]], QueuePage]:
            first = api.queue(query, 1, PAGE_SIZE)  # with the counts; the next pages without
            rows, page, last = list(first.items), 1, first
            while len(rows) < count and len(last.items) == PAGE_SIZE:
                page += 1
                last = api.queue(query, page, PAGE_SIZE, counted=False)
                rows.extend(last.items)
            return rows, first

        self._fetching = True
        self._pages.run(
            fetch,
            lambda found: self._refreshed(*found, generation),
            lambda error: self._failed(error, generation),
        )

    def _refreshed(self, rows: list[dict[str, Any]], first: QueuePage, generation: int) -> None:
        self._fetching = False
        if generation != self._generation:
            return
        self.total = first.total
        same_order = [r["id"] for r in rows] == [r["id"] for r in self.rows[: len(rows)]]
        if same_order and len(rows) == len(self.rows):
            for number, (old, new) in enumerate(zip(self.rows, rows, strict=True)):
                if old != new:
                    self.rows[number] = new
                    self.dataChanged.emit(
                        self.index(number, 0), self.index(number, len(COLUMNS) - 1)
                    )
        else:
            self.beginResetModel()
            self.rows = rows
            self.endResetModel()
        self.counted.emit(first.counts, first.total)
        self.loaded.emit(len(self.rows))
        self._catch_up()

    def update_request(self, detail: dict[str, Any]) -> None:
        """After an action: the row shows the new state at once, and the counts per status
        (and whether the row still matches the filters) follow from the server."""
        for number, row in enumerate(self.rows):
            if row["id"] == detail["id"]:
                self.rows[number] = {**row, **{k: detail.get(k) for k in row}}
                self.dataChanged.emit(self.index(number, 0), self.index(number, len(COLUMNS) - 1))
                break
        self.refresh()  # after what is on its way, which may predate the action

    def row_of(self, number: str) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r["id"] == number), None)
