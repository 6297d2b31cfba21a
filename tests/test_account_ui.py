"""The citizen's own account in the real window, against the real server with mail and SMS
sinks: a forgotten password recovered from the welcome page, the account page (details,
sessions, a copy of my data), and leaving."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import requests
from PySide6.QtWidgets import QFileDialog, QInputDialog

from citizen_app.api.client import Open311Client
from citizen_app.core.credentials import CredentialStore
from citizen_app.i18n import apply_language
from citizen_app.ui.main_window import MainWindow
from tests.conftest import register, sign_in, unique_address
from tests.live_server import LiveServer
from tests.notify_sinks import SmtpSink
from tests.test_clerk_workspace import signed_in_window
from tests.verify_codes import RESET, mailed_code

NEW = "my brand new password"


def welcome_window(qtbot, server: LiveServer) -> MainWindow:
    apply_language("ar")
    client = Open311Client(server.url, api_key=server.api_key, language="ar")
    window = MainWindow(client, store=CredentialStore(memory_only=True))
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.welcome, timeout=15000)
    return window


def test_a_forgotten_password_is_recovered_from_the_welcome_page(
    qtbot, mailing: LiveServer, sinks: tuple[SmtpSink, object]
) -> None:
    smtp = sinks[0]
    citizen = register(mailing)
    window = welcome_window(qtbot, mailing)
    welcome = window.welcome
    welcome.login.setText(citizen.login)
    welcome.forgot_button.click()
    box = welcome.reset_box
    assert box.isVisibleTo(window) and not welcome.sign_in_box.isVisibleTo(window)
    assert box.login.text() == citizen.login  # carried over from the sign-in box
    box.send_button.click()
    qtbot.waitUntil(lambda: box.steps.currentIndex() == 1, timeout=15000)
    code = mailed_code(smtp, citizen.login, RESET)

    box.code.setText("12")  # too short: said, nothing sent
    box.on_change_clicked()
    assert box.status.text()
    box.code.setText(code)
    box.password.setText(NEW)
    box.repeat.setText(NEW)
    box.change_button.click()
    qtbot.waitUntil(lambda: welcome.sign_in_box.isVisibleTo(window), timeout=15000)
    assert welcome.login.text() == citizen.login and welcome.status.text()
    assert not box.code.text() and not box.password.text()  # nothing typed is kept
    assert sign_in(mailing, citizen.login, NEW).user["id"] == citizen.user["id"]


def test_the_account_page_edits_details_lists_sessions_and_saves_my_data(
    qtbot, mailing: LiveServer, tmp_path: Path, monkeypatch
) -> None:
    citizen = register(mailing, name="سلمى")
    window = signed_in_window(qtbot, mailing, citizen.login, citizen.password)
    window.on_settings_clicked()
    assert window.settings.account_button.isVisibleTo(window)
    window.settings.account_button.click()
    page = window.my_account
    assert window.stack.currentWidget() is page and page.name.text() == "سلمى"
    qtbot.waitUntil(lambda: page.sessions.count() == 2, timeout=15000)  # the fixture's and ours

    page.name.setText("سلمى خليل")
    page.save_button.click()
    qtbot.waitUntil(lambda: window.account.user["name"] == "سلمى خليل", timeout=15000)
    me = citizen.http.get(f"{mailing.url}/api/v1/me", timeout=30).json()
    assert me["name"] == "سلمى خليل"

    page.end_others_button.click()
    qtbot.waitUntil(lambda: page.sessions.count() == 1, timeout=15000)
    assert citizen.http.get(f"{mailing.url}/api/v1/me", timeout=30).status_code == 401

    target = tmp_path / "my-data.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.export_button.click()
    qtbot.waitUntil(target.exists, timeout=15000)
    qtbot.waitUntil(lambda: str(tmp_path) in page.status.text(), timeout=15000)
    document = json.loads(zipfile.ZipFile(io.BytesIO(target.read_bytes())).read("me.json"))
    assert document["profile"]["name"] == "سلمى خليل"


def test_leaving_deletes_the_account_and_signs_out(qtbot, mailing: LiveServer, monkeypatch) -> None:
    citizen = register(mailing)
    window = signed_in_window(qtbot, mailing, citizen.login, citizen.password)
    window.on_settings_clicked()
    window.settings.account_button.click()
    page = window.my_account
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("wrong password", True))
    page.leave_button.click()
    deleting = page.status.text()
    qtbot.waitUntil(lambda: page.status.text() != deleting, timeout=15000)
    assert window.account.signed_in  # a wrong password deletes nothing
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (citizen.password, True))
    page.leave_button.click()
    qtbot.waitUntil(lambda: not window.account.signed_in, timeout=15000)
    assert not page.name.text()
    answer = requests.post(
        f"{mailing.url}/api/v1/auth/token",
        json={"login": citizen.login, "password": citizen.password},
        headers={"X-Forwarded-For": unique_address()},
        timeout=30,
    )
    assert answer.status_code == 401
