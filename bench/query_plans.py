"""The database's plan for every query the hot reads send, on the 1,000,000-row databases:
the public Open311 list (a page of 50), a citizen's requests (a page of 50) and the clerk's
queue (first page of 100 with its counts, and page 2 without) — to show which index each one walks.

    python bench/query_plans.py [--rows 1000000] [--quick] [--report FILE]

The statements are the routes' own: the app runs in this process (called as ASGI, the clerk's
sign-in replaced by the demo clerk's row), every statement it sends is captured with
its parameters, and each one that reads the requests is asked for its plan (SQLite's EXPLAIN
QUERY PLAN; PostgreSQL's EXPLAIN ANALYZE, so the times are real). Each figure's value is the
plan on one line; the floor column gives the time PostgreSQL took to run it.
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import Report, arguments  # noqa: E402
from bench.seeding import seeded  # noqa: E402

READS = (
    ("public list, page of 50", "/open311/v2/requests.json?page_size=50"),
    ("clerk queue, first page of 100 with counts", "/api/v1/clerk/requests?page_size=100"),
    ("a citizen's requests, page of 50", "/api/v1/me/requests?page_size=50"),
    (
        "clerk queue, page 2 without counts",
        "/api/v1/clerk/requests?page_size=100&page=2&counts=false",
    ),
)
# Statements of the page itself, not the sign-in, the catalogue or a page's relationships.
WANTED = re.compile(r"FROM service_requests|FROM queue_counts", re.I)


def asgi_get(app, path: str) -> int:
    """GET `path` from the ASGI app in this process; returns the status."""
    import asyncio

    target, _, query = path.partition("?")
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": target,
        "raw_path": target.encode(),
        "query_string": query.encode(),
        "headers": [(b"host", b"localhost")],
        "client": ("127.0.0.1", 1),
        "server": ("localhost", 80),
    }
    answer: dict[str, int] = {}

    async def receive() -> dict:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict) -> None:
        if message["type"] == "http.response.start":
            answer["status"] = message["status"]

    asyncio.run(app(scope, receive, send))
    return answer["status"]


def captured(url: str, path: str) -> list[tuple[str, object]]:
    from sqlalchemy import event, select

    from bench.seeding import BENCH_LOGIN
    from municipal_server.app import create_app
    from municipal_server.config import Settings
    from municipal_server.deps import clerk_user, current_user
    from municipal_server.models import User

    app = create_app(Settings(database_url=url))
    database = app.state.database
    with database.session() as session:
        clerk = session.scalars(select(User).where(User.role == "clerk")).first()
        citizen = session.scalars(select(User).where(User.email == BENCH_LOGIN)).one()
    app.dependency_overrides[clerk_user] = lambda: clerk
    app.dependency_overrides[current_user] = lambda: citizen
    statements: list[tuple[str, object]] = []

    def collect(_conn, _cursor, statement, parameters, _context, _many) -> None:
        statements.append((statement, parameters))

    assert asgi_get(app, path) == 200  # fills the caches a warm server has
    event.listen(database.engine, "before_cursor_execute", collect)
    assert asgi_get(app, path) == 200
    event.remove(database.engine, "before_cursor_execute", collect)
    database.dispose()
    return [(s, p) for s, p in statements if WANTED.search(s)]


def plan(url: str, statement: str, parameters: object) -> tuple[str, str]:
    """(the plan on one line, the time it took for PostgreSQL)."""
    from municipal_server.db import Database

    database = Database(url)
    try:
        with database.engine.connect() as connection:
            if database.is_sqlite:
                rows = connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
                return "; ".join(row[-1] for row in rows), ""
            rows = connection.exec_driver_sql(
                "EXPLAIN (ANALYZE, COSTS OFF, FORMAT JSON) " + statement, parameters
            )
            document = rows.scalar()
            document = document if isinstance(document, list) else json.loads(document)
            return _postgres(document[0]["Plan"]), f"{document[0]['Execution Time']:.1f} ms"
    finally:
        database.dispose()


def _postgres(node: dict, depth: int = 0) -> str:
    text = node["Node Type"]
    if "Index Name" in node:
        text += f" using {node['Index Name']}"
    if "Relation Name" in node:
        text += f" on {node['Relation Name']}"
    if node.get("Actual Rows") is not None:
        text += f" (rows {node['Actual Rows']})"
    children = [_postgres(child, depth + 1) for child in node.get("Plans", [])]
    return text + (" <- [" + "; ".join(children) + "]" if children else "")


def short(statement: str) -> str:
    """The statement without its column list, for the figure's name."""
    text = re.sub(r"\s+", " ", statement)
    text = re.sub(r"SELECT .*? FROM", "SELECT … FROM", text, count=1)
    return text[:220]


def main() -> None:
    def extra(parser) -> None:
        parser.add_argument("--rows", type=int, default=1_000_000)
        parser.add_argument("--databases", default="sqlite,postgresql")

    args = arguments(__doc__.split("\n\n")[0], extra)
    rows = 20_000 if args.quick else args.rows
    report = Report(f"Query plans of the hot reads on {rows:,} requests")
    for kind in args.databases.split(","):
        started = time.perf_counter()
        url, _ = seeded(kind, rows)
        for label, path in READS:
            for statement, parameters in captured(url, path):
                shown, took = plan(url, statement, parameters)
                report.add(f"{kind}: {label}: `{short(statement)}`", shown, took)
        report.note(f"{kind}: {time.perf_counter() - started:.0f} s")
    report.note(
        "SQLite: SCAN … USING INDEX walks the index in order (no sort); SEARCH is an index "
        "lookup. PostgreSQL: EXPLAIN ANALYZE, actual rows per node; the time is the plan's."
    )
    report.save(args.report)


if __name__ == "__main__":
    main()
