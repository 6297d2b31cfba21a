"""The app lived in, in a real X window, as people use it (issue 14, "Done when").

Xvfb + openbox at 1366×768, the app started as `make run` starts it (`python main.py`: Arabic,
no server configured, so it runs the demo municipality), driven with xdotool: a citizen
registers and sends five requests (two with photos chosen through Qt's real file dialog), a
clerk in a second copy of the app signs in against the same demo server and answers each, and
the citizen sees the new statuses and the clerk's note; then the citizen goes on using the app
until JOURNEY_MINUTES (default 10) have passed. Every minute (health.py): the demo server
answers, no window or focused widget leaves the screen, nothing was logged that should not be.
The kiosk runs a shorter journey (JOURNEY_KIOSK_MINUTES, default 2) at 1366×768 and 1080×1920,
typing on its on-screen keyboard.

Run it alone: `pytest -m realwindow`; shorter: `JOURNEY_MINUTES=3 JOURNEY_KIOSK_MINUTES=1 …`;
the screenshots for the README: `JOURNEY_SCREENSHOTS=docs/screenshots …`. Each run leaves its
screenshots, the apps' stderr and journey.log (one line per check) in pytest's tmp_path.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from PIL import Image

from tests.live_server import ROOT, in_ci
from tests.realwindow import journey
from tests.realwindow.app import AppProcess
from tests.realwindow.desktop import Desktop, missing_tools
from tests.realwindow.health import Health
from tests.realwindow.journey import Request
from tests.realwindow.texts import ar

MINUTES = float(os.environ.get("JOURNEY_MINUTES", "10"))
KIOSK_MINUTES = float(os.environ.get("JOURNEY_KIOSK_MINUTES", "2"))
SCREENSHOTS = os.environ.get("JOURNEY_SCREENSHOTS", "")
README_WIDTH = 1000  # the README's pictures, scaled down from the screen
DEMO = json.loads((Path(ROOT) / "municipal_server/seed/demo.json").read_text(encoding="utf-8"))
CATALOGUE = json.loads(
    (Path(ROOT) / "municipal_server/seed/demo_catalogue.json").read_text(encoding="utf-8")
)
CLERK = next((a["login"], a["password"]) for a in DEMO["accounts"] if a["role"] == "clerk")

pytestmark = [pytest.mark.realwindow, pytest.mark.slow]


@pytest.fixture(autouse=True)
def _tools() -> None:
    missing = missing_tools()
    if missing:
        message = (
            f"the real-window journey needs {', '.join(missing)} "
            "(Debian: xvfb openbox xdotool x11-utils imagemagick; see .ci/run)"
        )
        if in_ci():
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture
def desktop(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Desktop]:
    width, height = getattr(request, "param", (1366, 768))
    screen = Desktop(width, height, tmp_path / "desktop").start()
    yield screen
    screen.stop()


def keep(desktop: Desktop, folder: Path, name: str, taken: Path | None = None) -> None:
    """A screenshot (or one `taken` earlier) in the run's folder, and in JOURNEY_SCREENSHOTS
    as screen-NAME.png for the README, scaled down."""
    shot = taken or desktop.screenshot(folder / f"{name}.png")
    if SCREENSHOTS:
        target = Path(SCREENSHOTS) / f"screen-{name}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        desktop.run(
            "convert",
            str(shot),
            "-resize",
            f"{README_WIDTH}x{README_WIDTH}>",
            "-strip",
            str(target),
        )


def photos(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for n, colour in enumerate(((200, 40, 40), (40, 40, 200), (40, 160, 40))):
        path = folder / f"photo-{n + 1}.jpg"
        Image.new("RGB", (2400, 1800), colour).save(path, "JPEG")
        made.append(path)
    return made


def demo_text(service: str, attribute: str | None = None) -> str:
    """A demo service's Arabic name, or one of its questions, as the catalogue shows them."""
    found = next(s for s in CATALOGUE["services"] if s["code"] == service)
    if attribute is None:
        return found["names"]["ar"]
    return next(a for a in found["attributes"] if a["code"] == attribute)["descriptions"]["ar"]


def requests_to_send(pictures: list[Path]) -> list[Request]:
    description = ar("RequestFormPage", "Describe the problem or what you need")
    address = ar("RequestFormPage", "Address or place description")
    return [
        Request(
            demo_text("water-leak"),
            {demo_text("water-leak", "where"): 1},
            {description: "ماء يتدفق من الأنبوب منذ الصباح", address: "شارع عين سارة"},
            pictures[:2],
        ),
        Request(
            demo_text("pothole"),
            {demo_text("pothole", "size"): 2},
            {address: "دوار ابن رشد"},
            pictures[2:],
        ),
        Request(
            demo_text("power-outage"),
            {demo_text("power-outage", "scope"): 1},
            {address: "حي الشيخ"},
        ),
        Request(
            demo_text("pest-control"),
            {demo_text("pest-control", "pest"): 1},
            {address: "وادي الهرية"},
        ),
        Request(
            demo_text("water-meter"),
            {},
            {demo_text("water-meter", "subscription_number"): "123456", address: "شارع السلام"},
        ),
    ]


