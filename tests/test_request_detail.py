"""A request's private detail, comments, rating, reopen, and my requests with ETag."""

from __future__ import annotations

import uuid

import requests

from tests.conftest import Account
from tests.helpers import marker, new_request
from tests.live_server import LiveServer


def detail(server: LiveServer, account: Account, number: str) -> requests.Response:
    return account.http.get(f"{server.url}/api/v1/requests/{number}", timeout=30)


def move(server: LiveServer, clerk: Account, number: str, *statuses: str) -> None:
    for status in statuses:
        response = clerk.http.post(
            f"{server.url}/api/v1/clerk/requests/{number}/status",
            json={"status": status, "note": f"الحالة: {status}"},
            timeout=30,
        )
        assert response.ok, response.text


def test_the_owner_sees_the_history_but_not_internal_notes(
    server: LiveServer, citizen_a: Account, citizen_b: Account, clerk: Account
) -> None:
    number = new_request(server, citizen_a, email="a@example.ps", phone="0599000111")
    clerk.http.post(
        f"{server.url}/api/v1/clerk/requests/{number}/notes",
        json={"note": "ملاحظة داخلية"},
        timeout=30,
    )
    move(server, clerk, number, "received")
    mine = detail(server, citizen_a, number).json()
    assert mine["status"] == "received"
    assert [e["kind"] for e in mine["events"]] == ["status", "status"]
    assert "ملاحظة داخلية" not in str(mine)
    assert mine["contact"]["email"] == "a@example.ps"
    staff = detail(server, clerk, number).json()
    assert "ملاحظة داخلية" in [e["note"] for e in staff["events"]]
    assert detail(server, citizen_b, number).status_code == 404
    assert requests.get(f"{server.url}/api/v1/requests/{number}", timeout=30).status_code == 401


def test_comment_rate_and_reopen_once(
    server: LiveServer, citizen_a: Account, clerk: Account
) -> None:
    number = new_request(server, citizen_a)
    base = f"{server.url}/api/v1/requests/{number}"
    assert (
        citizen_a.http.post(
            f"{base}/comments", json={"text": "متى يأتي الفريق؟"}, timeout=30
        ).status_code
        == 201
    )
    early = citizen_a.http.post(f"{base}/rating", json={"stars": 5}, timeout=30)
    assert early.status_code == 409
    assert early.json()["error"]["code"] == "not_resolved"
    assert (
        citizen_a.http.post(f"{base}/reopen", json={"reason": "x"}, timeout=30).status_code == 409
    )
    move(server, clerk, number, "received", "in_progress", "resolved")
    reopened = citizen_a.http.post(f"{base}/reopen", json={"reason": "ما زال التسرب"}, timeout=30)
    assert reopened.status_code == 201
    assert reopened.json()["status"] == "received"
    assert reopened.json()["reopen_count"] == 1
    move(server, clerk, number, "in_progress", "resolved")
    again = citizen_a.http.post(f"{base}/reopen", json={"reason": "ما زال"}, timeout=30)
    assert again.status_code == 409
    assert again.json()["error"]["code"] == "reopen_not_allowed"
    rated = citizen_a.http.post(f"{base}/rating", json={"stars": 4, "comment": "شكرًا"}, timeout=30)
    assert rated.status_code == 201
    assert rated.json()["rating"] == 4
    twice = citizen_a.http.post(f"{base}/rating", json={"stars": 5}, timeout=30)
    assert twice.json()["error"]["code"] == "already_rated"
    bad = citizen_a.http.post(f"{base}/rating", json={"stars": 9}, timeout=30)
    assert bad.status_code == 422
    by_clerk = clerk.http.post(f"{base}/comments", json={"text": "x"}, timeout=30)
    assert by_clerk.status_code == 403


