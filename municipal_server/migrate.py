"""Run Alembic migrations programmatically (`municipal-server init-db`)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config

from municipal_server.db import normalise_url

HERE = Path(__file__).resolve().parent


def alembic_config(url: str) -> Config:
    config = Config(str(HERE / "alembic.ini"))
    config.set_main_option("script_location", str(HERE / "migrations"))
    config.set_main_option("sqlalchemy.url", normalise_url(url).replace("%", "%%"))
    return config


def upgrade(url: str) -> None:
    command.upgrade(alembic_config(url), "head")
