"""The app's own SQLite database: drafts, the outbox and the offline cache.

Durable and discreet: WAL with synchronous=FULL (a power cut after a commit loses nothing),
secure_delete on (deleted rows are overwritten, not left in free pages), and a checkpoint that
truncates the WAL after a purge so personal data does not linger in the -wal file either.

A database that cannot be opened or fails its integrity check is moved aside with a timestamp
(with its -wal and -shm files) and a fresh one is made; the caller tells the citizen. Nothing
is deleted silently. The schema is versioned with `PRAGMA user_version`.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

VERSION = 1
SCHEMA = """
CREATE TABLE drafts (
    id TEXT PRIMARY KEY,
    server TEXT NOT NULL,
    service_code TEXT NOT NULL,
    service_name TEXT NOT NULL,
    content TEXT NOT NULL,           -- JSON: what the citizen typed, by field
    updated_at TEXT NOT NULL
);
CREATE TABLE draft_photos (
    draft_id TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    jpeg BLOB NOT NULL,
    PRIMARY KEY (draft_id, position)
);
CREATE TABLE outbox (
    id TEXT PRIMARY KEY,
    server TEXT NOT NULL,
    account TEXT NOT NULL,           -- the signed-in user's id, '' without an account
    service_code TEXT NOT NULL,
    service_name TEXT NOT NULL,
    fields TEXT,                     -- JSON; NULL once the server confirmed (purged)
    attributes TEXT,                 -- JSON; NULL once the server confirmed (purged)
    idempotency_key TEXT NOT NULL,   -- fixed when Submit was pressed
    state TEXT NOT NULL,             -- waiting | failed | sent
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt REAL NOT NULL DEFAULT 0,
    reason TEXT NOT NULL DEFAULT '', -- a code the screen turns into plain words
    number TEXT,                     -- the request number, once known
    token TEXT,                      -- a batch server's token until the number is known
    created_at TEXT NOT NULL,
    sent_at TEXT
);
CREATE TABLE outbox_photos (
    item_id TEXT NOT NULL REFERENCES outbox(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    jpeg BLOB NOT NULL,
    PRIMARY KEY (item_id, position)
);
CREATE TABLE cache (
    key TEXT PRIMARY KEY,
    etag TEXT,
    body TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
"""


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class LocalDatabase:
    """One connection shared by the app's worker threads, serialised by a lock (the work is
    small; SQLite itself would serialise the writes anyway)."""

    def __init__(self, path: Path, read_only: bool = False) -> None:
        """`read_only` (for `citizen-app doctor`): open an existing database without
        changing anything; sqlite3.DatabaseError when it is damaged or from a newer app."""
        self.path = path
        #: where a damaged database was moved to at start, for the citizen to be told
        self.set_aside: Path | None = None
        self._lock = threading.RLock()
        if read_only:
            self._connection = self._open_read_only()
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._connection = self._open()
        except sqlite3.DatabaseError:
            self.set_aside = self._move_aside()
            self._connection = self._open()

    def _open(self) -> sqlite3.Connection:
        connection = sqlite3.connect(
            self.path, check_same_thread=False, isolation_level=None, timeout=10
        )
        try:
            for pragma in (
                "journal_mode=WAL",
                "synchronous=FULL",
                "secure_delete=ON",
                "foreign_keys=ON",
            ):
                connection.execute(f"PRAGMA {pragma}")
            problems = connection.execute("PRAGMA quick_check").fetchall()
            if problems != [("ok",)]:
                raise sqlite3.DatabaseError(f"integrity check failed: {problems[:3]}")
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            if version == 0:
                connection.executescript(f"BEGIN; {SCHEMA} PRAGMA user_version={VERSION}; COMMIT;")
            elif version > VERSION:
                raise sqlite3.DatabaseError(f"made by a newer version of the app ({version})")
        except sqlite3.DatabaseError:
            connection.close()
            raise
        return connection

    def _open_read_only(self) -> sqlite3.Connection:
        connection = sqlite3.connect(
            f"{self.path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False
        )
        try:
            problems = connection.execute("PRAGMA quick_check").fetchall()
            if problems != [("ok",)]:
                raise sqlite3.DatabaseError(f"integrity check failed: {problems[:3]}")
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            if version != VERSION:
                raise sqlite3.DatabaseError(f"schema version {version}, expected {VERSION}")
        except sqlite3.DatabaseError:
            connection.close()
            raise
        return connection

    def _move_aside(self) -> Path:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        target = self.path.with_name(f"{self.path.name}.damaged-{stamp}")
        for suffix in ("", "-wal", "-shm"):
            source = Path(str(self.path) + suffix)
            if source.exists():
                source.replace(Path(str(target) + suffix))
        return target

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE … COMMIT (ROLLBACK on error), one thread at a time."""
        with self._lock:
            self._connection.execute("BEGIN IMMEDIATE")
            try:
                yield self._connection
            except BaseException:
                self._connection.execute("ROLLBACK")
                raise
            self._connection.execute("COMMIT")

    def query(self, sql: str, parameters: tuple = ()) -> list[tuple]:
        with self._lock:
            return self._connection.execute(sql, parameters).fetchall()

    def forget_deleted(self) -> None:
        """After deleting personal data: copy the WAL into the database (where secure_delete
        has zeroed the freed space) and truncate the WAL file to nothing."""
        with self._lock:
            self._connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        with self._lock:
            self._connection.close()
