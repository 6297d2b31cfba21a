"""The clerk's queue keeps memory bounded however far it is scrolled: only the pages used last
keep their rows, the others keep their place and come back from the real server when seen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from citizen_app.api.accounts import Extensions
from citizen_app.api.clerk import ClerkApi, QueueQuery
from citizen_app.api.client import Open311Client
from citizen_app.ui.clerk import queue_model
from citizen_app.ui.clerk.queue_model import NUMBER_ROLE, PLACEHOLDER, QueueModel
from tests.helpers import marker, new_request
from tests.live_server import LiveServer


def kept_rows(model: QueueModel) -> int:
    return sum(row is not None for row in model.rows)


@pytest.mark.parametrize("server", ["sqlite"], indirect=True)
def test_pages_far_from_view_are_let_go_and_fetched_again(
    qtbot, monkeypatch, server: LiveServer
) -> None:
    monkeypatch.setattr(queue_model, "PAGE_SIZE", 10)
    monkeypatch.setattr(queue_model, "KEEP_PAGES", 2)
    word = marker()
    numbers = [new_request(server, description=f"ذاكرة {word} {n}") for n in range(45)]
    client = Open311Client(server.url, api_key=server.api_key, language="ar")
    extensions = Extensions(client)
    extensions.sign_in(*server.accounts["clerk"])
    model = QueueModel(ClerkApi(extensions))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(800, 200)
    view.show()
    model.active = True
    model.set_query(QueueQuery(q=word, sort="requested"))
    qtbot.waitUntil(lambda: model.total == 45 and model.rowCount() == 10, timeout=15000)

    while model.rowCount() < model.total:  # what scrolling to the bottom does
        view.scrollToBottom()
        qtbot.waitUntil(lambda: not model._fetching, timeout=15000)
        qtbot.wait(10)
    assert model.rowCount() == 45  # every row keeps its place: the scroll bar does not jump
    assert kept_rows(model) <= 2 * 10  # but only two pages keep their content
    assert model.rows[0] is None

    # Back at the top, the first page is asked for again and shown.
    first = model.index(0, 0)
    assert model.data(first) == PLACEHOLDER
    view.scrollToTop()
    qtbot.waitUntil(lambda: model.rows[0] is not None, timeout=15000)
    assert model.data(first, NUMBER_ROLE) == numbers[0]
    assert kept_rows(model) <= 2 * 10

    # A refresh far down asks for the kept pages only, and changes them in place.
    server_pages: list[int] = []
    original = model.api.queue

    def counting(query, page, size, counted=True):
        server_pages.append(page)
        return original(query, page, size, counted=counted)

    monkeypatch.setattr(model.api, "queue", counting)
    model.refresh()
    qtbot.waitUntil(lambda: not model._fetching, timeout=15000)
    assert sorted(set(server_pages)) == sorted({1, *model._kept})
    assert model.rowCount() == 45
    assert model.data(model.index(0, 0), Qt.ItemDataRole.DisplayRole) != PLACEHOLDER
