"""Exactly once under faults: 0 lost, 0 duplicated, every photo whole.

1. 200 requests (20 with two photos) go through a fault-injecting proxy that drops, resets after
   the server committed, delays, black-holes, drip-feeds and answers 503 with Retry-After.
2. A client process delivering an outbox is killed with SIGKILL at random moments (at least 30
   times while it was sending) and started again.

Both run against SQLite only: what they test is the client (its outbox, keys and resumption);
the server's side of exactly-once is tested on SQLite and PostgreSQL by test_idempotency.py
(including duplicates spread over two server processes), and running these minutes-long tests
twice would not test anything more.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from citizen_app.api.accounts import Extensions
from citizen_app.api.client import Open311Client
from citizen_app.core.account import Account as AppAccount
from citizen_app.core.credentials import CredentialStore
from citizen_app.core.local_db import LocalDatabase
from citizen_app.core.outbox import SENT, WAITING, Outbox
from citizen_app.ui.outbox_sender import OutboxSender
from tests.conftest import SERVER_ENV, Account
from tests.fault_injector import FaultProxy
from tests.live_server import LiveServer
from tests.outbox_helpers import arrived, check_exactly_once, fill, new_batch

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def server(database_factory: Callable[[str], str]) -> Iterator[LiveServer]:
    """This module's own server, on SQLite (see above)."""
    live = LiveServer(database_factory("sqlite"), env=dict(SERVER_ENV))
    live.seed()
    live.start()
    yield live
    live.stop()


FAULTS = {
    "pass": 0.55,
    "drop": 0.1,
    "reset_after_commit": 0.15,
    "delay": 0.06,
    "blackhole": 0.02,
    "drip": 0.06,
    "unavailable": 0.06,
}


def test_200_requests_through_faults_arrive_exactly_once(
    qtbot, server: LiveServer, citizen_a: Account, tmp_path: Path
) -> None:
    port = int(server.url.rsplit(":", 1)[1])
    with FaultProxy(port, seed=20261123) as proxy:
        proxy.delay, proxy.retry_after, proxy.blackhole_hold = 0.3, 1, 5
        proxy.drip_bytes, proxy.drip_interval = 64, 0.01
        client = Open311Client(proxy.url, api_key=server.api_key, language="ar", deadline=1.0)
        client.identity = "through-the-proxy"
        extensions = Extensions(client)
        user = AppAccount(extensions, CredentialStore(memory_only=True)).sign_in(
            citizen_a.login, citizen_a.password
        )
        outbox = Outbox(LocalDatabase(tmp_path / "local.db"), base_delay=0.05)
        batch = new_batch()
        expected = fill(outbox, client.identity, str(user["id"]), 200, 10, batch)
        proxy.set_faults(FAULTS)
        sender = OutboxSender(outbox, extensions, lambda: (client.identity, str(user["id"])))
        sender.kick()
        started = time.monotonic()
        qtbot.waitUntil(
            lambda: not sender.busy and all(i.state == SENT for i in outbox.items()),
            timeout=280_000,  # under the test's own limit (300 s), so a failure says why
        )
        elapsed = time.monotonic() - started
        faults = {mode: n for mode, n in proxy.counts.items() if mode != "pass"}
    found = arrived(server.database_url, batch)
    check_exactly_once(expected, found)
    print(
        f"\n200 requests, {sum(expected.values())} photos in {elapsed:.1f} s through "
        f"{sum(proxy.counts.values())} connections; faults injected: {faults}; "
        f"arrived: {len(found)} requests, {sum(len(c[0].photos) for c in found.values())} photos"
    )
    assert sum(faults.values()) >= 60  # the faults really happened


def test_killing_the_sender_at_random_moments_loses_and_duplicates_nothing(
    server: LiveServer, citizen_a: Account, tmp_path: Path
) -> None:
    database = tmp_path / "local.db"
    identity = "killed-client"
    batch = new_batch()
    outbox = Outbox(LocalDatabase(database))
    expected: dict[str, int] = {}
    rng = random.Random(30)
    kills = runs = 0
    command = [
        sys.executable,
        "-m",
        "tests.outbox_child",
        str(database),
        server.url,
        server.api_key,
        citizen_a.login,
        citizen_a.password,
        identity,
    ]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.monotonic()
    while kills < 30:
        waiting = sum(1 for i in outbox.items() if i.state == WAITING)
        if waiting < 40:
            account = str(citizen_a.user["id"])
            expected |= fill(outbox, identity, account, 60, 6, batch, start=len(expected))
        errors = tmp_path / f"child-{runs}.err"
        with errors.open("wb") as stderr:
            child = subprocess.Popen(
                command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=stderr
            )
            runs += 1
            time.sleep(rng.uniform(0.7, 1.8))
            if child.poll() is None:
                child.send_signal(signal.SIGKILL)
                kills += 1
            child.wait(timeout=30)
        assert child.returncode in (0, -signal.SIGKILL), errors.read_text()[-2000:]
        assert time.monotonic() - started < 400, "the kill loop is taking far too long"
    final = subprocess.run(command, cwd=ROOT, env=env, timeout=300, capture_output=True)
    assert final.returncode == 0, final.stderr.decode()[-2000:]
    assert all(i.state == SENT for i in outbox.items())
    found = arrived(server.database_url, batch)
    check_exactly_once(expected, found)
    print(
        f"\n{kills} kills in {runs} runs; {len(expected)} requests with "
        f"{sum(expected.values())} photos: {len(found)} arrived, 0 lost, 0 duplicated"
    )
