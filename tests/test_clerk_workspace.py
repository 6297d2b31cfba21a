"""The clerk workspace in the real window against the real server: every action changes the
server, the citizen sees the public result and never the internal note."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDateTime, Qt

from citizen_app.api.client import Open311Client
from citizen_app.core.credentials import CredentialStore
from citizen_app.i18n import apply_language
from citizen_app.ui.clerk.queue_model import NUMBER_ROLE
from citizen_app.ui.main_window import MainWindow
from tests.conftest import Account
from tests.helpers import marker, new_request
from tests.live_server import LiveServer
from tests.test_citizen_ui import type_text


def signed_in_window(qtbot, server: LiveServer, login: str, password: str) -> MainWindow:
    apply_language("ar")
    client = Open311Client(server.url, api_key=server.api_key, language="ar")
    window = MainWindow(client, store=CredentialStore(memory_only=True))
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.welcome, timeout=15000)
    window.welcome.login.setText(login)
    window.welcome.password.setText(password)
    window.welcome.sign_in_button.click()
    # Signed in, and the window has moved on from the welcome page (its own callback).
    qtbot.waitUntil(
        lambda: window.account.signed_in and window.stack.currentWidget() is not window.welcome,
        timeout=15000,
    )
    return window


def citizen_view(server: LiveServer, citizen: Account, number: str) -> dict:
    return citizen.http.get(f"{server.url}/api/v1/requests/{number}", timeout=30).json()


def test_a_citizen_account_never_opens_the_workspace(
    qtbot, server: LiveServer, citizen_a: Account
) -> None:
    window = signed_in_window(qtbot, server, citizen_a.login, citizen_a.password)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.catalogue, timeout=15000)
    assert not window.staff.queue_button.isVisibleTo(window)
    assert not window.staff.stats_button.isVisibleTo(window)


def test_every_clerk_action_reaches_the_server_and_the_citizen(
    qtbot, server: LiveServer, clerk: Account, citizen_a: Account, tmp_path: Path
) -> None:
    word = marker()
    number = new_request(server, citizen_a, description=f"تسرّب {word}", phone="0599111222")
    original = new_request(server, citizen_a, description=f"الأصل {word}")
    login, password = server.accounts["clerk"]
    window = signed_in_window(qtbot, server, login, password)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=15000)
    assert window.staff.queue_button.isVisibleTo(window)
    assert not window.nav_bar.services_button.isVisibleTo(window)
    workspace = window.workspace
    qtbot.waitUntil(lambda: workspace.model.rowCount() > 0, timeout=15000)

    type_text(workspace.queue.search, word)
    qtbot.waitUntil(
        lambda: workspace.model.query.q == word and workspace.model.total == 2, timeout=15000
    )
    qtbot.waitUntil(lambda: workspace.model.rowCount() == 2, timeout=15000)
    assert "طلبان" in workspace.queue.counts.text()
    assert workspace.queue.select_number(number)
    panel = workspace.panel
    qtbot.waitUntil(
        lambda: panel.detail is not None and panel.detail["id"] == number, timeout=15000
    )
    assert "0599111222" in panel.contact.text()
    assert "submitted" not in [
        panel.new_status.itemData(i) for i in range(panel.new_status.count())
    ]

    # Status with a public note (from the template, edited).
    panel.new_status.setCurrentIndex(panel.new_status.findData("received"))
    panel._on_status_chosen(0)
    assert panel.public_note.toPlainText()  # the template
    panel.public_note.setPlainText("وصل طلبك إلى قسم المياه " + word)
    panel.status_button.click()
    qtbot.waitUntil(lambda: panel.detail["status"] == "received", timeout=15000)
    qtbot.waitUntil(
        lambda: workspace.model.rows[workspace.model.row_of(number)]["status"] == "received",
        timeout=5000,
    )
    # An internal note.
    panel.internal_note.setPlainText("سري: بحاجة إلى فحص العداد " + word)
    panel.note_button.click()
    qtbot.waitUntil(
        lambda: any("سري" in panel.history.item(i).text() for i in range(panel.history.count())),
        timeout=15000,
    )
    # Assign to me, set the expected date.
    panel.me_button.click()
    me = clerk.user["id"]
    qtbot.waitUntil(lambda: (panel.detail.get("assignee") or {}).get("id") == me, timeout=15000)
    assert (
        workspace.model.rows[workspace.model.row_of(number)]["assignee"]["id"] == clerk.user["id"]
    )
    panel.expected.setDateTime(QDateTime.fromString("2027-01-10T09:00:00Z", Qt.DateFormat.ISODate))
    panel.expected_button.click()
    qtbot.waitUntil(
        lambda: (panel.detail.get("expected_datetime") or "").startswith("2027-01-10"),
        timeout=15000,
    )

    seen = citizen_view(server, citizen_a, number)
    notes = [e.get("note") or "" for e in seen["events"]]
    assert any("وصل طلبك إلى قسم المياه" in n for n in notes)
    assert not any("سري" in n for n in notes)  # the internal note stays inside
    assert seen["status"] == "received"
    assert seen["expected_datetime"].startswith("2027-01-10")

    # The other request: a duplicate of the first.
    assert workspace.queue.select_number(original)
    qtbot.waitUntil(lambda: panel.detail["id"] == original, timeout=15000)
    panel.duplicate_of.setText(number)
    panel.duplicate_button.click()
    qtbot.waitUntil(lambda: panel.detail["status"] == "duplicate", timeout=15000)
    assert citizen_view(server, citizen_a, original)["duplicate_of"] == number

    # Statistics, exported to CSV.
    window.staff.stats_button.click()
    qtbot.waitUntil(lambda: window.stats.stats is not None, timeout=15000)
    assert window.stats.views[0].chart().series()
    out = tmp_path / "stats.csv"
    window.stats.export(out)
    qtbot.waitUntil(out.exists, timeout=5000)
    text = out.read_text(encoding="utf-8-sig")
    assert "by_status,received" in text
    assert "overdue" in text


def test_the_queue_pages_as_it_scrolls_and_refreshes_in_place(
    qtbot, server: LiveServer, clerk: Account
) -> None:
    word = marker()
    numbers = [new_request(server, description=f"عمود {word} {n}") for n in range(130)]
    login, password = server.accounts["clerk"]
    window = signed_in_window(qtbot, server, login, password)
    workspace = window.workspace
    qtbot.waitUntil(lambda: workspace.model.active, timeout=15000)
    workspace.queue.search.setText(word)  # applied after a short pause in typing
    qtbot.waitUntil(
        lambda: workspace.model.query.q == word and workspace.model.total == 130, timeout=15000
    )
    qtbot.waitUntil(lambda: workspace.model.rowCount() == 100, timeout=15000)
    assert workspace.model.rowCount() == 100  # one page
    assert workspace.model.canFetchMore()
    counts = workspace.queue._counts
    assert counts["submitted"] == 130
    workspace.queue.table.scrollToBottom()  # the view asks for the next page itself
    qtbot.waitUntil(lambda: workspace.model.rowCount() == 130, timeout=15000)
    assert not workspace.model.canFetchMore()
    # The next page came without counting again (counts=false): the counts shown are kept.
    assert workspace.queue._counts == counts and workspace.model.total == 130

    chosen = numbers[0]
    assert workspace.queue.select_number(chosen)
    qtbot.waitUntil(lambda: workspace.panel.detail is not None, timeout=15000)
    changed = numbers[5]
    clerk.http.post(
        f"{server.url}/api/v1/clerk/requests/{changed}/status",
        json={"status": "received"},
        timeout=30,
    ).raise_for_status()
    workspace.refresh()  # what the 30-second timer does
    row = workspace.model.row_of(changed)
    qtbot.waitUntil(lambda: workspace.model.rows[row]["status"] == "received", timeout=15000)
    selected = workspace.queue.table.selectionModel().selectedRows()
    assert [index.data(NUMBER_ROLE) for index in selected] == [chosen]  # still selected
