"""The database triggers that keep `queue_counts` and `service_requests.revision` exact.

They live in the database, not in the application, so that every writer keeps them right: the
routes, the notification worker, a bulk load (bench/seeding.py copies a million rows straight
in) and SQL run by hand. Migration 0014p creates them; its downgrade drops them.

- queue_counts: numbered requests per (service, assignee (0: nobody), status, stripe); the
  clerk's queue sums them (api/clerk_queue.py) instead of counting every row. The stripe is
  the request's id modulo 16: on PostgreSQL a counter row stays locked until its transaction
  commits, so with one row per key every citizen's create would wait for the one before it
  to reach the disk; consecutive requests land on different rows.
- revision: one more on every change of a request's row or of one of its history lines, so a
  rendered public answer cached under (id, revision) is never served after a change
  (open311/feed_cache.py).
- feed_changes: one more on every change of what the public feed shows (a request, its
  history, a service, the municipality); the sum over its rows names the feed's state, and a
  whole page of the feed is cached under it (open311/feed_pages.py). Migration 0015f creates
  these (feed_creating); on PostgreSQL they fire once per transaction, at its commit, on the
  row `txid % 16`: a transaction holds that row's lock only while it commits and takes no
  other, so writers neither queue on one row nor deadlock on two.

Caution for later migrations: on SQLite, a batch_alter_table that RECREATES service_requests
or request_events drops their triggers; such a migration must call create_triggers again.
"""

from __future__ import annotations

from sqlalchemy import Connection

_SQLITE = [
    """CREATE TRIGGER queue_counts_insert AFTER INSERT ON service_requests
    WHEN NEW.number IS NOT NULL BEGIN
        INSERT INTO queue_counts (service_id, assignee_id, status, stripe, n)
        VALUES (NEW.service_id, coalesce(NEW.assignee_id, 0), NEW.status, NEW.id % 16, 1)
        ON CONFLICT (service_id, assignee_id, status, stripe) DO UPDATE SET n = n + 1;
    END""",
    """CREATE TRIGGER queue_counts_delete AFTER DELETE ON service_requests
    WHEN OLD.number IS NOT NULL BEGIN
        UPDATE queue_counts SET n = n - 1 WHERE service_id = OLD.service_id
        AND assignee_id = coalesce(OLD.assignee_id, 0) AND status = OLD.status
        AND stripe = OLD.id % 16;
    END""",
    """CREATE TRIGGER queue_counts_update
    AFTER UPDATE OF status, service_id, assignee_id, number ON service_requests BEGIN
        UPDATE queue_counts SET n = n - 1 WHERE OLD.number IS NOT NULL
        AND service_id = OLD.service_id AND assignee_id = coalesce(OLD.assignee_id, 0)
        AND status = OLD.status AND stripe = OLD.id % 16;
        INSERT INTO queue_counts (service_id, assignee_id, status, stripe, n)
        SELECT NEW.service_id, coalesce(NEW.assignee_id, 0), NEW.status, NEW.id % 16, 1
        WHERE NEW.number IS NOT NULL
        ON CONFLICT (service_id, assignee_id, status, stripe) DO UPDATE SET n = n + 1;
    END""",
    # The nested UPDATE changes the revision, so the WHEN stops it from firing itself again.
    """CREATE TRIGGER revision_request AFTER UPDATE ON service_requests
    WHEN NEW.revision = OLD.revision BEGIN
        UPDATE service_requests SET revision = revision + 1 WHERE id = NEW.id;
    END""",
    """CREATE TRIGGER revision_event_insert AFTER INSERT ON request_events BEGIN
        UPDATE service_requests SET revision = revision + 1 WHERE id = NEW.request_id;
    END""",
    """CREATE TRIGGER revision_event_update AFTER UPDATE ON request_events BEGIN
        UPDATE service_requests SET revision = revision + 1
        WHERE id IN (NEW.request_id, OLD.request_id);
    END""",
    """CREATE TRIGGER revision_event_delete AFTER DELETE ON request_events BEGIN
        UPDATE service_requests SET revision = revision + 1 WHERE id = OLD.request_id;
    END""",
]
_SQLITE_NAMES = (
    "queue_counts_insert",
    "queue_counts_delete",
    "queue_counts_update",
    "revision_request",
    "revision_event_insert",
    "revision_event_update",
    "revision_event_delete",
)

