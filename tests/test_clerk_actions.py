"""Clerk actions on one request: notes, assign, duplicate-of, expected date; idempotency."""

from __future__ import annotations

import time
import uuid

import requests

from tests.clerk_api import act, move_to
from tests.conftest import Account
from tests.helpers import new_request
from tests.live_server import LiveServer


def detail(server: LiveServer, account: Account, number: str) -> dict:
    response = account.http.get(f"{server.url}/api/v1/requests/{number}", timeout=30)
    assert response.status_code == 200, response.text
    return response.json()


def test_clerk_list_offers_active_staff_only(
    server: LiveServer, clerk: Account, admin: Account, citizen_a: Account
) -> None:
    rows = clerk.http.get(f"{server.url}/api/v1/clerk/clerks", timeout=30).json()
    by_id = {row["id"]: row for row in rows}
    assert {clerk.user["id"], admin.user["id"]} <= set(by_id)
    assert citizen_a.user["id"] not in by_id
    assert set(by_id[clerk.user["id"]]) == {"id", "name", "department", "role"}


def test_assign_to_me_to_another_clerk_and_to_nobody(
    server: LiveServer, clerk: Account, admin: Account, citizen_a: Account
) -> None:
    number = new_request(server, citizen_a)
    mine = act(server, clerk, number, "assign", {"assignee_id": "me"})
    assert mine.status_code == 200
    assert mine.json()["assignee"] == {"id": clerk.user["id"], "name": clerk.user["name"]}
    event = mine.json()["events"][-1]
    assert (event["kind"], event["data"]["assignee_id"]) == ("assign", clerk.user["id"])
    theirs = act(server, clerk, number, "assign", {"assignee_id": admin.user["id"]})
    assert theirs.json()["assignee"]["id"] == admin.user["id"]
    nobody = act(server, clerk, number, "assign", {"assignee_id": None})
    assert nobody.status_code == 200 and nobody.json()["assignee"] is None
    by_admin = act(server, admin, number, "assign", {"assignee_id": "me"})
    assert by_admin.json()["assignee"]["id"] == admin.user["id"]


def test_assign_refuses_non_staff_and_loose_types(
    server: LiveServer, clerk: Account, citizen_a: Account
) -> None:
    number = new_request(server)
    for assignee in (citizen_a.user["id"], 10**9, -1, 0, 2**70):
        refused = act(server, clerk, number, "assign", {"assignee_id": assignee})
        assert refused.status_code == 422, assignee
        assert refused.json()["error"]["code"] == "invalid_assignee"
    for body in ({"assignee_id": str(clerk.user["id"])}, {"assignee_id": True}, {}, {"x": 1}):
        refused = act(server, clerk, number, "assign", body)
        assert refused.status_code == 422, body
        assert refused.json()["error"]["code"] == "validation_error"
    assert detail(server, clerk, number)["assignee"] is None


def test_duplicate_of_another_open_request(
    server: LiveServer, clerk: Account, citizen_a: Account
) -> None:
    original, copy = new_request(server), new_request(server, citizen_a)
    marked = act(server, clerk, copy, "duplicate", {"of": original, "note": "مبلغ عنه سابقًا"})
    assert marked.status_code == 200, marked.text
    body = marked.json()
    assert (body["status"], body["duplicate_of"]) == ("duplicate", original)
    assert body["resolved_datetime"] is not None
    assert body["events"][-1]["data"] == {"duplicate_of": original}
    seen = detail(server, citizen_a, copy)
    assert seen["duplicate_of"] == original
    assert "مبلغ عنه سابقًا" in [e["note"] for e in seen["events"]]
    public = requests.get(f"{server.url}/open311/v2/requests/{copy}.json", timeout=30).json()
    assert public[0]["status"] == "closed"


