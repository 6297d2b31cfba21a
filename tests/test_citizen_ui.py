"""The citizen's window end to end against the real server: find a service, fill, submit."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import QDateTime, QEvent, Qt
from PySide6.QtGui import QAccessible, QKeyEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QWidget,
)

from citizen_app.api.client import Open311Client
from citizen_app.core.credentials import CredentialStore
from citizen_app.i18n import apply_language
from citizen_app.ui.fields import Field
from citizen_app.ui.main_window import MainWindow
from tests.conftest import sign_in
from tests.helpers import Unplugged
from tests.live_server import LiveServer


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, Arabic included (qtbot.keyClicks only handles ASCII)."""
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            widget.event(QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


@pytest.fixture
def window(qtbot, server: LiveServer) -> MainWindow:
    apply_language("ar")
    client = Open311Client(server.url, api_key=server.api_key, language="ar")
    win = MainWindow(client, demo=True, store=CredentialStore(memory_only=True))
    qtbot.addWidget(win)
    win.show()
    win.loader.load_catalogue()
    qtbot.waitUntil(lambda: win.catalogue.tree.topLevelItemCount() > 0, timeout=15000)
    win.stack.setCurrentWidget(win.catalogue)
    return win


def send(window: MainWindow) -> None:
    """Review, then confirm: the two presses a citizen makes."""
    window.form.submit_button.click()
    assert window.form.review.isVisibleTo(window), window.form.status.text()
    window.form.submit_button.click()


def open_service(qtbot, window: MainWindow, code: str) -> None:
    service = next(s for s in window.catalogue._services if s.code == code)
    window.catalogue.chosen.emit(service)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.form, timeout=15000)


def fields(window: MainWindow) -> dict[str, Field]:
    return {f.attribute.code: f for f in window.form.fields if isinstance(f, Field)}


def test_the_window_is_arabic_and_right_to_left(window: MainWindow) -> None:
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.windowTitle() == "الخدمات البلدية الإلكترونية"
    assert window.demo_banner.isVisible()


def test_a_notice_outlives_the_loads_finishing_after_it(qtbot, window: MainWindow) -> None:
    """The catalogue arriving after sign-in does not wipe "this computer cannot remember it"
    (CI once read an empty message here); it only clears what a load itself said."""
    window.notices.show_progress("loading")
    window.loader.load_catalogue()
    qtbot.waitUntil(lambda: not window.message.isVisibleTo(window), timeout=15000)
    window.notices.show_message("notice")
    with qtbot.waitSignal(window.catalogue_shown, timeout=15000):
        window.loader.load_catalogue()
    assert window.message.text() == "notice"
    assert window.message.isVisibleTo(window)


@pytest.mark.parametrize("query", ["انارة", "إِنَارَة", "اناره", "شارع"])
def test_search_ignores_letter_variants_and_diacritics(window: MainWindow, query: str) -> None:
    type_text(window.catalogue.search, query)
    codes = [s.code for s in window.catalogue.visible_services()]
    assert "street-light" in codes
    assert "water-leak" not in codes


def test_search_with_no_match_says_so(window: MainWindow) -> None:
    type_text(window.catalogue.search, "طائرة")
    assert window.catalogue.visible_services() == []
    assert window.catalogue.empty.isVisibleTo(window)


def test_every_error_is_shown_next_to_its_field(qtbot, window: MainWindow) -> None:
    open_service(qtbot, window, "street-light")
    by_code = fields(window)
    by_code["lamps_out"].input.setText("كثير")
    window.form.submit_button.click()
    assert by_code["pole_number"].error.text() == "هذا الحقل مطلوب."
    assert by_code["problem"].error.isVisibleTo(window)
    assert by_code["lamps_out"].error.text().startswith("أدخل رقمًا")
    assert not by_code["details"].error.isVisibleTo(window)
    assert window.form.location_error.isVisibleTo(window)
    assert window.form.idempotency_key is None  # nothing was sent


def fill_street_light(window: MainWindow) -> None:
    """Every Open311 datatype, typed as a citizen would (Arabic-Indic digits included)."""
    by_code = fields(window)
    type_text(by_code["pole_number"].input, "EL-2045")
    problem: QComboBox = by_code["problem"].input
    problem.setCurrentIndex(problem.findData("flickering"))
    type_text(by_code["lamps_out"].input, "٣")
    by_code["noticed_at"].input.setDateTime(
        QDateTime.fromString("2026-11-20T19:30:00Z", Qt.DateFormat.ISODate)
    )
    nearby: QListWidget = by_code["nearby"].input
    nearby.item(0).setCheckState(Qt.CheckState.Checked)
    nearby.item(3).setCheckState(Qt.CheckState.Checked)
    type_text(by_code["details"].input, "العمود مائل")
    type_text(window.form.address, "شارع عين سارة")
    type_text(window.form.phone, "٠٥٩٩١٢٣٤٥٦")


