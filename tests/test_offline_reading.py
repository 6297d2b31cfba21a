"""Offline reading: the last known catalogue, forms and my requests, marked with their date."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from citizen_app.api.client import Open311Client
from citizen_app.core.credentials import CredentialStore
from citizen_app.core.local_db import LocalDatabase
from citizen_app.i18n import apply_language
from citizen_app.ui.main_window import MainWindow
from citizen_app.ui.tasks import running
from tests.conftest import Account
from tests.fault_injector import FaultProxy
from tests.helpers import new_request
from tests.live_server import LiveServer
from tests.test_citizen_journey import memory_keyring  # noqa: F401 - a fixture


def shut(qtbot, request: pytest.FixtureRequest, window: MainWindow) -> None:
    """Like quitting the app: what the window had under way has finished, and the window and
    its timers are gone. (A closed window that lived on could renew the kept session with the
    same refresh token as the next window, which the server then refuses as a reused one.)"""
    window.close()
    qtbot.waitUntil(lambda: running() == 0, timeout=30000)
    node = request.node  # pytest-qt would close it again at the end: it is no longer there
    node.qt_widgets = [(w, f) for w, f in node.qt_widgets if w() is not window]
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def open_window(qtbot, proxy: FaultProxy, server: LiveServer, database: Path) -> MainWindow:
    apply_language("ar")
    client = Open311Client(proxy.url, api_key=server.api_key, language="ar", deadline=5)
    window = MainWindow(client, store=CredentialStore(), db=LocalDatabase(database))
    qtbot.addWidget(window)
    window.show()
    window.start()
    return window


def test_the_app_opens_offline_with_what_it_last_saw(
    qtbot,
    request: pytest.FixtureRequest,
    server: LiveServer,
    citizen_a: Account,
    memory_keyring,  # noqa: F811
    tmp_path: Path,
) -> None:
    number = new_request(server, citizen_a)
    database = tmp_path / "local.db"
    port = int(server.url.rsplit(":", 1)[1])
    with FaultProxy(port) as proxy:
        online = open_window(qtbot, proxy, server, database)
        qtbot.waitUntil(lambda: online.stack.currentWidget() is online.welcome, timeout=15000)
        online.welcome.login.setText(citizen_a.login)
        online.welcome.password.setText(citizen_a.password)
        online.welcome.sign_in_button.click()
        qtbot.waitUntil(lambda: number in online.mine.shown_numbers(), timeout=15000)
        qtbot.waitUntil(lambda: online.catalogue.group_count() > 0, timeout=15000)
        service = next(s for s in online.catalogue.visible_services() if s.code == "pothole")
        online.loader.open_service(service)  # its form is kept too
        qtbot.waitUntil(lambda: online.stack.currentWidget() is online.form, timeout=15000)
        shut(qtbot, request, online)

        proxy.set_mode("drop")  # the line is down
        offline = open_window(qtbot, proxy, server, database)
        qtbot.waitUntil(lambda: offline.catalogue.group_count() > 0, timeout=30000)
        # The kept catalogue is shown at once, before the connection has been tried; the
        # line found down is said once the tries are over.
        qtbot.waitUntil(lambda: "لا يوجد اتصال بالبلدية" in offline.message.text(), timeout=30000)
        qtbot.waitUntil(lambda: offline.account.signed_in, timeout=30000)
        offline.requests.show_mine()
        qtbot.waitUntil(lambda: number in offline.mine.shown_numbers(), timeout=30000)
        assert offline.mine.updated.text().startswith("لا يوجد اتصال")
        service = next(s for s in offline.catalogue.visible_services() if s.code == "pothole")
        offline.loader.open_service(service)
        qtbot.waitUntil(lambda: offline.stack.currentWidget() is offline.form, timeout=30000)
        assert offline.form.fields  # the kept definition
        shut(qtbot, request, offline)

        proxy.set_mode("pass")  # back online: the session and the list catch up
        again = open_window(qtbot, proxy, server, database)
        qtbot.waitUntil(lambda: number in again.mine.shown_numbers(), timeout=30000)
        assert again.mine.updated.text().startswith("حُدّثت")
