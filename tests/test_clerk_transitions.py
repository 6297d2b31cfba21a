"""Status changes through the clerk API: exactly statuses.TRANSITIONS, and who sees which note."""

from __future__ import annotations

import uuid

import pytest
import requests

from municipal_server.statuses import STATUSES, TRANSITIONS
from tests.clerk_api import act, move_to
from tests.conftest import Account
from tests.helpers import new_request
from tests.live_server import LiveServer

PAIRS = [(source, target) for source in STATUSES for target in sorted(TRANSITIONS[source])]
REACHABLE = [s for s in STATUSES if s != "duplicate"]


@pytest.mark.parametrize(("source", "target"), PAIRS)
def test_each_allowed_transition_is_accepted(
    server: LiveServer, clerk: Account, source: str, target: str
) -> None:
    number = new_request(server)
    move_to(server, clerk, number, source)
    moved = act(server, clerk, number, "status", {"status": target})
    assert moved.status_code == 200, moved.text
    assert moved.json()["status"] == target
    assert moved.json()["events"][-1]["kind"] == "status"


@pytest.mark.parametrize("source", REACHABLE)
def test_every_other_transition_is_refused(server: LiveServer, clerk: Account, source: str) -> None:
    number = new_request(server)
    move_to(server, clerk, number, source)
    offered = clerk.http.get(f"{server.url}/api/v1/clerk/requests/{number}/transitions", timeout=30)
    assert offered.json() == {"status": source, "allowed": sorted(TRANSITIONS[source])}
    for target in sorted(set(STATUSES) - TRANSITIONS[source]):
        refused = act(server, clerk, number, "status", {"status": target})
        assert refused.status_code == 409, (source, target)
        error = refused.json()["error"]
        assert error["code"] == "transition_not_allowed"
        assert error["params"] == {"from": source, "to": target}
    detail = clerk.http.get(f"{server.url}/api/v1/requests/{number}", timeout=30).json()
    assert detail["status"] == source


def test_a_duplicate_moves_nowhere(server: LiveServer, clerk: Account) -> None:
    original, copy = new_request(server), new_request(server)
    assert act(server, clerk, copy, "duplicate", {"of": original}).status_code == 200
    offered = clerk.http.get(f"{server.url}/api/v1/clerk/requests/{copy}/transitions", timeout=30)
    assert offered.json() == {"status": "duplicate", "allowed": []}
    for target in STATUSES:
        assert act(server, clerk, copy, "status", {"status": target}).status_code == 409


def test_public_note_reaches_the_citizen_and_internal_note_never_does(
    server: LiveServer, clerk: Account, citizen_a: Account
) -> None:
    public_note, secret = f"وصل طلبك {uuid.uuid4().hex}", f"سري {uuid.uuid4().hex}"
    number = new_request(server, citizen_a)
    changed = act(server, clerk, number, "status", {"status": "received", "note": public_note})
    assert changed.status_code == 200
    noted = act(server, clerk, number, "notes", {"note": secret})
    assert noted.status_code == 200
    event = noted.json()["events"][-1]
    assert (event["kind"], event["public"], event["note"]) == ("note", False, secret)
    seen = citizen_a.http.get(f"{server.url}/api/v1/requests/{number}", timeout=30)
    assert seen.status_code == 200
    assert seen.json()["status"] == "received"
    assert public_note in [e["note"] for e in seen.json()["events"]]
    assert secret not in seen.text
    for fmt in ("json", "xml"):
        public = requests.get(
            f"{server.url}/open311/v2/requests/{number}.{fmt}",
            params={"extensions": "true"},
            timeout=30,
        )
        assert public.status_code == 200
        assert secret not in public.text


def test_status_change_honours_idempotency_key(server: LiveServer, clerk: Account) -> None:
    number = new_request(server)
    key = {"Idempotency-Key": uuid.uuid4().hex}
    first = act(server, clerk, number, "status", {"status": "received"}, key)
    again = act(server, clerk, number, "status", {"status": "received"}, key)
    assert first.status_code == again.status_code == 200
    assert again.headers.get("Idempotent-Replayed") == "true"
    assert again.json() == first.json()
    other = act(server, clerk, number, "status", {"status": "in_progress"}, key)
    assert other.status_code == 422
    assert other.json()["error"]["code"] == "idempotency_key_reused"


def test_bad_bodies_are_refused(server: LiveServer, clerk: Account) -> None:
    number = new_request(server)
    for body in (
        {"status": "lost"},
        {"status": "received", "colour": "red"},
        {"status": 1},
        {"status": "received", "note": 5},
        {},
    ):
        assert act(server, clerk, number, "status", body).status_code == 422, body
    refused = act(server, clerk, number, "status", {"status": "received", "note": "a\x00b"})
    assert refused.status_code == 400
    missing = act(server, clerk, "HEB-1999-999999", "status", {"status": "received"})
    assert missing.status_code == 404
