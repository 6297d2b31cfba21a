"""Shared fixtures: the real server on loopback over SQLite and PostgreSQL, and test accounts.

Server tests take the `server` fixture and so run once per database backend. PostgreSQL comes
from TEST_POSTGRES_URL (an admin URL; each server gets a fresh database). Without it the
PostgreSQL half is skipped on a developer's machine and fails in CI.
"""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests

from tests.live_server import (
    LiveServer,
    create_postgres_database,
    drop_postgres_database,
    in_ci,
    postgres_admin_url,
)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The reference server behind TLS (fixtures seeded_database, tls_server).
pytest_plugins = ["tests.tls_server", "tests.mailing_server"]

# The shared test server trusts loopback as a proxy, so each test can pose as its own client
# address with X-Forwarded-For (rate limits are per address); tests/test_rate_limits.py checks
# that an untrusted peer's X-Forwarded-For is ignored.
SERVER_ENV = {
    "MUNICIPAL_TRUSTED_PROXIES": "127.0.0.1/32",
    "MUNICIPAL_BATCH_DELAY": "0.5",
    # Many tests post anonymously from loopback itself; tests/test_abuse_limits.py checks the
    # per-address limit on servers of its own.
    "MUNICIPAL_ANONYMOUS_MAX_PER_ADDRESS": "100000",
}


def require_postgres() -> None:
    if postgres_admin_url() is None:
        message = "PostgreSQL not available: set TEST_POSTGRES_URL (see .ci/run)"
        if in_ci():
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture(autouse=True)
def _source_language() -> None:
    """Each test starts with the source (English) texts; a test that reads Arabic or French
    chooses it. Without this, a translator left installed by an earlier test would change what
    a later one reads, depending on the order the tests run in."""
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is not None:
        from citizen_app.i18n import apply_language

        apply_language("en")


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item):
    """Before pytest-qt closes a test's widgets, the test's background tasks deliver their
    results (at most 10 s): a late callback then fails its own test, not the next one."""
    if "qtbot" in getattr(item, "fixturenames", ()):
        from PySide6.QtCore import QCoreApplication

        from citizen_app.ui.tasks import running

        deadline = time.monotonic() + 10
        while running() and time.monotonic() < deadline:
            QCoreApplication.processEvents()
            time.sleep(0.01)
        if running() and os.environ.get("TEST_TASK_LOG"):
            with open(os.environ["TEST_TASK_LOG"], "a", encoding="utf-8") as log:
                log.write(f"{item.nodeid}: {running()} tasks still running after 10 s\n")
    result = yield
    if "qtbot" in getattr(item, "fixturenames", ()):
        from PySide6.QtCore import QCoreApplication, QEvent

        # pytest-qt closed the test's windows with deleteLater(); delete them now, or a closed
        # window would live on into the next test and answer its language change and loads.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return result


@pytest.fixture(scope="session")
def database_factory(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[Callable[[str], str]]:
    """Makes an empty database on a backend ("sqlite" or "postgresql") and returns its URL."""
    created: list[str] = []

    def make(backend: str) -> str:
        if backend == "sqlite":
            path = tmp_path_factory.mktemp("db") / "municipal.db"
            return f"sqlite:///{path}"
        require_postgres()
        url, name = create_postgres_database()
        created.append(name)
        return url

    yield make
    for name in created:
        drop_postgres_database(name)


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def server(
    request: pytest.FixtureRequest, database_factory: Callable[[str], str]
) -> Iterator[LiveServer]:
    """The reference server, seeded with the demo municipality, one per backend per session."""
    live = LiveServer(database_factory(request.param), env=dict(SERVER_ENV))
    live.seed()
    live.start()
    yield live
    live.stop()


@pytest.fixture
def start_server(
    database_factory: Callable[[str], str],
) -> Iterator[Callable[..., LiveServer]]:
    """Start extra servers (own database or a shared one, own settings) for one test."""
    started: list[LiveServer] = []

    def start(
        backend: str = "sqlite",
        database_url: str | None = None,
        env: dict[str, str] | None = None,
        seed: bool = True,
    ) -> LiveServer:
        live = LiveServer(database_url or database_factory(backend), env=env or {})
        if seed:
            live.seed()
        started.append(live.start())
        return live

    yield start
    for live in started:
        live.stop()


@dataclass
class Account:
    """A signed-in test user: `http` carries its bearer token."""

    login: str
    password: str
    user: dict
    access_token: str
    refresh_token: str
    http: requests.Session


def unique_address() -> str:
    """A client address of the test's own (see SERVER_ENV)."""
    n = uuid.uuid4().int
    return f"10.{n % 250}.{(n >> 8) % 250}.{(n >> 16) % 250 + 1}"


def sign_in(server: LiveServer, login: str, password: str) -> Account:
    http = requests.Session()
    http.headers["X-Forwarded-For"] = unique_address()
    response = http.post(
        server.url + "/api/v1/auth/token",
        json={"login": login, "password": password},
        timeout=30,
    )
    response.raise_for_status()
    body = response.json()
    http.headers["Authorization"] = f"Bearer {body['access_token']}"
    return Account(login, password, body["user"], body["access_token"], body["refresh_token"], http)


def register(server: LiveServer, name: str = "مواطن تجريبي", **extra: str) -> Account:
    login = f"u{uuid.uuid4().hex[:10]}@example.ps"
    password = "correct horse battery"
    response = requests.post(
        server.url + "/api/v1/auth/register",
        json={"name": name, "email": login, "password": password, **extra},
        headers={"X-Forwarded-For": unique_address()},
        timeout=30,
    )
    assert response.status_code == 201, response.text
    return sign_in(server, login, password)


@pytest.fixture
def citizen_a(server: LiveServer) -> Account:
    return register(server, "مواطن أ")


@pytest.fixture
def citizen_b(server: LiveServer) -> Account:
    return register(server, "مواطن ب")


@pytest.fixture
def clerk(server: LiveServer) -> Account:
    login, password = server.accounts["clerk"]
    return sign_in(server, login, password)


@pytest.fixture
def supervisor(server: LiveServer) -> Account:
    login, password = server.accounts["supervisor"]
    return sign_in(server, login, password)


@pytest.fixture
def admin(server: LiveServer) -> Account:
    login, password = server.accounts["admin"]
    return sign_in(server, login, password)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path