def test_my_requests_pages_etag_and_updated_after(
    server: LiveServer, citizen_a: Account, citizen_b: Account
) -> None:
    word = marker()
    numbers = [new_request(server, citizen_a, description=f"{word} {n}") for n in range(3)]
    other = new_request(server, citizen_b)
    url = f"{server.url}/api/v1/me/requests"
    page = citizen_a.http.get(url, params={"page_size": 2}, timeout=30)
    body = page.json()
    assert body["total"] == 3
    assert [r["id"] for r in body["items"]] == numbers[::-1][:2]
    second = citizen_a.http.get(url, params={"page_size": 2, "page": 2}, timeout=30).json()
    assert [r["id"] for r in second["items"]] == [numbers[0]]
    assert other not in str(body) + str(second)
    etag = page.headers["ETag"]
    unchanged = citizen_a.http.get(
        url, params={"page_size": 2}, headers={"If-None-Match": etag}, timeout=30
    )
    assert unchanged.status_code == 304
    assert unchanged.content == b""
    citizen_a.http.post(
        f"{server.url}/api/v1/requests/{numbers[0]}/comments", json={"text": "جديد"}, timeout=30
    )
    changed = citizen_a.http.get(
        url, params={"page_size": 2}, headers={"If-None-Match": etag}, timeout=30
    )
    assert changed.status_code == 200
    since = body["items"][0]["updated_datetime"]
    recent = citizen_a.http.get(url, params={"updated_after": since}, timeout=30).json()
    assert numbers[0] in [r["id"] for r in recent["items"]]
    bad = citizen_a.http.get(url, params={"updated_after": "soon"}, timeout=30)
    assert bad.status_code == 400


def test_actions_on_someone_elses_request_look_like_a_missing_one(
    server: LiveServer, citizen_a: Account, citizen_b: Account
) -> None:
    number = new_request(server, citizen_a)
    base = f"{server.url}/api/v1/requests/{number}"
    for action, body in (
        ("comments", {"text": "x"}),
        ("rating", {"stars": 5}),
        ("reopen", {"reason": "x"}),
    ):
        response = citizen_b.http.post(f"{base}/{action}", json=body, timeout=30)
        assert response.status_code == 404, action
        assert response.json()["error"]["code"] == "not_found"
    unknown = citizen_a.http.get(f"{server.url}/api/v1/requests/HEB-1999-999999", timeout=30)
    assert unknown.status_code == 404
    assert detail(server, citizen_a, "HEB%00").status_code == 400  # a NUL is refused as such


def test_bodies_are_strict_and_text_is_checked(server: LiveServer, citizen_a: Account) -> None:
    number = new_request(server, citizen_a)
    base = f"{server.url}/api/v1/requests/{number}"
    refused = [
        ("comments", {"text": ""}, 422),
        ("comments", {"text": "x" * 2001}, 422),
        ("comments", {"text": "ok", "extra": 1}, 422),
        ("comments", {"text": "   "}, 422),
        ("comments", {"text": "a\x00b"}, 422),
        ("rating", {"stars": "5"}, 422),
        ("rating", {"stars": 0}, 422),
        ("rating", {"stars": 4.5}, 422),
        ("rating", {"stars": True}, 422),
        ("reopen", {}, 422),
    ]
    for action, body, status in refused:
        response = citizen_a.http.post(f"{base}/{action}", json=body, timeout=30)
        assert response.status_code == status, (action, body, response.text)
        assert "code" in response.json()["error"]
    mine = detail(server, citizen_a, number).json()
    assert "comment" not in [e["kind"] for e in mine["events"]]
    assert mine["attachments"] == []


def test_a_comment_is_for_the_municipality_and_a_retried_reopen_counts_once(
    server: LiveServer, citizen_a: Account, clerk: Account
) -> None:
    number = new_request(server, citizen_a)
    base = f"{server.url}/api/v1/requests/{number}"
    comment = citizen_a.http.post(f"{base}/comments", json={"text": "  شكرًا  "}, timeout=30)
    assert comment.status_code == 201
    event = comment.json()["events"][-1]
    # Read by the citizen and staff, never public (tests/test_visibility.py).
    assert (event["kind"], event["note"], event["audience"]) == ("comment", "شكرًا", "citizen")
    assert "شكرًا" in [e["note"] for e in detail(server, clerk, number).json()["events"]]
    move(server, clerk, number, "received", "in_progress", "resolved")
    key = {"Idempotency-Key": str(uuid.uuid4())}
    first = citizen_a.http.post(
        f"{base}/reopen", json={"reason": "لم يُصلح"}, headers=key, timeout=30
    )
    retry = citizen_a.http.post(
        f"{base}/reopen", json={"reason": "لم يُصلح"}, headers=key, timeout=30
    )
    assert first.status_code == retry.status_code == 201
    assert retry.json()["reopen_count"] == 1
    assert detail(server, citizen_a, number).json()["reopen_count"] == 1
