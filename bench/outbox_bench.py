"""Offline-first figures: what a refresh of an unchanged list costs on the wire, and how long
the GUI thread ever waits while the outbox sender works against a slow server.

    python bench/outbox_bench.py [--quick] [--report FILE]

Starts the reference server on loopback (SQLite in a temporary folder), makes a citizen with
500 requests, and prints:
- bytes on the wire for the first full download of My requests, and for a refresh of the same
  unchanged list (the app asks with If-None-Match and gets 304);
- the longest gap between ticks of a 10 ms heartbeat timer on the GUI thread while the sender
  delivers 20 requests (5 with two photos) through a proxy that delays each exchange by
  2 s, compared with the same heartbeat on an idle event loop.
With --quick: 100 requests and 10 sent.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import requests  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bench.common import Meter, Report, arguments, heartbeat  # noqa: E402
from citizen_app.api.accounts import Extensions  # noqa: E402
from citizen_app.api.client import Open311Client  # noqa: E402
from citizen_app.core.account import Account  # noqa: E402
from citizen_app.core.credentials import CredentialStore  # noqa: E402
from citizen_app.core.local_db import LocalDatabase  # noqa: E402
from citizen_app.core.offline_cache import OfflineCache, my_requests  # noqa: E402
from citizen_app.core.outbox import Outbox  # noqa: E402
from citizen_app.ui.outbox_sender import OutboxSender  # noqa: E402
from tests.fault_injector import FaultProxy  # noqa: E402
from tests.live_server import LiveServer  # noqa: E402
from tests.outbox_helpers import fill  # noqa: E402


def main() -> None:
    args = arguments(__doc__.split("\n\n")[0])
    count, sends = (100, 10) if args.quick else (500, 20)
    report = Report("Offline-first: refreshing My requests, and the outbox on a slow line")
    app = QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="outbox-bench-"))
    server = LiveServer(f"sqlite:///{folder / 'server.db'}")
    server.seed()
    server.start()
    try:
        login, password = f"bench{uuid.uuid4().hex[:8]}@example.ps", "bench password 2026"
        requests.post(
            server.url + "/api/v1/auth/register",
            json={"name": "مواطن", "email": login, "password": password},
            timeout=30,
        ).raise_for_status()
        client = Open311Client(server.url, api_key=server.api_key, language="ar")
        extensions = Extensions(client)
        Account(extensions, CredentialStore(memory_only=True)).sign_in(login, password)
        bearer = {"Authorization": f"Bearer {client.access_token}"}
        for n in range(count):
            requests.post(
                server.url + "/open311/v2/requests.json",
                data={
                    "api_key": server.api_key,
                    "service_code": "pothole",
                    "attribute[size]": "small",
                    "address_string": f"شارع رقم {n}",
                    "description": "حفرة عميقة أمام المدرسة",
                },
                headers=bearer,
                timeout=30,
            ).raise_for_status()
        cache = OfflineCache(LocalDatabase(folder / "client.db"))
        meter = Meter(client.session)
        key = "mine|bench"
        full = my_requests(cache, extensions, key, None)
        first = meter.reset()
        again = my_requests(cache, extensions, key, full.value.etag)
        refresh = meter.reset()
        assert len(full.value.items) == count
        assert again.value.unchanged
        report.add(
            f"bytes on the wire: refreshing My requests ({count} unchanged requests)",
            f"{refresh:,} B",
            f"{first:,} B (the first full download)",
            refresh / first,
        )

        idle = heartbeat(app, lambda: False, 3.0)
        port = int(server.url.rsplit(":", 1)[1])
        with FaultProxy(port) as proxy:
            proxy.set_mode("delay")
            proxy.delay = 2.0
            slow = Open311Client(proxy.url, api_key=server.api_key, language="ar")
            slow.identity = "bench"
            slow.access_token = client.access_token
            slow_extensions = Extensions(slow)
            outbox = Outbox(LocalDatabase(folder / "outbox.db"))
            user_id = str(
                requests.get(server.url + "/api/v1/me", headers=bearer, timeout=30).json()["id"]
            )
            fill(outbox, "bench", user_id, sends, 4, "bench-" + uuid.uuid4().hex[:6])
            sender = OutboxSender(outbox, slow_extensions, lambda: ("bench", user_id))
            # Delivered items counted from the sender's signal: the heartbeat's condition must not
            # read the outbox's database on the GUI thread itself (it would wait for the
            # sender's writes and measure the bench, not the app).
            delivered: list[str] = []
            sender.delivered.connect(lambda item_id, _result: delivered.append(item_id))
            started = time.monotonic()
            sender.kick()
            worst = heartbeat(app, lambda: len(delivered) == sends and not sender.busy, 600)
            elapsed = time.monotonic() - started
        report.add(
            f"longest GUI-thread stall (10 ms heartbeat) while the outbox sends {sends} requests "
            f"({sends // 4} with photos) to a server answering after 2 s ({elapsed:.0f} s)",
            f"{worst:.0f} ms",
            f"{idle:.0f} ms (idle event loop, 3 s)",
            worst / idle if idle else None,
        )
    finally:
        server.stop()
    report.save(args.report)
    del app


if __name__ == "__main__":
    main()
