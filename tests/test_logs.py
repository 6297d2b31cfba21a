"""Passwords, tokens and ID numbers never reach the server's logs, even at debug level."""

from __future__ import annotations

from pathlib import Path

import pytest
import requests

from tests.helpers import new_request
from tests.live_server import LiveServer


def test_secrets_stay_out_of_the_logs(database_factory, tmp_path: Path) -> None:
    log = tmp_path / "server.log"
    live = LiveServer(database_factory("sqlite"), log_path=str(log), log_level="debug")
    live.seed()
    live.start()
    try:
        password, national_id = "Very-Secret-Passw0rd", "123456782"
        email = "logcheck@example.ps"
        created = requests.post(
            f"{live.url}/api/v1/auth/register",
            json={"name": "س", "email": email, "password": password, "national_id": national_id},
            timeout=30,
        )
        assert created.status_code == 201
        tokens = requests.post(
            f"{live.url}/api/v1/auth/token", json={"login": email, "password": password}, timeout=30
        ).json()
        requests.post(
            f"{live.url}/api/v1/auth/token",
            json={"login": email, "password": "wrong-" + password},
            timeout=30,
        )
        bearer = {"Authorization": f"Bearer {tokens['access_token']}"}
        requests.get(f"{live.url}/api/v1/me", headers=bearer, timeout=30)
        requests.post(
            f"{live.url}/api/v1/auth/refresh",
            json={"refresh_token": tokens["refresh_token"]},
            timeout=30,
        )
        new_request(live)
    finally:
        live.stop()
    text = log.read_text(encoding="utf-8", errors="replace")
    assert "POST /api/v1/auth/token" in text  # the log was written at all
    for secret in (
        password,
        national_id,
        tokens["access_token"],
        tokens["refresh_token"],
        live.api_key,
    ):
        assert secret not in text


def _a_valid_id(prefix: str) -> str:
    """Nine digits starting with `prefix` whose check digit is right."""
    from municipal_server.security import valid_palestinian_id

    return next(f"{prefix}{d}" for d in range(10) if valid_palestinian_id(f"{prefix}{d}"))


FAILING_INSERT = {
    # The database's own message carries the row's values where it can (PostgreSQL), as a
    # check constraint's or a unique index's DETAIL would.
    "postgresql": [
        "CREATE FUNCTION refuse_users() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "RAISE EXCEPTION 'refused %', NEW.national_id USING DETAIL = NEW.national_id; END $$",
        "CREATE TRIGGER refuse_users BEFORE INSERT ON users FOR EACH ROW "
        "EXECUTE FUNCTION refuse_users()",
    ],
    "sqlite": [
        "CREATE TRIGGER refuse_users BEFORE INSERT ON users "
        "BEGIN SELECT RAISE(ABORT, 'refused'); END"
    ],
}


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_database_error_logs_no_values(database_factory, tmp_path: Path, backend: str) -> None:
    """A canary ID number in a row the database refuses never reaches the log, whatever the
    database's message said; the answer is the project's 500 shape."""
    from sqlalchemy import text

    from municipal_server.db import Database

    log = tmp_path / "server.log"
    live = LiveServer(database_factory(backend), log_path=str(log), log_level="debug")
    live.seed()
    database = Database(live.database_url)
    with database.engine.begin() as connection:
        for statement in FAILING_INSERT[backend]:
            connection.execute(text(statement))
    database.dispose()
    canary, password = _a_valid_id("40172635"), "Canary-Passw0rd-77"
    live.start()
    try:
        answer = requests.post(
            f"{live.url}/api/v1/auth/register",
            json={
                "name": "كناري",
                "email": "canary@example.ps",
                "password": password,
                "national_id": canary,
            },
            timeout=30,
        )
        assert answer.status_code == 500
        assert answer.json()["error"]["code"] == "internal_error"
    finally:
        live.stop()
    text_logged = log.read_text(encoding="utf-8", errors="replace")
    assert "database error on POST /api/v1/auth/register" in text_logged
    assert "INSERT INTO users" in text_logged  # the statement, with placeholders only
    for secret in (canary, password, "canary@example.ps", "$argon2"):
        assert secret not in text_logged
