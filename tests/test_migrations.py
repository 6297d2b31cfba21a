"""The Alembic migrations build exactly the tables that models.py describes, on SQLite and on
PostgreSQL, and go down and up again: a column added to a model without a migration (or a
migration that differs from its model) fails here, not on a municipality's server."""

from __future__ import annotations

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from municipal_server import migrate
from municipal_server.db import normalise_url
from municipal_server.models import Base


def differences(url: str) -> list:
    engine = create_engine(normalise_url(url))
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            return compare_metadata(context, Base.metadata)
    finally:
        engine.dispose()


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_migrations_match_the_models(database_factory, backend: str) -> None:
    url = database_factory(backend)
    migrate.upgrade(url)
    assert differences(url) == []
    config = migrate.alembic_config(url)
    command.downgrade(config, "base")
    command.upgrade(config, "head")
    assert differences(url) == []
