"""The clerk's queue as a Qt table model over the server's paged queue API.

Rows arrive a page at a time as the view scrolls (canFetchMore/fetchMore), each page fetched in
a background task, so 100,000 requests never load at once. Sorting asks the server (every sort
key is indexed there). A refresh fetches the loaded pages again and changes only the rows that
changed, so the selection and the scroll position survive it.

Memory stays bounded however far the clerk scrolls: only the KEEP_PAGES pages used last keep
their rows; the others keep their place (the row count does not change, so the scroll bar and
the selection stay put) but not their content, and a page is fetched again when the view asks
for one of its rows (it shows "…" until then). A refresh fetches only the pages kept.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from citizen_app.api.clerk import ClerkApi, QueuePage, QueueQuery
from citizen_app.core.formats import date_text, date_time, digits, in_list
from citizen_app.ui.statuses import status_name
from citizen_app.ui.tasks import Latest

PAGE_SIZE = 100
#: pages whose rows are kept (the view's screenful and its neighbours, several times over)
KEEP_PAGES = 20
#: shown in a row whose page was let go, until it is fetched again
PLACEHOLDER = "…"
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
#: the column that takes the room the others leave
SERVICE_COLUMN = [field for field, _ in COLUMNS].index("service_name")
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
        #: one slot per row loaded so far: its data, or None when its page was let go
        self.rows: list[dict[str, Any] | None] = []
        self.total = 0
        #: the pages that keep their rows, the one used last at the end
        self._kept: OrderedDict[int, None] = OrderedDict()
        #: a page let go that the view asked for: fetched again once the scrolling pauses
        self._wanted: int | None = None
        self._refetch = Latest()
        self._refetch_timer = QTimer(self)
        self._refetch_timer.setSingleShot(True)
        self._refetch_timer.setInterval(50)
        self._refetch_timer.timeout.connect(self._fetch_wanted)
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
        page = index.row() // PAGE_SIZE + 1
        if row is None:
            self._want(page)
            return PLACEHOLDER if role == Qt.ItemDataRole.DisplayRole else None
        if page != next(reversed(self._kept), None):
            self._keep(page)
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
        field = COLUMNS[index.column()][0]
        value = row.get(field)
        if role == Qt.ItemDataRole.ToolTipRole and field == "service_name":
            return row.get("description") or None
        if role == Qt.ItemDataRole.ToolTipRole and field.endswith("_datetime"):
            return date_time(value) or None  # the cell says it short
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if field == "status":
            return status_name(value)
        if field == "id":
            return digits(value)
        if field.endswith("_datetime"):
            return in_list(value, with_time=field != "expected_datetime")
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

    # --- pages kept and let go --------------------------------------------------------------

    def _keep(self, page: int) -> None:
        """`page` was used: it is kept; the page used longest ago beyond KEEP_PAGES is let go."""
        self._kept[page] = None
        self._kept.move_to_end(page)
        while len(self._kept) > KEEP_PAGES:
            old, _ = self._kept.popitem(last=False)
            start = (old - 1) * PAGE_SIZE
            end = min(start + PAGE_SIZE, len(self.rows))
            self.rows[start:end] = [None] * (end - start)

    def _want(self, page: int) -> None:
        """The view shows a row of a page let go: fetch it again, the last one asked for once
        the scrolling pauses (a fast scroll past a thousand pages fetches one)."""
        if self._wanted != page:
            self._wanted = page
            self._refetch_timer.start()

    def _fetch_wanted(self) -> None:
        page, self._wanted = self._wanted, None
        if page is None or not self.active:
            return
        api, query, generation = self.api, self.query, self._generation
        self._refetch.run(
            lambda: api.queue(query, page, PAGE_SIZE, counted=False),
            lambda result: self._refetched(result, generation),
            lambda error: generation == self._generation and self.failed.emit(error),
        )

    def _refetched(self, page: QueuePage, generation: int) -> None:
        if generation != self._generation:
            return
        start = (page.page - 1) * PAGE_SIZE
        fresh = page.items[: max(0, len(self.rows) - start)]
        if not fresh:
            return
        self.rows[start : start + len(fresh)] = fresh
        self._keep(page.page)
        self.dataChanged.emit(
            self.index(start, 0), self.index(start + len(fresh) - 1, len(COLUMNS) - 1)
        )

    # --- ours --------------------------------------------------------------------------------

    def set_query(self, query: QueueQuery) -> None:
        """New filters or sort: start again from the first page."""
        self.query = query
        self._generation += 1
        self.beginResetModel()
        self.rows, self.total = [], 0
        self._kept.clear()
        self._wanted = None
        self._refetch.cancel()
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
            self._keep(page.page)
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
        api, query, generation = self.api, self.query, self._generation
        if len(self._kept) * PAGE_SIZE < len(self.rows):
            self._refresh_kept(api, query, generation)
            return
        count = max(len(self.rows), PAGE_SIZE)

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

    def _refresh_kept(self, api: ClerkApi, query: QueueQuery, generation: int) -> None:
        """Far down a long queue: the first page (for the counts) and the pages kept, not the
        thousand let go; each kept page changes in place."""
        pages = sorted(self._kept)

        def fetch() -> tuple[QueuePage, list[QueuePage]]:
            first = api.queue(query, 1, PAGE_SIZE)
            return first, [api.queue(query, n, PAGE_SIZE, counted=False) for n in pages if n > 1]

        def refreshed(found: tuple[QueuePage, list[QueuePage]]) -> None:
            self._fetching = False
            if generation != self._generation:
                return
            first, others = found
            self.total = first.total
            for page in (first, *others):
                if page.page in self._kept:
                    self._refetched(page, generation)
            self.counted.emit(first.counts, first.total)
            self.loaded.emit(len(self.rows))
            self._catch_up()

        self._fetching = True
        self._pages.run(fetch, refreshed, lambda error: self._failed(error, generation))

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
            self._kept = OrderedDict.fromkeys(range(1, (len(rows) - 1) // PAGE_SIZE + 2))
            self._keep(1)
            self.endResetModel()
        self.counted.emit(first.counts, first.total)
        self.loaded.emit(len(self.rows))
        self._catch_up()

    def update_request(self, detail: dict[str, Any]) -> None:
        """After an action: the row shows the new state at once, and the counts per status
        (and whether the row still matches the filters) follow from the server."""
        for number, row in enumerate(self.rows):
            if row is not None and row["id"] == detail["id"]:
                self.rows[number] = {**row, **{k: detail.get(k) for k in row}}
                self.dataChanged.emit(self.index(number, 0), self.index(number, len(COLUMNS) - 1))
                break
        self.refresh()  # after what is on its way, which may predate the action

    def row_of(self, number: str) -> int | None:
        return next(
            (i for i, r in enumerate(self.rows) if r is not None and r["id"] == number), None
        )
