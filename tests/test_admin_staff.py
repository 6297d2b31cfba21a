"""An administrator manages the municipality's staff on the real server (SQLite and
PostgreSQL): new accounts with one-time passwords, roles and departments, deactivation that
takes effect at once, password resets, and when each person last signed in."""

from __future__ import annotations

import uuid

import requests

from tests.conftest import Account, sign_in, unique_address
from tests.live_server import LiveServer

NEW_PASSWORD = "a password of my own"


def new_login() -> str:
    return f"staff{uuid.uuid4().hex[:10]}@example.ps"


def create(server: LiveServer, admin: Account, **fields) -> dict:
    body = {"name": "موظفة جديدة", "email": new_login(), "role": "clerk", **fields}
    response = admin.http.post(f"{server.url}/api/v1/admin/staff", json=body, timeout=30)
    assert response.status_code == 201, response.text
    return response.json()


def listed(server: LiveServer, admin: Account, user_id: int) -> dict:
    items = admin.http.get(f"{server.url}/api/v1/admin/staff", timeout=30).json()["items"]
    return next(item for item in items if item["id"] == user_id)


def change_password(server: LiveServer, who: Account, current: str, new: str) -> requests.Response:
    return who.http.post(
        f"{server.url}/api/v1/me/password",
        json={"current_password": current, "new_password": new},
        timeout=30,
    )


def test_a_new_clerk_must_choose_a_password_before_doing_anything(
    server: LiveServer, admin: Account
) -> None:
    created = create(server, admin, department="water")
    account, password = created["account"], created["one_time_password"]
    assert account["department"] == "water" and account["must_change_password"]
    assert listed(server, admin, account["id"])["last_sign_in_at"] is None

    clerk = sign_in(server, account["email"], password)
    assert clerk.user["must_change_password"] is True
    assert listed(server, admin, account["id"])["last_sign_in_at"] is not None
    queue = clerk.http.get(f"{server.url}/api/v1/clerk/requests", timeout=30)
    assert queue.status_code == 403
    assert queue.json()["error"]["code"] == "password_change_required"
    assert clerk.http.get(f"{server.url}/api/v1/me", timeout=30).status_code == 200

    wrong = change_password(server, clerk, "not it at all", NEW_PASSWORD)
    assert wrong.status_code == 400
    assert wrong.json()["error"]["params"]["field"] == "current_password"
    short = change_password(server, clerk, password, "short")
    assert short.json()["error"]["params"]["field"] == "new_password"
    assert change_password(server, clerk, password, NEW_PASSWORD).status_code == 204

    # This session goes on, now allowed everything a clerk may do.
    assert clerk.http.get(f"{server.url}/api/v1/clerk/requests", timeout=30).status_code == 200
    assert (
        clerk.http.get(f"{server.url}/api/v1/me", timeout=30).json()["must_change_password"]
        is False
    )
    again = sign_in(server, account["email"], NEW_PASSWORD)
    assert again.user["must_change_password"] is False


def test_changing_ones_password_ends_every_other_session(
    server: LiveServer, admin: Account
) -> None:
    created = create(server, admin)
    login, password = created["account"]["email"], created["one_time_password"]
    laptop = sign_in(server, login, password)
    phone = sign_in(server, login, password)
    assert change_password(server, laptop, password, NEW_PASSWORD).status_code == 204
    assert phone.http.get(f"{server.url}/api/v1/me", timeout=30).status_code == 401
    assert laptop.http.get(f"{server.url}/api/v1/me", timeout=30).status_code == 200


