"""Alembic's migrations build exactly the tables models.py describes, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from municipal_server import migrate
from municipal_server.db import Database
from municipal_server.models import Base


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_the_migrated_schema_matches_the_models(
    backend: str, database_factory: Callable[[str], str]
) -> None:
    url = database_factory(backend)
    migrate.upgrade(url)
    database = Database(url)
    try:
        with database.engine.connect() as connection:
            context = MigrationContext.configure(connection)
            assert compare_metadata(context, Base.metadata) == []
    finally:
        database.dispose()
