"""Kiosk mode: a session that leaves nothing of the visitor behind, and a window that only
the administrator can close."""

from __future__ import annotations

import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
import requests
from PIL import Image
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QWidget

from citizen_app.api.client import Open311Client
from citizen_app.core.credentials import CredentialStore
from citizen_app.core.local_db import LocalDatabase
from citizen_app.core.pin import check_pin, hash_pin
from citizen_app.i18n import apply_language
from citizen_app.ui.main_window import MainWindow
from citizen_app.ui.tasks import running
from tests.live_server import LiveServer
from tests.test_citizen_ui import fields, open_service, type_text
from tests.test_credentials import MemoryKeyring
from tests.test_no_personal_data_left import a_valid_id

PIN = "4826"


class RecordingKeyring(MemoryKeyring):
    """Notes every call; a kiosk must make none."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[str] = []

    def get_password(self, service: str, username: str) -> str | None:
        self.calls.append("get")
        return super().get_password(service, username)

    def set_password(self, service: str, username: str, password: str) -> None:
        self.calls.append("set")
        super().set_password(service, username, password)

    def delete_password(self, service: str, username: str) -> None:
        self.calls.append("delete")


@pytest.fixture
def recording_keyring() -> Iterator[RecordingKeyring]:
    previous = keyring.get_keyring()
    backend = RecordingKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def kiosk_window(qtbot, server: LiveServer, timeout: int = 120) -> MainWindow:
    apply_language("ar")
    client = Open311Client(server.url, api_key=server.api_key, language="ar")
    window = MainWindow(
        client,
        store=CredentialStore(memory_only=True),
        db=LocalDatabase(Path(":memory:")),
        kiosk={"idle_timeout": timeout, "pin_hash": hash_pin(PIN), "municipality": "بلدية الخليل"},
    )
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.catalogue.tree.topLevelItemCount() > 0, timeout=15000)
    return window


def texts_in(root: QWidget) -> str:
    """Everything the widget tree shows or holds as text."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QLineEdit):
            found.append(widget.text())
        elif isinstance(widget, QPlainTextEdit):
            found.append(widget.toPlainText())
        elif isinstance(widget, QLabel):
            found.append(widget.text())
        elif isinstance(widget, QListWidget):
            found += [widget.item(i).text() for i in range(widget.count())]
        elif isinstance(widget, QComboBox):
            found += [widget.itemText(i) for i in range(widget.count())]
    return "\n".join(found)


def test_pins_are_checked_against_a_slow_salted_hash() -> None:
    stored = hash_pin(PIN, iterations=1000)
    assert check_pin(PIN, stored)
    assert not check_pin("0000", stored)
    assert not check_pin(PIN, "")
    assert not check_pin(PIN, "md5$1$00$00")
    assert hash_pin(PIN, iterations=1000) != stored  # salted


