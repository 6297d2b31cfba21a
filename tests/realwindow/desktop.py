"""A real X desktop for the journey tests: Xvfb at a chosen size with openbox (without a window
manager, full screen and maximising do nothing), driven as a person drives it with xdotool, looked
at with xwininfo and ImageMagick's `import` (TOOLBOX.md: "Living in the app as a person does")."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

TOOLS = ("Xvfb", "openbox", "xdotool", "xwininfo", "import", "convert")
TYPE_DELAY_MS = 120  # faster than this, xdotool drops Arabic letters (TOOLBOX.md)


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


@dataclass(frozen=True)
class Window:
    """A top-level X window of the app, where X (not Qt) says it is."""

    id: str
    title: str
    x: int
    y: int
    width: int
    height: int

    def outside(self, width: int, height: int) -> bool:
        return (
            self.x < 0 or self.y < 0 or self.x + self.width > width or self.y + self.height > height
        )


# 0x40000e "title": ("main.py" "municipal-eservices")  1000x760+1+22  +1+22
TREE_LINE = re.compile(
    r'^\s*(0x[0-9a-f]+) "(.*)": \("[^"]*" "municipal-eservices"\)\s+'
    r"(\d+)x(\d+)[+-]-?\d+[+-]-?\d+\s+\+?(-?\d+)\+?(-?\d+)\s*$"
)


class Desktop:
    def __init__(self, width: int, height: int, folder: Path) -> None:
        self.width, self.height, self.folder = width, height, folder
        self.display = ""
        self._processes: list[subprocess.Popen[bytes]] = []
        #: the apps started on this desktop (tests/realwindow/app.py)
        self.apps: list = []

    @property
    def env(self) -> dict[str, str]:
        return {**os.environ, "DISPLAY": self.display}

    def start(self) -> Desktop:
        """Xvfb picks a free display itself (-displayfd): several runs may share a machine."""
        self.folder.mkdir(parents=True, exist_ok=True)
        read, write = os.pipe()
        self._spawn(
            [
                "Xvfb",
                "-displayfd",
                str(write),
                "-screen",
                "0",
                f"{self.width}x{self.height}x24",
                "-nolisten",
                "tcp",
            ],
            "xvfb",
            pass_fds=(write,),
        )
        os.close(write)
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        assert number, f"Xvfb did not start (see {self.folder / 'xvfb.log'})"
        self.display = f":{number}"
        self._spawn(["openbox"], "openbox")
        self._wait(lambda: "Openbox" in self.tree(), 20, "openbox to start")
        return self

    def _spawn(self, command: list[str], name: str, pass_fds: tuple[int, ...] = ()) -> None:
        with open(self.folder / f"{name}.log", "wb") as log:
            self._processes.append(
                subprocess.Popen(
                    command,
                    env=self.env,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    pass_fds=pass_fds,
                )
            )

    @staticmethod
    def _wait(condition, timeout: float, what: str) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError(f"waited {timeout} s for {what}")
            time.sleep(0.2)

    def stop(self) -> None:
        for app in self.apps:
            app.stop()
        for process in reversed(self._processes):
            process.terminate()
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(5)
        self._processes = []

    # --- looking -------------------------------------------------------------------------------

    def run(self, *command: str, timeout: float = 30) -> str:
        return subprocess.run(
            command, env=self.env, capture_output=True, text=True, timeout=timeout, check=True
        ).stdout

    def tree(self) -> str:
        try:
            return self.run("xwininfo", "-root", "-tree")
        except subprocess.CalledProcessError:
            return ""

    def app_windows(self) -> list[Window]:
        """The app's windows that are on screen (mapped and viewable), in root coordinates."""
        found = []
        for line in self.tree().splitlines():
            match = TREE_LINE.match(line)
            if match is None:
                continue
            wid, title, width, height, x, y = match.groups()
            try:
                state = self.run("xwininfo", "-id", wid)
            except subprocess.CalledProcessError:
                continue  # gone meanwhile
            if "IsViewable" in state:
                found.append(Window(wid, title, int(x), int(y), int(width), int(height)))
        return found

    def screenshot(self, path: Path, width: int | None = None) -> Path:
        """What the person sees, as PNG; `width`: scaled down to it (for the README)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        self.run("import", "-window", "root", str(path))
        if width and width < self.width:
            self.run("convert", str(path), "-resize", f"{width}x", "-strip", str(path))
        return path

    # --- acting --------------------------------------------------------------------------------

    def click(self, x: int, y: int) -> None:
        self.run("xdotool", "mousemove", "--sync", str(x), str(y), "click", "1")

    def wheel(self, x: int, y: int, down: bool = True, notches: int = 3) -> None:
        """Turn the mouse wheel over (x, y), as a person scrolls to what is below the fold."""
        button = "5" if down else "4"
        self.run(
            "xdotool",
            "mousemove",
            "--sync",
            str(x),
            str(y),
            "click",
            "--repeat",
            str(notches),
            button,
        )

    def key(self, *keys: str) -> None:
        self.run("xdotool", "key", "--delay", "80", *keys)

    def type(self, text: str) -> None:
        self.run(
            "xdotool",
            "type",
            "--delay",
            str(TYPE_DELAY_MS),
            "--",
            text,
            timeout=30 + len(text) * TYPE_DELAY_MS / 1000 * 3,
        )
