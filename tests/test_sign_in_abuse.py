"""Sign-in under attack: guessing, credential stuffing from one address, forged
X-Forwarded-For, and telling known from unknown accounts by status, body, headers or time."""

from __future__ import annotations

import statistics
import time
import uuid
from collections.abc import Iterator

import pytest
import requests

from tests.conftest import SERVER_ENV, register, unique_address
from tests.live_server import LiveServer

pytestmark = pytest.mark.timeout(180)

PER_ACCOUNT, PER_ADDRESS = 3, 5  # small limits: each Argon2 verification costs real time


@pytest.fixture(scope="module")
def server(database_factory) -> Iterator[LiveServer]:
    """One SQLite server with small limits (both backends run tests/test_rate_limits.py)."""
    env = {
        **SERVER_ENV,
        "MUNICIPAL_LOGIN_MAX_PER_ACCOUNT": str(PER_ACCOUNT),
        "MUNICIPAL_LOGIN_MAX_PER_ADDRESS": str(PER_ADDRESS),
    }
    live = LiveServer(database_factory("sqlite"), env=env)
    live.seed()
    live.start()
    yield live
    live.stop()


def attempt(
    server: LiveServer, login: str, password: str, forwarded: str | None = None
) -> requests.Response:
    return requests.post(
        f"{server.url}/api/v1/auth/token",
        json={"login": login, "password": password},
        headers={"X-Forwarded-For": forwarded or unique_address()},
        timeout=30,
    )


def unknown_login() -> str:
    return f"nobody{uuid.uuid4().hex[:10]}@example.ps"


def test_known_and_unknown_accounts_take_the_same_time_to_refuse(server: LiveServer) -> None:
    """Interleaved samples, compared by their medians: robust to a noisy shared machine, and
    still far apart if an unknown account skipped the password hash (about 1 ms against the
    tens of milliseconds of an Argon2 verification)."""
    rounds = 10
    per_account = PER_ACCOUNT - 1  # failures each known account may have without a lock-out
    known = [register(server).login for _ in range(rounds // per_account)]
    kinds = {
        "known": lambda n: known[n // per_account],
        "unknown e-mail": lambda n: unknown_login(),
        "not a login at all": lambda n: "not a login " + uuid.uuid4().hex[:6],
    }
    times: dict[str, list[float]] = {kind: [] for kind in kinds}
    answers: dict[str, set] = {kind: set() for kind in kinds}
    for n in range(rounds):
        for kind, login in kinds.items():
            started = time.perf_counter()
            response = attempt(server, login(n), "wrong password!")
            times[kind].append(time.perf_counter() - started)
            headers = tuple(sorted(k.lower() for k in response.headers if k.lower() != "date"))
            answers[kind].add((response.status_code, response.text, headers))
    assert all(len(seen) == 1 for seen in answers.values()), answers
    assert len(set.union(*answers.values())) == 1  # the same status, body and headers
    medians = {kind: statistics.median(found) for kind, found in times.items()}
    slowest = max(medians.values())
    for median in medians.values():
        assert median > slowest * 0.5, medians  # nobody answers in half the time of the rest


def test_a_locked_account_and_an_unknown_one_answer_alike(server: LiveServer) -> None:
    account = register(server)
    stranger = unknown_login()
    last = {}
    for login in (account.login, stranger):
        for _ in range(PER_ACCOUNT + 1):
            last[login] = attempt(server, login, "wrong password!")
    assert last[account.login].status_code == last[stranger].status_code == 429
    assert last[account.login].json()["error"]["code"] == last[stranger].json()["error"]["code"]


def test_credential_stuffing_from_one_address_is_stopped(server: LiveServer) -> None:
    """Real accounts, one guess each, from one address: the address limit stops it, and then
    even a right password from that address waits."""
    address = unique_address()
    accounts = [register(server) for _ in range(3)]
    logins = [a.login for a in accounts] + [unknown_login() for _ in range(PER_ADDRESS - 3)]
    statuses = [attempt(server, login, "Summer2026!", address).status_code for login in logins]
    assert statuses == [401] * PER_ADDRESS
    blocked = attempt(server, accounts[0].login, accounts[0].password, address)
    assert blocked.status_code == 429
    assert int(blocked.headers["Retry-After"]) > 0
    # The citizens themselves, from their own addresses, are not locked out.
    assert attempt(server, accounts[1].login, accounts[1].password).status_code == 200


def test_forged_forwarded_for_entries_behind_a_trusted_proxy_do_not_help(
    server: LiveServer,
) -> None:
    """The test server trusts loopback as its proxy, which appends the real client address;
    what the client wrote further left changes with every try and is not believed."""
    real = unique_address()
    statuses = [
        attempt(
            server, unknown_login(), "wrong password!", f"{unique_address()}, {real}"
        ).status_code
        for _ in range(PER_ADDRESS + 1)
    ]
    assert statuses == [401] * PER_ADDRESS + [429]
    # A garbage entry in the client's part neither breaks the server nor resets the count.
    odd = attempt(server, unknown_login(), "x" * 8, f"not-an-ip, ::1, {real}")
    assert odd.status_code == 429