def test_a_deactivated_account_is_refused_at_once(server: LiveServer, admin: Account) -> None:
    created = create(server, admin)
    login, password = created["account"]["email"], created["one_time_password"]
    clerk = sign_in(server, login, password)
    change_password(server, clerk, password, NEW_PASSWORD)
    url = f"{server.url}/api/v1/admin/staff/{created['account']['id']}"
    response = admin.http.patch(url, json={"is_active": False}, timeout=30)
    assert response.status_code == 200 and response.json()["is_active"] is False
    assert clerk.http.get(f"{server.url}/api/v1/me", timeout=30).status_code == 401
    refreshed = requests.post(
        f"{server.url}/api/v1/auth/refresh", json={"refresh_token": clerk.refresh_token}, timeout=30
    )
    assert refreshed.status_code == 401
    signing_in = requests.post(
        f"{server.url}/api/v1/auth/token",
        json={"login": login, "password": NEW_PASSWORD},
        headers={"X-Forwarded-For": unique_address()},
        timeout=30,
    )
    assert signing_in.status_code == 401
    # Reactivated, the same password works again.
    admin.http.patch(url, json={"is_active": True}, timeout=30)
    assert sign_in(server, login, NEW_PASSWORD).user["role"] == "clerk"


def test_a_reset_password_replaces_the_old_one_and_ends_its_sessions(
    server: LiveServer, admin: Account
) -> None:
    created = create(server, admin)
    login, password = created["account"]["email"], created["one_time_password"]
    clerk = sign_in(server, login, password)
    change_password(server, clerk, password, NEW_PASSWORD)
    url = f"{server.url}/api/v1/admin/staff/{created['account']['id']}/reset-password"
    reset = admin.http.post(url, json={}, timeout=30)
    assert reset.status_code == 200
    fresh = reset.json()["one_time_password"]
    assert fresh not in (password, NEW_PASSWORD)
    assert clerk.http.get(f"{server.url}/api/v1/me", timeout=30).status_code == 401
    assert sign_in(server, login, fresh).user["must_change_password"] is True


def test_role_and_department_change_and_bad_values_are_named(
    server: LiveServer, admin: Account
) -> None:
    created = create(server, admin)
    url = f"{server.url}/api/v1/admin/staff/{created['account']['id']}"
    changed = admin.http.patch(url, json={"role": "supervisor", "department": "waste"}, timeout=30)
    assert changed.json()["role"] == "supervisor" and changed.json()["department"] == "waste"
    whole = admin.http.patch(url, json={"department": ""}, timeout=30)
    assert whole.json()["department"] is None
    for body, field in (
        ({"role": "citizen"}, "role"),
        ({"role": "mayor"}, "role"),
        ({"department": "no-such-department"}, "department"),
    ):
        refused = admin.http.patch(url, json=body, timeout=30)
        assert refused.status_code == 400, body
        assert refused.json()["error"]["params"]["field"] == field
    taken = admin.http.post(
        f"{server.url}/api/v1/admin/staff",
        json={"name": "نسخة", "email": created["account"]["email"]},
        timeout=30,
    )
    assert taken.status_code == 409


def test_an_administrator_cannot_lock_themselves_out(server: LiveServer, admin: Account) -> None:
    url = f"{server.url}/api/v1/admin/staff/{admin.user['id']}"
    for body in ({"is_active": False}, {"role": "clerk"}):
        refused = admin.http.patch(url, json=body, timeout=30)
        assert refused.status_code == 409 and refused.json()["error"]["code"] == "own_account"
    assert admin.http.post(url + "/reset-password", json={}, timeout=30).status_code == 409


def test_citizens_are_not_staff_accounts(
    server: LiveServer, admin: Account, citizen_a: Account
) -> None:
    url = f"{server.url}/api/v1/admin/staff/{citizen_a.user['id']}"
    assert admin.http.patch(url, json={"is_active": False}, timeout=30).status_code == 404
    assert admin.http.post(url + "/reset-password", json={}, timeout=30).status_code == 404
    items = admin.http.get(f"{server.url}/api/v1/admin/staff", timeout=30).json()["items"]
    assert citizen_a.user["id"] not in {item["id"] for item in items}
    assert citizen_a.http.get(f"{server.url}/api/v1/me", timeout=30).status_code == 200


def test_wrong_current_passwords_count_against_the_sign_in_limit(
    server: LiveServer, admin: Account
) -> None:
    created = create(server, admin)
    login, password = created["account"]["email"], created["one_time_password"]
    clerk = sign_in(server, login, password)
    statuses = [
        change_password(server, clerk, f"guess {n}", NEW_PASSWORD).status_code for n in range(7)
    ]
    assert statuses[:5] == [400] * 5
    assert statuses[-1] == 429
