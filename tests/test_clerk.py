"""The clerk API: queue, Arabic-insensitive search, actions, statistics."""

from __future__ import annotations

import pytest
import requests

from municipal_server.statuses import STATUSES, TRANSITIONS
from tests.conftest import Account, register, sign_in
from tests.helpers import marker, new_request
from tests.live_server import LiveServer


def act(
    server: LiveServer, clerk: Account, number: str, action: str, body: dict
) -> requests.Response:
    return clerk.http.post(
        f"{server.url}/api/v1/clerk/requests/{number}/{action}", json=body, timeout=30
    )


def queue(server: LiveServer, clerk: Account, **params: str) -> dict:
    response = clerk.http.get(f"{server.url}/api/v1/clerk/requests", params=params, timeout=30)
    assert response.ok, response.text
    return response.json()


def path_to(status: str) -> list[str]:
    """Statuses to pass through from submitted to reach `status` by allowed moves."""
    paths = {"submitted": []}
    frontier = ["submitted"]
    while frontier:
        current = frontier.pop(0)
        for nxt in sorted(TRANSITIONS[current]):
            if nxt not in paths:
                paths[nxt] = [*paths[current], nxt]
                frontier.append(nxt)
    return paths[status]


@pytest.mark.parametrize("source", [s for s in STATUSES if s != "duplicate"])
def test_only_allowed_transitions_are_accepted(
    server: LiveServer, clerk: Account, source: str
) -> None:
    number = new_request(server)
    for step in path_to(source):
        assert act(server, clerk, number, "status", {"status": step}).ok
    offered = clerk.http.get(
        f"{server.url}/api/v1/clerk/requests/{number}/transitions", timeout=30
    ).json()
    assert offered == {"status": source, "allowed": sorted(TRANSITIONS[source])}
    for target in STATUSES:
        if target in TRANSITIONS[source] or target == "duplicate":
            continue
        refused = act(server, clerk, number, "status", {"status": target})
        assert refused.status_code == 409, (source, target)
        assert refused.json()["error"]["params"] == {"from": source, "to": target}


def test_a_status_change_and_its_note_reach_the_citizen(
    server: LiveServer, clerk: Account, citizen_a: Account
) -> None:
    number = new_request(server, citizen_a)
    changed = act(server, clerk, number, "status", {"status": "received", "note": "وصل طلبك"})
    assert changed.json()["status"] == "received"
    assert act(server, clerk, number, "notes", {"note": "المواطن اتصل مرتين"}).ok
    seen = citizen_a.http.get(f"{server.url}/api/v1/requests/{number}", timeout=30).json()
    assert seen["status"] == "received"
    assert "وصل طلبك" in [e["note"] for e in seen["events"]]
    assert "المواطن اتصل مرتين" not in str(seen)
    public = requests.get(
        f"{server.url}/open311/v2/requests/{number}.json", params={"extensions": "true"}, timeout=30
    ).text
    assert "وصل طلبك" in public
    assert "المواطن اتصل مرتين" not in public


def test_search_ignores_arabic_letter_variants_and_diacritics(
    server: LiveServer, clerk: Account
) -> None:
    word = marker()
    number = new_request(server, description=f"إنارة الشارع مطفأة {word}")
    for query in ("انارة", "مطفاه", "إِنَارَة", "الشارع مطفأة", "أنارة"):
        found = queue(server, clerk, q=f"{query}", page_size="500")
        assert number in [r["id"] for r in found["items"]], query
    assert queue(server, clerk, q=f"{word} مياه")["total"] == 0
    assert queue(server, clerk, q="100%_")["total"] == 0


def test_filters_sort_paging_and_counts(server: LiveServer, clerk: Account) -> None:
    word = marker()
    numbers = [new_request(server, description=f"{word} {n}") for n in range(3)]
    certificate = new_request(
        server, service_code="residence-certificate", description=word, **{"attribute[copies]": "1"}
    )
    act(server, clerk, numbers[0], "status", {"status": "received"})
    act(server, clerk, numbers[1], "assign", {"assignee_id": "me"})
    everything = queue(server, clerk, q=word)
    assert everything["total"] == 4
    assert everything["counts"]["submitted"] == 3
    assert everything["counts"]["received"] == 1
    received = queue(server, clerk, q=word, status="received")
    assert [r["id"] for r in received["items"]] == [numbers[0]]
    assert received["counts"]["submitted"] == 3  # counts ignore the status filter
    assert [r["id"] for r in queue(server, clerk, q=word, assignee="me")["items"]] == [numbers[1]]
    assert queue(server, clerk, q=word, assignee="none")["total"] == 3
    assert [
        r["id"] for r in queue(server, clerk, q=word, service="residence-certificate")["items"]
    ] == [certificate]
    assert queue(server, clerk, q=word, group="certificates")["total"] == 1
    ascending = [r["id"] for r in queue(server, clerk, q=word, sort="number")["items"]]
    assert ascending == sorted(ascending)
    descending = [r["id"] for r in queue(server, clerk, q=word, sort="-number")["items"]]
    assert descending == ascending[::-1]
    page = queue(server, clerk, q=word, sort="number", page_size="3", page="2")
    assert [r["id"] for r in page["items"]] == ascending[3:]
    assert queue(server, clerk, q=word, to="2000-01-01T00:00:00Z")["total"] == 0
    assert queue(server, clerk, q=word, **{"from": "2000-01-01T00:00:00Z"})["total"] == 4
    for bad in ({"status": "lost"}, {"sort": "colour"}, {"from": "soon"}, {"assignee": "bob"}):
        response = clerk.http.get(f"{server.url}/api/v1/clerk/requests", params=bad, timeout=30)
        assert response.status_code == 400, bad


