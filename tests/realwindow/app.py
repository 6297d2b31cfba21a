"""One copy of the desktop app in the real X desktop, started as `make run` starts it
(`python main.py` from the project folder) but with its own home, data folder and config files,
so a developer's real settings, data and logs are neither used nor touched.

The app writes what it shows to a probe file (citizen_app/window_probe.py): widgets by name with
their place on screen. Clicks go through xdotool at those places, typing through xdotool too.
"""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.live_server import ROOT
from tests.realwindow.desktop import Desktop

Entry = dict[str, Any]

# Qt's messages on stderr carry this prefix (QT_MESSAGE_PATTERN), so a warning is told apart
# from anything else the app prints.
QT_PATTERN = "[qt %{type}] %{category}: %{message}"
QT_WARNING = re.compile(r"^\[qt (warning|critical|fatal)\]", re.M)
TRACEBACK = "Traceback (most recent call last)"
# The app's own log file (a rotating file in the user log folder, with excepthooks and a Qt
# message handler writing to it): an error, or a warning that comes from Qt, is a failure.
LOG_PROBLEM = re.compile(
    r"^.*\b(ERROR|CRITICAL)\b.*$|^.*\bWARNING\b.*(\bqt\b|\bQt\b|\bQ[A-Z]\w*::).*$", re.M
)


def inside(entry: Entry | None, rect: list[int]) -> bool:
    """The widget lies within the rectangle (an editor inside a combo box counts as in it)."""
    if not entry:
        return False
    x, y, w, h = entry["rect"]
    return (
        x >= rect[0] and y >= rect[1] and x + w <= rect[0] + rect[2] and y + h <= rect[1] + rect[3]
    )


