"""The real window in a child process, with whatever keyring its environment gives: it
registers and signs in, then prints what the app decided and how long each step took, as JSON.

Run by tests/test_keyring_matrix.py, which sets HOME, the XDG folders, D-Bus and the keyring
backend for each case, and byte-scans the folders afterwards.
"""

from __future__ import annotations

import json
import os
import sys
import time
import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from citizen_app.api.client import Open311Client
from citizen_app.core.local_db import LocalDatabase
from citizen_app.i18n import apply_language
from citizen_app.ui.main_window import MainWindow


def wait_until(condition, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        QCoreApplication.processEvents()
        if condition():
            return True
        time.sleep(0.01)
    return False


def main() -> None:
    server_url, api_key, data_dir = sys.argv[1:4]
    app = QApplication([])
    apply_language("en")
    client = Open311Client(server_url, api_key=api_key, language="en")
    # An address of its own (the test server trusts X-Forwarded-For from loopback):
    # registrations are limited per address, and seven cases register on one server.
    client.session.headers["X-Forwarded-For"] = f"10.77.{os.getpid() % 250}.{time.time_ns() % 250}"
    db = LocalDatabase(Path(data_dir) / "local.db")
    window = MainWindow(client, db=db)  # the default credential store: the system's keyring
    window.show()
    started = time.monotonic()
    window.start()
    # The welcome page comes once the kept session was looked for in the keyring.
    wait_until(lambda: window.stack.currentWidget() is window.welcome, 30)
    to_welcome = time.monotonic() - started
    welcome = window.welcome
    login = f"k{uuid.uuid4().hex[:10]}@example.ps"
    welcome.new_name.setText("Keyring Case")
    welcome.new_email.setText(login)
    welcome.new_password.setText("keyring canary " + uuid.uuid4().hex[:8])
    clicked = time.monotonic()
    welcome.register_button.click()
    signed_in = wait_until(lambda: window.account.signed_in, 30)
    to_signed_in = time.monotonic() - clicked
    wait_until(lambda: window.stack.currentWidget() is window.catalogue, 30)
    report = {
        "signed_in": signed_in,
        "to_welcome": to_welcome,
        "to_signed_in": to_signed_in,
        "remembered": window.account.store.remembered,
        "message": window.message.text(),
        "settings_text": window.settings.account.text(),
        "access_token": client.access_token,
        "refresh_token": window.account._refresh_token,
    }
    window.close()
    db.close()
    print("REPORT " + json.dumps(report), flush=True)
    app.quit()


if __name__ == "__main__":
    main()
