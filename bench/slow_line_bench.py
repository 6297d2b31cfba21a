"""A request with two photos sent through the app's outbox over a slow line (64 kbit/s each way,
400 ms round trips: bench/line_proxy.py), against what the line itself costs.

    python bench/slow_line_bench.py [--quick] [--kbit 64] [--rtt 400] [--report FILE]

The citizen's two photos are prepared as the app prepares them (1600 px, JPEG 85, from 12 MP
synthetic photos; small ones with --quick), put in the outbox with the request, and the
outbox's sender (ui/outbox_sender.py, the same as in the window) delivers them. Figures:
- time from the sender's kick to the item marked sent, divided by what the line costs: every
  byte that crossed at its bandwidth plus every round trip the conversation took (bench goal
  ≤ 1.3);
- exactly once: the requests and photos the server holds with the request's marker;
- the round trips taken, beside the fewest the protocol allows;
- the longest stall of the GUI thread meanwhile (5 ms heartbeat) beside an idle event loop.
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

from bench.common import (  # noqa: E402
    Goal,
    Report,
    arguments,
    heartbeat,
    ratio,
    register_citizen,
    synthetic_photo,
)
from bench.proxy_process import ProxyProcess  # noqa: E402
from citizen_app.api.accounts import Extensions  # noqa: E402
from citizen_app.api.client import Open311Client  # noqa: E402
from citizen_app.core.local_db import LocalDatabase  # noqa: E402
from citizen_app.core.outbox import SENT, Outbox  # noqa: E402
from citizen_app.core.photos import prepare_photo  # noqa: E402
from citizen_app.ui.outbox_sender import OutboxSender  # noqa: E402
from tests.live_server import LiveServer  # noqa: E402
from tests.outbox_helpers import arrived, jpeg  # noqa: E402

HEARTBEAT_MS = 5
# With this server: the create, then one upload per photo (its create takes no files: photos
# go to /api/v1/requests/{id}/attachments, one a call), on the connection the app already has
# open (one handshake more when the server closed it meanwhile).
FEWEST = "3 (create, 2 photos; + 1 if a new connection)"


def photos(folder: Path, quick: bool) -> list[bytes]:
    if quick:
        return [jpeg((200, 30, 30), (640, 480)), jpeg((30, 30, 200), (480, 640))]
    prepared = []
    for n in range(2):
        original = folder / f"photo{n}.jpg"
        original.write_bytes(synthetic_photo(4000, 3000, noise=0.15 + n / 100, quality=90))
        prepared.append(prepare_photo(original))
    return prepared


def main() -> None:
    def extra(parser):
        parser.add_argument("--kbit", type=float, default=64)
        parser.add_argument("--rtt", type=float, default=400, help="round trip, ms")

    args = arguments(__doc__.split("\n\n")[0], extra)
    line_name = f"{args.kbit:g} kbit/s, {args.rtt:g} ms round trips"
    report = Report(f"A request with 2 photos through the outbox over a slow line ({line_name})")
    app = QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="slow-line-bench-"))
    server = LiveServer(f"sqlite:///{folder / 'server.db'}")
    server.seed()
    server.start()
    try:
        _, token = register_citizen(server.url, "line")
        user_id = str(
            requests.get(
                server.url + "/api/v1/me", headers={"Authorization": f"Bearer {token}"}, timeout=30
            ).json()["id"]
        )
        jpegs = photos(folder, args.quick)
        batch = "line-" + uuid.uuid4().hex[:8]
        outbox = Outbox(LocalDatabase(folder / "outbox.db"))
        outbox.add(
            server="bench",
            account=user_id,
            service_code="pothole",
            service_name="حفرة في الشارع",
            fields={"description": f"{batch} #0", "address_string": "شارع الجامعة"},
            attributes={"size": "small"},
            idempotency_key=str(uuid.uuid4()),
            photos=jpegs,
        )
        idle = heartbeat(app, lambda: False, 3.0, HEARTBEAT_MS)
        port = int(server.url.rsplit(":", 1)[1])
        with ProxyProcess("bench.line_proxy:LineProxy", port, args.kbit, args.rtt) as line:
            client = Open311Client(line.url, api_key=server.api_key, language="ar")
            client.identity, client.access_token = "bench", token
            client.endpoint()  # found at start in the app, before anything is sent
            line.call("reset")
            sender = OutboxSender(outbox, Extensions(client), lambda: ("bench", user_id))
            # Counted from the sender's signal: the heartbeat's condition must not read the
            # outbox's database on the GUI thread (it would measure the bench, not the app).
            delivered: list[str] = []
            sender.delivered.connect(lambda item_id, _result: delivered.append(item_id))
            started = time.monotonic()
            sender.kick()
            worst = heartbeat(app, lambda: bool(delivered) and not sender.busy, 900, HEARTBEAT_MS)
            elapsed = time.monotonic() - started
            ideal = line.call("ideal_seconds")
            if not all(i.state == SENT for i in outbox.items()):
                raise RuntimeError(f"the outbox did not deliver within {elapsed:.0f} s")
            up, down = line.get("bytes_up"), line.get("bytes_down")
            connections = line.get("connections")
            wire, trips = up + down, line.get("round_trips") + connections
        found = arrived(server.database_url, batch)
        requests_made = sum(len(v) for v in found.values())
        photos_kept = sum(len(a.photos) for v in found.values() for a in v)
    finally:
        server.stop()

    report.add(
        f"time from the outbox's kick to sent ({sum(map(len, jpegs)):,} B of photos)",
        f"{elapsed:.1f} s",
        f"{ideal:.1f} s (the line: {wire:,} B ÷ {args.kbit:g} kbit/s + {trips} round trips "
        f"× {args.rtt:g} ms)",
        ratio(elapsed, ideal),
        goal=Goal(
            "a request with 2 photos over a 64 kbit/s line, 400 ms round trips, through the "
            "outbox: time ÷ (bytes ÷ bandwidth + round trips × RTT)",
            at_most=1.3,
        ),
    )
    report.add(
        "exactly once: requests / photos the server holds",
        f"{requests_made} / {photos_kept}",
        "1 / 2",
        goal=Goal(
            "… exactly once (requests created on the server)", at_most=1, at_least=1, unit=""
        ),
        number=requests_made if photos_kept == 2 else float("inf"),
        now=f"{requests_made} request, {photos_kept} photos",
    )
    report.add(
        "round trips (TCP handshakes and request/answer turns)",
        f"{trips} ({connections} connections)",
        f"{FEWEST} with this server",
    )
    report.add(
        f"longest GUI-thread stall meanwhile ({HEARTBEAT_MS} ms heartbeat)",
        f"{worst:.0f} ms",
        f"{idle:.0f} ms (idle event loop, 3 s)",
        ratio(worst, idle),
        goal=Goal("… GUI stall over the slow line", at_most=16, unit=" ms"),
        number=worst,
    )
    report.note(
        f"bytes counted as the payload crossing the line: {up:,} up, {down:,} down; the "
        "server on loopback behind it, the line in a process of its own (bench/proxy_process.py)"
    )
    report.save(args.report)
    del app


if __name__ == "__main__":
    main()
