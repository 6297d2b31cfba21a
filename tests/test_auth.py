"""Accounts: registration, sign-in, rotating refresh tokens, sign-out, limits."""

from __future__ import annotations

import time
import uuid

import pytest
import requests

from municipal_server.security import new_token
from tests.conftest import Account, register, sign_in, unique_address
from tests.live_server import LiveServer


def post(
    server: LiveServer, path: str, body: dict, address: str | None = None
) -> requests.Response:
    headers = {"X-Forwarded-For": address or unique_address()}
    return requests.post(f"{server.url}/api/v1{path}", json=body, headers=headers, timeout=30)


def new_login() -> str:
    return f"u{uuid.uuid4().hex[:10]}@example.ps"


def test_register_and_sign_in_by_email_or_phone(server: LiveServer) -> None:
    phone = "059" + str(uuid.uuid4().int)[:7]
    login = new_login()
    created = post(
        server,
        "/auth/register",
        {
            "name": "سارة",
            "email": login,
            "phone": phone,
            "password": "long enough pw",
            "national_id": "123456782",
            "language": "en",
        },
    )
    assert created.status_code == 201, created.text
    user = created.json()["user"]
    assert user["role"] == "citizen"
    assert user["has_national_id"] is True
    assert "national_id" not in user
    by_phone = sign_in(server, phone, "long enough pw")
    assert by_phone.user["email"] == login
    by_email = sign_in(server, login.upper(), "long enough pw")
    me = by_email.http.get(f"{server.url}/api/v1/me", timeout=30).json()
    assert me["language"] == "en"


@pytest.mark.parametrize(
    ("body", "field", "reason"),
    [
        ({"email": "not-an-email"}, "email", "format"),
        ({"password": "short"}, "password", "too_short"),
        ({"national_id": "123456789"}, "national_id", "check_digit"),
        ({"email": None, "phone": None}, "email", "email_or_phone_required"),
        ({"phone": "12"}, "phone", "format"),
        ({"language": "de"}, "language", "unsupported"),
    ],
)
def test_registration_errors_name_the_field(
    server: LiveServer, body: dict, field: str, reason: str
) -> None:
    data = {"name": "اسم", "email": new_login(), "password": "long enough pw", **body}
    response = post(server, "/auth/register", data)
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert error["code"] == "invalid_field"
    assert error["params"]["field"] == field
    assert error["params"]["reason"] == reason


def test_registering_twice_is_409_and_lax_types_are_422(server: LiveServer) -> None:
    login = new_login()
    body = {"name": "اسم", "email": login, "password": "long enough pw"}
    assert post(server, "/auth/register", body).status_code == 201
    again = post(server, "/auth/register", body)
    assert again.status_code == 409
    assert again.json()["error"]["code"] == "account_exists"
    lax = post(server, "/auth/register", {**body, "email": new_login(), "name": 5})
    assert lax.status_code == 422
    assert lax.json()["error"]["code"] == "validation_error"


def test_refresh_rotates_and_a_reused_token_ends_the_session(server: LiveServer) -> None:
    account = register(server)
    first = post(server, "/auth/refresh", {"refresh_token": account.refresh_token})
    assert first.status_code == 200
    pair = first.json()
    assert pair["refresh_token"] != account.refresh_token
    # The old access token died with the rotation; the new one works.
    assert account.http.get(f"{server.url}/api/v1/me", timeout=30).status_code == 401
    fresh = {"Authorization": f"Bearer {pair['access_token']}"}
    assert requests.get(f"{server.url}/api/v1/me", headers=fresh, timeout=30).ok
    # Someone replays the old refresh token: refused, and the whole family is revoked.
    replay = post(server, "/auth/refresh", {"refresh_token": account.refresh_token})
    assert replay.status_code == 401
    assert requests.get(f"{server.url}/api/v1/me", headers=fresh, timeout=30).status_code == 401
    assert (
        post(server, "/auth/refresh", {"refresh_token": pair["refresh_token"]}).status_code == 401
    )


def test_sign_out_revokes_both_tokens(server: LiveServer) -> None:
    account = register(server)
    out = account.http.post(
        f"{server.url}/api/v1/auth/logout",
        json={"refresh_token": account.refresh_token},
        timeout=30,
    )
    assert out.status_code == 204
    assert account.http.get(f"{server.url}/api/v1/me", timeout=30).status_code == 401
    assert (
        post(server, "/auth/refresh", {"refresh_token": account.refresh_token}).status_code == 401
    )


@pytest.mark.parametrize("header", ["Bearer ", "Bearer nonsense", "Basic abc", "Bearer x y"])
def test_bad_tokens_are_401(server: LiveServer, header: str) -> None:
    response = requests.get(
        f"{server.url}/api/v1/me", headers={"Authorization": header}, timeout=30
    )
    assert response.status_code == 401
    assert response.json()["error"]["code"] in ("invalid_token", "not_authenticated")


def test_a_tampered_access_token_is_401(server: LiveServer, citizen_a: Account) -> None:
    token = citizen_a.access_token
    tampered = token[:-2] + ("AA" if not token.endswith("AA") else "BB")
    response = requests.get(
        f"{server.url}/api/v1/me", headers={"Authorization": f"Bearer {tampered}"}, timeout=30
    )
    assert response.status_code == 401


def test_an_expired_access_token_is_401(start_server) -> None:
    # 3 s: the first call must come before it ends, even on a loaded machine.
    live = start_server(env={"MUNICIPAL_ACCESS_TOKEN_TTL": "3"})
    account = register(live)
    assert account.http.get(f"{live.url}/api/v1/me", timeout=30).ok
    time.sleep(3.5)
    expired = account.http.get(f"{live.url}/api/v1/me", timeout=30)
    assert expired.status_code == 401
    assert expired.json()["error"]["code"] == "invalid_token"


def test_wrong_password_and_unknown_account_answer_alike(server: LiveServer) -> None:
    account = register(server)
    known = post(server, "/auth/token", {"login": account.login, "password": "wrong password!"})
    unknown = post(server, "/auth/token", {"login": new_login(), "password": "wrong password!"})
    assert known.status_code == unknown.status_code == 401
    assert known.json() == unknown.json()
    timings = {"known": [], "unknown": []}
    for _ in range(4):
        for kind, login in (("known", account.login), ("unknown", new_login())):
            start = time.perf_counter()
            post(server, "/auth/token", {"login": login, "password": "wrong password!"})
            timings[kind].append(time.perf_counter() - start)
    # The fastest of each: load on the machine only ever adds time. (Four tries: a fifth
    # failure would lock the known account, and a 429 comes back faster.)
    known_t, unknown_t = min(timings["known"]), min(timings["unknown"])
    assert abs(known_t - unknown_t) < max(known_t, unknown_t) * 0.5 + 0.02


def test_keys_and_tokens_never_start_with_a_dash() -> None:
    """A key given on a command line (`--api-key KEY`) must not read as an option: one
    token in 64 used to start with "-" (CI once failed on such an app key)."""
    tokens = [new_token() for _ in range(2000)]
    assert not [t for t in tokens if t.startswith("-")]
    assert len(set(tokens)) == 2000 and all(len(t) == 43 for t in tokens)
