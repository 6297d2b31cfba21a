"""Sign-in limits per account and per client address; X-Forwarded-For only from proxies."""

from __future__ import annotations

import requests

from tests.conftest import register, unique_address
from tests.live_server import LiveServer


def try_sign_in(server: LiveServer, login: str, password: str, address: str) -> requests.Response:
    return requests.post(
        f"{server.url}/api/v1/auth/token",
        json={"login": login, "password": password},
        headers={"X-Forwarded-For": address},
        timeout=30,
    )


def test_an_account_is_locked_after_five_failures_even_for_the_right_password(
    server: LiveServer,
) -> None:
    account = register(server)
    for _ in range(5):
        # Each failure from another address: the account limit alone must stop it.
        failed = try_sign_in(server, account.login, "wrong password!", unique_address())
        assert failed.status_code == 401
    limited = try_sign_in(server, account.login, account.password, unique_address())
    assert limited.status_code == 429
    assert int(limited.headers["Retry-After"]) > 0
    error = limited.json()["error"]
    assert error["code"] == "rate_limited"
    assert error["params"]["retry_after"] == int(limited.headers["Retry-After"])


def test_an_address_is_limited_across_accounts(server: LiveServer) -> None:
    address = unique_address()
    statuses = [
        try_sign_in(server, f"nobody{n}@example.ps", "wrong password!", address).status_code
        for n in range(31)
    ]
    assert statuses[:30] == [401] * 30
    assert statuses[30] == 429
    # Another address is not affected.
    assert try_sign_in(server, "nobody@example.ps", "x", unique_address()).status_code == 401


def test_success_clears_the_account_failures(server: LiveServer) -> None:
    account = register(server)
    for _ in range(4):
        try_sign_in(server, account.login, "wrong password!", unique_address())
    assert try_sign_in(server, account.login, account.password, unique_address()).ok
    for _ in range(4):
        assert try_sign_in(server, account.login, "wrong!", unique_address()).status_code == 401


def test_forwarded_for_is_ignored_without_a_trusted_proxy(start_server) -> None:
    live = start_server(env={"MUNICIPAL_TRUSTED_PROXIES": ""})
    statuses = [
        try_sign_in(live, f"x{n}@example.ps", "wrong password!", unique_address()).status_code
        for n in range(31)
    ]
    # Rotating X-Forwarded-For does not help: the peer (127.0.0.1) is what counts.
    assert statuses[-1] == 429