class AppProcess:
    def __init__(
        self, desktop: Desktop, folder: Path, args: tuple[str, ...] = (), name: str = "app"
    ) -> None:
        self.desktop, self.folder, self.args, self.name = desktop, folder, args, name
        self.home = folder / "home"
        self.data = folder / "data"
        self.probe_file = folder / "probe.json"
        self.stderr_file = folder / "stderr.txt"
        self.process: subprocess.Popen[bytes] | None = None
        #: called while waiting (the journey's checks every minute)
        self.heartbeat: Callable[[], None] | None = None

    def environment(self) -> dict[str, str]:
        env = {k: v for k, v in self.desktop.env.items() if not k.startswith("CITIZEN_APP_")}
        env.update(
            {
                "QT_QPA_PLATFORM": "xcb",
                "QT_MESSAGE_PATTERN": QT_PATTERN,
                "HOME": str(self.home),
                "XDG_CONFIG_HOME": str(self.home / ".config"),
                "XDG_DATA_HOME": str(self.home / ".local/share"),
                "XDG_STATE_HOME": str(self.home / ".local/state"),
                "XDG_CACHE_HOME": str(self.home / ".cache"),
                "CITIZEN_APP_USER_CONFIG": str(self.folder / "settings.toml"),
                "CITIZEN_APP_SITE_CONFIG": str(self.folder / "site.toml"),
                "CITIZEN_APP_DATA_DIR": str(self.data),
                "CITIZEN_APP_WINDOW_PROBE": str(self.probe_file),
                "PYTHONPATH": ROOT,
            }
        )
        env.pop("QT_SCALE_FACTOR", None)
        return env

    def start(self) -> AppProcess:
        self.desktop.apps.append(self)  # stopped before the X server goes
        self.home.mkdir(parents=True, exist_ok=True)
        self.probe_file.unlink(missing_ok=True)
        with open(self.stderr_file, "ab") as stderr:
            self.process = subprocess.Popen(
                [sys.executable, "main.py", *self.args],
                cwd=ROOT,
                env=self.environment(),
                stdout=stderr,
                stderr=stderr,
            )
        self.wait_for(lambda p: p["windows"], 60, "the app's window")
        return self

    def stop(self) -> None:
        """As the machine's owner ends it (SIGTERM: the app quits cleanly, see app.py)."""
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
        self.process = None

    @property
    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    # --- what the app shows -------------------------------------------------------------------

    def probe(self) -> dict[str, Any]:
        """The app's latest snapshot (at most half a second old)."""
        for _ in range(50):
            try:
                return json.loads(self.probe_file.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                time.sleep(0.1)
        raise AssertionError(f"{self.name}: no probe file at {self.probe_file}")

    def wait_for(
        self,
        found: Callable[[dict[str, Any]], Any],
        timeout: float,
        what: str,
        steady: bool = False,
    ) -> Any:
        """What `found` gives for a snapshot taken after this call; `steady`: the same in two
        snapshots in a row (a page still laying itself out moves its widgets)."""
        asked, deadline = time.time(), time.monotonic() + timeout
        previous: tuple[float, Any] | None = None
        while True:
            assert self.process is None or self.process.poll() is None, (
                f"{self.name} exited with {self.process.returncode} waiting for {what}"
            )
            snapshot = self.probe() if self.probe_file.exists() else None
            if snapshot and snapshot["time"] >= asked:
                result = found(snapshot)
                if result and not steady:
                    return result
                fresh = previous is not None and previous[0] < snapshot["time"]
                if result and fresh and previous[1] == result:
                    return result
                if previous is None or previous[0] < snapshot["time"]:
                    previous = (snapshot["time"], result)
            if self.heartbeat is not None:
                self.heartbeat()
            if time.monotonic() > deadline:
                self.desktop.screenshot(self.folder / f"timeout-{int(time.time())}.png")
                raise AssertionError(f"{self.name}: waited {timeout} s for {what}")
            time.sleep(0.2)

    @staticmethod
    def find(
        snapshot: dict[str, Any], name: str | None = None, cls: str | None = None, **match: Any
    ) -> Entry | None:
        """The first widget on screen with this accessible name (or, failing that, this text:
        a label and its field share one) and class."""
        for key in ("name", "text"):
            for entry in snapshot["widgets"]:
                if name is not None and entry[key] != name:
                    continue
                if cls is not None and entry["class"] != cls:
                    continue
                if all(entry.get(k) == v for k, v in match.items()):
                    return entry
        return None

    def widget(
        self, name: str | None = None, cls: str | None = None, timeout: float = 30, **match: Any
    ) -> Entry:
        return self.wait_for(
            lambda p: self.find(p, name, cls, **match), timeout, f"a {cls or 'widget'} {name!r}"
        )

    def click(
        self, name: str | None = None, cls: str | None = None, timeout: float = 30, **match: Any
    ) -> Entry:
        """Click the middle of an enabled widget, as a person does: scrolled into sight with
        the mouse wheel first when it is below (or above) the edge of the screen."""
        entry = self.wait_for(
            lambda p: self.find(p, name, cls, enabled=True, **match),
            timeout,
            f"an enabled {cls or 'widget'} {name!r}",
            steady=True,
        )
        for _ in range(12):
            x, y, w, h = entry["rect"]
            below, above = y + h > self.desktop.height - 8, y < 0
            if not (below or above):
                break
            # Near the top of the screen, in the widget's column: over the page that scrolls,
            # not over a list or a field below it (which would take the wheel for itself).
            self.desktop.wheel(x + w // 2, 160, down=below)
            time.sleep(0.5)
            entry = self.wait_for(
                lambda p: self.find(p, name, cls, enabled=True, **match),
                timeout,
                f"an enabled {cls or 'widget'} {name!r}",
                steady=True,
            )
        self.click_at(entry["rect"])
        return entry

    def activate(self) -> None:
        """Bring this app's window to the front (as a person clicks on its title bar)."""
        assert self.process is not None
        for window in self.desktop.run("xdotool", "search", "--pid", str(self.process.pid)).split():
            if any(w.id == hex(int(window)) for w in self.desktop.app_windows()):
                self.desktop.run("xdotool", "windowactivate", "--sync", window)
                return

    def click_at(self, rect: list[int]) -> None:
        x, y, w, h = rect
        self.desktop.click(x + w // 2, y + h // 2)

    def fill(self, name: str, text: str, cls: str | None = None) -> None:
        """Click into a field, empty it and type, as a keyboard user does."""
        entry = self.click(name, cls)
        # A click can miss on a busy machine (once in a full run: the focus stayed in the field
        # before); a person clicks again.
        for attempt in range(3):
            try:
                self.wait_for(
                    lambda p, e=entry: inside(p["focus"], e["rect"]), 5, f"the focus in {name!r}"
                )
                break
            except AssertionError:
                if attempt == 2:
                    raise
                entry = self.click(name, cls)
        self.retype(text)

    def retype(self, text: str, attempts: int = 3) -> None:
        """Replace the focused field's text by typing; typed again if a letter was lost (on a
        busy machine xdotool now and then drops one, even at a human pace)."""
        for _ in range(attempts):
            self.desktop.key("ctrl+a", "BackSpace")
            self.desktop.type(text)
            try:
                self.wait_for(
                    lambda p: p["focus"] and p["focus"]["text"].strip() == text.strip(),
                    5,
                    f"{text!r} typed",
                )
                return
            except AssertionError:
                continue
        raise AssertionError(f"{self.name}: {text!r} could not be typed in {attempts} attempts")

    def row(self, view: str, text: str, timeout: float = 30, cls: str | None = None) -> Entry:
        """A row of a list, tree or table whose cells hold `text`."""

        def found(snapshot: dict[str, Any]) -> Entry | None:
            entry = self.find(snapshot, view, cls)
            for row in (entry or {}).get("rows", []):
                if any(text in cell for cell in row["cells"]):
                    return row
            return None

        return self.wait_for(found, timeout, f"a row {text!r} in {view!r}", steady=True)

    def shows(self, text: str, timeout: float = 30) -> Entry:
        """A widget on screen whose text holds `text` (a message, a status)."""
        return self.wait_for(
            lambda p: next((e for e in p["widgets"] if text in e["text"]), None),
            timeout,
            f"{text!r} on screen",
        )

    # --- health -------------------------------------------------------------------------------

    def demo_server_url(self) -> str | None:
        """The address of the demo server this app started (its child), or None if it has none
        alive (a zombie counts as dead)."""
        if self.process is None:
            return None
        out = subprocess.run(
            ["ps", "-ww", "-o", "stat=,args=", "--ppid", str(self.process.pid)],
            capture_output=True,
            text=True,
            check=False,
        ).stdout
        for line in out.splitlines():
            state, _, args = line.strip().partition(" ")
            match = re.search(r"municipal_server .* serve .*--port (\d+)", args)
            if match and not state.startswith("Z"):
                return f"http://127.0.0.1:{match.group(1)}"
        return None

    def log_files(self) -> list[Path]:
        """The app's log files, wherever in its home or data folder the app keeps them."""
        return sorted(
            p for base in (self.home, self.data) for p in base.rglob("*.log*") if p.is_file()
        )

    def logged_problems(self) -> list[str]:
        """Unhandled exceptions and Qt warnings in the app's stderr and in its log files."""
        problems = []
        stderr = self.stderr_file.read_text(encoding="utf-8", errors="replace")
        if TRACEBACK in stderr:
            start = stderr.index(TRACEBACK)
            problems.append("stderr: " + stderr[start : start + 2000])
        problems += [
            f"stderr: {m.group(0)}"
            for m in re.finditer(r"^\[qt (warning|critical|fatal)\].*$", stderr, re.M)
        ]
        for path in self.log_files():
            text = path.read_text(encoding="utf-8", errors="replace")
            if TRACEBACK in text:
                problems.append(f"{path.name}: {text[text.index(TRACEBACK) :][:2000]}")
            problems += [f"{path.name}: {m.group(0)}" for m in LOG_PROBLEM.finditer(text)]
        return problems
