"""The small things people expect, each found by using the app for a day (issue 14): errors by
the field they concern, Enter and a busy state, who is signed in, the municipality's name,
contact details already filled, following a request just sent, a clerk's status form that
cannot put a request on hold by accident, counts that follow, Ctrl+Q, a wrong PIN said, a
search that follows the language, and a choice made while the app still connects."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from citizen_app.api.client import Open311Client
from citizen_app.core.credentials import CredentialStore
from citizen_app.i18n import apply_language
from citizen_app.ui.main_window import FRAMED_MS, MainWindow
from citizen_app.ui.tasks import running
from tests.conftest import Account, register
from tests.fault_injector import FaultProxy
from tests.helpers import marker, new_request
from tests.live_server import LiveServer
from tests.test_citizen_ui import fill_street_light, open_service, send, type_text
from tests.test_clerk_workspace import signed_in_window
from tests.test_kiosk import PIN, kiosk_window

# Behaviour of the window, the same on either database: one is enough.
pytestmark = pytest.mark.parametrize("server", ["sqlite"], indirect=True)


def welcome_window(qtbot, server: LiveServer, **options: object) -> MainWindow:
    apply_language("ar")
    client = Open311Client(server.url, api_key=server.api_key, language="ar")
    window = MainWindow(client, store=CredentialStore(memory_only=True), **options)
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.welcome, timeout=15000)
    return window


def error_of(window: MainWindow, field: object) -> str:
    label = window.welcome.field_errors[field]
    return label.text() if label.isVisibleTo(window) else ""


def test_registration_errors_sit_by_their_field_and_enter_registers(
    qtbot, server: LiveServer
) -> None:
    window = welcome_window(qtbot, server, municipality="بلدية الخليل")
    welcome = window.welcome
    assert "بلدية الخليل" in welcome.heading.text()
    # Enter in the box, nothing typed: each missing field says what it needs, under it.
    QTest.keyClick(welcome.new_name, Qt.Key.Key_Return)
    assert "اسمك" in error_of(window, welcome.new_name)
    assert error_of(window, welcome.new_email)
    assert "8" in error_of(window, welcome.new_password)
    assert not error_of(window, welcome.new_id)
    assert welcome.status.text() == ""
    # Fixed: the field's error goes, the others stay until theirs are fixed.
    type_text(welcome.new_name, "سارة خليل")
    assert not error_of(window, welcome.new_name)
    assert error_of(window, welcome.new_password)
    # The server refuses the ID number: said under the ID field, not at the bottom.
    welcome.new_email.setText(f"s{random.randrange(10**9)}@example.ps")
    welcome.new_password.setText("correct horse battery")
    welcome.new_id.setText("123456789")  # wrong check digit
    QTest.keyClick(welcome.new_password, Qt.Key.Key_Return)
    # Busy: the button waits and a bar moves until the server answers.
    assert not welcome.register_button.isEnabled() and welcome.busy.isVisibleTo(window)
    qtbot.waitUntil(lambda: welcome.register_button.isEnabled(), timeout=15000)
    assert not welcome.busy.isVisibleTo(window)
    assert "رقم الهوية" in error_of(window, welcome.new_id)
    assert welcome.status.text() == ""
    type_text(welcome.new_id, "0")
    assert not error_of(window, welcome.new_id)


def test_who_is_signed_in_shows_and_goes_with_sign_out(
    qtbot, server: LiveServer, citizen_a: Account
) -> None:
    window = welcome_window(qtbot, server)
    welcome = window.welcome
    welcome.login.setText(citizen_a.login)
    welcome.password.setText(citizen_a.password)
    welcome.sign_in_button.click()
    assert not welcome.sign_in_button.isEnabled() and welcome.busy.isVisibleTo(window)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.catalogue, timeout=15000)
    assert window.nav_bar.user_label.isVisibleTo(window)
    assert window.nav_bar.user_label.text() == citizen_a.user["name"]
    window.accounts.on_sign_out_requested()
    assert not window.nav_bar.user_label.isVisibleTo(window)
    assert welcome.login.text() == "" and welcome.password.text() == ""


def test_the_form_knows_the_citizen_and_the_request_can_be_followed(
    qtbot, server: LiveServer
) -> None:
    phone = f"0599{random.randrange(10**6):06d}"
    citizen = register(server, "سارة أحمد خليل", phone=phone)
    window = welcome_window(qtbot, server)
    window.welcome.login.setText(citizen.login)
    window.welcome.password.setText(citizen.password)
    window.welcome.sign_in_button.click()
    qtbot.waitUntil(lambda: bool(window.catalogue._services), timeout=15000)
    open_service(qtbot, window, "street-light")
    form = window.form
    assert form.photos.isVisibleTo(window) and not form.photos_need_account.isVisibleTo(window)
    assert (form.first_name.text(), form.last_name.text()) == ("سارة", "أحمد خليل")
    assert (form.phone.text(), form.email.text()) == (phone, citizen.login)
    # Filled from the profile, not typed: no draft is made of it.
    qtbot.wait(1000)
    assert window.drafts.list() == []
    form.phone.clear()  # typed again below, in Arabic-Indic digits
    fill_street_light(window)
    send(window)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.confirmation, timeout=15000)
    number = window.confirmation.result.id
    assert window.confirmation.follow_button.isVisibleTo(window)
    window.confirmation.follow_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.detail, timeout=15000)
    assert window.detail.detail["id"] == number
    # Signed out, the next person's form carries nothing of this one.
    window.accounts.on_sign_out_requested()
    assert form.first_name.text() == form.phone.text() == form.email.text() == ""


def test_a_second_ctrl_enter_changes_nothing_and_the_counts_follow(
    qtbot, server: LiveServer, citizen_a: Account
) -> None:
    word = marker()
    number = new_request(server, citizen_a, description=f"تسرّب {word}")
    login, password = server.accounts["clerk"]
    window = signed_in_window(qtbot, server, login, password)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=15000)
    workspace, panel = window.workspace, window.workspace.panel
    type_text(workspace.queue.search, word)
    qtbot.waitUntil(lambda: workspace.model.query.q == word and workspace.model.total == 1)
    qtbot.waitUntil(lambda: workspace.model.rowCount() == 1, timeout=15000)
    submitted, received = "مُقدَّم", "مُستلَم"
    assert submitted in workspace.queue.counts.text()
    assert workspace.queue.select_number(number)
    qtbot.waitUntil(lambda: panel.detail is not None and panel.detail["id"] == number)
    # Nothing chosen in advance: no status, no note.
    assert panel.new_status.currentData() is None
    assert panel.public_note.toPlainText() == ""
    panel.new_status.setCurrentIndex(panel.new_status.findData("received"))
    panel._on_status_chosen(0)
    assert panel.public_note.toPlainText()  # the template, to edit
    window.activateWindow()
    panel.public_note.setFocus()
    QTest.keyClick(panel.public_note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: panel.detail["status"] == "received", timeout=15000)
    events = len(panel.detail["events"])
    # The form is back to "no new status", and the counts show the change.
    assert panel.new_status.currentData() is None
    assert panel.public_note.toPlainText() == ""
    qtbot.waitUntil(lambda: received in workspace.queue.counts.text(), timeout=15000)
    assert submitted not in workspace.queue.counts.text()
    # A second Ctrl+Enter: nothing is sent.
    QTest.keyClick(panel.public_note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(1500)
    detail = workspace.api.detail(number)
    assert detail["status"] == "received"
    assert len(detail["events"]) == events


def test_ctrl_q_quits_a_window_but_not_a_kiosk(qtbot, server: LiveServer) -> None:
    window = welcome_window(qtbot, server)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    QTest.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)

    kiosk = kiosk_window(qtbot, server)
    kiosk.activateWindow()
    qtbot.waitUntil(kiosk.isActiveWindow, timeout=5000)
    QTest.keyClick(kiosk, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(200)
    assert kiosk.isVisible()
    assert getattr(kiosk, "pin_dialog", None) is None  # not even asked


def test_a_wrong_administrator_pin_says_so(qtbot, server: LiveServer) -> None:
    window = kiosk_window(qtbot, server)
    window.close()
    first = window.kiosk.pin_dialog
    assert first.isVisible()
    first.setTextValue("0000")
    first.accept()
    again = window.kiosk.pin_dialog
    assert again is not first and again.isVisible()
    assert "غير صحيح" in again.labelText()
    assert window.isVisible()
    again.setTextValue(PIN)
    again.accept()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)


def test_a_search_that_matches_nothing_in_the_new_language_is_cleared(
    qtbot, server: LiveServer
) -> None:
    window = welcome_window(qtbot, server)
    window.welcome.skip_button.click()
    qtbot.waitUntil(lambda: bool(window.catalogue._services), timeout=15000)
    catalogue = window.catalogue
    type_text(catalogue.search, "إنارة")
    assert catalogue.visible_services()
    window.set_language("en")
    qtbot.waitUntil(lambda: catalogue.search.text() == "", timeout=15000)
    assert catalogue.visible_services() and not catalogue.empty.isVisibleTo(window)


def test_going_on_without_an_account_while_the_app_connects_is_not_undone(
    qtbot, server: LiveServer
) -> None:
    """Found by the screen-reader test: a citizen who chose "Continue without an account"
    while "Connecting to the municipality…" still showed was sent back to the welcome page
    once the server answered and no kept session was found."""
    with FaultProxy(server.port) as slow:
        slow.delay = 1.5
        slow.only_for(lambda line: b"/open311/discovery" in line)
        slow.set_mode("delay")
        apply_language("ar")
        client = Open311Client(slow.url, api_key=server.api_key)
        window = MainWindow(client, store=CredentialStore(memory_only=True))
        qtbot.addWidget(window)
        window.show()
        window.start()
        assert window.stack.currentWidget() is window.welcome
        window.welcome.skip_button.click()
        assert window.stack.currentWidget() is window.catalogue
        qtbot.waitUntil(lambda: bool(window.catalogue._services), timeout=15000)
        qtbot.waitUntil(lambda: running() == 0, timeout=15000)  # the session restore too
        assert window.stack.currentWidget() is window.catalogue


def test_without_an_account_the_form_says_photos_need_one(qtbot, server: LiveServer) -> None:
    """Found in a real window: a citizen without an account saw no photo section and no word
    of why (photos go through the extension, which needs a signed-in citizen). A kiosk, which
    has no accounts, says nothing of them."""
    window = welcome_window(qtbot, server)
    window.welcome.skip_button.click()
    qtbot.waitUntil(lambda: bool(window.catalogue._services), timeout=15000)
    open_service(qtbot, window, "street-light")
    form = window.form
    assert not form.photos.isVisibleTo(window)
    assert form.photos_need_account.isVisibleTo(window)
    assert form.photos_need_account.text() == "سجّل الدخول لإرفاق صور بطلبك."
    # The review shows how the municipality will reach them (it left the contact out).
    fill_street_light(window)
    type_text(form.first_name, "ليلى")
    form.submit_button.click()
    assert form.review.isVisibleTo(window)
    review = form.review_text.text()
    assert "الاسم: \u200f\u2068ليلى\u2069" in review
    assert "رقم الجوال: \u200f\u20680599123456\u2069" in review

    kiosk = kiosk_window(qtbot, server)
    open_service(qtbot, kiosk, "street-light")
    assert not kiosk.form.photos.isVisibleTo(kiosk)
    assert not kiosk.form.photos_need_account.isVisibleTo(kiosk)


def test_the_queue_gives_the_service_the_room_at_1366(
    qtbot, server: LiveServer, citizen_a: Account
) -> None:
    """Found in a real window at 1366×768: with every column 100 px wide the service, the
    column a clerk reads first, was three letters and an ellipsis, and the dates were cut."""
    new_request(server, citizen_a, description=f"تسرّب {marker()}")
    login, password = server.accounts["clerk"]
    window = signed_in_window(qtbot, server, login, password)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=15000)
    qtbot.wait(FRAMED_MS + 200)  # the window's own fitting to the (800-px) offscreen screen
    window.resize(1366, 768)
    table = window.workspace.queue.table
    qtbot.waitUntil(lambda: window.workspace.model.rowCount() > 0, timeout=15000)
    qtbot.wait(300)
    assert table.horizontalScrollBar().maximum() == 0  # every column on screen
    service = table.columnWidth(1)
    assert service >= 150 and service >= max(table.columnWidth(c) for c in range(2, 7))
    # Before a request is chosen the panel says so, instead of showing empty boxes.
    panel = window.workspace.panel
    assert panel.none_chosen.isVisibleTo(window) and not panel.actions.isVisibleTo(window)
    assert "اختر طلبًا" in panel.none_chosen.text()
    assert window.workspace.queue.select_number(window.workspace.model.rows[0]["id"])
    qtbot.waitUntil(lambda: panel.detail is not None, timeout=15000)
    assert panel.actions.isVisibleTo(window) and not panel.none_chosen.isVisibleTo(window)
