""" "Is the problem fixed?": the citizen's request page asks while the server's fixed_check is
open, sends Yes or No (No with a reason) in the background, and shows the request again."""

from __future__ import annotations

import time
import uuid

import pytest

from citizen_app.api.accounts import Extensions
from citizen_app.api.client import Open311Client
from citizen_app.api.errors import Rejected
from citizen_app.i18n import apply_language
from citizen_app.ui.request_detail_page import RequestDetailPage
from tests.conftest import register, sign_in
from tests.helpers import new_request
from tests.test_request_detail import detail, move


def shown(page: RequestDetailPage, check: dict | None) -> bool:
    page.show_detail(
        {"id": "HEB-2026-000009", "service_name": "حفرة", "status": "resolved", "events": []}
        | ({"fixed_check": check} if check is not None else {})
    )
    return page.fixed_box.isVisibleTo(page)


def test_the_question_is_asked_only_while_it_is_open(qtbot) -> None:
    apply_language("ar")
    page = RequestDetailPage(Extensions(Open311Client("http://127.0.0.1:9")))
    qtbot.addWidget(page)
    assert shown(page, {"asked_at": "2026-12-01T08:00:00+02:00", "answered": None})
    assert not shown(page, {"asked_at": "2026-12-01T08:00:00+02:00", "answered": True})
    assert not shown(page, {"asked_at": None, "answered": None})
    assert not shown(page, None)  # a server without the question
    assert shown(page, {"asked_at": "2026-12-01T08:00:00+02:00", "answered": None})
    page.fixed_no.click()  # "no" needs a reason: nothing is sent
    assert page.status.text() == "أخبر البلدية بما لم يُصلَح بعد."


def test_a_citizen_says_it_is_not_fixed_and_why(qtbot, start_server) -> None:
    # A server that asks at once (0 days after resolution) and looks every 0.2 s.
    server = start_server(
        env={"MUNICIPAL_FIXED_CHECK_DAYS": "0", "MUNICIPAL_NOTIFY_INTERVAL": "0.2"}
    )
    citizen_a = register(server, "مواطن")
    clerk = sign_in(server, *server.accounts["clerk"])
    number = new_request(server, citizen_a)
    move(server, clerk, number, "received", "in_progress", "resolved")
    deadline = time.monotonic() + 15
    while not (detail(server, citizen_a, number).json().get("fixed_check") or {}).get("asked_at"):
        if time.monotonic() > deadline:
            pytest.fail("the server did not ask whether the resolved request is fixed")
        time.sleep(0.2)

    apply_language("ar")
    client = Open311Client(server.url, api_key=server.api_key, language="ar")
    client.access_token = citizen_a.access_token
    extensions = Extensions(client)
    with pytest.raises(Rejected) as refused:  # the server's own check, through the client
        extensions.answer_fixed(number, False, "", str(uuid.uuid4()))
    assert (refused.value.status, refused.value.code) == (422, "reason_required")

    page = RequestDetailPage(extensions)
    qtbot.addWidget(page)
    page.show()
    page.show_detail(extensions.request(number))
    assert page.fixed_box.isVisible()
    page.fixed_reason.setText("ما زال الماء يتسرب")
    page.fixed_no.click()
    qtbot.waitUntil(lambda: not page.fixed_box.isVisible(), timeout=15000)
    assert page.status.text() == ""
    check = detail(server, citizen_a, number).json()["fixed_check"]
    assert check["answered"] is False
    assert page.detail["fixed_check"]["answered"] is False  # the page shows the new state
