"""Simulated citizens for bench/load_bench.py, run inside bench/loadgen.py's process.

Each citizen has its own keep-alive connection to one of the servers (split by number) and
loops until the deadline: think (uniform around `think` seconds), then one of
- browse the catalogue (50 %): services.json, then one service's definition;
- submit a request (25 %): an Open311 create with a new Idempotency-Key; 10 % of them are sent
  again with the same key afterwards, and 5 % twice at the same time on two connections;
- list my requests (25 %): /api/v1/me/requests, first page of 50.
With `floor` set, the same mix goes to GET and POST /hello (bench/hello_server.py).
"""

from __future__ import annotations

import asyncio
import random
import time
import uuid
from collections import Counter, defaultdict

from loadgen import Connection, create_form

TIMEOUT = 60.0
CODES = ("pothole", "street-light", "bulky-waste", "water-leak")


class Tally:
    def __init__(self) -> None:
        self.latencies: dict[str, list[float]] = defaultdict(list)
        self.statuses: Counter[str] = Counter()
        self.failures: Counter[str] = Counter()
        self.created: dict[str, str] = {}  # idempotency key -> service_request_id (first answer)
        self.keys_sent: set[str] = set()
        self.replays = {"sent": 0, "same": 0, "different": 0, "failed": 0}

    async def call(self, kind: str, connection: Connection, *args) -> tuple[int, bytes] | None:
        started = time.perf_counter()
        try:
            status, _, body = await asyncio.wait_for(connection.request(*args), TIMEOUT)
        except (TimeoutError, OSError, asyncio.IncompleteReadError, ValueError) as error:
            await connection.close()
            self.failures[f"{kind}: {type(error).__name__}"] += 1
            return None
        self.latencies[kind].append(time.perf_counter() - started)
        self.statuses[f"{kind} {status}"] += 1
        if not 200 <= status < 400:
            self.failures[f"{kind}: HTTP {status}"] += 1
        return status, body


def _request_id(answer: tuple[int, bytes] | None) -> str | None:
    import json

    if answer is None or not 200 <= answer[0] < 300:
        return None
    try:
        return json.loads(answer[1])[0].get("service_request_id")
    except (ValueError, IndexError, KeyError, TypeError, AttributeError):
        return None


async def citizen(number: int, spec: dict, tally: Tally, deadline: float) -> None:
    rng = random.Random(number)
    port = spec["ports"][number % len(spec["ports"])]
    connection, spare = Connection("127.0.0.1", port), Connection("127.0.0.1", port)
    floor = spec.get("floor", False)
    auth = {"Authorization": f"Bearer {spec['tokens'][number % len(spec['tokens'])]}"}
    language = {"Accept-Language": "ar"}
    await asyncio.sleep(rng.uniform(0, spec["think"]))  # not all at once
    n = 0
    while time.perf_counter() < deadline:
        n += 1
        choice = rng.random()
        if choice < 0.5:
            code = rng.choice(CODES)
            first = "/hello" if floor else "/open311/v2/services.json"
            second = "/hello" if floor else f"/open311/v2/services/{code}.json"
            await tally.call("browse", connection, "GET", first, language)
            await tally.call("browse", connection, "GET", second, language)
        elif choice < 0.75:
            key = str(uuid.uuid4())
            headers = {
                **auth,
                "Content-Type": "application/x-www-form-urlencoded",
                "Idempotency-Key": key,
            }
            body = create_form(spec["api_key"], number * 1_000_000 + n)
            path = "/hello" if floor else "/open311/v2/requests.json"
            tally.keys_sent.add(key)
            twice = rng.random()
            if twice < 0.05:
                answers = await asyncio.gather(
                    tally.call("submit", connection, "POST", path, headers, body),
                    tally.call("submit", spare, "POST", path, headers, body),
                )
                ids = [_request_id(a) for a in answers]
            else:
                ids = [
                    _request_id(await tally.call("submit", connection, "POST", path, headers, body))
                ]
                if twice < 0.15:
                    await asyncio.sleep(rng.uniform(0.1, 1.0))
                    ids.append(
                        _request_id(
                            await tally.call("submit", connection, "POST", path, headers, body)
                        )
                    )
            if not floor:
                found = [i for i in ids if i]
                if found:
                    tally.created.setdefault(key, found[0])
                for other in ids[1:] if len(ids) > 1 else []:
                    tally.replays["sent"] += 1
                    if other is None or ids[0] is None:
                        tally.replays["failed"] += 1
                    else:
                        tally.replays["same" if other == ids[0] else "different"] += 1
        else:
            path = "/hello" if floor else "/api/v1/me/requests?page_size=50"
            await tally.call("my requests", connection, "GET", path, auth)
        await asyncio.sleep(rng.uniform(0.5 * spec["think"], 1.5 * spec["think"]))
    await connection.close()
    await spare.close()


async def simulate(spec: dict) -> dict:
    tally = Tally()
    started = time.perf_counter()
    deadline = started + spec["seconds"]
    await asyncio.gather(*(citizen(n, spec, tally, deadline) for n in range(spec["users"])))
    return {
        "seconds": time.perf_counter() - started,
        "latencies": tally.latencies,
        "statuses": dict(tally.statuses),
        "failures": dict(tally.failures),
        "created": tally.created,
        "keys_sent": sorted(tally.keys_sent),
        "replays": tally.replays,
    }
