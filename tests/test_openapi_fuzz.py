"""Property-based fuzzing of the whole OpenAPI document (schemathesis): no server errors.

The app runs in-process on a fresh database seeded with the demo municipality, on SQLite and
(when TEST_POSTGRES_URL is set) on PostgreSQL; each operation is called with generated data,
anonymously and as a signed-in clerk, with a bounded number of examples so CI stays fast.
"""

from __future__ import annotations

import atexit
import os
import tempfile
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from sqlalchemy import select

from municipal_server import migrate, tokens
from municipal_server.app import create_app
from municipal_server.config import Settings
from municipal_server.db import Database
from municipal_server.models import User
from municipal_server.seed import seed_demo
from tests.conftest import require_postgres
from tests.live_server import (
    create_postgres_database,
    drop_postgres_database,
    postgres_admin_url,
)

MAX_EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "12"))


def seeded_app(url: str):
    """The app on a migrated, seeded database, and a clerk's bearer header."""
    migrate.upgrade(url)
    database = Database(url)
    with database.session() as session:
        seed_demo(session, Settings(database_url=url))
        clerk = session.scalars(select(User).where(User.role == "clerk")).first()
        pair = tokens.issue(session, Settings(database_url=url), clerk)
        session.commit()
    database.dispose()
    # Generous sign-in limits: the fuzzer signs in with random credentials many times.
    app = create_app(
        Settings(database_url=url, login_max_per_account=10**6, login_max_per_address=10**6)
    )
    return app, {"Authorization": f"Bearer {pair.access_token}"}


def make_schema(app):
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    schema.config.generation.update(max_examples=MAX_EXAMPLES)
    return schema


SQLITE_APP, SQLITE_CLERK = seeded_app(
    f"sqlite:///{Path(tempfile.mkdtemp(prefix='fuzz-')) / 'fuzz.db'}"
)
sqlite_schema = make_schema(SQLITE_APP)
if postgres_admin_url():
    _pg_url, _pg_name = create_postgres_database()
    atexit.register(drop_postgres_database, _pg_name)
    POSTGRES_APP, POSTGRES_CLERK = seeded_app(_pg_url)
    postgres_schema = make_schema(POSTGRES_APP)
else:  # the same operations, so the test is collected and fails in CI / skips locally
    POSTGRES_APP, POSTGRES_CLERK = SQLITE_APP, SQLITE_CLERK
    postgres_schema = make_schema(SQLITE_APP)


@pytest.mark.slow
@pytest.mark.parametrize("identity", ["anonymous", "clerk"])
@sqlite_schema.parametrize()
@settings(deadline=None, suppress_health_check=list(HealthCheck), max_examples=MAX_EXAMPLES)
def test_no_operation_answers_with_a_server_error_on_sqlite(case, identity: str) -> None:
    headers = SQLITE_CLERK if identity == "clerk" else {}
    case.call_and_validate(headers=headers, checks=[not_a_server_error])


@pytest.mark.slow
@pytest.mark.postgres
@pytest.mark.parametrize("identity", ["anonymous", "clerk"])
@postgres_schema.parametrize()
@settings(deadline=None, suppress_health_check=list(HealthCheck), max_examples=MAX_EXAMPLES)
def test_no_operation_answers_with_a_server_error_on_postgresql(case, identity: str) -> None:
    require_postgres()
    headers = POSTGRES_CLERK if identity == "clerk" else {}
    case.call_and_validate(headers=headers, checks=[not_a_server_error])
