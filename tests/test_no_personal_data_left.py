"""After a whole submit-and-purge cycle in the real window, the app's data folder (the
database with its -wal and -shm files, and everything else there) holds no byte of the
citizen's ID number, password, tokens or what they typed."""

from __future__ import annotations

import random
import uuid
from pathlib import Path

from citizen_app.api.client import Open311Client
from citizen_app.core.credentials import CredentialStore
from citizen_app.core.local_db import LocalDatabase
from citizen_app.i18n import apply_language
from citizen_app.ui.main_window import MainWindow
from municipal_server.security import valid_palestinian_id
from tests.live_server import LiveServer
from tests.test_citizen_ui import fields, open_service, send, type_text


def a_valid_id() -> str:
    while True:
        number = f"{random.randrange(10**8):08d}"
        for check in "0123456789":
            if valid_palestinian_id(number + check):
                return number + check


def test_a_full_cycle_leaves_nothing_personal_on_disk(
    qtbot, server: LiveServer, tmp_path: Path
) -> None:
    national_id = a_valid_id()
    password = "canary password " + uuid.uuid4().hex[:8]
    email = f"canary{uuid.uuid4().hex[:8]}@example.ps"
    typed = "CANARY" + uuid.uuid4().hex[:10]
    folder = tmp_path / "data"
    apply_language("ar")
    client = Open311Client(server.url, api_key=server.api_key, language="ar")
    db = LocalDatabase(folder / "local.db")
    window = MainWindow(client, store=CredentialStore(memory_only=True), db=db)
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.welcome, timeout=15000)
    welcome = window.welcome
    welcome.new_name.setText("مواطنة تجريبية")
    welcome.new_email.setText(email)
    welcome.new_password.setText(password)
    welcome.new_id.setText(national_id)
    welcome.register_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.catalogue, timeout=20000)
    qtbot.waitUntil(lambda: window.catalogue.group_count() > 0, timeout=15000)

    open_service(qtbot, window, "residence-certificate")
    type_text(fields(window)["copies"].input, "1")
    type_text(window.form.description, f"{typed} رقم هويتي {national_id}")
    type_text(window.form.phone, "0599" + national_id[:6])
    type_text(window.form.email, email)
    qtbot.waitUntil(lambda: bool(window.drafts.list()), timeout=5000)  # it was on disk
    send(window)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.confirmation, timeout=30000)
    number = window.confirmation.result.id
    qtbot.waitUntil(lambda: number in window.mine.shown_numbers(), timeout=15000)
    secrets = {
        "ID number": national_id,
        "password": password,
        "e-mail": email,
        "typed text": typed,
        "access token": client.access_token,
        "refresh token": window.account._refresh_token,
    }
    window.close()
    db.close()
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    assert "local.db" in {p.name for p in files}
    hits = [
        (path.name, what)
        for path in files
        for what, secret in secrets.items()
        if secret and secret.encode() in path.read_bytes()
    ]
    assert hits == []
