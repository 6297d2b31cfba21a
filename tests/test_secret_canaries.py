"""Canaries — a password, an ID number and tokens no real data would contain — sent to every
/api/v1 route in ways that fail: no error body, header or DEBUG-level server log line holds
one, and neither does what the client's command line prints when it fails."""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from citizen_app import cli
from citizen_app.core import settings as app_settings
from tests.conftest import Account, register
from tests.helpers import new_request
from tests.live_server import LiveServer, free_port
from tests.test_authorization_matrix import ROUTES

pytestmark = pytest.mark.timeout(180)

PASSWORD = "Canary-Passw0rd-" + secrets.token_hex(4)
NATIONAL_ID = "918273640"  # passes the check digit; used by no other test
WRONG_ID = "918273645"  # fails it
TOKEN = "canary" + secrets.token_urlsafe(24)
API_KEY = "canary-key-" + secrets.token_hex(6)


@pytest.fixture(scope="module")
def debug_server(database_factory, tmp_path_factory) -> Iterator[LiveServer]:
    log = tmp_path_factory.mktemp("log") / "server.log"
    live = LiveServer(
        database_factory("sqlite"),
        env={"MUNICIPAL_TRUSTED_PROXIES": "127.0.0.1/32"},
        log_path=str(log),
        log_level="debug",
    )
    live.seed()
    live.start()
    yield live
    live.stop()


def failing_calls(server: LiveServer, citizen: Account) -> Iterator[tuple[str, requests.Response]]:
    """Every /api/v1 route, with a canary where a secret could be echoed back."""
    canary_body = {
        "password": PASSWORD,
        "national_id": NATIONAL_ID,
        "refresh_token": TOKEN,
        "login": f"{NATIONAL_ID}@example.ps",
        "name": 5,  # a wrong type: a validation error that lists the fields
        "text": 5,
        "stars": PASSWORD,
        "reason": 5,
        "status": PASSWORD,
        "note": 5,
        "assignee_id": PASSWORD,
        "of": NATIONAL_ID,
        "expected_datetime": PASSWORD,
        "language": PASSWORD,
    }
    number = new_request(server, citizen)
    for method, template in sorted(ROUTES):
        if not template.startswith("/api/v1/"):
            continue
        for path in {
            template.format(
                number="HEB-1999-999999", attachment_id="999999", user_id="999999", code="nope"
            ),
            template.format(number=number, attachment_id="1", user_id="1", code="water-leak"),
        }:
            url = server.url + path
            for headers in (
                {"Authorization": f"Bearer {TOKEN}"},
                {"Authorization": f"Bearer {citizen.access_token}"},
            ):
                if method == "GET":
                    response = requests.get(
                        url,
                        params={"q": NATIONAL_ID, "search": PASSWORD},
                        headers=headers,
                        timeout=30,
                    )
                else:
                    response = requests.request(
                        method, url, json=canary_body, headers=headers, timeout=30
                    )
                yield f"{method} {path}", response
    # The accounts' own failures: wrong password, a reused and an unknown refresh token.
    yield (
        "sign-in",
        requests.post(
            f"{server.url}/api/v1/auth/token",
            json={"login": citizen.login, "password": PASSWORD},
            timeout=30,
        ),
    )
    for token in (citizen.refresh_token, TOKEN):
        yield (
            "refresh",
            requests.post(
                f"{server.url}/api/v1/auth/refresh", json={"refresh_token": token}, timeout=30
            ),
        )
    yield (
        "open311 key",
        requests.post(
            f"{server.url}/open311/v2/requests.json",
            data={"api_key": API_KEY, "service_code": "water-leak", "description": NATIONAL_ID},
            timeout=30,
        ),
    )


def test_no_error_body_or_debug_log_line_holds_a_secret(debug_server: LiveServer) -> None:
    server = debug_server
    citizen = register(server, national_id=NATIONAL_ID)
    # A second registration with the same details, and one with a wrong ID, fail too.
    again = requests.post(
        f"{server.url}/api/v1/auth/register",
        json={"name": "x", "email": citizen.login, "password": PASSWORD},
        timeout=30,
    )
    assert again.status_code == 409
    wrong_id = requests.post(
        f"{server.url}/api/v1/auth/register",
        json={"name": "x", "email": f"{uuid.uuid4().hex}@example.ps", "password": PASSWORD,
              "national_id": WRONG_ID},
        timeout=30,
    )  # fmt: skip
    assert wrong_id.status_code == 400
    canaries = [PASSWORD, NATIONAL_ID, TOKEN, API_KEY, WRONG_ID]
    failures = 0
    calls = [("register again", again), ("wrong id", wrong_id), *failing_calls(server, citizen)]
    for what, response in calls:
        if response.status_code >= 400:
            failures += 1
        shown = response.text + repr(dict(response.headers))
        leaked = [c for c in canaries if c in shown]
        assert not leaked, (what, response.status_code, leaked, response.text[:300])
    assert failures > 2 * sum(1 for m, p in ROUTES if p.startswith("/api/v1/"))
    server.stop()
    log = Path(server.log_path or "").read_text(encoding="utf-8", errors="replace")
    assert "POST /api/v1/auth/token" in log  # the log was written at all
    real = [citizen.access_token, citizen.refresh_token, citizen.password, server.api_key]
    leaked = [c for c in canaries + real if c in log]
    assert not leaked


def run_cli(capsys, *argv: str) -> tuple[int, str]:
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out + captured.err


@pytest.mark.parametrize("server", ["sqlite"], indirect=True)
def test_the_command_line_prints_no_secret_when_it_fails(capsys, server: LiveServer) -> None:
    nowhere = f"http://it-staff:{PASSWORD}@127.0.0.1:{free_port()}"
    code, printed = run_cli(capsys, "--server", nowhere, "services")
    assert code == 3
    assert PASSWORD not in printed
    assert "cannot reach" in printed
    code, printed = run_cli(
        capsys,
        "--server",
        server.url,
        "--api-key",
        API_KEY,
        "submit",
        "water-leak",
        "--address",
        "x",
        "--description",
        f"my ID is {NATIONAL_ID}",
        "--email",
        f"{NATIONAL_ID}@example.ps",
        "-a",
        "where=street",
    )
    assert code == 2
    assert "HTTP 403" in printed
    for canary in (API_KEY, NATIONAL_ID):
        assert canary not in printed
    code, printed = run_cli(
        capsys,
        "--server",
        server.url,
        "--api-key",
        server.api_key,
        "submit",
        "no-such-service",
        "--description",
        NATIONAL_ID,
    )
    assert code == 2
    assert NATIONAL_ID not in printed
    assert server.api_key not in printed


def test_settings_problems_do_not_repeat_the_api_key(tmp_path: Path) -> None:
    site = tmp_path / "site.toml"
    user = tmp_path / "user.toml"
    env = {"CITIZEN_APP_SITE_CONFIG": str(site), "CITIZEN_APP_USER_CONFIG": str(user)}
    for text in (
        f'api_key = "{API_KEY}',  # unterminated
        f"api_key = {API_KEY}",  # not quoted
        f'api-key = "{API_KEY}"',  # a misspelt key
        f'api_key = ["{API_KEY}"]',  # a wrong type
    ):
        site.write_text(text + "\nlanguage = 'ar'\n", encoding="utf-8")
        _, problems = app_settings.load(env=env)
        assert problems, text
        assert not [p for p in problems if API_KEY in str(p)], problems