def live_on(citizen: AppProcess, health: Health, until: float) -> None:
    """The citizen goes on using the app: services, their requests, a refresh, now and then."""
    pages = [
        (ar("MainWindow", "Services"), "QPushButton"),
        (ar("MainWindow", "My requests"), "QPushButton"),
        (ar("MyRequestsPage", "Refresh"), "QPushButton"),
    ]
    step = 0
    while time.monotonic() < until:
        name, cls = pages[step % len(pages)]
        citizen.click(name, cls=cls)
        step += 1
        end = min(until, time.monotonic() + 20)
        while time.monotonic() < end:
            health.tick()
            time.sleep(1)


@pytest.mark.timeout(int(MINUTES * 60) + 900)
def test_a_citizen_and_a_clerk_live_in_the_app(desktop: Desktop, tmp_path: Path) -> None:
    started = time.monotonic()
    citizen = AppProcess(desktop, tmp_path / "citizen", name="citizen").start()
    health = Health(desktop, citizen, tmp_path / "journey.log")
    health.watch(citizen)
    journey.register(citizen, "ليلى حسن", "layla@example.ps", "a long password")
    keep(desktop, tmp_path, "catalogue")
    sent = requests_to_send(photos(tmp_path / "pictures"))
    for n, request in enumerate(sent):
        journey.submit(citizen, request, tmp_path if n == 0 else None)
        health.tick()
    assert len({r.number for r in sent}) == 5, [r.number for r in sent]
    keep(desktop, tmp_path, "form", tmp_path / "catalogue-then-form.png")
    keep(desktop, tmp_path, "file-dialog", tmp_path / "citizen" / "file-dialog.png")

    url = citizen.demo_server_url()
    assert url, "the demo server is not running"
    clerk = AppProcess(desktop, tmp_path / "clerk", ("--server", url), name="clerk").start()
    health.watch(clerk)
    journey.sign_in(clerk, *CLERK)
    clerk.widget(ar("QueuePage", "Search the requests"), timeout=60)
    statuses = {}
    for request in sent:
        note = f"وصلنا طلبكم {request.search} وسنتابعه"
        statuses[request.number] = journey.process(clerk, request.number, note)
        health.tick()
    keep(desktop, tmp_path, "clerk-workspace")
    health.check("the clerk is done")
    clerk.stop()
    health.apps.remove(clerk)
    citizen.activate()

    journey.sees_statuses(citizen, statuses)
    keep(desktop, tmp_path, "my-requests")
    first = sent[0]
    journey.sees_note(citizen, first.number, f"وصلنا طلبكم {first.search} وسنتابعه")
    live_on(citizen, health, started + MINUTES * 60)
    health.check("at the end")
    assert health.checks >= int(MINUTES), f"{health.checks} checks in {MINUTES} minutes"
    citizen.stop()


@pytest.mark.timeout(int(KIOSK_MINUTES * 60) + 600)
@pytest.mark.parametrize("desktop", [(1366, 768), (1080, 1920)], indirect=True, ids=str)
def test_a_visitor_uses_the_kiosk_with_its_keyboard(desktop: Desktop, tmp_path: Path) -> None:
    started = time.monotonic()
    size = f"{desktop.width}x{desktop.height}"
    kiosk = AppProcess(desktop, tmp_path / "kiosk", ("--kiosk",), name="kiosk").start()
    health = Health(desktop, kiosk, tmp_path / "journey.log")
    health.watch(kiosk)
    journey.wait_ready(kiosk)
    kiosk.click("العربية")
    try:
        journey.kiosk_register(kiosk, health)
    finally:
        keep(desktop, tmp_path, f"kiosk-{size}")
    sent = requests_to_send([])[2:4]
    for request in sent:
        journey.submit(kiosk, request)
        health.tick()
    url = kiosk.demo_server_url()
    assert url
    clerk = requests.Session()
    token = clerk.post(
        url + "/api/v1/auth/token", json={"login": CLERK[0], "password": CLERK[1]}, timeout=30
    )
    token.raise_for_status()
    clerk.headers["Authorization"] = "Bearer " + token.json()["access_token"]
    for request in sent:
        clerk.post(
            f"{url}/api/v1/clerk/requests/{request.number}/status",
            json={"status": "received", "note": "وصلنا طلبكم"},
            timeout=30,
        ).raise_for_status()
    journey.sees_statuses(kiosk, {r.number: ar("Status", "Received") for r in sent})
    while time.monotonic() < started + KIOSK_MINUTES * 60:
        health.tick()
        time.sleep(1)
    health.check("at the end")
    kiosk.stop()
