"""Load: simulated citizens for minutes on loopback against two server processes sharing one
PostgreSQL database, with a reconciliation of what was created.

    python bench/load_bench.py [--minutes 10] [--users 200] [--think 2] [--quick] [--report FILE]

A fresh PostgreSQL database gets the demo; `--users` citizens register; two
`municipal-server serve` processes run on two ports and the citizens are split between them.
The citizens (bench/load_citizens.py, in a separate asyncio process) browse the catalogue,
submit requests with an Idempotency-Key (some sent again with the same key on purpose, some
twice at once) and list their requests, thinking about `--think` seconds between actions.
Reported: requests per second, failure ratio, p99 per action, and the reconciliation
accepted creates = rows in the database = distinct idempotency keys stored. The floor: the same
citizens doing the same mix against two bare FastAPI hello servers for a twentieth of the time
(at least 20 s). With think times the load is a closed loop: requests per second mostly follow
the number of citizens and their pace, so the latencies are the figures to compare.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import (  # noqa: E402
    CITIZEN_PASSWORD,
    POSTGRES_ADMIN_URL,
    Report,
    arguments,
    percentile,
    ratio,
    sign_in,
)
from bench.server_bench import start_hello  # noqa: E402
from tests.live_server import LiveServer  # noqa: E402


def run_citizens(spec: dict, folder: Path, name: str) -> dict:
    spec_path, out_path = folder / f"{name}-spec.json", folder / f"{name}-out.json"
    spec_path.write_text(json.dumps(spec))
    command = [sys.executable, str(ROOT / "bench" / "loadgen.py"), "citizens"]
    subprocess.run(
        [*command, str(spec_path), str(out_path)], check=True, timeout=spec["seconds"] + 600
    )
    return json.loads(out_path.read_text())


def figures(result: dict) -> dict:
    everything = [x for values in result["latencies"].values() for x in values]
    answered = len(everything)
    failed = sum(result["failures"].values())
    attempts = answered + sum(v for k, v in result["failures"].items() if "HTTP" not in k)
    return {
        "rps": answered / result["seconds"],
        "failure_ratio": failed / attempts if attempts else 0.0,
        "p99_ms": 1000 * percentile(everything, 99),
        "p50_ms": 1000 * percentile(everything, 50),
        "per_kind": {k: 1000 * percentile(v, 99) for k, v in result["latencies"].items()},
        "attempts": attempts,
    }


def make_citizens(url: str, count: int) -> list[str]:
    """Citizen accounts written straight into the database (registration through HTTP is
    limited per client address, and every client here is 127.0.0.1); returns their logins."""
    from datetime import UTC, datetime

    import psycopg

    from municipal_server.security import hash_password
    from municipal_server.text import email_skeleton

    password_hash = hash_password(CITIZEN_PASSWORD)
    logins = [f"bench-load{n}@example.ps" for n in range(count)]
    now = datetime.now(UTC).replace(tzinfo=None)
    with psycopg.connect(url) as conn:
        # email_key: what signing in looks the address up by (its confusables skeleton)
        conn.cursor().executemany(
            "INSERT INTO users (name, email, email_key, password_hash, language, role, "
            "created_at, is_active) VALUES (%s, %s, %s, %s, 'ar', 'citizen', %s, true)",
            [
                ("مواطن تجريبي", login, email_skeleton(login), password_hash, now)
                for login in logins
            ],
        )
    return logins


def database_counts(url: str, keys: list[str]) -> tuple[int, int]:
    """(rows created by the bench citizens, idempotency records with the keys sent)."""
    import psycopg

    with psycopg.connect(url) as conn:
        rows = conn.execute(
            "SELECT count(*) FROM service_requests r JOIN users u ON u.id = r.user_id "
            "WHERE u.email LIKE 'bench-load%'"
        ).fetchone()[0]
        stored = {k for (k,) in conn.execute("SELECT key FROM idempotency_records")}
    return rows, len(stored & set(keys))


def main() -> None:
    def extra(parser) -> None:
        parser.add_argument("--minutes", type=float, default=10)
        parser.add_argument("--users", type=int, default=200)
        parser.add_argument("--think", type=float, default=2.0)

    args = arguments(__doc__.split("\n\n")[0], extra)
    minutes = 0.5 if args.quick else args.minutes
    users, seconds = args.users, 60 * minutes
    report = Report(f"Load: {users} citizens for {minutes:g} min, two server processes, PostgreSQL")
    folder = Path(tempfile.mkdtemp(prefix="load-bench-"))
    import psycopg

    name = f"bench_load_{int(time.time())}"
    with psycopg.connect(POSTGRES_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = POSTGRES_ADMIN_URL.rpartition("/")[0] + "/" + name
    env = {"MUNICIPAL_ACCESS_TOKEN_TTL": str(int(seconds) + 3600)}
    servers = [LiveServer(url, env=env), LiveServer(url, env=env)]
    hello = []
    try:
        servers[0].seed()
        for server in servers:
            server.start()
        started = time.perf_counter()
        ports = [int(s.url.rsplit(":", 1)[1]) for s in servers]
        logins = make_citizens(url, users)
        with ThreadPoolExecutor(4) as pool:
            tokens = list(
                pool.map(
                    lambda n: sign_in(servers[n % 2].url, logins[n], CITIZEN_PASSWORD),
                    range(users),
                )
            )
        report.note(
            f"{users} citizen accounts made and signed in in {time.perf_counter() - started:.0f} s"
        )
        base = {"users": users, "think": args.think, "tokens": tokens}
        hello = [start_hello(), start_hello()]
        floor = figures(
            run_citizens(
                {
                    **base,
                    "ports": [p for _, p in hello],
                    "seconds": max(seconds / 20, 20),
                    "floor": True,
                    "api_key": servers[0].api_key,
                },
                folder,
                "floor",
            )
        )
        result = run_citizens(
            {**base, "ports": ports, "seconds": seconds, "api_key": servers[0].api_key},
            folder,
            "load",
        )
        rows, ours = database_counts(url, result["keys_sent"])
    finally:
        for server in servers:
            server.stop()
        for process, _ in hello:
            process.terminate()
            process.wait(10)
        with psycopg.connect(POSTGRES_ADMIN_URL, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    app = figures(result)
    report.add(
        "requests per second (all actions)",
        f"{app['rps']:.1f}",
        f"{floor['rps']:.1f} (hello servers, same citizens)",
        ratio(app["rps"], floor["rps"]),
    )
    report.add(
        "failure ratio",
        f"{app['failure_ratio']:.4%} of {app['attempts']:,}",
        f"{floor['failure_ratio']:.4%} of {floor['attempts']:,}",
    )
    report.add(
        "latency p50 / p99 (all actions)",
        f"{app['p50_ms']:.0f} / {app['p99_ms']:.0f} ms",
        f"{floor['p50_ms']:.0f} / {floor['p99_ms']:.0f} ms",
        ratio(app["p99_ms"], floor["p99_ms"]),
    )
    for kind, p99 in sorted(app["per_kind"].items()):
        report.add(f"p99 of '{kind}'", f"{p99:.0f} ms ({len(result['latencies'][kind]):,} answers)")
    if result["failures"]:
        report.note("failures: " + ", ".join(f"{k} x{v}" for k, v in result["failures"].items()))
    accepted = len(set(result["created"].values()))
    keys = len(result["keys_sent"])
    replays = result["replays"]
    verdict = "match" if accepted == rows == ours else "DO NOT MATCH"
    report.add(
        "reconciliation: accepted creates (distinct ids) = rows in the database = distinct "
        "idempotency keys stored",
        f"{accepted:,} = {rows:,} = {ours:,} ({verdict}; {keys:,} keys sent)",
    )
    report.add(
        "the same key sent again (in sequence or at the same time)",
        f"{replays['sent']:,} times: {replays['same']:,} same request, {replays['different']:,} "
        f"a different one, {replays['failed']:,} failed",
    )
    report.note(
        f"think time {args.think:g} s on average between actions; the load generator, both "
        "servers and PostgreSQL share the machine's cores"
    )
    report.save(args.report)


if __name__ == "__main__":
    main()
