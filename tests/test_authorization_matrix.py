"""Every route against every kind of caller: no route leaks A's data to anyone else.

The table below must name every route the app has (walked from the app itself, documentation
and Open311 routes included); a new route without a row fails the test, so nobody adds a route
without deciding who may call it. Callers include anonymous, tampered, revoked, expired,
deactivated and refresh-as-access tokens and the survivor of a refresh-token replay: none of
them may get anything but 401 from a route that needs a sign-in.
"""

from __future__ import annotations

import io
import uuid
from collections.abc import Iterator

import pytest
import requests
from PIL import Image
from sqlalchemy import select, update

from municipal_server import tokens
from municipal_server.app import create_app
from municipal_server.config import Settings
from municipal_server.db import Database
from municipal_server.models import User
from tests.conftest import Account, register, unique_address
from tests.helpers import marker, new_request
from tests.live_server import LiveServer

# (method, path template) -> who may call it:
# public | signed_in | owner | staff_or_owner | staff | admin
ROUTES = {
    ("POST", "/api/v1/auth/register"): "public",
    ("POST", "/api/v1/auth/token"): "public",
    ("POST", "/api/v1/auth/refresh"): "public",
    ("POST", "/api/v1/auth/logout"): "public",
    ("GET", "/api/v1/me"): "signed_in",
    ("PATCH", "/api/v1/me"): "signed_in",
    ("POST", "/api/v1/me/password"): "signed_in",
    ("GET", "/api/v1/me/sessions"): "signed_in",
    ("POST", "/api/v1/me/sessions/end-others"): "signed_in",
    # Proving one's own e-mail or phone (tests/test_contact_verification.py): only ever the
    # caller's own addresses; another account's code proves nothing.
    ("POST", "/api/v1/me/verify/send"): "signed_in",
    ("POST", "/api/v1/me/verify"): "signed_in",
    ("GET", "/api/v1/me/export"): "signed_in",
    ("DELETE", "/api/v1/me"): "signed_in",
    ("POST", "/api/v1/auth/password-reset"): "public",
    ("POST", "/api/v1/auth/password-reset/confirm"): "public",
    ("GET", "/api/v1/admin/staff"): "admin",
    ("POST", "/api/v1/admin/staff"): "admin",
    ("PATCH", "/api/v1/admin/staff/{user_id}"): "admin",
    ("POST", "/api/v1/admin/staff/{user_id}/reset-password"): "admin",
    ("GET", "/api/v1/admin/calendar"): "admin",
    ("PUT", "/api/v1/admin/calendar"): "admin",
    ("GET", "/api/v1/admin/audit"): "admin",
    ("GET", "/api/v1/admin/catalogue"): "admin",
    ("POST", "/api/v1/admin/catalogue/check"): "admin",
    ("PUT", "/api/v1/admin/groups/{code}"): "admin",
    ("PUT", "/api/v1/admin/services/{code}"): "admin",
    ("GET", "/api/v1/admin/municipality"): "admin",
    ("PUT", "/api/v1/admin/municipality"): "admin",
    ("PUT", "/api/v1/admin/municipality/logo"): "admin",
    ("DELETE", "/api/v1/admin/municipality/logo"): "admin",
    ("GET", "/api/v1/admin/note-templates"): "admin",
    ("PUT", "/api/v1/admin/note-templates"): "admin",
    ("GET", "/api/v1/clerk/note-templates"): "staff",
    # The municipality's name, contact line and logo: for every app's header and receipts.
    ("GET", "/api/v1/municipality"): "public",
    ("GET", "/api/v1/municipality/logo"): "public",
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
    # Open311 is public by the standard (POST needs the api_key, checked in test_open311_*);
    # what it shows is checked below to carry no contact details.
    ("GET", "/open311/discovery.{fmt}"): "public",
    ("GET", "/open311/v2/discovery.{fmt}"): "public",
    ("GET", "/open311/v2/services.{fmt}"): "public",
    ("GET", "/open311/v2/services/{service_code}.{fmt}"): "public",
    ("GET", "/open311/v2/requests.{fmt}"): "public",
    ("POST", "/open311/v2/requests.{fmt}"): "public",
    ("GET", "/open311/v2/requests/{service_request_id}.{fmt}"): "public",
    ("GET", "/open311/v2/tokens/{token}.{fmt}"): "public",
    # The OpenAPI document (/docs and /redoc are off unless MUNICIPAL_DOCS=true; see
    # tests/test_server_hardening.py).
    ("GET", "/openapi.json"): "public",
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
    # A wrong current password: 400, so the callers' own passwords stay as they are.
    "password": {"current_password": "not the password", "new_password": "another password"},
    # An account that is not staff: 400 for the admin, and nobody is created.
    "staff": {"name": "", "email": "x"},
    "reset-password": {},
    # A code for the caller's own e-mail: 503 (this server sends no mail) or 409 (verified).
    "send": {"channel": "email"},
    # A wrong code: 400, or 409 when nothing waits to be verified.
    "verify": {"channel": "email", "code": "000000"},
}