_POSTGRES = [
    """CREATE FUNCTION queue_counts_keep() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.number IS NOT NULL THEN
            UPDATE queue_counts SET n = n - 1 WHERE service_id = OLD.service_id
            AND assignee_id = coalesce(OLD.assignee_id, 0) AND status = OLD.status
        AND stripe = mod(OLD.id, 16);
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.number IS NOT NULL THEN
            INSERT INTO queue_counts (service_id, assignee_id, status, stripe, n)
            VALUES (NEW.service_id, coalesce(NEW.assignee_id, 0), NEW.status, mod(NEW.id, 16), 1)
            ON CONFLICT (service_id, assignee_id, status, stripe)
            DO UPDATE SET n = queue_counts.n + 1;
        END IF;
        RETURN NULL;
    END $$""",
    """CREATE TRIGGER queue_counts_insert_delete AFTER INSERT OR DELETE ON service_requests
    FOR EACH ROW EXECUTE FUNCTION queue_counts_keep()""",
    """CREATE TRIGGER queue_counts_update
    AFTER UPDATE OF status, service_id, assignee_id, number ON service_requests
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status
        OR OLD.service_id IS DISTINCT FROM NEW.service_id
        OR OLD.assignee_id IS DISTINCT FROM NEW.assignee_id
        OR OLD.number IS DISTINCT FROM NEW.number)
    EXECUTE FUNCTION queue_counts_keep()""",
    """CREATE FUNCTION revision_request() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        NEW.revision := OLD.revision + 1;
        RETURN NEW;
    END $$""",
    """CREATE TRIGGER revision_request BEFORE UPDATE ON service_requests
    FOR EACH ROW WHEN (NEW.revision = OLD.revision) EXECUTE FUNCTION revision_request()""",
    """CREATE FUNCTION revision_event() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
            UPDATE service_requests SET revision = revision + 1 WHERE id = OLD.request_id;
        END IF;
        IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.request_id <> OLD.request_id) THEN
            UPDATE service_requests SET revision = revision + 1 WHERE id = NEW.request_id;
        END IF;
        RETURN NULL;
    END $$""",
    """CREATE TRIGGER revision_event AFTER INSERT OR UPDATE OR DELETE ON request_events
    FOR EACH ROW EXECUTE FUNCTION revision_event()""",
]
_POSTGRES_DROP = [
    "DROP TRIGGER IF EXISTS revision_event ON request_events",
    "DROP TRIGGER IF EXISTS revision_request ON service_requests",
    "DROP TRIGGER IF EXISTS queue_counts_update ON service_requests",
    "DROP TRIGGER IF EXISTS queue_counts_insert_delete ON service_requests",
    "DROP FUNCTION IF EXISTS revision_event()",
    "DROP FUNCTION IF EXISTS revision_request()",
    "DROP FUNCTION IF EXISTS queue_counts_keep()",
]


def creating(dialect: str) -> list[str]:
    """The statements that create the triggers (dialect: "sqlite" or "postgresql")."""
    return list(_SQLITE if dialect == "sqlite" else _POSTGRES)


def dropping(dialect: str) -> list[str]:
    if dialect == "sqlite":
        return [f"DROP TRIGGER IF EXISTS {name}" for name in _SQLITE_NAMES]
    return list(_POSTGRES_DROP)


def recounting(dialect: str) -> list[str]:
    """The statements that count queue_counts afresh from the requests: after a bulk load
    with the triggers off (bench/seeding.py), and when the table is made (migration 0014p)."""
    stripe = "id % 16" if dialect == "sqlite" else "mod(id, 16)"
    return [
        "DELETE FROM queue_counts",
        "INSERT INTO queue_counts (service_id, assignee_id, status, stripe, n) "  # noqa: S608
        f"SELECT service_id, coalesce(assignee_id, 0), status, {stripe}, count(*) "
        "FROM service_requests WHERE number IS NOT NULL "
        f"GROUP BY service_id, coalesce(assignee_id, 0), status, {stripe}",
    ]


def create_triggers(connection: Connection) -> None:
    for statement in creating(connection.dialect.name):
        connection.exec_driver_sql(statement)


def drop_triggers(connection: Connection) -> None:
    for statement in dropping(connection.dialect.name):
        connection.exec_driver_sql(statement)


def recount(connection: Connection) -> None:
    for statement in recounting(connection.dialect.name):
        connection.exec_driver_sql(statement)


# --- feed_changes ----------------------------------------------------------------------------

#: the tables whose changes the public feed shows (rendered requests: open311/shapes.py)
FEED_TABLES = ("service_requests", "request_events", "services", "municipality")
_OPERATIONS = ("INSERT", "UPDATE", "DELETE")

_FEED_POSTGRES_FUNCTION = """CREATE FUNCTION feed_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF current_setting('municipal.feed_changed', true) IS DISTINCT FROM 'yes' THEN
            PERFORM set_config('municipal.feed_changed', 'yes', true);
            UPDATE feed_changes SET n = n + 1 WHERE stripe = mod(txid_current(), 16);
        END IF;
        RETURN NULL;
    END $$"""


def feed_creating(dialect: str) -> list[str]:
    """The statements that create feed_changes' triggers."""
    if dialect == "sqlite":  # one writer at a time: one row is enough
        return [
            f"CREATE TRIGGER feed_changed_{table}_{operation.lower()} AFTER {operation} "  # noqa: S608
            f"ON {table} BEGIN UPDATE feed_changes SET n = n + 1 WHERE stripe = 0; END"
            for table in FEED_TABLES
            for operation in _OPERATIONS
        ]
    return [_FEED_POSTGRES_FUNCTION] + [
        f"CREATE CONSTRAINT TRIGGER feed_changed AFTER INSERT OR UPDATE OR DELETE ON {table} "
        "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION feed_changed()"
        for table in FEED_TABLES
    ]


def feed_dropping(dialect: str) -> list[str]:
    if dialect == "sqlite":
        return [
            f"DROP TRIGGER IF EXISTS feed_changed_{table}_{operation.lower()}"
            for table in FEED_TABLES
            for operation in _OPERATIONS
        ]
    return [f"DROP TRIGGER IF EXISTS feed_changed ON {table}" for table in FEED_TABLES] + [
        "DROP FUNCTION IF EXISTS feed_changed()"
    ]


#: after a bulk load with the triggers off (bench/seeding.py): the feed changed
FEED_BUMP = "UPDATE feed_changes SET n = n + 1 WHERE stripe = 0"
