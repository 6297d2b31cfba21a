"""What the server's database holds of a citizen's secrets: an Argon2id hash of the password,
SHA-256 hashes of the tokens and the API key, hashed logins in the sign-in limits — and, in the
SQLite file itself, not one byte of the password, a token or the key."""

from __future__ import annotations

from pathlib import Path

import requests
from sqlalchemy import select

from municipal_server.db import Database
from municipal_server.models import ApiKey, AuthToken, RateHit, User
from municipal_server.security import token_hash
from tests.conftest import register, unique_address
from tests.live_server import LiveServer


def test_only_hashes_of_secrets_are_stored(server: LiveServer) -> None:
    account = register(server)
    refreshed = requests.post(
        f"{server.url}/api/v1/auth/refresh",
        json={"refresh_token": account.refresh_token},
        timeout=30,
    ).json()
    wrong = requests.post(
        f"{server.url}/api/v1/auth/token",
        json={"login": account.login.upper(), "password": "wrong password!"},
        headers={"X-Forwarded-For": unique_address()},
        timeout=30,
    )
    assert wrong.status_code == 401
    tokens = [
        account.access_token,
        account.refresh_token,
        refreshed["access_token"],
        refreshed["refresh_token"],
    ]
    database = Database(server.database_url)
    try:
        with database.session() as session:
            user = session.scalars(select(User).where(User.email == account.login)).one()
            assert user.password_hash.startswith("$argon2id$")
            assert account.password not in user.password_hash
            stored = set(session.scalars(select(AuthToken.token_hash)))
            for token in tokens:
                assert token not in stored
                assert token_hash(token) in stored
            keys = set(session.scalars(select(ApiKey.key_hash)))
            assert server.api_key not in keys
            assert token_hash(server.api_key) in keys
            limits = list(session.scalars(select(RateHit.key)))
            assert not [k for k in limits if account.login.lower() in k.lower()]
    finally:
        database.dispose()
    if server.database_url.startswith("sqlite:///"):
        path = Path(server.database_url.removeprefix("sqlite:///"))
        files = [p for p in path.parent.iterdir() if p.name.startswith(path.name)]
        data = b"".join(p.read_bytes() for p in files)  # the database, its -wal and -shm
        for secret in [account.password, server.api_key, *tokens]:
            assert secret.encode() not in data
