"""The real reference server in a child process on loopback, for end-to-end tests."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import uuid
from contextlib import closing
from dataclasses import dataclass, field

import requests

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def free_port() -> int:
    with closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def postgres_admin_url() -> str | None:
    return os.environ.get("TEST_POSTGRES_URL") or None


def create_postgres_database() -> tuple[str, str]:
    """A fresh, empty database on the test PostgreSQL; returns (url, name)."""
    import psycopg

    admin = postgres_admin_url()
    assert admin
    name = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base, _, _ = admin.rpartition("/")
    return f"{base}/{name}", name


def drop_postgres_database(name: str) -> None:
    import psycopg

    admin = postgres_admin_url()
    assert admin
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def run_cli(database_url: str, *args: str, env: dict[str, str] | None = None) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "municipal_server", "--database-url", database_url, *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"municipal-server {args} failed: {result.stderr}")
    return result.stdout


@dataclass
class LiveServer:
    """One `municipal-server serve` process; `seed()` loads the demo and keeps its API key."""

    database_url: str
    env: dict[str, str] = field(default_factory=dict)
    port: int = 0
    api_key: str = ""
    accounts: dict[str, tuple[str, str]] = field(default_factory=dict)
    process: subprocess.Popen[bytes] | None = None
    log_path: str | None = None
    log_level: str = "warning"

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def seed(self) -> None:
        out = run_cli(self.database_url, "seed-demo", env=self.env)
        self.api_key = re.search(r"^api_key: (\S+)$", out, re.M).group(1)  # type: ignore[union-attr]
        for role, login, password in re.findall(r"^(\w+): login (\S+) password (\S+)$", out, re.M):
            self.accounts[role] = (login, password)

    def start(self, timeout: float = 30.0) -> LiveServer:
        self.port = self.port or free_port()
        self._log = open(self.log_path, "ab") if self.log_path else None  # noqa: SIM115
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "municipal_server",
                "--database-url",
                self.database_url,
                "serve",
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--log-level",
                self.log_level,
            ],
            cwd=ROOT,
            env={**os.environ, **self.env},
            stdout=self._log,
            stderr=subprocess.STDOUT if self._log else None,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("the server exited during start-up")
            try:
                if requests.get(self.url + "/open311/discovery.json", timeout=1).ok:
                    return self
            except requests.RequestException:
                pass
            time.sleep(0.1)
        self.stop()
        raise RuntimeError("the server did not start in time")

    def stop(self) -> None:
        stop_process(self.process)
        if getattr(self, "_log", None):
            self._log.close()


def stop_process(process: subprocess.Popen[bytes] | None) -> None:
    """Ask a server process to end (SIGTERM), then insist (SIGKILL) after 10 s."""
    if process and process.poll() is None:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)
