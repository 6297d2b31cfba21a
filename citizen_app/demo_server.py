"""The reference server as a child process, for running the app with no server configured.

Client and server share only HTTP: the server is started as `python -m municipal_server`,
never imported. Its SQLite file lives in the user data directory, so demo requests survive a
restart of the app.
"""

from __future__ import annotations

import re
import socket
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import requests

from citizen_app.api.errors import TransportError
from citizen_app.resources import frozen


def _free_port() -> int:
    with closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _die_with_parent() -> None:
    """Linux: the demo server ends with the app even if the app is killed (PR_SET_PDEATHSIG)."""
    import ctypes
    import signal

    ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)


class DemoServer:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.url = ""
        self.api_key = ""
        #: role -> (login, password) of the demo accounts
        self.accounts: dict[str, tuple[str, str]] = {}
        self._process: subprocess.Popen[bytes] | None = None

    @staticmethod
    def can_run() -> bool:
        """Not from a frozen bundle: it has no Python to run the server with, and a
        municipality's bundle leaves the server out (DESIGN.md)."""
        return not frozen()

    @property
    def database_url(self) -> str:
        return f"sqlite:///{self.data_dir / 'demo-server.db'}"

    def _command(self, *args: str) -> list[str]:
        return [
            sys.executable,
            "-m",
            "municipal_server",
            "--database-url",
            self.database_url,
            *args,
        ]

    def start(self, timeout: float = 60.0) -> None:
        """Seed the demo municipality (once; a new API key each time) and serve it.

        Blocks for a few seconds: call it from a background task, never the GUI thread.
        """
        self.data_dir.mkdir(parents=True, exist_ok=True)
        seeded = subprocess.run(
            self._command("seed-demo"), capture_output=True, text=True, timeout=timeout, check=False
        )
        match = re.search(r"^api_key: (\S+)$", seeded.stdout, re.M)
        if seeded.returncode != 0 or match is None:
            raise TransportError("the demo server could not prepare its database")
        self.api_key = match.group(1)
        self.accounts = {
            role: (login, password)
            for role, login, password in re.findall(
                r"^(\w+): login (\S+) password (\S+)$", seeded.stdout, re.M
            )
        }
        port = _free_port()
        self.url = f"http://127.0.0.1:{port}"
        self._process = subprocess.Popen(
            self._command("serve", "--host", "127.0.0.1", "--port", str(port)),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            preexec_fn=_die_with_parent if sys.platform == "linux" else None,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise TransportError("the demo server stopped while starting")
            try:
                if requests.get(self.url + "/open311/discovery.json", timeout=1).ok:
                    return
            except requests.RequestException:
                time.sleep(0.1)
        self.stop()
        raise TransportError("the demo server did not start in time")

    def stop(self) -> None:
        if self._process and self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait(5)
        self._process = None