def check_street_light(detail: dict) -> None:
    """What the server keeps of `fill_street_light` (seen through the clerk API)."""
    assert detail["attributes"]["pole_number"] == "EL-2045"
    assert detail["attributes"]["lamps_out"] == "3"
    assert detail["attributes"]["nearby"] == ["school", "market"]
    assert detail["attributes"]["problem"] == "flickering"
    assert detail["attributes"]["noticed_at"].startswith("2026-11-20T19:30:00")
    assert detail["attributes"]["details"] == "العمود مائل"
    assert detail["contact"]["phone"] == "0599123456"


def test_a_citizen_submits_every_datatype_and_gets_a_number(
    qtbot,
    window: MainWindow,
    server: LiveServer,
    clerk,
    tmp_path,
) -> None:
    open_service(qtbot, window, "street-light")
    fill_street_light(window)
    send(window)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.confirmation, timeout=15000)
    number = window.confirmation.result.id
    assert number.startswith("HEB-")
    assert "\u2066" + number + "\u2069" in window.confirmation.number.text()
    check_street_light(clerk.http.get(f"{server.url}/api/v1/requests/{number}", timeout=30).json())
    # The receipt: the number and the service, no name.
    assert window.confirmation.save_button.isVisibleTo(window)
    receipt = tmp_path / "receipt.pdf"
    window.receipts.write_receipt(receipt)
    qtbot.waitUntil(receipt.exists, timeout=10000)
    document = QPdfDocument()
    assert document.load(str(receipt)) == QPdfDocument.Error.None_
    text = document.getAllText(0).text()
    assert number in text
    assert "عطل في إنارة الشارع" in text


def test_sent_while_offline_waits_in_the_outbox_and_arrives_once(
    qtbot, window: MainWindow, server: LiveServer
) -> None:
    open_service(qtbot, window, "residence-certificate")
    type_text(fields(window)["copies"].input, "2")
    marker = "outbox-ui-" + uuid.uuid4().hex[:8]
    type_text(window.form.description, marker)
    window.form.anonymous.setChecked(True)
    session, endpoint = window.client.session, window.client.endpoint().url
    session.mount(endpoint, Unplugged())  # the connection drops
    send(window)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.confirmation, timeout=30000)
    assert window.confirmation.heading.text() == "طلبك محفوظ على هذا الحاسوب"
    (item,) = window.outbox.items()
    assert (item.state, item.reason) == ("waiting", "offline")

    session.adapters.pop(endpoint)  # the connection is back
    window.on_unsent_clicked()
    qtbot.waitUntil(lambda: window.unsent.outbox_list.count() == 1, timeout=5000)
    window.unsent.retry_button.click()
    qtbot.waitUntil(lambda: window.outbox.items()[0].state == "sent", timeout=30000)
    number = window.outbox.items()[0].number
    qtbot.waitUntil(lambda: bool(window.notices.notifications), timeout=5000)
    assert number in window.notices.notifications[-1]
    # A certificate is a private transaction: never in the public feed, read by staff.
    assert window.client.requests(service_request_id=number) == []
    clerk = sign_in(server, *server.accounts["clerk"])
    arrived = clerk.http.get(f"{server.url}/api/v1/requests/{number}", timeout=30).json()
    assert arrived["description"] == marker
    qtbot.waitUntil(lambda: number in window.unsent.outbox_list.item(0).text(), timeout=5000)


def test_every_interactive_widget_has_an_accessible_name(qtbot, window: MainWindow) -> None:
    def unnamed(root: QWidget) -> list[str]:
        kinds = (QLineEdit, QComboBox, QListWidget, QAbstractButton)
        return [
            f"{type(w).__name__}:{w.objectName()}"
            for w in root.findChildren(QWidget)
            if isinstance(w, kinds)
            and w.isVisibleTo(root)
            # what a screen reader reads: a button's text when it has no name of its own
            and not QAccessible.queryAccessibleInterface(w).text(QAccessible.Text.Name).strip()
            and not isinstance(w.parent(), QComboBox | QAbstractSpinBox)  # their inner editors
        ]

    assert unnamed(window.catalogue) == []
    open_service(qtbot, window, "street-light")
    assert unnamed(window.form) == []


def test_a_service_can_be_found_and_opened_with_the_keyboard(qtbot, window: MainWindow) -> None:
    from PySide6.QtTest import QTest

    window.activateWindow()
    type_text(window.catalogue.search, "شهادة")
    QTest.keyClick(window.catalogue.search, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: window.catalogue.tree.hasFocus(), timeout=2000)
    tree = window.catalogue.tree
    QTest.keyClick(tree, Qt.Key.Key_Down)
    QTest.keyClick(tree, Qt.Key.Key_Down)
    QTest.keyClick(tree, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.form, timeout=15000)
    assert window.form.title.text() in {"شهادة سكن", "براءة ذمة"}