def test_duplicate_rules(server: LiveServer, clerk: Account) -> None:
    first, second, third, done = (new_request(server) for _ in range(4))
    move_to(server, clerk, done, "resolved")

    def reason(number: str, of: str) -> str:
        response = act(server, clerk, number, "duplicate", {"of": of})
        assert response.status_code == 422, response.text
        assert response.json()["error"]["code"] == "invalid_duplicate_target"
        return response.json()["error"]["params"]["reason"]

    assert reason(second, second) == "same_request"
    assert reason(second, "HEB-1999-000000") == "not_found"
    assert act(server, clerk, second, "duplicate", {"of": first}).status_code == 200
    assert reason(third, second) == "is_duplicate"  # point at the original instead
    assert reason(first, second) == "is_duplicate"
    again = act(server, clerk, second, "duplicate", {"of": third})
    assert again.status_code == 409  # already closed as a duplicate
    closed = act(server, clerk, done, "duplicate", {"of": first})
    assert closed.status_code == 409
    assert closed.json()["error"]["params"] == {"from": "resolved", "to": "duplicate"}
    # a closed request may be the original, and the number may be typed loosely
    assert act(server, clerk, third, "duplicate", {"of": done.lower()}).status_code == 200
    assert act(server, clerk, "HEB-1999-000000", "duplicate", {"of": first}).status_code == 404


def test_expected_date_is_public(server: LiveServer, clerk: Account, citizen_a: Account) -> None:
    number = new_request(server, citizen_a)
    before = detail(server, clerk, number)["updated_datetime"]
    time.sleep(1.1)  # updated_datetime has whole seconds
    promised = act(server, clerk, number, "expected", {"expected_datetime": "2026-12-01T10:00:00Z"})
    assert promised.status_code == 200
    assert promised.json()["expected_datetime"] == "2026-12-01T12:00:00+02:00"
    assert promised.json()["updated_datetime"] > before
    seen = detail(server, citizen_a, number)
    assert seen["expected_datetime"] == "2026-12-01T12:00:00+02:00"
    assert seen["events"][-1]["kind"] == "expected"
    public = requests.get(f"{server.url}/open311/v2/requests/{number}.json", timeout=30).json()
    assert public[0]["expected_datetime"] == "2026-12-01T12:00:00+02:00"
    for bad in (
        "next week",
        "2026-12-01T10:00:00",
        "1900-01-01T00:00:00Z",
        "0001-01-01T00:00+01:00",
    ):
        refused = act(server, clerk, number, "expected", {"expected_datetime": bad})
        assert refused.status_code == 400, bad
    assert act(server, clerk, number, "expected", {"expected_datetime": 1}).status_code == 422


def test_every_action_replays_with_its_idempotency_key(server: LiveServer, clerk: Account) -> None:
    original, number = new_request(server), new_request(server)
    for action, body in (
        ("notes", {"note": "اتصلت بالمواطن"}),
        ("assign", {"assignee_id": "me"}),
        ("expected", {"expected_datetime": "2026-12-24T08:00:00+02:00"}),
        ("status", {"status": "received"}),
        ("duplicate", {"of": original}),
    ):
        key = {"Idempotency-Key": uuid.uuid4().hex}
        first = act(server, clerk, number, action, body, key)
        again = act(server, clerk, number, action, body, key)
        assert first.status_code == again.status_code == 200, (action, first.text)
        assert again.headers.get("Idempotent-Replayed") == "true", action
        assert again.json() == first.json()
    events = detail(server, clerk, number)["events"]
    assert [e["kind"] for e in events].count("note") == 1
    statuses = [e["status"] for e in events if e["kind"] == "status"]
    assert statuses == ["submitted", "received", "duplicate"]


def test_notes_must_say_something(server: LiveServer, clerk: Account) -> None:
    number = new_request(server)
    assert act(server, clerk, number, "notes", {"note": "   "}).status_code == 400
    assert act(server, clerk, number, "notes", {"note": ""}).status_code == 422
    assert act(server, clerk, number, "notes", {"note": "x" * 4001}).status_code == 422
    assert act(server, clerk, number, "notes", {"note": "a\x00"}).status_code == 400
    assert act(server, clerk, "HEB-1999-000000", "notes", {"note": "x"}).status_code == 404