def walk(routes, prefix: str = "") -> Iterator[tuple[str, str]]:
    """(method, path) of every route, hidden ones too, through included routers."""
    for route in routes:
        if hasattr(route, "original_router"):  # FastAPI's included router
            context = route.include_context
            yield from walk(route.original_router.routes, prefix + context.prefix)
        elif hasattr(route, "methods") and hasattr(route, "path"):
            for method in route.methods - {"HEAD"}:
                yield method, prefix + route.path
        else:
            raise AssertionError(f"a route of an unknown kind: {route!r}")


def app_routes() -> set[tuple[str, str]]:
    return set(walk(create_app(Settings(database_url="sqlite://")).routes))


def test_the_matrix_names_every_route() -> None:
    assert app_routes() == set(ROUTES)
    # The OpenAPI document (which the fuzzer walks) hides no route either.
    schema = create_app(Settings(database_url="sqlite://")).openapi()
    documented = {(m.upper(), p) for p, ops in schema["paths"].items() for m in ops}
    assert {k for k in ROUTES if not k[1].startswith(("/docs", "/redoc", "/openapi"))} == documented


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
    staff_id: int,
) -> requests.Response:
    url = server.url + path.format(
        number=number, attachment_id=attachment, user_id=staff_id, code="matrix-probe"
    )
    action = path.rsplit("/", 1)[-1]
    if action == "attachments":
        return http.post(url, files={"file": ("p.jpg", small_jpeg(), "image/jpeg")}, timeout=30)
    if action == "duplicate":
        return http.post(url, json={"of": other}, timeout=30)
    if method == "DELETE":  # a wrong password: 400, and the account stays
        return http.delete(url, json={"password": "not the password"}, timeout=30)
    if method == "PUT":  # an empty body: 422 for an administrator, nothing changes
        return http.put(url, json={}, timeout=30)
    if method == "PATCH":
        body = {"is_active": False} if "{user_id}" in path else {"language": "ar"}
        return http.patch(url, json=body, timeout=30)
    if method == "POST":
        return http.post(url, json=BODIES.get(action, {}), timeout=30)
    return http.get(url, timeout=30)


@pytest.fixture
def scene(server: LiveServer, citizen_a: Account, clerk: Account, admin: Account) -> dict:
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
    # A staff account of the test's own, for the administration routes to act on.
    staff = admin.http.post(
        f"{server.url}/api/v1/admin/staff",
        json={"name": "موظف مؤقت", "email": f"{secret}.staff@example.ps"},
        timeout=30,
    )
    return {
        "secret": secret,
        "number": number,
        "other": other,
        "attachment": uploaded.json()["id"],
        "staff_id": staff.json()["account"]["id"],
    }


def bearer(token: str) -> requests.Session:
    http = requests.Session()
    http.headers["Authorization"] = f"Bearer {token}"
    http.headers["X-Forwarded-For"] = unique_address()
    return http


def expired_token(server: LiveServer, login: str) -> str:
    """An access token of `login` that expired ten seconds ago, issued by the server's own code."""
    database = Database(server.database_url)
    try:
        with database.session() as session:
            user = session.scalars(select(User).where(User.email == login)).one()
            pair = tokens.issue(session, Settings(access_token_ttl=-10), user)
            session.commit()
    finally:
        database.dispose()
    return pair.access_token


