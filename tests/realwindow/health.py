"""The checks the journey makes every minute: the demo server answers, nothing of the app (no
window, not the focused widget, not the kiosk keyboard) leaves the screen, and no Qt warning or
unhandled exception was logged. Each check is written to the journey's log, then asserted."""

from __future__ import annotations

import time
from pathlib import Path

import requests

from tests.realwindow.app import AppProcess
from tests.realwindow.desktop import Desktop

EVERY = 60.0  # seconds


def outside(rect: list[int], width: int, height: int) -> bool:
    x, y, w, h = rect
    return x < 0 or y < 0 or x + w > width or y + h > height


class Health:
    def __init__(self, desktop: Desktop, demo: AppProcess, log: Path) -> None:
        self.desktop, self.demo, self.log = desktop, demo, log
        self.apps: list[AppProcess] = []
        self.started = time.monotonic()
        self.last = self.started
        self.checks = 0
        self._checking = False

    def watch(self, app: AppProcess) -> AppProcess:
        """Check this app too, and every minute while waiting for it."""
        self.apps.append(app)
        app.heartbeat = self.tick
        return app

    def tick(self) -> None:
        if time.monotonic() - self.last >= EVERY and not self._checking:
            self.check()

    def problems(self) -> list[str]:
        found = []
        url = self.demo.demo_server_url()
        if url is None:
            found.append("the demo server is not running (no live child of the app)")
        else:
            try:
                requests.get(url + "/open311/discovery.json", timeout=5).raise_for_status()
            except requests.RequestException as error:
                found.append(f"the demo server at {url} does not answer: {error}")
        width, height = self.desktop.width, self.desktop.height
        for window in self.desktop.app_windows():
            if window.outside(width, height):
                found.append(
                    f"window {window.title!r} at {window.x},{window.y} {window.width}x"
                    f"{window.height} leaves the {width}x{height} screen"
                )
        for app in self.apps:
            if not app.alive:
                continue
            snapshot = app.probe()
            focus = snapshot["focus"]
            if focus and outside(focus["rect"], width, height):
                found.append(
                    f"{app.name}: the focused {focus['class']} {focus['name']!r} at "
                    f"{focus['rect']} leaves the {width}x{height} screen"
                )
            keyboard = app.find(snapshot, None, object="onScreenKeyboard")
            if keyboard and outside(keyboard["rect"], width, height):
                found.append(
                    f"{app.name}: the on-screen keyboard at {keyboard['rect']} leaves the "
                    f"{width}x{height} screen"
                )
            found += [f"{app.name} logged: {line}" for line in app.logged_problems()]
        return found

    def check(self, label: str = "") -> None:
        self._checking = True
        try:
            self.last = time.monotonic()
            self.checks += 1
            found = self.problems()
            minute = (self.last - self.started) / 60
            shot = self.desktop.screenshot(self.log.parent / f"check-{self.checks:02d}.png")
            with open(self.log, "a", encoding="utf-8") as log:
                log.write(f"check {self.checks} at {minute:.1f} min {label}: ")
                log.write("ok\n" if not found else "\n  " + "\n  ".join(found) + "\n")
            assert not found, (
                f"check {self.checks} at minute {minute:.1f} {label} (screen: {shot}):\n  "
                + "\n  ".join(found)
            )
        finally:
            self._checking = False
