"""The outbox sender never stops for good: after any failure of its own work (reading the
outbox, finding when to look next) it looks again a little later and delivers."""

from __future__ import annotations

from pathlib import Path

import pytest

from citizen_app.api.accounts import Extensions
from citizen_app.api.client import Open311Client
from citizen_app.core.account import Account as AppAccount
from citizen_app.core.credentials import CredentialStore
from citizen_app.core.local_db import LocalDatabase
from citizen_app.core.outbox import SENT, Outbox
from citizen_app.ui.outbox_sender import OutboxSender
from tests.conftest import Account
from tests.live_server import LiveServer
from tests.outbox_helpers import fill, new_batch


class FlakyOutbox(Outbox):
    """Fails the first call of the named methods, as a locked or full disk would."""

    def __init__(self, db: LocalDatabase, failing: set[str]) -> None:
        super().__init__(db)
        self.failing = set(failing)

    def due(self, *args, **kwargs):
        self._maybe_fail("due")
        return super().due(*args, **kwargs)

    def next_due_time(self, *args, **kwargs):
        self._maybe_fail("next_due_time")
        return super().next_due_time(*args, **kwargs)

    def _maybe_fail(self, name: str) -> None:
        if name in self.failing:
            self.failing.discard(name)
            raise OSError(28, "No space left on device")


@pytest.mark.parametrize("server", ["sqlite"], indirect=True)
@pytest.mark.parametrize("failing", ["due", "next_due_time"])
def test_the_sender_re_arms_after_a_failure_and_delivers(
    qtbot, server: LiveServer, citizen_a: Account, tmp_path: Path, failing: str
) -> None:
    client = Open311Client(server.url, api_key=server.api_key)
    extensions = Extensions(client)
    user = AppAccount(extensions, CredentialStore(memory_only=True)).sign_in(
        citizen_a.login, citizen_a.password
    )
    outbox = FlakyOutbox(LocalDatabase(tmp_path / "local.db"), {failing})
    where = (server.url, str(user["id"]))
    sender = OutboxSender(outbox, extensions, lambda: where)
    sender.retry_ms = 300
    if failing == "due":
        fill(outbox, *where, 1, 0, new_batch())
    sender.kick()  # the outbox cannot be read (due), or it is empty and then next_due_time fails
    qtbot.waitUntil(lambda: not outbox.failing, timeout=10_000)
    qtbot.waitUntil(lambda: sender._timer.isActive(), timeout=10_000)  # re-armed
    if failing == "next_due_time":
        fill(outbox, *where, 1, 0, new_batch())  # no kick: only the re-armed timer finds it
    qtbot.waitUntil(lambda: [i.state for i in outbox.items()] == [SENT], timeout=30_000)
