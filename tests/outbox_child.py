"""A headless client process that delivers an outbox, for the kill test.

    python -m tests.outbox_child DATABASE SERVER_URL API_KEY LOGIN PASSWORD IDENTITY

Signs in, then runs the app's own OutboxSender until nothing is waiting, and exits 0. The
parent kills it with SIGKILL at random moments and starts it again.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer

from citizen_app.api.accounts import Extensions
from citizen_app.api.client import Open311Client
from citizen_app.core.account import Account
from citizen_app.core.credentials import CredentialStore
from citizen_app.core.local_db import LocalDatabase
from citizen_app.core.outbox import WAITING, Outbox
from citizen_app.ui.outbox_sender import OutboxSender
from citizen_app.ui.tasks import pool


def main() -> int:
    database, url, api_key, login, password, identity = sys.argv[1:7]
    app = QCoreApplication([])
    client = Open311Client(url, api_key=api_key, language="ar", deadline=3.0)
    client.identity = identity
    extensions = Extensions(client)
    account = Account(extensions, CredentialStore(memory_only=True))
    user = account.sign_in(login, password)
    outbox = Outbox(LocalDatabase(Path(database)), base_delay=0.05)
    sender = OutboxSender(outbox, extensions, lambda: (identity, str(user["id"])))

    def finish_when_done() -> None:
        if not sender.busy and not any(i.state == WAITING for i in outbox.items()):
            app.quit()

    check = QTimer()
    check.timeout.connect(finish_when_done)
    check.start(200)
    sender.kick()
    code = app.exec()
    pool().waitForDone(5000)
    check.stop()
    return code


if __name__ == "__main__":
    sys.exit(main())