@pytest.fixture(scope="module")
def dead_sessions(server: LiveServer) -> dict[str, requests.Session]:
    """Sessions that once were good and are no longer (shared by the module's tests)."""
    revoked = register(server)
    revoked.http.post(f"{server.url}/api/v1/auth/logout", json={}, timeout=30)

    # A stolen refresh token is replayed after the citizen rotated it: the whole family ends,
    # so the citizen's newest access token dies too.
    victim = register(server)
    url = f"{server.url}/api/v1/auth/refresh"
    newest = requests.post(url, json={"refresh_token": victim.refresh_token}, timeout=30).json()
    replay = requests.post(url, json={"refresh_token": victim.refresh_token}, timeout=30)
    assert replay.status_code == 401

    deactivated = register(server)
    database = Database(server.database_url)
    try:
        with database.session() as session:
            session.execute(
                update(User).where(User.email == deactivated.login).values(is_active=False)
            )
            session.commit()
    finally:
        database.dispose()
    return {
        "revoked": revoked.http,
        "after_replay": bearer(newest["access_token"]),
        "deactivated": deactivated.http,
    }


@pytest.mark.parametrize(
    ("method", "path"), sorted(k for k, rule in ROUTES.items() if rule != "public")
)
def test_route_refuses_whoever_may_not_call_it(
    server: LiveServer,
    citizen_a: Account,
    citizen_b: Account,
    clerk: Account,
    supervisor: Account,
    admin: Account,
    scene: dict,
    dead_sessions: dict[str, requests.Session],
    method: str,
    path: str,
) -> None:
    rule = ROUTES[(method, path)]  # public routes are covered by tests/test_auth.py
    args = (scene["number"], scene["attachment"], scene["other"], scene["staff_id"])
    refused = {
        "anonymous": requests.Session(),
        "tampered": bearer(citizen_a.access_token[:-3] + "xyz"),
        "citizen_expired": bearer(expired_token(server, citizen_a.login)),
        "clerk_expired": bearer(expired_token(server, clerk.login)),
        # Wrong kind: a refresh token is not an access token, even the owner's or a clerk's.
        "citizen_refresh_as_access": bearer(citizen_a.refresh_token),
        "clerk_refresh_as_access": bearer(clerk.refresh_token),
        **dead_sessions,
    }
    callers = {
        **refused,
        "citizen_b": citizen_b.http,
        "clerk": clerk.http,
        "supervisor": supervisor.http,
        "admin": admin.http,
        "citizen_a": citizen_a.http,
    }
    for who, http in callers.items():
        response = call(server, http, method, path, *args)
        status = response.status_code
        if who in refused:
            assert status == 401, (who, status)
        elif who == "citizen_b":
            if rule in ("owner", "staff_or_owner"):
                assert status == 404, (who, status)
            elif rule in ("staff", "admin"):
                assert status == 403, (who, status)
            else:  # signed in: allowed (a wrong current password is 400, not a refusal)
                assert status not in (401, 403, 404), (who, status, response.text)
        elif who in ("clerk", "supervisor") and rule == "admin":
            assert status == 403, (who, status)
        elif who in ("clerk", "supervisor", "admin"):  # a supervisor is a clerk with escalations
            if rule == "owner":
                assert status == 403, (who, status)
            else:
                assert status not in (401, 403, 404), (who, status, response.text)
        else:  # citizen A, the owner
            if rule in ("staff", "admin"):
                assert status == 403, (who, status)
            else:
                assert status not in (401, 403, 404), (who, status, response.text)
        if who not in ("clerk", "supervisor", "admin", "citizen_a"):
            assert scene["secret"] not in response.text, (who, path)


def test_public_open311_answers_carry_no_contact_details(
    server: LiveServer, citizen_a: Account, clerk: Account
) -> None:
    """The public record of a request: its description and status, never who asked."""
    secret = marker()
    phone = "0599" + str(uuid.uuid4().int)[:6]
    number = new_request(
        server,
        citizen_a,
        email=f"{secret}@example.ps",
        first_name=f"F{secret}",
        last_name=f"L{secret}",
        phone=phone,
    )
    base = f"{server.url}/open311/v2"
    for who, http in (("anonymous", requests.Session()), ("clerk", clerk.http)):
        for fmt in ("json", "xml"):
            for url, params in (
                (f"{base}/requests.{fmt}", {"service_request_id": number, "extensions": "true"}),
                (f"{base}/requests/{number}.{fmt}", {"extensions": "true"}),
                (f"{base}/requests.{fmt}", {}),
            ):
                response = http.get(url, params=params, timeout=30)
                assert response.status_code == 200, (who, url, response.text)
                for private in (secret, phone[-6:], citizen_a.login):
                    assert private not in response.text, (who, url, private)
