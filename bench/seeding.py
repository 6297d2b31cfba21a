"""Filling the reference server's database fast: service requests (each with its first status
event) written in bulk straight into SQLite (executemany in one transaction) or PostgreSQL
(COPY), not through HTTP. The 1,000,000-row databases are kept between runs (SQLite in
$BENCH_CACHE, PostgreSQL as the database `bench_<rows>`) with a marker table that says what they
hold; rows added by a previous run's POSTs are removed before reuse."""

from __future__ import annotations

import os
import random
import sqlite3
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bench.common import CACHE, CITIZEN_PASSWORD, POSTGRES_ADMIN_URL
from municipal_server.arabic import normalize
from municipal_server.queue_triggers import (
    FEED_BUMP,
    creating,
    dropping,
    feed_creating,
    feed_dropping,
    recounting,
)
from municipal_server.statuses import OPEN

STATUSES = ("submitted", "received", "in_progress", "on_hold", "resolved", "closed")
STREETS = ("شارع عين سارة", "شارع الشلالة", "حي الجامعة", "شارع بئر السبع", "وادي التفاح")
REQUEST_COLUMNS = (
    "id, number, service_id, status, description, address, attributes, user_id, language, "
    "expected_at, requested_at, updated_at, resolved_at, reopen_count, search_text, "
    "escalated_at, fixed_asked_at, service_version_id"
)
# Bumped when the seeded rows change: a cached database of another version is seeded again.
SEED_VERSION = 4
EVENT_COLUMNS = "request_id, at, actor_id, kind, status, audience, data"
BENCH_LOGIN = "bench-owner@example.ps"
OWNED_EVERY = 1000  # the bench citizen owns one request in a thousand
KEEP_DAYS = 30  # a cached database older than this is seeded again (the list shows 90 days)


# Each service with its current version, which the requests are made with.
SERVICES = (
    "SELECT services.id, services.code, services.target_days, service_versions.id"
    " FROM services JOIN service_versions ON service_versions.service_id = services.id"
    " AND service_versions.version = services.version"
)


def _sqlite_time(at: datetime) -> str:
    # SQLAlchemy's storage format for DateTime on SQLite (naive UTC).
    return at.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _rows(
    services: list[tuple[int, str, int, int]], first_id: int, count: int, owner: int | None
) -> Iterator[tuple[tuple[Any, ...], tuple[Any, ...]]]:
    """(request, event) pairs spread over the last 60 days, oldest first; naive UTC times.

    As a server running all along would have left them: an open request past its expected date
    was escalated then, and a resolved one was asked "is it fixed?" (otherwise the server's
    workers would spend the benchmark catching up on a million rows of history).
    """
    rng = random.Random(2026)
    end = datetime.now(UTC).replace(tzinfo=None) - timedelta(hours=1)
    step = timedelta(days=60) / count
    start = end - timedelta(days=60)
    for n in range(count):
        row_id = first_id + n
        service_id, code, target_days, version_id = rng.choice(services)
        at = start + step * n
        status = rng.choice(STATUSES)
        number = f"HEB-{at.year}-{row_id:06d}"
        description = f"طلب تجريبي رقم {n} ({code})"
        street = rng.choice(STREETS)
        user_id = owner if owner is not None and n % OWNED_EVERY == 0 else None
        resolved = at + timedelta(days=2) if status in ("resolved", "closed") else None
        expected = at + timedelta(days=target_days)
        escalated = expected if status in OPEN and expected < end else None
        asked = resolved if status == "resolved" else None
        search = normalize(f"{number} {description} {street}")
        yield (
            (
                row_id,
                number,
                service_id,
                status,
                description,
                street,
                "{}",
                user_id,
                "ar",
                expected,
                at,
                at,
                resolved,
                0,
                search,
                escalated,
                asked,
                version_id,
            ),
            (row_id, at, user_id, "status", "submitted", "public", "{}"),
        )


def bulk_insert(database_url: str, count: int, owner: int | None = None) -> None:
    """Append `count` requests (and their first event) after the last one in the database."""
    if database_url.startswith("sqlite"):
        _sqlite_insert(database_url.removeprefix("sqlite:///"), count, owner)
    else:
        _postgres_insert(database_url, count, owner)


def _sqlite_insert(path: str, count: int, owner: int | None) -> None:
    db = sqlite3.connect(path, isolation_level=None)
    try:
        db.execute("PRAGMA synchronous=OFF")
        services = db.execute(SERVICES).fetchall()
        first = (db.execute("SELECT max(id) FROM service_requests").fetchone()[0] or 0) + 1
        db.execute("BEGIN")
        # The triggers (queue counts, revisions) would cost a statement or two per row: off
        # during the load, the counts made afresh after it (a seeded request's revision is 0),
        # and the feed's change counter moved once.
        for statement in dropping("sqlite") + feed_dropping("sqlite"):
            db.execute(statement)
        batch: list[tuple[tuple[Any, ...], tuple[Any, ...]]] = []

        def flush() -> None:
            db.executemany(
                f"INSERT INTO service_requests ({REQUEST_COLUMNS}) "  # noqa: S608 - constants
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [
                    tuple(_sqlite_time(v) if isinstance(v, datetime) else v for v in r)
                    for r, _ in batch
                ],
            )
            db.executemany(
                f"INSERT INTO request_events ({EVENT_COLUMNS}) VALUES (?,?,?,?,?,?,?)",  # noqa: S608
                [(e[0], _sqlite_time(e[1]), *e[2:]) for _, e in batch],
            )
            batch.clear()

        for pair in _rows(services, first, count, owner):
            batch.append(pair)
            if len(batch) == 20_000:
                flush()
        flush()
        for statement in creating("sqlite") + feed_creating("sqlite") + recounting("sqlite"):
            db.execute(statement)
        db.execute(FEED_BUMP)
        db.execute("COMMIT")
        db.execute("ANALYZE")
    finally:
        db.close()


