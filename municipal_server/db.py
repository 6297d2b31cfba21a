"""Engine and sessions for SQLite (default, zero set-up) and PostgreSQL."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.orm import Session, sessionmaker

#: the execution option of a read-only session's connections (see Database.read_session)
READ_ONLY = "municipal_read_only"


def normalise_url(url: str) -> str:
    """Accept the usual `postgresql://` and `postgres://` forms and use psycopg 3 for them."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def make_engine(url: str) -> Engine:
    """The engine; `hide_parameters`: an error's text never carries the statement's values
    (names, ID numbers, password hashes), whoever logs it."""
    url = normalise_url(url)
    if url.startswith("sqlite"):
        # As many pooled connections as PostgreSQL's: with SQLAlchemy's default (5), every
        # request beyond the fifth at once opened a connection and read the schema again.
        in_memory = make_url(url).database in (None, "", ":memory:")
        engine = create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": 30},
            hide_parameters=True,
            # (an in-memory database has one connection per thread: no pool to size)
            **({} if in_memory else {"pool_size": 10, "max_overflow": 20}),
        )
        _configure_sqlite(engine)
        return engine
    return create_engine(
        url, pool_size=10, max_overflow=20, pool_pre_ping=True, hide_parameters=True
    )


BUSY_TIMEOUT = 30  # seconds
_WRITE_LOCKS: dict[str, threading.Lock] = {}
_HOLDS_WRITE_LOCK = "municipal_holds_write_lock"


def _configure_sqlite(engine: Engine) -> None:
    # pysqlite's own transaction handling starts transactions lazily and would let two writers
    # deadlock on the lock upgrade. We take the write lock at BEGIN instead (BEGIN IMMEDIATE), so
    # concurrent writers queue on the busy timeout and every transaction sees the latest commit.
    # A read-only session (READ_ONLY) begins deferred: in WAL mode it reads a snapshot without
    # any lock, so readers neither wait for writers nor for each other (SQLite's busy handler
    # sleeps in steps of up to 100 ms, which made every reader's p99 a second or more).
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        # A deleted account's or photo's bytes are overwritten, not left in free pages.
        cursor.execute("PRAGMA secure_delete=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT * 1000}")
        cursor.close()

    # Writers of this process queue on a lock of their own before BEGIN IMMEDIATE: SQLite's busy
    # handler polls, sleeping up to 100 ms between tries, so eight threads waiting for the write
    # lock took turns ten times slower than one writer alone (bench/RESULTS.md, POST create).
    # The lock is shared by every engine on the file in this process (the notification worker
    # has its own) and given back when the connection returns to the pool, after COMMIT or
    # ROLLBACK. Other processes still meet at SQLite's lock; after `busy_timeout` seconds of
    # waiting here a writer goes on to it anyway, so nothing waits forever.
    writers = _WRITE_LOCKS.setdefault(engine.url.database or "", threading.Lock())

    @event.listens_for(engine, "begin")
    def on_begin(connection: Any) -> None:
        if connection.get_execution_options().get(READ_ONLY):
            connection.exec_driver_sql("BEGIN")
            return
        info = connection.connection.info
        if not info.get(_HOLDS_WRITE_LOCK):
            info[_HOLDS_WRITE_LOCK] = writers.acquire(timeout=BUSY_TIMEOUT)
        try:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        except BaseException:
            _give_back(info)
            raise

    def _give_back(info: dict[str, Any]) -> None:
        if info.pop(_HOLDS_WRITE_LOCK, False):
            writers.release()

    @event.listens_for(engine, "checkin")
    def on_checkin(_dbapi_connection: Any, record: Any) -> None:
        _give_back(record.info)

    @event.listens_for(engine, "invalidate")
    def on_invalidate(_dbapi_connection: Any, record: Any, _error: Any) -> None:
        _give_back(record.info)


class Database:
    """One engine and its session factory; the app holds exactly one."""

    def __init__(self, url: str) -> None:
        self.url = normalise_url(url)
        self.engine = make_engine(self.url)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.read_sessions = sessionmaker(
            self.engine.execution_options(**{READ_ONLY: True}),
            expire_on_commit=False,
            info={READ_ONLY: True},
        )

    @property
    def is_sqlite(self) -> bool:
        return self.url.startswith("sqlite")

    @contextmanager
    def session(self) -> Iterator[Session]:
        with self.sessions() as session:
            yield session

    @contextmanager
    def read_session(self) -> Iterator[Session]:
        """A session that only reads (a write in it raises): on SQLite it takes no lock."""
        with self.read_sessions() as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


@event.listens_for(Session, "before_flush")
def _refuse_writes(session: Session, _context: Any, _instances: Any) -> None:
    """A read-only session that would write is a bug: on SQLite its deferred transaction could
    fail to take the write lock, so it is refused at once, whatever the database."""
    if session.info.get(READ_ONLY) and (session.new or session.dirty or session.deleted):
        raise RuntimeError("a read-only session tried to write")
