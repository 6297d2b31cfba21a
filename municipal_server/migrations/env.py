"""Alembic environment: the URL comes from the caller (municipal_server.migrate)."""

from alembic import context

from municipal_server.db import make_engine
from municipal_server.models import Base

config = context.config
url = config.get_main_option("sqlalchemy.url")
engine = config.attributes.get("engine") or make_engine(url)

with engine.connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
