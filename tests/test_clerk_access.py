"""Every clerk route is for clerks and admins only: citizens get 403, anonymous callers 401."""

from __future__ import annotations

import pytest
import requests

from tests.conftest import Account
from tests.helpers import new_request
from tests.live_server import LiveServer


def routes(number: str) -> list[tuple[str, str, dict | None]]:
    base = f"/api/v1/clerk/requests/{number}"
    return [
        ("get", "/api/v1/clerk/requests", None),
        ("get", "/api/v1/clerk/stats", None),
        ("get", "/api/v1/clerk/clerks", None),
        ("get", f"{base}/transitions", None),
        ("post", f"{base}/status", {"status": "received"}),
        ("post", f"{base}/notes", {"note": "x"}),
        ("post", f"{base}/assign", {"assignee_id": "me"}),
        ("post", f"{base}/duplicate", {"of": number}),
        ("post", f"{base}/expected", {"expected_datetime": "2026-12-01T00:00:00Z"}),
    ]


def test_citizens_get_403_even_on_their_own_request(server: LiveServer, citizen_a: Account) -> None:
    number = new_request(server, citizen_a)
    for method, path, body in routes(number):
        response = getattr(citizen_a.http, method)(f"{server.url}{path}", json=body, timeout=30)
        assert response.status_code == 403, path
        assert response.json()["error"]["code"] == "forbidden"
    mine = citizen_a.http.get(f"{server.url}/api/v1/requests/{number}", timeout=30).json()
    assert mine["status"] == "submitted" and mine["assignee"] is None


def test_anonymous_callers_get_401(server: LiveServer) -> None:
    number = new_request(server)
    for method, path, body in routes(number):
        response = getattr(requests, method)(f"{server.url}{path}", json=body, timeout=30)
        assert response.status_code == 401, path
        assert response.headers["WWW-Authenticate"].startswith("Bearer")


@pytest.mark.parametrize("role", ["clerk", "admin"])
def test_staff_may_read_every_clerk_view(
    server: LiveServer, role: str, request: pytest.FixtureRequest
) -> None:
    staff: Account = request.getfixturevalue(role)
    number = new_request(server)
    for method, path, _ in routes(number):
        if method == "get":
            assert staff.http.get(f"{server.url}{path}", timeout=30).status_code == 200, path
