"""Alembic environment: the URL comes from the caller (municipal_server.migrate).

On SQLite, batch mode rebuilds a table to change it (copy, drop, rename); with foreign keys
enforced, dropping a table other rows refer to fails. SQLite's documented procedure is
followed instead: foreign keys off for the migration (it cannot change inside a transaction),
`PRAGMA foreign_key_check` before the commit (a broken reference fails the migration), and on
again afterwards.
"""

from alembic import context

from municipal_server.db import make_engine
from municipal_server.models import Base

config = context.config
url = config.get_main_option("sqlalchemy.url")
engine = config.attributes.get("engine") or make_engine(url)

with engine.connect() as connection:
    sqlite = connection.dialect.name == "sqlite"
    driver = connection.connection.driver_connection
    if sqlite:
        driver.execute("PRAGMA foreign_keys=OFF")
    try:
        context.configure(
            connection=connection,
            target_metadata=Base.metadata,
            render_as_batch=sqlite,
        )
        with context.begin_transaction():
            context.run_migrations()
            if sqlite:
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
                if broken:
                    raise RuntimeError(f"the migration broke references: {broken[:5]}")
        connection.commit()
    finally:
        if sqlite:
            driver.execute("PRAGMA foreign_keys=ON")
