"""The app's window with eight calls waiting on a silent server, quit the way the app quits
(SIGTERM through quit_on_signals, with never_wait_at_quit): run by test_leaving.py, which
times how long the process takes to end."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from citizen_app.api.client import Open311Client
from citizen_app.app import never_wait_at_quit, quit_on_signals
from citizen_app.core.credentials import CredentialStore
from citizen_app.core.local_db import LocalDatabase
from citizen_app.ui.main_window import MainWindow
from citizen_app.ui.tasks import run_task


def main() -> int:
    silent_url = sys.argv[1]
    app = QApplication([])
    window = MainWindow(
        Open311Client(silent_url),
        store=CredentialStore(memory_only=True),
        db=LocalDatabase(Path(":memory:")),
    )
    quit_on_signals(app, window)
    if "--wait-at-quit" not in sys.argv:  # the control: how long the app used to take
        never_wait_at_quit(app)
    window.show()
    window.start()  # its discovery waits on the silent server too
    client = window.client
    for _ in range(8):
        run_task(lambda: client.send("GET", "/silent"), lambda _: None, lambda _: None)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
