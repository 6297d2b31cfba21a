"""Property-based fuzzing of the whole OpenAPI document (schemathesis): no server errors.

The app runs in-process on a fresh SQLite file seeded with the demo municipality; each
operation is called with generated data, once anonymously and once as a signed-in clerk, with a
bounded number of examples so that CI stays fast.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error

from municipal_server import migrate
from municipal_server.app import create_app
from municipal_server.config import Settings
from municipal_server.db import Database
from municipal_server.seed import seed_demo

MAX_EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "12"))

_workdir = Path(tempfile.mkdtemp(prefix="fuzz-"))
_url = f"sqlite:///{_workdir / 'fuzz.db'}"
migrate.upgrade(_url)
_database = Database(_url)
with _database.session() as _session:
    _seed = seed_demo(_session, Settings(database_url=_url))
_database.dispose()
# Generous sign-in limits: the fuzzer signs in with random credentials many times.
app = create_app(
    Settings(database_url=_url, login_max_per_account=10**6, login_max_per_address=10**6)
)


def _clerk_token() -> str:
    """An access token for the demo clerk, issued straight into the database."""
    from sqlalchemy import select

    from municipal_server import tokens
    from municipal_server.models import User

    database = Database(_url)
    with database.session() as session:
        clerk = session.scalars(select(User).where(User.role == "clerk")).first()
        pair = tokens.issue(session, Settings(database_url=_url), clerk)
        session.commit()
    database.dispose()
    return pair.access_token


schema = schemathesis.openapi.from_asgi("/openapi.json", app)
schema.config.generation.update(max_examples=MAX_EXAMPLES)
AS_CLERK = {"Authorization": f"Bearer {_clerk_token()}"}


@pytest.mark.slow
@pytest.mark.parametrize("identity", ["anonymous", "clerk"])
@schema.parametrize()
@settings(deadline=None, suppress_health_check=list(HealthCheck), max_examples=MAX_EXAMPLES)
def test_no_operation_answers_with_a_server_error(case, identity: str) -> None:
    headers = AS_CLERK if identity == "clerk" else {}
    case.call_and_validate(headers=headers, checks=[not_a_server_error])