def test_an_idle_session_is_wiped_after_the_warning(
    qtbot, server: LiveServer, recording_keyring: RecordingKeyring, tmp_path: Path
) -> None:
    window = kiosk_window(qtbot, server)
    assert window.stack.currentWidget() is window.kiosk.start_page
    window.kiosk.start_page.buttons[0].click()  # العربية
    session = window.kiosk.session_dir
    assert session is not None and session.is_dir()
    (session / "receipt.pdf").write_bytes(b"session file")

    name, national_id, text = (
        "كناري" + uuid.uuid4().hex[:4],
        a_valid_id(),
        "CANARY" + uuid.uuid4().hex[:8],
    )
    password = "kiosk password " + uuid.uuid4().hex[:6]
    welcome = window.welcome
    welcome.new_name.setText(name)
    welcome.new_email.setText(f"{text.lower()}@example.ps")
    welcome.new_password.setText(password)
    welcome.new_id.setText(national_id)
    welcome.register_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.catalogue, timeout=20000)
    token = window.account._refresh_token
    open_service(qtbot, window, "residence-certificate")
    type_text(fields(window)["copies"].input, "1")
    type_text(window.form.description, f"{text} {national_id}")
    type_text(window.form.first_name, name)
    photo = tmp_path / "photo.jpg"
    Image.new("RGB", (800, 600), (10, 200, 10)).save(photo)
    window.form.photos.add([photo])
    qtbot.waitUntil(lambda: len(window.form.photos.jpegs) == 1, timeout=15000)
    QGuiApplication.clipboard().setText(f"{name} {national_id}")
    window.notices.show_message(f"{name}: a notice the next visitor must not see")

    # Idle: a short timeout for the test (the warning still lasts at least 20 s).
    idle = window.kiosk.idle
    idle.timeout, idle.warning = 21, 20
    idle.extend()
    qtbot.waitUntil(lambda: window.kiosk.idle_warning.isVisible(), timeout=5000)
    assert (
        "20" in window.kiosk.idle_warning.text.text()
        or "٢٠" in window.kiosk.idle_warning.text.text()
    )
    window.kiosk.idle_warning.continue_button.click()  # more time
    assert not window.kiosk.idle_warning.isVisible()
    assert window.stack.currentWidget() is window.form  # nothing lost
    qtbot.waitUntil(lambda: window.kiosk.idle_warning.isVisible(), timeout=5000)
    idle.left = 1  # skip the rest of the countdown
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.kiosk.start_page, timeout=5000)

    shown = texts_in(window)
    for canary in (name, national_id, text, password):
        assert canary not in shown
    assert window.form.photos.jpegs == []
    assert not window.message.isVisibleTo(window)
    assert not QGuiApplication.clipboard().text()
    assert not session.exists()
    qtbot.waitUntil(lambda: running() == 0, timeout=15000)  # the wipe and the revocation
    assert window.drafts.list() == []
    assert recording_keyring.calls == []  # the keyring was never touched
    # The old session's token is refused by the server: one try (a second one would be
    # refused anyway, as the reuse of a rotated token).
    refused = requests.post(
        f"{server.url}/api/v1/auth/refresh", json={"refresh_token": token}, timeout=30
    )
    assert refused.status_code == 401
    leftovers = list(Path(tempfile.gettempdir()).glob("kiosk-session-*"))
    assert session not in leftovers
    window.kiosk.allow_close(PIN)


def test_the_kiosk_closes_only_with_the_pin(qtbot, server: LiveServer) -> None:
    window = kiosk_window(qtbot, server)
    assert not window.close()  # refused: the PIN is asked for
    assert window.kiosk.pin_dialog.isVisible()
    window.kiosk.pin_dialog.setTextValue("0000")
    window.kiosk.pin_dialog.accept()
    assert window.isVisible()
    assert not window.close()
    window.kiosk.pin_dialog.setTextValue(PIN)
    window.kiosk.pin_dialog.accept()
    assert not window.isVisible()


def test_the_on_screen_keyboard_types_into_the_focused_field(qtbot, server: LiveServer) -> None:
    window = kiosk_window(qtbot, server)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    window.kiosk.start_page.buttons[0].click()
    field = window.welcome.new_name
    field.setFocus()
    qtbot.waitUntil(lambda: window.kiosk.keyboard.isVisible(), timeout=5000)
    keyboard = window.kiosk.keyboard
    for letter in ("س", "ا", "ر", "ة"):
        keyboard.keys[letter].click()
    keyboard.space.click()
    keyboard.switches["latin"].click()
    keyboard.keys["a"].click()
    keyboard.backspace.click()
    keyboard.switches["digits"].click()
    keyboard.keys["7"].click()
    assert field.text() == "سارة 7"
    assert field.hasFocus()  # the keys never take the focus
    keyboard.next_field.click()
    assert not field.hasFocus()
    window.kiosk.allow_close(PIN)


def test_a_request_is_looked_up_by_its_number_without_an_account(qtbot, server: LiveServer) -> None:
    from tests.helpers import new_request

    number = new_request(server, description="حفرة كبيرة")
    window = kiosk_window(qtbot, server)
    window.kiosk.start_page.buttons[0].click()
    type_text(window.welcome.lookup_number, number.lower())
    window.welcome.lookup_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.detail, timeout=15000)
    assert number in window.detail.heading.text()
    assert not window.detail.comment.isVisibleTo(window)  # read-only
    window.detail.back_button.click()
    assert window.stack.currentWidget() is window.welcome
    window.kiosk.allow_close(PIN)


def test_a_shutdown_signal_closes_the_kiosk_without_the_pin(qtbot, server: LiveServer) -> None:
    window = kiosk_window(qtbot, server)
    window.kiosk.start_page.buttons[1].click()
    window.allow_shutdown()  # what SIGTERM does (citizen_app.app.quit_on_signals)
    assert window.stack.currentWidget() is window.kiosk.start_page  # the session was wiped first
    assert window.close()
