"""Shared by the bench scripts: the figures and their report, simple statistics, the heartbeat
on the GUI thread, a byte meter, the reference server on loopback and a description of the
machine. Not a benchmark itself (bench/run_all.py lists the benchmarks)."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import statistics
import sys
import time
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

POSTGRES_ADMIN_URL = os.environ.get("TEST_POSTGRES_URL") or "postgresql://ci:ci@127.0.0.1:5432/ci"
CACHE = Path(os.environ.get("BENCH_CACHE") or Path.home() / ".cache" / "municipal-bench")
CITIZEN_PASSWORD = "bench password 2026"  # noqa: S105 - bench accounts on loopback


# --- figures --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Goal:
    """One goal of the project's performance table (issue 19) for a figure: the number that is
    compared (the figure's ratio unless the figure gives another) is at most `at_most` or at
    least `at_least`. `name` is the goal's row in the summary; several scripts (the app's and
    the server's) report goals, bench/goals.py collects them all."""

    name: str
    at_most: float | None = None
    at_least: float | None = None
    unit: str = "×"

    def text(self) -> str:
        if self.at_most is not None and self.at_most == self.at_least:
            return f"= {self.at_most:g}{self.unit}"
        if self.at_most is not None:
            return f"≤ {self.at_most:g}{self.unit}"
        return f"≥ {self.at_least:g}{self.unit}"

    def met(self, number: float | None) -> bool | None:
        if number is None:
            return None
        if self.at_most is not None and number > self.at_most:
            return False
        return not (self.at_least is not None and number < self.at_least)


#: the prefix of the machine-readable line each goal's figure prints (bench/goals.py reads it)
GOAL_LINE = "BENCH-GOAL "


@dataclass
class Figure:
    what: str
    value: str
    floor: str = ""
    ratio: float | None = None
    #: {"name", "now", "goal", "met"} when the figure is one of the table's goals
    goal: dict[str, Any] | None = None


@dataclass
class Report:
    """The figures of one script: printed as they come, saved as JSON for bench/RESULTS.md."""

    title: str
    figures: list[Figure] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add(
        self,
        what: str,
        value: str,
        floor: str = "",
        ratio: float | None = None,
        goal: Goal | None = None,
        number: float | None = None,
        now: str = "",
    ) -> None:
        """`goal`: the figure is one of the table's goals, judged on `number` (the ratio unless
        given) and shown as `now` (the ratio, or the value, unless given)."""
        judged = None
        if goal is not None:
            number = ratio if number is None else number
            if not now:
                shown = f"{number:.2f}" if goal.unit == "×" else f"{number:.0f}"
                now = f"{shown}{goal.unit}" if number is not None else value
            judged = {
                "name": goal.name,
                "now": now,
                "goal": goal.text(),
                "met": goal.met(number),
                "number": number,
            }
        self.figures.append(Figure(what, value, floor, ratio, judged))
        line = f"{what}: {value}"
        if floor:
            line += f" (floor: {floor}"
            line += f"; ratio {ratio:.3g})" if ratio is not None else ")"
        print(line, flush=True)
        if judged is not None:
            print(GOAL_LINE + json.dumps(judged, ensure_ascii=False), flush=True)

    def note(self, text: str) -> None:
        self.notes.append(text)
        print(f"note: {text}", flush=True)

    def save(self, path: str | None) -> None:
        if path:
            Path(path).write_text(json.dumps(asdict(self), ensure_ascii=False, indent=1))


def arguments(description: str, extra: Callable[[argparse.ArgumentParser], None] | None = None):
    """Every script takes --quick (a short run to check that it works) and --report FILE."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--quick", action="store_true", help="small sizes, short durations")
    parser.add_argument("--report", help="write the figures to this JSON file")
    if extra:
        extra(parser)
    return parser.parse_args()


def ratio(value: float, floor: float) -> float | None:
    return value / floor if floor else None


def median(values: list[float]) -> float:
    return statistics.median(values)


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100)."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = max(1, min(len(ordered), round(p / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


# --- GUI thread -----------------------------------------------------------------------------


def heartbeat(app: Any, until: Callable[[], bool], timeout: float, interval_ms: int = 10) -> float:
    """The longest gap (ms) between ticks of an `interval_ms` timer on the GUI thread until
    `until()` is true (or `timeout` seconds passed)."""
    from PySide6.QtCore import QElapsedTimer, QTimer

    clock = QElapsedTimer()
    clock.start()
    worst = [0]

    def tick() -> None:
        worst[0] = max(worst[0], clock.restart())

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(interval_ms)
    deadline = time.monotonic() + timeout
    while not until() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.001)
    timer.stop()
    return float(worst[0])


# --- the wire -------------------------------------------------------------------------------


class Meter:
    """Counts what crosses the wire through a requests.Session: status line, headers and body
    of every answer, and the request lines, headers and bodies sent."""

    def __init__(self, session: Any) -> None:
        self.received = self.sent = 0
        session.hooks["response"].append(self.count)

    def count(self, response: Any, *_: object, **__: object) -> None:
        head = sum(len(k) + len(v) + 4 for k, v in response.raw.headers.items()) + 17
        self.received += head + len(response.content)
        request = response.request
        self.sent += len(request.method) + len(request.url) + 12
        self.sent += sum(len(k) + len(v) + 4 for k, v in request.headers.items())
        self.sent += len(request.body or b"")  # bytes, str or the upload reader (has len)

    def reset(self) -> int:
        total = self.received + self.sent
        self.received = self.sent = 0
        return total


# --- the reference server -------------------------------------------------------------------


def reference_server(database_url: str, env: dict[str, str] | None = None, seed: bool = True):
    """The real `municipal-server serve` on loopback (tests/live_server.py), demo seeded."""
    from tests.live_server import LiveServer

    server = LiveServer(database_url, env=dict(env or {}))
    if seed:
        server.seed()
    return server


def register_citizen(base_url: str, tag: str = "") -> tuple[str, str]:
    """A new citizen account; returns (login, access token)."""
    import requests

    login = f"bench-{tag}{uuid.uuid4().hex[:10]}@example.ps"
    answer = requests.post(
        base_url + "/api/v1/auth/register",
        json={"name": "مواطن تجريبي", "email": login, "password": CITIZEN_PASSWORD},
        timeout=60,
    )
    answer.raise_for_status()
    return login, sign_in(base_url, login, CITIZEN_PASSWORD)


def sign_in(base_url: str, login: str, password: str) -> str:
    import requests

    answer = requests.post(
        base_url + "/api/v1/auth/token", json={"login": login, "password": password}, timeout=60
    )
    answer.raise_for_status()
    return answer.json()["access_token"]


# --- the machine ----------------------------------------------------------------------------


def _first(path: str, prefix: str) -> str:
    try:
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                if line.startswith(prefix):
                    return line.split(":", 1)[1].strip() if ":" in line else line
    except OSError:
        pass
    return "?"


def postgres_version() -> str:
    try:
        import psycopg

        with psycopg.connect(POSTGRES_ADMIN_URL, connect_timeout=5) as conn:
            return conn.execute("SHOW server_version").fetchone()[0]
    except Exception as error:
        return f"unavailable ({type(error).__name__})"


def machine() -> dict[str, str]:
    import sqlite3

    import PySide6

    os_name = "?"
    with contextlib.suppress(OSError):
        os_name = platform.freedesktop_os_release().get("PRETTY_NAME", "?")
    memory_kb = _first("/proc/meminfo", "MemTotal").split()[0]
    versions = {}
    for name in ("fastapi", "uvicorn", "sqlalchemy"):
        try:
            versions[name] = __import__(name).__version__
        except ImportError:
            versions[name] = "?"
    return {
        "CPU": _first("/proc/cpuinfo", "model name"),
        "cores": str(os.cpu_count()),
        "RAM": f"{int(memory_kb) / 1024 / 1024:.1f} GiB" if memory_kb.isdigit() else "?",
        "OS": f"{os_name} (Linux {platform.release()})",
        "Python": platform.python_version(),
        "PySide6": PySide6.__version__,
        "PostgreSQL": postgres_version(),
        "SQLite": sqlite3.sqlite_version,
        "FastAPI / uvicorn / SQLAlchemy": " / ".join(versions.values()),
        "load average at start": " ".join(f"{x:.2f}" for x in os.getloadavg()),
    }


# --- photos ---------------------------------------------------------------------------------


def synthetic_photo(width: int, height: int, noise: float, quality: int = 92) -> bytes:
    """A JPEG of `width` x `height`: colour gradients under random grain. noise=1.0 is pure
    noise (the worst case for JPEG: about 10 MB at 12 MP); about 0.15 gives a file the size
    of a phone's photo of a street (3-5 MB at 12 MP)."""
    import io

    from PIL import Image, ImageFilter

    red = Image.linear_gradient("L").resize((width, height))
    green = red.transpose(Image.Transpose.ROTATE_90).resize((width, height))
    blue = Image.radial_gradient("L").resize((width, height))
    picture = Image.merge("RGB", (red, green, blue))
    grain = Image.frombytes("RGB", (width, height), os.urandom(width * height * 3))
    if noise < 1.0:
        grain = grain.filter(ImageFilter.GaussianBlur(0.6))
    picture = Image.blend(picture, grain, noise)
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=quality)
    return out.getvalue()
