"""A citizen's whole journey in the real window, against the real server.

Register → signed in → submit a request with every datatype and two photos → My requests → a
clerk answers → the app shows the new status and notes and raises a notification → restart:
still signed in → sign out: the keyring entry is gone. The keyring here is an in-memory backend
(tests/test_credentials.py checks the real Secret Service).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from PIL import Image
from PySide6.QtCore import QEvent, Qt

from citizen_app.api.client import Open311Client
from citizen_app.core.credentials import SERVICE, CredentialStore
from citizen_app.i18n import apply_language
from citizen_app.ui.main_window import MainWindow
from tests.conftest import Account
from tests.live_server import LiveServer
from tests.test_citizen_ui import check_street_light, fill_street_light, open_service, send
from tests.test_credentials import MemoryKeyring


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def open_window(qtbot, server: LiveServer) -> MainWindow:
    apply_language("ar")
    client = Open311Client(server.url, api_key=server.api_key, language="ar")
    window = MainWindow(client, demo=False, store=CredentialStore())
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.catalogue.tree.topLevelItemCount() > 0, timeout=15000)
    return window


def test_the_whole_journey(
    qtbot, server: LiveServer, clerk: Account, memory_keyring, tmp_path: Path
) -> None:
    window = open_window(qtbot, server)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.welcome, timeout=15000)
    login = f"journey{uuid.uuid4().hex[:8]}@example.ps"
    welcome = window.welcome
    welcome.new_name.setText("ليلى حسن")
    welcome.new_email.setText(login)
    welcome.new_password.setText("a long password")
    welcome.new_id.setText("١٢٣٤٥٦٧٨٢")
    welcome.register_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.catalogue, timeout=20000)
    assert window.account.signed_in
    assert memory_keyring.items[(SERVICE, server.url)]

    open_service(qtbot, window, "street-light")
    assert window.form.photos.isVisibleTo(window)
    fill_street_light(window)
    photos = []
    for n, colour in enumerate(((200, 0, 0), (0, 0, 200))):
        path = tmp_path / f"photo{n}.jpg"
        Image.new("RGB", (3000, 2000), colour).save(path, "JPEG")
        photos.append(path)
    window.form.photos.add(photos)
    qtbot.waitUntil(lambda: len(window.form.photos.jpegs) == 2, timeout=15000)
    send(window)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.confirmation, timeout=30000)
    number = window.confirmation.result.id
    assert window.form.photos.progress.value() == window.form.photos.progress.maximum()

    qtbot.waitUntil(lambda: number in window.mine.shown_numbers(), timeout=15000)
    detail = clerk.http.get(f"{server.url}/api/v1/requests/{number}", timeout=30).json()
    check_street_light(detail)
    assert len(detail["attachments"]) == 2
    assert max(detail["attachments"][0]["width"], detail["attachments"][0]["height"]) == 1600

    clerk.http.post(
        f"{server.url}/api/v1/clerk/requests/{number}/status",
        json={"status": "received", "note": "سيزوركم فني الكهرباء غدًا"},
        timeout=30,
    )
    window.requests.refresh()  # what the timer does every minute
    qtbot.waitUntil(lambda: bool(window.notices.notifications), timeout=15000)
    assert number in window.notices.notifications[-1]
    assert "مُستلَم" in window.notices.notifications[-1]
    window.requests.on_request_opened(number)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.detail, timeout=15000)
    timeline = [
        window.detail.timeline.item(i).text() for i in range(window.detail.timeline.count())
    ]
    assert any("سيزوركم فني الكهرباء غدًا" in line for line in timeline)
    qtbot.waitUntil(lambda: window.detail.photos.count() == 2, timeout=15000)
    window.close()

    again = open_window(qtbot, server)  # a restart: signed in from the keyring
    qtbot.waitUntil(lambda: again.account.signed_in, timeout=15000)
    assert again.account.user["email"] == login
    again.on_settings_clicked()
    again.settings.sign_out_button.click()
    qtbot.waitUntil(lambda: not again.account.signed_in, timeout=15000)
    qtbot.waitUntil(lambda: (SERVICE, server.url) not in memory_keyring.items, timeout=15000)
    qtbot.waitUntil(lambda: again.stack.currentWidget() is again.welcome, timeout=15000)


def test_switching_language_retranslates_and_flips_direction(qtbot, server: LiveServer) -> None:
    window = open_window(qtbot, server)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.welcome, timeout=15000)
    seen = {}
    for language in ("en", "fr", "ar"):
        title = window.windowTitle()
        window.set_language(language)
        qtbot.waitUntil(lambda t=title: window.windowTitle() != t, timeout=15000)
        seen[language] = (
            window.layoutDirection(),
            window.windowTitle(),
            window.welcome.sign_in_button.text(),
            window.settings.language_label.text(),
        )
    assert seen["en"] == (
        Qt.LayoutDirection.LeftToRight,
        "Municipal e-services",
        "Sign in",
        "Language",
    )
    assert seen["fr"] == (
        Qt.LayoutDirection.LeftToRight,
        "Services municipaux en ligne",
        "Se connecter",
        "Langue",
    )
    assert seen["ar"] == (
        Qt.LayoutDirection.RightToLeft,
        "الخدمات البلدية الإلكترونية",
        "تسجيل الدخول",
        "اللغة",
    )
    # The server's own texts follow too: the catalogue is fetched again in Arabic.
    qtbot.waitUntil(
        lambda: "تسرب مياه" in [s.name for s in window.catalogue.visible_services()], timeout=15000
    )
    assert QEvent.Type.LanguageChange  # Qt delivered LanguageChange to every open page


def test_every_screen_names_its_interactive_widgets(
    qtbot, server: LiveServer, memory_keyring, tmp_path: Path
) -> None:
    """Screen readers need a name for every control, on every page (hidden ones included)."""
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QListWidget,
        QPlainTextEdit,
        QTreeWidget,
        QWidget,
    )

    def name(widget: QWidget) -> str:
        """What a screen reader reads: a button's text when it has no name of its own."""
        return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name).strip()

    window = open_window(qtbot, server)
    service = next(s for s in window.catalogue.visible_services() if s.code == "street-light")
    window.loader.open_service(service)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.form, timeout=15000)
    kinds = (QLineEdit, QComboBox, QListWidget, QAbstractButton, QPlainTextEdit, QTreeWidget)
    missing = []
    for page in window.pages:
        for widget in page.findChildren(QWidget):
            if not isinstance(widget, kinds) or name(widget):
                continue
            if isinstance(widget.parent(), QComboBox | QAbstractSpinBox | QLineEdit):
                continue  # inner editors: the outer widget carries the name
            if widget.objectName().startswith("qt_") or (
                widget.parent() is not None and widget.parent().objectName().startswith("qt_")
            ):
                continue  # Qt's own parts: scroll-bar buttons, viewports, a table's corner
            missing.append(f"{type(page).__name__}/{type(widget).__name__}")
    assert missing == []
