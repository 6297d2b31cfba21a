"""The reference server as a child process, for running the app with no server configured.

Client and server share only HTTP: the server is started as `python -m municipal_server`,
never imported. Its SQLite file lives in the user data directory, so demo requests survive a
restart of the app.

It lives exactly as long as the app. On Linux the child asks for SIGTERM when its parent
goes (PR_SET_PDEATHSIG), and "parent" there means the *thread* that started it: so `keep()`
starts it from a thread of its own that lives as long as the app (a pool worker, retired
after 30 s idle, took the server with it). That thread also watches it: if the server dies or
stops answering, it is started again on the same address, and the app is told.
`demo-server.json` in the data folder says where it runs, for `citizen-app doctor`.
"""

from __future__ import annotations

import json
import logging
import os
import re
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from citizen_app.api.errors import TransportError
from citizen_app.resources import frozen

log = logging.getLogger(__name__)
STATE_FILE = "demo-server.json"
#: (event, detail): ("ready", url), ("restarted", url), ("failed", error); from the keeper thread
Events = Callable[[str, object], None]


def _free_port() -> int:
    with closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _die_with_parent() -> None:
    """Linux: the demo server ends with the app even if the app is killed (PR_SET_PDEATHSIG)."""
    import ctypes
    import signal

    ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)


def answers(url: str, timeout: float) -> bool:
    """The server's Open311 discovery answers within `timeout` seconds (on the keeper thread:
    requests is imported there, not while the app starts)."""
    import requests

    try:
        return requests.get(url + "/open311/discovery.json", timeout=timeout).ok
    except requests.RequestException:
        return False


class DemoServer:
    #: seconds between two health checks of a running server
    check_every = 10.0
    #: health checks failed in a row before a server that still runs is restarted
    misses_allowed = 3
    #: tries of a restart (after 0, 1, 2, 4 s) before giving up
    restart_tries = 4

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.url = ""
        self.api_key = ""
        #: role -> (login, password) of the demo accounts
        self.accounts: dict[str, tuple[str, str]] = {}
        #: how many times it was started again after dying
        self.restarts = 0
        self._process: subprocess.Popen[bytes] | None = None
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._keeper: threading.Thread | None = None

    @property
    def pid(self) -> int | None:
        """The server process's id while it runs."""
        process = self._process
        return process.pid if process is not None and process.poll() is None else None

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

        Blocks for a few seconds. The server ends with the thread that calls this: call it
        from a thread that lives as long as the app (the main thread, or `keep()`'s)."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        seeded = subprocess.run(
            self._command("seed-demo"), capture_output=True, text=True, timeout=timeout, check=False
        )
        match = re.search(r"^api_key: (\S+)$", seeded.stdout, re.M)
        if seeded.returncode != 0 or match is None:
            log.error("seeding the demo database failed (exit code %s)", seeded.returncode)
            raise TransportError("the demo server could not prepare its database")
        self.api_key = match.group(1)
        self.accounts = {
            role: (login, password)
            for role, login, password in re.findall(
                r"^(\w+): login (\S+) password (\S+)$", seeded.stdout, re.M
            )
        }
        self._serve(_free_port(), timeout)

    def _serve(self, port: int, timeout: float = 60.0) -> None:
        """Start the server on `port` and wait until it answers."""
        with self._lock:
            if self._stopping.is_set():
                raise TransportError("the app is closing")
            self.url = f"http://127.0.0.1:{port}"
            process = self._process = subprocess.Popen(
                self._command("serve", "--host", "127.0.0.1", "--port", str(port)),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                preexec_fn=_die_with_parent if sys.platform == "linux" else None,
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise TransportError("the demo server stopped while starting")
            if answers(self.url, 1):
                log.info("demo server %s answers (process %s)", self.url, process.pid)
                self._write_state()
                return
            time.sleep(0.1)
        process.kill()
        process.wait()
        raise TransportError("the demo server did not start in time")

    def keep(self, events: Events) -> None:
        """Start the server on a thread that lives as long as the app, and keep it running:
        `events` hears ("ready", url) once it answers, ("restarted", url) after it died and
        was started again, ("failed", error) when it could not be (re)started."""
        self._keeper = threading.Thread(
            target=self._keep, args=(events,), name="demo-server", daemon=True
        )
        self._keeper.start()

    def _keep(self, events: Events) -> None:
        try:
            self.start()
        except Exception as error:
            log.error("the demo server did not start: %s", type(error).__name__)
            events("failed", error)
            return
        events("ready", self.url)
        while True:
            why = self._watch()
            if self._stopping.is_set():
                return
            log.warning("the demo server %s (%s): starting it again", why, self.url)
            try:
                self._restart()
            except Exception as error:
                if self._stopping.is_set():
                    return
                log.error("the demo server could not be started again: %s", error)
                events("failed", error)
                return
            self.restarts += 1
            events("restarted", self.url)

    def _watch(self) -> str:
        """Wait until the server dies or stops answering (or the app stops it): why."""
        process, misses = self._process, 0
        while process is not None and not self._stopping.is_set():
            try:
                return f"stopped with exit code {process.wait(self.check_every)}"
            except subprocess.TimeoutExpired:
                pass
            misses = 0 if answers(self.url, 5) else misses + 1
            if misses >= self.misses_allowed and not self._stopping.is_set():
                process.kill()
                process.wait()
                return "stopped answering"
        return "stopped by the app"

    def _restart(self) -> None:
        """On the same port, so pages and requests in flight keep their address; on another
        one only if that port stays taken."""
        port = int(self.url.rsplit(":", 1)[1])
        for attempt in range(self.restart_tries):
            time.sleep(0 if attempt == 0 else 2 ** (attempt - 1))
            try:
                self._serve(port if attempt < self.restart_tries - 1 else _free_port())
                return
            except TransportError:
                if self._stopping.is_set():
                    raise
        raise TransportError("the demo server could not be started again")

    def _write_state(self) -> None:
        state = {"url": self.url, "pid": self.pid, "app_pid": os.getpid()}
        try:
            (self.data_dir / STATE_FILE).write_text(json.dumps(state), encoding="utf-8")
        except OSError as error:
            log.warning("could not write %s: %s", STATE_FILE, type(error).__name__)

    def stop(self) -> None:
        """End the server (and its keeper) for good."""
        self._stopping.set()
        with self._lock:
            process, self._process = self._process, None
        if process and process.poll() is None:
            process.terminate()
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(5)
        (self.data_dir / STATE_FILE).unlink(missing_ok=True)
        if self._keeper is not None and self._keeper is not threading.current_thread():
            self._keeper.join(10)


def read_state(data_dir: Path) -> dict | None:
    """Where the app says its demo server runs ({"url", "pid", "app_pid"}), if it says so."""
    try:
        state = json.loads((data_dir / STATE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return state if isinstance(state, dict) and isinstance(state.get("url"), str) else None
