"""A small asyncio HTTP/1.1 load generator (keep-alive connections, no third-party client), run
in its own process so that it does not share an interpreter with what it measures.

    python bench/loadgen.py post PORT PATH CONNECTIONS SECONDS TOKEN API_KEY
    python bench/loadgen.py citizens SPEC.json OUT.json

`post` sends Open311 creates (form-encoded, the citizen's bearer token, a new Idempotency-Key
each) from CONNECTIONS connections for SECONDS, and prints one JSON line: requests, statuses,
errors, requests per second, p50 and p99 latency (ms). `citizens` simulates citizens for
bench/load_bench.py (see bench/load_citizens.py).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import sys
import time
import uuid
from collections import Counter
from urllib.parse import urlencode


class Connection:
    """One keep-alive connection; reconnects after an error or a `Connection: close`."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            with contextlib.suppress(OSError):
                await self.writer.wait_closed()
        self.reader = self.writer = None

    async def request(
        self, method: str, path: str, headers: dict[str, str] | None = None, body: bytes = b""
    ) -> tuple[int, dict[str, str], bytes]:
        try:
            return await self._exchange(method, path, headers or {}, body)
        except (OSError, asyncio.IncompleteReadError, ValueError):
            await self.close()
            raise

    async def _exchange(
        self, method: str, path: str, headers: dict[str, str], body: bytes
    ) -> tuple[int, dict[str, str], bytes]:
        if self.writer is not None and (self.reader.at_eof() or self.writer.is_closing()):
            await self.close()  # the server closed the idle connection (as urllib3 checks)
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        lines = [f"{method} {path} HTTP/1.1", f"Host: {self.host}:{self.port}"]
        lines += [f"{k}: {v}" for k, v in headers.items()]
        if body or method in ("POST", "PUT", "PATCH"):
            lines.append(f"Content-Length: {len(body)}")
        self.writer.write(("\r\n".join(lines) + "\r\n\r\n").encode() + body)
        await self.writer.drain()
        status_line = await self.reader.readline()
        if not status_line:
            raise ValueError("connection closed")
        status = int(status_line.split()[1])
        answer_headers: dict[str, str] = {}
        while (line := await self.reader.readline()) not in (b"\r\n", b""):
            name, _, value = line.decode("latin-1").partition(":")
            answer_headers[name.strip().lower()] = value.strip()
        if "content-length" in answer_headers:
            data = await self.reader.readexactly(int(answer_headers["content-length"]))
        elif answer_headers.get("transfer-encoding", "").lower() == "chunked":
            data = await self._chunked()
        elif status in (204, 304):
            data = b""
        else:
            data = await self.reader.read()
            answer_headers["connection"] = "close"
        if answer_headers.get("connection", "").lower() == "close":
            await self.close()
        return status, answer_headers, data

    async def _chunked(self) -> bytes:
        parts = []
        while True:
            size = int((await self.reader.readline()).split(b";")[0], 16)
            if size == 0:
                await self.reader.readline()
                return b"".join(parts)
            parts.append(await self.reader.readexactly(size))
            await self.reader.readline()


def create_form(api_key: str, n: int) -> bytes:
    """An Open311 create, as the app sends it (bench/load_bench.py sends the same)."""
    return urlencode(
        {
            "api_key": api_key,
            "service_code": "pothole",
            "attribute[size]": "small",
            "address_string": f"شارع رقم {n}",
            "description": "حفرة عميقة أمام المدرسة، تجربة أداء",
        }
    ).encode()


def summary(latencies: list[float], statuses: Counter, errors: int, seconds: float) -> dict:
    ordered = sorted(latencies)

    def pick(p: float) -> float:
        if not ordered:
            return float("nan")
        return 1000 * ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered)) - 1))]

    return {
        "requests": len(ordered),
        "statuses": {str(k): v for k, v in statuses.items()},
        "errors": errors,
        "rps": len(ordered) / seconds,
        "p50_ms": pick(50),
        "p99_ms": pick(99),
    }


async def post_load(
    port: int, path: str, connections: int, seconds: float, token: str, api_key: str
) -> dict:
    latencies: list[float] = []
    statuses: Counter = Counter()
    errors = [0]
    deadline = time.perf_counter() + seconds

    async def worker(index: int) -> None:
        connection = Connection("127.0.0.1", port)
        n = 0
        while time.perf_counter() < deadline:
            n += 1
            headers = {
                "Content-Type": "application/x-www-form-urlencoded",
                "Authorization": f"Bearer {token}",
                "Idempotency-Key": str(uuid.uuid4()),
            }
            started = time.perf_counter()
            try:
                status, _, _ = await connection.request(
                    "POST", path, headers, create_form(api_key, index * 1_000_000 + n)
                )
            except (OSError, asyncio.IncompleteReadError, ValueError):
                errors[0] += 1
                await asyncio.sleep(0.05)
                continue
            latencies.append(time.perf_counter() - started)
            statuses[status] += 1
        await connection.close()

    started = time.perf_counter()
    await asyncio.gather(*(worker(i) for i in range(connections)))
    return summary(latencies, statuses, errors[0], time.perf_counter() - started)


if __name__ == "__main__":
    if sys.argv[1] == "citizens":
        from load_citizens import simulate

        spec = json.loads(open(sys.argv[2], encoding="utf-8").read())  # noqa: SIM115
        result = asyncio.run(simulate(spec))
        with open(sys.argv[3], "w", encoding="utf-8") as out:
            json.dump(result, out)
        sys.exit(0)
    _, mode, port, path, connections, seconds, token, api_key = sys.argv
    if mode != "post":
        raise SystemExit(f"unknown mode {mode}")
    result = asyncio.run(
        post_load(int(port), path, int(connections), float(seconds), token, api_key)
    )
    print(json.dumps(result))