def test_assign_duplicate_and_expected(
    server: LiveServer, clerk: Account, admin: Account, citizen_a: Account
) -> None:
    original = new_request(server)
    copy = new_request(server, citizen_a)
    clerks = clerk.http.get(f"{server.url}/api/v1/clerk/clerks", timeout=30).json()
    assert {c["id"] for c in clerks} >= {clerk.user["id"], admin.user["id"]}
    assigned = act(server, clerk, copy, "assign", {"assignee_id": admin.user["id"]})
    assert assigned.json()["assignee"]["id"] == admin.user["id"]
    assert (
        act(server, clerk, copy, "assign", {"assignee_id": citizen_a.user["id"]}).status_code == 400
    )
    assert act(server, clerk, copy, "assign", {"assignee_id": None}).json()["assignee"] is None
    expected = act(
        server, clerk, copy, "expected", {"expected_datetime": "2026-12-01T12:00:00+02:00"}
    )
    assert expected.json()["expected_datetime"] == "2026-12-01T12:00:00+02:00"
    assert (
        act(server, clerk, copy, "expected", {"expected_datetime": "next week"}).status_code == 400
    )
    assert act(server, clerk, copy, "duplicate", {"of": copy}).status_code == 400
    assert act(server, clerk, copy, "duplicate", {"of": "HEB-1999-000000"}).status_code == 400
    marked = act(server, clerk, copy, "duplicate", {"of": original, "note": "مبلغ عنه سابقًا"})
    assert marked.json()["status"] == "duplicate"
    assert marked.json()["duplicate_of"] == original
    assert act(server, clerk, original, "duplicate", {"of": copy}).status_code == 400
    again = act(server, clerk, copy, "duplicate", {"of": original})
    assert again.status_code == 409
    seen = citizen_a.http.get(f"{server.url}/api/v1/requests/{copy}", timeout=30).json()
    assert seen["duplicate_of"] == original
    assert seen["expected_datetime"] == "2026-12-01T12:00:00+02:00"


def test_statistics_on_a_fresh_server(start_server) -> None:
    live = start_server()
    login, password = live.accounts["clerk"]
    clerk = sign_in(live, login, password)
    numbers = [new_request(live) for _ in range(3)]
    new_request(live, service_code="residence-certificate", **{"attribute[copies]": "2"})
    for step in ("received", "in_progress", "resolved"):
        act(live, clerk, numbers[0], "status", {"status": step})
    act(live, clerk, numbers[1], "expected", {"expected_datetime": "2020-01-01T00:00:00Z"})
    stats = clerk.http.get(
        f"{live.url}/api/v1/clerk/stats", params={"locale": "en"}, timeout=30
    ).json()
    assert stats["total"] == 4
    assert stats["by_status"]["resolved"] == 1
    assert stats["by_status"]["submitted"] == 3
    assert stats["by_service"][0] == {"code": "water-leak", "name": "Water leak", "count": 3}
    assert stats["by_group"] == {"water": 3, "certificates": 1}
    assert stats["overdue"] == 1
    assert stats["median_hours_to_resolve"] is not None
    assert stats["median_hours_to_resolve"] < 1
    assert set(stats["median_hours_by_service"]) == {"water-leak"}
    week = stats["opened_vs_resolved"][-1]
    assert (week["opened"], week["resolved"]) == (4, 1)
    overdue = clerk.http.get(
        f"{live.url}/api/v1/clerk/requests", params={"overdue": "true"}, timeout=30
    )
    assert [r["id"] for r in overdue.json()["items"]] == [numbers[1]]


def test_citizens_cannot_use_clerk_routes(server: LiveServer) -> None:
    citizen = register(server)
    number = new_request(server, citizen)
    for method, path, body in (
        ("get", "/clerk/requests", None),
        ("get", "/clerk/stats", None),
        ("get", "/clerk/clerks", None),
        ("post", f"/clerk/requests/{number}/status", {"status": "received"}),
        ("post", f"/clerk/requests/{number}/notes", {"note": "x"}),
    ):
        response = getattr(citizen.http, method)(
            f"{server.url}/api/v1{path}", json=body, timeout=30
        )
        assert response.status_code == 403, path


def test_out_of_range_ids_are_not_found_not_server_errors(
    server: LiveServer, clerk: Account, citizen_a: Account
) -> None:
    number = new_request(server)
    huge = 2**31  # past PostgreSQL's INTEGER
    assert act(server, clerk, number, "assign", {"assignee_id": huge}).status_code == 400
    photo = citizen_a.http.get(f"{server.url}/api/v1/attachments/{huge}", timeout=30)
    assert photo.status_code == 404