def _postgres_insert(url: str, count: int, owner: int | None) -> None:
    import psycopg

    with psycopg.connect(url) as conn:
        services = conn.execute(SERVICES).fetchall()
        first = (conn.execute("SELECT max(id) FROM service_requests").fetchone()[0] or 0) + 1
        events = []
        for table in ("service_requests", "request_events"):  # see _sqlite_insert
            conn.execute(f"ALTER TABLE {table} DISABLE TRIGGER USER")
        with conn.cursor().copy(f"COPY service_requests ({REQUEST_COLUMNS}) FROM STDIN") as copy:
            for request, event in _rows(services, first, count, owner):
                copy.write_row(request)
                events.append(event)
        with conn.cursor().copy(f"COPY request_events ({EVENT_COLUMNS}) FROM STDIN") as copy:
            for event in events:
                copy.write_row(event)
        for table in ("service_requests", "request_events"):
            conn.execute(f"ALTER TABLE {table} ENABLE TRIGGER USER")
        for statement in [*recounting("postgresql"), FEED_BUMP]:
            conn.execute(statement)
        for table in ("service_requests", "request_events"):
            conn.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "  # noqa: S608
                f"(SELECT max(id) FROM {table}))"
            )
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE service_requests")
        conn.execute("VACUUM ANALYZE request_events")


# --- the cached 1,000,000-row databases -----------------------------------------------------


def _postgres_url(name: str) -> str:
    return POSTGRES_ADMIN_URL.rpartition("/")[0] + "/" + name


def _marker(url: str) -> tuple[int, int, float, float] | None:
    """(rows, last seeded id, seeded at (epoch), seconds it took) if the database has one."""
    query = "SELECT rows, max_id, seeded_at, seconds FROM bench_seed"
    try:
        if url.startswith("sqlite"):
            path = url.removeprefix("sqlite:///")
            if not os.path.exists(path):
                return None
            with sqlite3.connect(path) as db:
                return db.execute(query).fetchone()
        import psycopg

        with psycopg.connect(url, connect_timeout=5) as conn:
            return conn.execute(query).fetchone()
    except Exception:
        return None


def _execute(url: str, statements: list[str]) -> None:
    if url.startswith("sqlite"):
        with sqlite3.connect(url.removeprefix("sqlite:///")) as db:
            for statement in statements:
                db.execute(statement)
        return
    import psycopg

    with psycopg.connect(url) as conn:
        for statement in statements:
            conn.execute(statement)


def _location(kind: str, rows: int) -> str:
    if kind == "sqlite":
        return f"sqlite:///{CACHE / f'requests-v{SEED_VERSION}-{rows}.sqlite'}"
    return _postgres_url(f"bench_v{SEED_VERSION}_{rows}")


def _fresh(kind: str, rows: int) -> str:
    url = _location(kind, rows)
    if kind == "sqlite":
        CACHE.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal", "-shm"):
            Path(url.removeprefix("sqlite:///") + suffix).unlink(missing_ok=True)
        return url
    import psycopg

    name = url.rpartition("/")[2]
    with psycopg.connect(POSTGRES_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    return url


def seeded(kind: str, rows: int) -> tuple[str, str]:
    """A database (kind: sqlite or postgresql) holding `rows` requests and the demo, reused
    from an earlier run when it can be; returns (url, how it was seeded)."""
    from tests.live_server import run_cli

    url = _location(kind, rows)
    marker = _marker(url)
    if marker and marker[0] == rows and time.time() - marker[2] < KEEP_DAYS * 86400:
        _execute(
            url,
            [
                f"DELETE FROM attachments WHERE request_id > {marker[1]}",  # noqa: S608
                f"DELETE FROM request_events WHERE request_id > {marker[1]}",  # noqa: S608
                f"DELETE FROM service_requests WHERE id > {marker[1]}",  # noqa: S608
                "DELETE FROM idempotency_records",
            ],
        )
        day = datetime.fromtimestamp(marker[2], UTC).strftime("%Y-%m-%d %H:%M UTC")
        return url, f"cached (seeded in {marker[3]:.0f} s on {day})"
    url = _fresh(kind, rows)
    started = time.perf_counter()
    run_cli(url, "seed-demo")
    env = {"MUNICIPAL_NEW_PASSWORD": CITIZEN_PASSWORD}
    args = ("--role", "citizen", "--name", "مواطن تجريبي", "--email", BENCH_LOGIN)
    run_cli(url, "create-user", *args, env=env)
    owner = _owner_id(url)
    bulk_insert(url, rows, owner)
    seconds = time.perf_counter() - started
    _execute(
        url,
        [
            "CREATE TABLE bench_seed "
            "(rows INTEGER, max_id INTEGER, seeded_at FLOAT, seconds FLOAT)",
            f"INSERT INTO bench_seed SELECT {rows}, max(id), {time.time()}, {seconds} "  # noqa: S608
            "FROM service_requests",
        ],
    )
    return url, f"seeded now in {seconds:.0f} s"


def _owner_id(url: str) -> int:
    query = f"SELECT id FROM users WHERE email = '{BENCH_LOGIN}'"  # noqa: S608 - a constant
    if url.startswith("sqlite"):
        with sqlite3.connect(url.removeprefix("sqlite:///")) as db:
            return db.execute(query).fetchone()[0]
    import psycopg

    with psycopg.connect(url) as conn:
        return conn.execute(query).fetchone()[0]
