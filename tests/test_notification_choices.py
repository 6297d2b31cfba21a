"""How a citizen wants to be told of news (e-mail, SMS): two boxes in the settings, bound to
the profile's notify_email / notify_sms, shown only when the server has those fields."""

from __future__ import annotations

import uuid

from citizen_app.api.client import Open311Client
from citizen_app.core.credentials import CredentialStore
from citizen_app.i18n import apply_language
from citizen_app.ui.main_window import MainWindow
from citizen_app.ui.settings_page import SettingsPage
from citizen_app.ui.tasks import running
from tests.conftest import Account, register
from tests.helpers import Unplugged
from tests.live_server import LiveServer


def test_the_boxes_show_only_for_the_fields_the_server_has(qtbot) -> None:
    page = SettingsPage()
    qtbot.addWidget(page)
    page.show_notifications({"id": 1, "name": "سارة"})  # an older server
    assert not page.notify_box.isVisibleTo(page)
    page.show_notifications({"notify_email": True, "notify_sms": False})
    assert page.notify_box.isVisibleTo(page)
    assert page.notify["notify_email"].isChecked()
    assert not page.notify["notify_sms"].isChecked()
    page.show_notifications({"notify_email": False})
    assert not page.notify["notify_sms"].isVisibleTo(page)
    assert page.notify["notify_email"].isVisibleTo(page)


def test_a_channel_without_its_address_cannot_be_chosen(qtbot) -> None:
    apply_language("ar")
    page = SettingsPage()
    qtbot.addWidget(page)
    page.show_notifications({"email": "a@example.ps", "notify_email": True, "notify_sms": False})
    assert page.notify["notify_email"].isEnabled()
    assert not page.notify["notify_sms"].isEnabled()  # no mobile number in the account
    assert (
        page.notify_status.text()
        == "لا يوجد رقم جوال في حسابك، لذا لا يمكن اختيار الرسائل النصية (SMS)."
    )
    page.show_notifications(
        {"email": "a@example.ps", "phone": "0599123456", "notify_email": True, "notify_sms": False}
    )
    assert page.notify["notify_sms"].isEnabled()
    assert page.notify_status.text() == ""


def signed_in_window(qtbot, server: LiveServer) -> tuple[MainWindow, Open311Client, Account]:
    """A citizen with a phone number, signed in in an Arabic window."""
    citizen = register(server, "مواطنة", phone="059" + str(uuid.uuid4().int)[:7])
    apply_language("ar")
    client = Open311Client(server.url, api_key=server.api_key, language="ar")
    window = MainWindow(client, demo=True, store=CredentialStore(memory_only=True))
    qtbot.addWidget(window)
    window.show()
    window.account.sign_in(citizen.login, citizen.password)
    return window, client, citizen


def test_a_citizen_chooses_to_be_told_by_sms(qtbot, server: LiveServer) -> None:
    # SMS needs a phone number in the profile (the server refuses it otherwise).
    window, client, citizen_a = signed_in_window(qtbot, server)
    window.on_settings_clicked()
    page = window.settings
    qtbot.waitUntil(lambda: page.notify_box.isVisibleTo(window), timeout=15000)
    sms = page.notify["notify_sms"]
    before = sms.isChecked()
    sms.click()
    qtbot.waitUntil(lambda: page.notify_status.text() == "تم الحفظ.", timeout=15000)
    assert sms.isEnabled() and sms.isChecked() is not before
    profile = citizen_a.http.get(f"{server.url}/api/v1/me", timeout=30).json()
    assert profile["notify_sms"] is not before

    # The server cannot be reached: the box goes back, and the citizen is told why, in Arabic.
    client.session.mount(server.url, Unplugged())
    sms.click()
    qtbot.waitUntil(lambda: page.notify_status.text().startswith("لا يوجد اتصال"), timeout=30000)
    assert sms.isChecked() is not before
    assert sms.isEnabled()


def test_a_profile_that_cannot_be_loaded_is_said(qtbot, server: LiveServer) -> None:
    window, client, _ = signed_in_window(qtbot, server)
    client.session.mount(server.url, Unplugged())
    window.on_settings_clicked()
    page = window.settings
    qtbot.waitUntil(lambda: page.notify_status.text() != "", timeout=30000)
    assert page.notify_box.isVisibleTo(window)
    assert page.notify_status.text().startswith("تعذر تحميل اختياراتك")
    assert "لا يوجد اتصال" in page.notify_status.text()
    assert not any(box.isVisibleTo(window) for box in page.notify.values())  # state unknown


def test_a_choice_saved_after_signing_out_shows_nothing_of_that_citizen(
    qtbot, server: LiveServer
) -> None:
    window, _, _ = signed_in_window(qtbot, server)
    window.on_settings_clicked()
    page = window.settings
    qtbot.waitUntil(lambda: page.notify_box.isVisibleTo(window), timeout=15000)
    page.notify["notify_sms"].click()  # saving...
    window.accounts.on_sign_out_requested()  # ...while the citizen signs out
    assert window.stack.currentWidget() is window.welcome  # signed out here at once
    qtbot.waitUntil(lambda: running() == 0, timeout=30000)  # the save's answer came, dropped
    assert not page.notify_box.isVisibleTo(window)
    assert page.notify_status.text() == ""
