"""The clerk's queue on 100,000 requests: how soon the first rows are painted, how long it
takes to scroll to the end, and how much memory that costs.

    python bench/clerk_queue_bench.py [--rows 100000] [--quick] [--report FILE]

Starts the reference server on loopback (SQLite in a temporary folder), inserts the requests
straight into its database in bulk, signs in as the demo clerk and opens the real queue model
in a QTableView (offscreen). Prints:
- the time from the first page's answer to the first rows painted (and the whole first load);
- the time to scroll to the last row (the view fetches page after page as it scrolls);
- the process's resident memory before opening the queue and after reaching the end.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEvent, QObject  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableView  # noqa: E402

from bench.common import Goal, Report, arguments  # noqa: E402
from bench.seeding import bulk_insert  # noqa: E402
from citizen_app.api.accounts import Extensions  # noqa: E402
from citizen_app.api.clerk import ClerkApi  # noqa: E402
from citizen_app.api.client import Open311Client  # noqa: E402
from citizen_app.ui.clerk.queue_model import (  # noqa: E402
    KEEP_PAGES,
    PAGE_SIZE,
    PLACEHOLDER,
    QueueModel,
)
from tests.live_server import LiveServer  # noqa: E402


def resident_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


class PaintWatch(QObject):
    """Notes when the table's viewport is painted with rows in the model."""

    def __init__(self, model: QueueModel) -> None:
        super().__init__()
        self.model = model
        self.painted_at: float | None = None

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.model.rowCount() and not self.painted_at:
            self.painted_at = time.perf_counter()
        return False


def main() -> None:
    args = arguments(
        __doc__.split("\n\n")[0],
        lambda parser: parser.add_argument("--rows", type=int, default=100_000),
    )
    rows = 10_000 if args.quick else args.rows
    report = Report(f"The clerk's queue on {rows:,} requests")
    app = QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="queue-bench-"))
    server = LiveServer(f"sqlite:///{folder / 'server.db'}")
    server.seed()
    started = time.perf_counter()
    bulk_insert(server.database_url, rows)
    report.add("seeding (bulk insert into SQLite)", f"{time.perf_counter() - started:.1f} s")
    server.start()
    try:
        client = Open311Client(server.url, api_key=server.api_key, language="ar")
        extensions = Extensions(client)
        extensions.sign_in(*server.accounts["clerk"])
        model = QueueModel(ClerkApi(extensions))
        view = QTableView()
        view.setModel(model)
        view.resize(1200, 700)
        view.show()
        watch = PaintWatch(model)
        view.viewport().installEventFilter(watch)
        answered: list[float] = []
        model.loaded.connect(lambda _n: answered.append(time.perf_counter()))
        before = resident_mb()
        model.active = True
        asked = time.perf_counter()
        model.set_query(model.query)
        while watch.painted_at is None:
            app.processEvents()
        first_answer = answered[0]
        report.add("first page answered", f"{1000 * (first_answer - asked):.0f} ms")
        report.add(
            "first rows painted after the answer",
            f"{1000 * (watch.painted_at - first_answer):.1f} ms",
        )
        started = time.perf_counter()
        while model.rowCount() < model.total:
            view.scrollToBottom()
            app.processEvents()
        view.scrollToBottom()
        app.processEvents()
        scrolled = time.perf_counter() - started
        after = resident_mb()
        report.add(
            f"scrolled to the end ({model.rowCount():,} rows, {len(answered)} pages)",
            f"{scrolled:.1f} s",
        )
        report.add(
            "resident memory before opening the queue -> at the end",
            f"{before:.0f} MB -> {after:.0f} MB (+{after - before:.0f} MB)",
            goal=Goal("clerk scrolls all 100,000 rows: memory growth", at_most=60, unit=" MB"),
            number=after - before,
            now=f"+{after - before:.0f} MB",
        )
        # Back to the top: the first rows were let go long ago and come back from the server.
        view.scrollToTop()
        back = time.perf_counter()
        while model.rows[0] is None or model.data(model.index(0, 0)) == PLACEHOLDER:
            app.processEvents()
            if time.perf_counter() - back > 60:
                raise RuntimeError("the first rows did not come back")
        report.add(
            "scrolled back to the top: the first rows (let go meanwhile) shown again after",
            f"{1000 * (time.perf_counter() - back):.0f} ms",
        )
        report.note(
            f"the model keeps the rows of the {KEEP_PAGES} pages used last "
            f"({KEEP_PAGES * PAGE_SIZE:,} rows); the others keep their place, not their content"
        )
    finally:
        server.stop()
    report.save(args.report)


if __name__ == "__main__":
    main()
