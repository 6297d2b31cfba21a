"""The clerk's queue on 100,000 requests: how soon the first rows are painted, how long it
takes to scroll to the end, and how much memory that costs.

    python bench/clerk_queue_bench.py [--rows 100000]

Starts the reference server on loopback (SQLite in a temporary folder), inserts the requests
straight into its database in bulk, signs in as the demo clerk and opens the real queue model
in a QTableView (offscreen). Prints:
- the time from the first page's answer to the first rows painted (and the whole first load);
- the time to scroll to the last row (the view fetches page after page as it scrolls);
- the process's resident memory before opening the queue and after reaching the end.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEvent, QObject  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableView  # noqa: E402
from sqlalchemy import create_engine, insert, select  # noqa: E402

from citizen_app.api.accounts import Extensions  # noqa: E402
from citizen_app.api.clerk import ClerkApi  # noqa: E402
from citizen_app.api.client import Open311Client  # noqa: E402
from citizen_app.ui.clerk.queue_model import QueueModel  # noqa: E402
from municipal_server.arabic import normalize  # noqa: E402
from municipal_server.models import Service, ServiceRequest  # noqa: E402
from tests.live_server import LiveServer  # noqa: E402

STATUSES = ("submitted", "received", "in_progress", "on_hold", "resolved", "closed")
STREETS = ("شارع عين سارة", "شارع الشلالة", "حي الجامعة", "شارع بئر السبع", "وادي التفاح")


def resident_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def seed(database_url: str, rows: int) -> None:
    engine = create_engine(database_url)
    rng = random.Random(2026)
    start = datetime(2026, 1, 1, tzinfo=UTC)
    with engine.begin() as db:
        services = [(s.id, s.code) for s in db.execute(select(Service.id, Service.code))]
        first = db.execute(select(ServiceRequest.id).order_by(ServiceRequest.id.desc())).first()
        next_id = (first[0] if first else 0) + 1
        batch = []
        for n in range(rows):
            service_id, code = rng.choice(services)
            at = start + timedelta(minutes=5 * n)
            description = f"طلب تجريبي رقم {n} {code}"
            street = rng.choice(STREETS)
            number = f"HEB-2026-{next_id + n:06d}"
            batch.append(
                {
                    "id": next_id + n,
                    "number": number,
                    "service_id": service_id,
                    "status": rng.choice(STATUSES),
                    "description": description,
                    "address": street,
                    "attributes": {},
                    "language": "ar",
                    "requested_at": at,
                    "updated_at": at,
                    "reopen_count": 0,
                    "search_text": normalize(f"{number} {description} {street}"),
                }
            )
            if len(batch) == 5000:
                db.execute(insert(ServiceRequest), batch)
                batch = []
        if batch:
            db.execute(insert(ServiceRequest), batch)
    engine.dispose()


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
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    rows = parser.parse_args().rows
    app = QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="queue-bench-"))
    server = LiveServer(f"sqlite:///{folder / 'server.db'}")
    server.seed()
    started = time.perf_counter()
    seed(server.database_url, rows)
    print(f"seeded {rows:,} requests in {time.perf_counter() - started:.1f} s")
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
        print(
            f"first page: answered after {1000 * (first_answer - asked):.0f} ms, rows painted "
            f"{1000 * (watch.painted_at - first_answer):.1f} ms after the answer"
        )
        started = time.perf_counter()
        while model.rowCount() < model.total:
            view.scrollToBottom()
            app.processEvents()
        view.scrollToBottom()
        app.processEvents()
        scrolled = time.perf_counter() - started
        after = resident_mb()
        print(
            f"scrolled to the end ({model.rowCount():,} rows, {len(answered)} pages) in "
            f"{scrolled:.1f} s; resident memory {before:.0f} MB -> {after:.0f} MB "
            f"(+{after - before:.0f} MB)"
        )
    finally:
        server.stop()


if __name__ == "__main__":
    main()
