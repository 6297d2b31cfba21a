"""Passwords, tokens and ID numbers never reach the server's logs, even at debug level."""

from __future__ import annotations

from pathlib import Path

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
