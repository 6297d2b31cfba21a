"""Against a plain Open311 endpoint (no accounts), my requests are kept on this computer."""

from __future__ import annotations

from pathlib import Path

from citizen_app.api.client import Open311Client
from citizen_app.core.credentials import CredentialStore
from citizen_app.core.local_requests import LocalRequests
from citizen_app.i18n import apply_language
from citizen_app.ui.fields import Field
from citizen_app.ui.main_window import MainWindow
from tests.conftest import Account
from tests.live_server import LiveServer
from tests.test_citizen_ui import send


def test_plain_mode_remembers_numbers_and_follows_them(
    qtbot, server: LiveServer, clerk: Account, tmp_path: Path
) -> None:
    apply_language("ar")
    # The endpoint folder itself, as a city publishes it: no discovery, no extensions.
    client = Open311Client(server.url + "/open311/v2", api_key=server.api_key)
    local = LocalRequests(tmp_path / "my-requests.json")
    window = MainWindow(client, store=CredentialStore(memory_only=True), local=local)
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.catalogue.tree.topLevelItemCount() > 0, timeout=15000)
    assert window.context.plain_mode()
    assert not window.nav_bar.account_button.isVisible()  # no accounts on this server
    service = next(s for s in window.catalogue.visible_services() if s.code == "water-leak")
    window.loader.open_service(service)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.form, timeout=15000)
    assert not window.form.photos.isVisibleTo(window)  # photos need an account
    fields = {f.attribute.code: f for f in window.form.fields if isinstance(f, Field)}
    fields["where"].input.setCurrentIndex(1)
    window.form.address.setText("شارع بئر السبع")
    send(window)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.confirmation, timeout=15000)
    number = window.confirmation.result.id
    qtbot.waitUntil(lambda: local.numbers(client.base_url) == [number], timeout=5000)
    qtbot.waitUntil(lambda: number in window.mine.shown_numbers(), timeout=15000)
    assert window.nav_bar.mine_button.isVisible()

    clerk.http.post(
        f"{server.url}/api/v1/clerk/requests/{number}/status",
        json={"status": "received", "note": "تم تحويل الطلب إلى قسم المياه"},
        timeout=30,
    )
    window.requests.refresh()
    qtbot.waitUntil(lambda: bool(window.notices.notifications), timeout=15000)
    window.requests.on_request_opened(number)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.detail, timeout=15000)
    lines = [window.detail.timeline.item(i).text() for i in range(window.detail.timeline.count())]
    assert any("تم تحويل الطلب إلى قسم المياه" in line for line in lines)
    assert not window.detail.comment_button.isVisibleTo(window)
    assert not list(tmp_path.glob(".requests-*"))  # no temporary files left behind


def test_a_kiosk_works_against_a_plain_open311_endpoint(qtbot, server: LiveServer) -> None:
    """No accounts, no extensions: a visitor still submits, gets a receipt, looks a request up
    by its number, and Finish goes straight back to the start (no feedback question)."""
    from citizen_app.core.local_db import LocalDatabase
    from citizen_app.core.pin import hash_pin
    from tests.test_citizen_ui import type_text

    apply_language("ar")
    client = Open311Client(server.url + "/open311/v2", api_key=server.api_key)
    window = MainWindow(
        client,
        store=CredentialStore(memory_only=True),
        db=LocalDatabase(Path(":memory:")),
        kiosk={
            "idle_timeout": 120,
            "pin_hash": hash_pin("1357", iterations=1000),
            "municipality": "بلدية نابلس",
        },
    )
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.catalogue.tree.topLevelItemCount() > 0, timeout=15000)
    window.kiosk.start_page.buttons[0].click()
    assert window.context.plain_mode()
    assert not window.nav_bar.account_button.isVisible()
    assert not window.nav_bar.mine_button.isVisible()  # a kiosk keeps no list of numbers
    window.loader.open_service(
        next(s for s in window.catalogue.visible_services() if s.code == "water-leak")
    )
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.form, timeout=15000)
    fields = {f.attribute.code: f for f in window.form.fields if isinstance(f, Field)}
    fields["where"].input.setCurrentIndex(1)
    type_text(window.form.address, "شارع فيصل")
    send(window)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.confirmation, timeout=15000)
    number = window.confirmation.result.id
    assert (
        window.receipts.last_receipt is not None and window.receipts.last_receipt.number == number
    )
    assert window.confirmation.print_button.isVisibleTo(window)
    assert not window.confirmation.save_button.isVisibleTo(window)  # no files on a kiosk

    window.kiosk.finish_button.click()
    assert (
        window.stack.currentWidget() is window.kiosk.start_page
    )  # no question without the server's
    assert window.receipts.last_receipt is None

    window.kiosk.start_page.buttons[0].click()
    type_text(window.welcome.lookup_number, number)
    window.welcome.lookup_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.detail, timeout=15000)
    assert number in window.detail.heading.text()
    window.kiosk.allow_close("1357")
