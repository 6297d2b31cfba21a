"""Every /api/v1 route against every kind of caller: no route leaks A's data to anyone else.

The table below must name every route the app has; a new route without a row fails the test,
so nobody adds a route without deciding who may call it.
"""

from __future__ import annotations

import io

import pytest
import requests
from PIL import Image

from municipal_server.app import create_app
from municipal_server.config import Settings
from tests.conftest import Account, register
from tests.helpers import marker, new_request
from tests.live_server import LiveServer

# (method, path template) -> who may call it: public | signed_in | owner | staff_or_owner | staff
ROUTES = {
    ("POST", "/api/v1/auth/register"): "public",
    ("POST", "/api/v1/auth/token"): "public",
    ("POST", "/api/v1/auth/refresh"): "public",
    ("POST", "/api/v1/auth/logout"): "public",
    ("GET", "/api/v1/me"): "signed_in",
    ("PATCH", "/api/v1/me"): "signed_in",
    ("GET", "/api/v1/me/requests"): "signed_in",
    ("GET", "/api/v1/requests/{number}"): "staff_or_owner",
    ("POST", "/api/v1/requests/{number}/attachments"): "staff_or_owner",
    ("GET", "/api/v1/attachments/{attachment_id}"): "staff_or_owner",
    ("POST", "/api/v1/requests/{number}/comments"): "owner",
    ("POST", "/api/v1/requests/{number}/rating"): "owner",
    ("POST", "/api/v1/requests/{number}/reopen"): "owner",
    ("POST", "/api/v1/requests/{number}/fixed"): "owner",
    ("GET", "/api/v1/clerk/requests"): "staff",
    ("GET", "/api/v1/clerk/clerks"): "staff",
    ("GET", "/api/v1/clerk/stats"): "staff",
    ("GET", "/api/v1/clerk/requests/{number}/transitions"): "staff",
    ("POST", "/api/v1/clerk/requests/{number}/status"): "staff",
    ("POST", "/api/v1/clerk/requests/{number}/notes"): "staff",
    ("POST", "/api/v1/clerk/requests/{number}/assign"): "staff",
    ("POST", "/api/v1/clerk/requests/{number}/duplicate"): "staff",
    ("POST", "/api/v1/clerk/requests/{number}/expected"): "staff",
    ("POST", "/api/v1/feedback"): "public",  # the app's api_key; tests/test_visit_feedback.py
}

BODIES = {
    "comments": {"text": "تعليق"},
    "rating": {"stars": 5},
    "reopen": {"reason": "لم يحل"},
    "fixed": {"fixed": False, "reason": "لم يحل"},
    "status": {"status": "received"},
    "notes": {"note": "داخلية"},
    "assign": {"assignee_id": "me"},
    "expected": {"expected_datetime": "2027-01-01T00:00:00Z"},
}


def app_routes() -> set[tuple[str, str]]:
    schema = create_app(Settings(database_url="sqlite://")).openapi()
    found = set()
    for path, operations in schema["paths"].items():
        if path.startswith("/api/v1/"):
            found |= {(method.upper(), path) for method in operations}
    return found


def test_the_matrix_names_every_route() -> None:
    assert app_routes() == set(ROUTES)


def small_jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (8, 8)).save(out, "JPEG")
    return out.getvalue()


def call(
    server: LiveServer,
    http: requests.Session,
    method: str,
    path: str,
    number: str,
    attachment: int,
    other: str,
) -> requests.Response:
    url = server.url + path.format(number=number, attachment_id=attachment)
    action = path.rsplit("/", 1)[-1]
    if action == "attachments":
        return http.post(url, files={"file": ("p.jpg", small_jpeg(), "image/jpeg")}, timeout=30)
    if action == "duplicate":
        return http.post(url, json={"of": other}, timeout=30)
    if method == "PATCH":
        return http.patch(url, json={"language": "ar"}, timeout=30)
    if method == "POST":
        return http.post(url, json=BODIES.get(action, {}), timeout=30)
    return http.get(url, timeout=30)


@pytest.fixture
def scene(server: LiveServer, citizen_a: Account, clerk: Account) -> dict:
    secret = marker()
    number = new_request(
        server, citizen_a, description=f"وصف خاص {secret}", email=f"{secret}@example.ps"
    )
    other = new_request(server, citizen_a)
    uploaded = citizen_a.http.post(
        f"{server.url}/api/v1/requests/{number}/attachments",
        files={"file": ("p.jpg", small_jpeg(), "image/jpeg")},
        timeout=30,
    )
    return {"secret": secret, "number": number, "other": other, "attachment": uploaded.json()["id"]}


def revoked_session(server: LiveServer) -> requests.Session:
    account = register(server)
    account.http.post(f"{server.url}/api/v1/auth/logout", json={}, timeout=30)
    return account.http


@pytest.mark.parametrize(
    ("method", "path"), sorted(k for k, rule in ROUTES.items() if rule != "public")
)
def test_route_refuses_whoever_may_not_call_it(
    server: LiveServer,
    citizen_a: Account,
    citizen_b: Account,
    clerk: Account,
    supervisor: Account,
    scene: dict,
    method: str,
    path: str,
) -> None:
    rule = ROUTES[(method, path)]  # public routes are covered by tests/test_auth.py
    args = (scene["number"], scene["attachment"], scene["other"])
    tampered = requests.Session()
    tampered.headers["Authorization"] = "Bearer " + citizen_a.access_token[:-3] + "xyz"
    callers = {
        "anonymous": requests.Session(),
        "tampered": tampered,
        "revoked": revoked_session(server),
        "citizen_b": citizen_b.http,
        "clerk": clerk.http,
        "supervisor": supervisor.http,
        "citizen_a": citizen_a.http,
    }
    for who, http in callers.items():
        response = call(server, http, method, path, *args)
        status = response.status_code
        if who in ("anonymous", "tampered", "revoked"):
            assert status == 401, (who, status)
        elif who == "citizen_b":
            if rule in ("owner", "staff_or_owner"):
                assert status == 404, (who, status)
            elif rule == "staff":
                assert status == 403, (who, status)
            else:
                assert status < 400, (who, status, response.text)
        elif who in ("clerk", "supervisor"):  # a supervisor is a clerk with escalations
            if rule == "owner":
                assert status == 403, (who, status)
            else:
                assert status not in (401, 403, 404), (who, status, response.text)
        else:  # citizen A, the owner
            if rule == "staff":
                assert status == 403, (who, status)
            else:
                assert status not in (401, 403, 404), (who, status, response.text)
        if who not in ("clerk", "supervisor", "citizen_a"):
            assert scene["secret"] not in response.text, (who, path)
