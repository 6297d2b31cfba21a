"""Every citizen flow with the keyboard alone: Tab to move, typing, arrows, Space and Enter.

No widget is clicked or set directly here; `tab_to` fails when a control cannot be reached with
Tab from where the focus is, so an unreachable control or a page that leaves the focus behind on
a hidden one shows up as a failure.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from citizen_app.api.client import Open311Client
from citizen_app.core.credentials import CredentialStore
from citizen_app.i18n import apply_language
from citizen_app.ui.main_window import MainWindow
from tests.conftest import Account, register
from tests.live_server import LiveServer
from tests.test_citizen_ui import fields, type_text

TAB_LIMIT = 60


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def tab_to(target: QWidget) -> None:
    for _ in range(TAB_LIMIT):
        if focused() is target or focused().focusProxy() is target:
            return
        QTest.keyClick(focused(), Qt.Key.Key_Tab)
    raise AssertionError(f"{type(target).__name__} '{target.accessibleName()}' not reached")


def key(name: Qt.Key, times: int = 1) -> None:
    for _ in range(times):
        QTest.keyClick(focused(), name)


def press(button: QWidget) -> None:
    tab_to(button)
    key(Qt.Key.Key_Space)


def type_into(widget: QWidget, text: str) -> None:
    tab_to(widget)
    type_text(focused(), text)


def test_a_citizen_does_everything_with_the_keyboard(
    qtbot, server: LiveServer, clerk: Account
) -> None:
    citizen = register(server)
    apply_language("ar")
    client = Open311Client(server.url, api_key=server.api_key, language="ar")
    window = MainWindow(client, store=CredentialStore(memory_only=True))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    window.start()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.welcome, timeout=15000)

    # Sign in: type, Enter in the password field.
    type_into(window.welcome.login, citizen.login)
    type_into(window.welcome.password, citizen.password)
    key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.catalogue, timeout=15000)

    # Find a service, open it with Enter.
    qtbot.waitUntil(lambda: window.catalogue.tree.topLevelItemCount() > 0, timeout=15000)
    type_into(window.catalogue.search, "انارة")
    key(Qt.Key.Key_Return)  # to the matches, the first one current
    assert focused() is window.catalogue.tree
    key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.form, timeout=15000)
    assert window.form.service.code == "street-light"

    # Fill every kind of field.
    by_code = fields(window)
    type_into(by_code["pole_number"].input, "EL-77")
    tab_to(by_code["problem"].input)
    key(Qt.Key.Key_Down)  # the first real choice after "Choose…"
    type_into(by_code["lamps_out"].input, "٢")
    tab_to(by_code["nearby"].input)
    key(Qt.Key.Key_Down)
    key(Qt.Key.Key_Space)  # ticks the current choice
    type_into(by_code["details"].input, "لا يعمل ليلًا")
    type_into(window.form.address, "شارع السلام")
    press(window.form.anonymous)
    assert window.form.anonymous.isChecked()
    press(window.form.submit_button)  # review
    assert window.form.review.isVisibleTo(window), window.form.status.text()
    assert focused() is window.form.submit_button
    key(Qt.Key.Key_Space)  # confirm
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.confirmation, timeout=15000)
    number = window.confirmation.result.id
    sent = clerk.http.get(f"{server.url}/api/v1/requests/{number}", timeout=30).json()
    assert sent["attributes"]["lamps_out"] == "2"
    assert len(sent["attributes"]["nearby"]) == 1

    # Follow it: My requests, open it with Enter, comment.
    press(window.nav_bar.mine_button)
    qtbot.waitUntil(lambda: number in window.mine.shown_numbers(), timeout=15000)
    tab_to(window.mine.table)
    key(Qt.Key.Key_Home)
    key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.detail, timeout=15000)
    comment = "متى يبدأ العمل؟ " + uuid.uuid4().hex[:6]
    type_into(window.detail.comment, comment)
    press(window.detail.comment_button)
    qtbot.waitUntil(
        lambda: any(
            comment in window.detail.timeline.item(i).text()
            for i in range(window.detail.timeline.count())
        ),
        timeout=15000,
    )

    # Settings: change the language with the arrows, then sign out.
    press(window.nav_bar.settings_button)
    assert window.stack.currentWidget() is window.settings
    tab_to(window.settings.language)
    key(Qt.Key.Key_Down)  # العربية → English
    qtbot.waitUntil(lambda: window.settings.sign_out_button.text() == "Sign out", timeout=5000)
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    press(window.settings.sign_out_button)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.welcome, timeout=15000)
    assert not window.account.signed_in
