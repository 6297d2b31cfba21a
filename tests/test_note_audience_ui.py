"""The clerk chooses, where the note is typed, who will read it; the panel says so in plain
words, and a staff-only note looks unlike the others in the history."""

from __future__ import annotations

import requests
from PySide6.QtGui import QFont

from tests.conftest import Account
from tests.helpers import marker, new_request
from tests.live_server import LiveServer
from tests.test_clerk_workspace import citizen_view, signed_in_window


def open_request(qtbot, server: LiveServer, clerk: Account, number: str):
    window = signed_in_window(qtbot, server, *server.accounts["clerk"])
    workspace = window.workspace
    qtbot.waitUntil(lambda: window.stack.currentWidget() is workspace, timeout=15000)
    qtbot.waitUntil(lambda: workspace.queue.select_number(number), timeout=15000)
    panel = workspace.panel
    qtbot.waitUntil(
        lambda: panel.detail is not None and panel.detail["id"] == number, timeout=15000
    )
    return panel


def add_note(qtbot, panel, text: str, audience: str) -> None:
    panel.note_audience.setCurrentIndex(panel.note_audience.findData(audience))
    panel.internal_note.setPlainText(text)
    panel.note_button.click()
    qtbot.waitUntil(
        lambda: any(e.get("note") == text for e in panel.detail["events"]), timeout=15000
    )


def test_each_note_reaches_the_audience_chosen_beside_it(
    qtbot, server: LiveServer, clerk: Account, citizen_a: Account
) -> None:
    number = new_request(server, citizen_a)
    panel = open_request(qtbot, server, clerk, number)
    # Defaults: a note without a status change is for staff; the hint says so in Arabic.
    assert panel.note_audience.currentData() == "staff"
    assert panel.status_audience.currentData() == "public"
    assert (
        panel.note_audience_hint.text()
        == "لن يقرأ هذه الملاحظة إلا موظفو البلدية. لن يراها المواطن."
    )
    panel.note_audience.setCurrentIndex(panel.note_audience.findData("public"))
    assert "لا تكتب فيها أي معلومات شخصية" in panel.note_audience_hint.text()
    assert panel.note_audience.accessibleName() == "مَن سيقرأ هذه الملاحظة"

    internal, to_citizen, to_all = (f"{w} {marker()}" for w in ("داخلي", "للمواطن", "للجميع"))
    add_note(qtbot, panel, internal, "staff")
    assert panel.note_audience.currentData() == "staff"  # back to the default after saving
    add_note(qtbot, panel, to_citizen, "citizen")
    add_note(qtbot, panel, to_all, "public")

    lines = {
        panel.history.item(i).text(): panel.history.item(i) for i in range(panel.history.count())
    }
    staff_line = next(t for t in lines if internal in t)
    citizen_line = next(t for t in lines if to_citizen in t)
    assert "[للموظفين فقط]" in staff_line and "[إلى المواطن]" in citizen_line
    assert QFont(lines[staff_line].font()).italic()
    assert not QFont(lines[citizen_line].font()).italic()
    assert lines[staff_line].background() != lines[citizen_line].background()

    seen = [e.get("note") for e in citizen_view(server, citizen_a, number)["events"]]
    assert to_citizen in seen and to_all in seen and internal not in seen
    public = server.url + f"/open311/v2/requests/{number}.json"
    text = requests.get(public, timeout=30).text
    assert to_all in text and to_citizen not in text and internal not in text


def test_a_private_service_says_its_notes_are_never_published(
    qtbot, server: LiveServer, clerk: Account, citizen_a: Account
) -> None:
    number = new_request(
        server, citizen_a, service_code="residence-certificate", **{"attribute[copies]": "1"}
    )
    panel = open_request(qtbot, server, clerk, number)
    panel.status_audience.setCurrentIndex(panel.status_audience.findData("public"))
    assert "هذه الخدمة خاصة، فلا تُنشَر الملاحظة أبدًا." in panel.status_audience_hint.text()
