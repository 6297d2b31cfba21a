"""Server throughput and latency on 1,000,000 requests, SQLite and PostgreSQL, against a bare
FastAPI hello endpoint served by the same uvicorn set-up, measured in the same run.

    python bench/server_bench.py [--rows 1000000] [--seconds 6] [--quick] [--report FILE]

For each database: the rows are bulk-inserted (once; the database is kept between runs, see
bench/seeding.py), `municipal-server serve` runs on loopback (one process, as shipped), and at
1, 8 and 32 concurrent connections:
- GET with wrk (a separate C process): one page of the public Open311 list (50 requests), one
  page of /api/v1/me/requests (50, a citizen owning 1 request in 1,000) and one page of the
  clerk's queue (100, as the app asks), right after GET /hello of bench/hello_server.py;
- POST with bench/loadgen.py (a separate asyncio process): Open311 creates with a bearer token
  and a new Idempotency-Key each, beside POST /hello with the same form.
Ratios are app / floor: below 1 for requests per second means slower than the floor, above 1
for latencies means longer.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import requests  # noqa: E402

from bench.common import (  # noqa: E402
    CITIZEN_PASSWORD,
    Goal,
    Report,
    arguments,
    ratio,
    sign_in,
)
from bench.seeding import BENCH_LOGIN, seeded  # noqa: E402
from tests.live_server import LiveServer, free_port  # noqa: E402

CONNECTIONS = (1, 8, 32)
UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def wrk(url: str, connections: int, seconds: float, token: str = "") -> dict:
    command = [
        "wrk",
        f"-t{min(2, connections)}",
        f"-c{connections}",
        f"-d{max(1, round(seconds))}s",
    ]
    command += ["--latency", "--timeout", "60s"]
    if token:
        command += ["-H", f"Authorization: Bearer {token}"]
    out = subprocess.run(
        [*command, url], capture_output=True, text=True, timeout=seconds + 60, check=True
    ).stdout

    def latency(label: str) -> float:
        value, unit = re.search(rf"^\s*{label}\s+([\d.]+)(us|ms|s)\s*$", out, re.M).groups()
        return float(value) * UNITS[unit]

    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    socket = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    return {
        "requests": int(re.search(r"(\d+) requests in", out).group(1)),
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "p50_ms": latency("50%"),
        "p99_ms": latency("99%"),
        "errors": (int(bad.group(1)) if bad else 0)
        + (sum(int(x) for x in socket.groups()) if socket else 0),
    }


def post(port: int, path: str, connections: int, seconds: float, token: str, key: str) -> dict:
    command = [sys.executable, str(ROOT / "bench" / "loadgen.py"), "post", str(port), path]
    command += [str(connections), str(seconds), token, key]
    out = subprocess.run(command, capture_output=True, text=True, timeout=seconds + 120, check=True)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    result["errors"] += sum(v for k, v in result["statuses"].items() if not k.startswith("2"))
    return result


def shown(result: dict) -> str:
    if not result["requests"]:
        return "no answer within the run (each took longer)"
    text = f"{result['rps']:,.0f} req/s, p50 {result['p50_ms']:.1f} ms, "
    text += f"p99 {result['p99_ms']:.1f} ms"
    if result["requests"] < 200:
        text += f" (only {result['requests']} answers)"
    return text + (f", {result['errors']} errors" if result["errors"] else "")


def cpu_seconds(pid: int) -> float:
    with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def busy_queries(database_url: str) -> int:
    if database_url.startswith("sqlite"):
        return 0
    import psycopg

    with psycopg.connect(database_url) as conn:
        return conn.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
            "AND state = 'active' AND pid <> pg_backend_pid()"
        ).fetchone()[0]


def wait_idle(pid: int, database_url: str, limit: float = 300) -> None:
    """Until the server has worked off what the last run left queued (a load generator that
    stops does not stop the requests the server already accepted): under 5 % of a core and
    no query running."""
    deadline = time.monotonic() + limit
    before = cpu_seconds(pid)
    while time.monotonic() < deadline:
        time.sleep(0.5)
        now = cpu_seconds(pid)
        if now - before < 0.025 and not busy_queries(database_url):
            return
        before = now


#: the connections at which issue 19's server goals are judged
GOAL_CONNECTIONS = 8


def goal_of(kind: str, label: str, connections: int) -> tuple[Goal, str] | None:
    """Issue 19's goal for a figure, if it is one, and what it is judged on ("ratio" or
    "p99"); all are judged at GOAL_CONNECTIONS."""
    if connections != GOAL_CONNECTIONS:
        return None
    where = f"({kind}, {GOAL_CONNECTIONS} connections)"
    if label.startswith("GET Open311 list"):
        return Goal(f"public Open311 list, page of 50 ÷ hello req/s {where}", at_least=0.5), "ratio"
    if label.startswith("POST Open311 create"):
        return Goal(f"POST Open311 create ÷ hello req/s {where}", at_least=0.25), "ratio"
    if label == "GET clerk queue, one page of 100":
        p99 = Goal(f"clerk queue first page with counts: p99 {where}", at_most=100, unit=" ms")
        return p99, "p99"
    return None


def side_by_side(
    report: Report, kind: str, label: str, connections: int, app: dict, floor: dict
) -> None:
    judged = goal_of(kind, label, connections)
    goal, on = judged if judged else (None, "")
    report.add(
        f"{kind}: {label}, {connections} conn.",
        shown(app),
        "hello: " + shown(floor),
        ratio(app["rps"], floor["rps"]),
        goal=goal,
        number=app["p99_ms"] if on == "p99" else None,
    )


def event_loop_and_parser() -> str:
    """What uvicorn picks (loop="auto", http="auto"): uvloop and httptools when installed."""
    import importlib.util

    loop = "uvloop" if importlib.util.find_spec("uvloop") else "asyncio"
    parser = "httptools" if importlib.util.find_spec("httptools") else "h11"
    return f"{loop} and {parser}"


def start_hello() -> tuple[subprocess.Popen, int]:
    port = free_port()
    process = subprocess.Popen([sys.executable, str(ROOT / "bench" / "hello_server.py"), str(port)])
    for _ in range(200):
        try:
            if requests.get(f"http://127.0.0.1:{port}/hello", timeout=1).ok:
                return process, port
        except requests.RequestException:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError("the hello server did not start")


def bench_database(report: Report, kind: str, rows: int, seconds: float, hello: int) -> None:
    started = time.perf_counter()
    url, how = seeded(kind, rows)
    report.add(f"{kind}: database with {rows:,} requests", how)
    server = LiveServer(url, env={"MUNICIPAL_ACCESS_TOKEN_TTL": "3600"})
    server.seed()
    server.start()
    try:
        citizen = sign_in(server.url, BENCH_LOGIN, CITIZEN_PASSWORD)
        clerk = sign_in(server.url, *server.accounts["clerk"])
        floor_url = f"http://127.0.0.1:{hello}/hello"
        gets = (
            ("Open311 list, one page of 50", "/open311/v2/requests.json?page_size=50", ""),
            ("/api/v1/me/requests, one page of 50", "/api/v1/me/requests?page_size=50", citizen),
            ("clerk queue, one page of 100", "/api/v1/clerk/requests?page_size=100", clerk),
            (
                "clerk queue, page 2 of 100, without counts (scrolling)",
                "/api/v1/clerk/requests?page_size=100&page=2&counts=false",
                clerk,
            ),
        )
        for _, path, token in gets:  # warm-up, and a check that each answers 200
            answer = requests.get(
                server.url + path, headers={"Authorization": f"Bearer {token}"}, timeout=120
            )
            answer.raise_for_status()
            wrk(server.url + path, 2, 1, token)
        wrk(floor_url, 2, 1)
        pid = server.process.pid
        for connections in CONNECTIONS:
            wait_idle(pid, url)
            floor = wrk(floor_url, connections, seconds)
            for label, path, token in gets:
                wait_idle(pid, url)
                app = wrk(server.url + path, connections, seconds, token)
                side_by_side(report, kind, f"GET {label}", connections, app, floor)
            port = int(server.url.rsplit(":", 1)[1])
            wait_idle(pid, url)
            floor = post(hello, "/hello", connections, seconds, citizen, server.api_key)
            wait_idle(pid, url)
            app = post(
                port, "/open311/v2/requests.json", connections, seconds, citizen, server.api_key
            )
            side_by_side(report, kind, "POST Open311 create", connections, app, floor)
    finally:
        server.stop()
    report.note(f"{kind}: the whole part took {time.perf_counter() - started:.0f} s")


def main() -> None:
    def extra(parser) -> None:
        parser.add_argument("--rows", type=int, default=1_000_000)
        parser.add_argument("--seconds", type=float, default=6)
        parser.add_argument("--databases", default="sqlite,postgresql")

    args = arguments(__doc__.split("\n\n")[0], extra)
    if shutil.which("wrk") is None:
        raise SystemExit("server_bench needs wrk: apt-get install -y wrk")
    rows, seconds = (20_000, 2) if args.quick else (args.rows, args.seconds)
    report = Report(f"Server: requests per second and latency on {rows:,} requests")
    hello, port = start_hello()
    try:
        for kind in args.databases.split(","):
            bench_database(report, kind, rows, seconds, port)
    finally:
        hello.terminate()
        hello.wait(10)
    report.note("ratio = the app's requests per second / the hello endpoint's, same concurrency")
    report.note(
        f"each figure is {seconds:g} s of load; wrk with 2 threads (1 for 1 connection), POSTs "
        "from an asyncio process; server, load generator and floor share the machine's "
        f"{os.cpu_count()} cores; uvicorn with {event_loop_and_parser()}, one process, as "
        "shipped, the floor alike"
    )
    report.save(args.report)


if __name__ == "__main__":
    main()
