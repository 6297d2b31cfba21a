"""What a citizen and a clerk do in the app, step by step, with the mouse and the keyboard of the
real X desktop. Each step waits for what the person would wait for on screen."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from pathlib import Path

from tests.realwindow.app import AppProcess, Entry
from tests.realwindow.health import Health
from tests.realwindow.texts import ar

NUMBER = re.compile(r"[A-Z]{2,5}-\d{4}-\d{4,}")


@dataclass
class Request:
    """One request the citizen makes: the catalogue search, the answers and the photos."""

    search: str
    choices: dict[str, int] = field(default_factory=dict)  # combo box name -> item (1 = first)
    texts: dict[str, str] = field(default_factory=dict)  # field name -> typed text
    photos: list[Path] = field(default_factory=list)
    number: str = ""


def note(app: AppProcess, text: str) -> None:
    """A finding worth a look that does not stop the journey, in the app's folder."""
    with open(app.folder / "notes.txt", "a", encoding="utf-8") as notes:
        notes.write(text + "\n")


def wait_ready(app: AppProcess, timeout: float = 90) -> None:
    """The demo municipality has started and the first page has settled."""
    starting = ar("MainWindow", "Starting the demo municipality…")
    app.wait_for(
        lambda p: not any(starting in w["text"] for w in p["widgets"]) and p["focus"],
        timeout,
        "the demo municipality to start",
        steady=True,
    )


def tab_to(app: AppProcess, name: str, limit: int = 60) -> Entry:
    """Tab through the page until the field named `name` has the focus (a scrolled page
    scrolls it into view, as for any keyboard user)."""
    for _ in range(limit):
        focus = app.probe()["focus"]
        if focus and focus["name"] == name:
            return focus
        app.desktop.key("Tab")
        time.sleep(0.15)
    raise AssertionError(f"{limit} presses of Tab did not reach {name!r}")


def type_into(app: AppProcess, name: str, text: str) -> None:
    tab_to(app, name)
    app.retype(text)


def register(app: AppProcess, name: str, email: str, password: str) -> None:
    wait_ready(app)
    app.fill(ar("WelcomePage", "Full name"), name)
    app.fill(ar("WelcomePage", "E-mail"), email)
    app.fill(ar("WelcomePage", "Password (at least 8 characters)"), password)
    app.click(ar("WelcomePage", "Create the account"))
    app.widget(ar("CataloguePage", "Search services"), timeout=60)


def sign_in(app: AppProcess, login: str, password: str) -> None:
    wait_ready(app)
    app.fill(ar("WelcomePage", "E-mail or mobile phone"), login)
    app.fill(ar("WelcomePage", "Password"), password)
    app.desktop.key("Return")


def choose_photos(app: AppProcess, photos: list[Path]) -> None:
    """Through Qt's real file dialog: type the paths into its file name field, press Enter."""
    before = len(thumbnails(app))
    app.click(ar("PhotosBox", "Add photos…"))
    app.wait_for(
        lambda p: any(w["class"] == "QFileDialog" for w in p["windows"]) and p["focus"],
        20,
        "the file dialog",
        steady=True,
    )
    app.desktop.screenshot(app.folder / "file-dialog.png")
    app.desktop.type(" ".join(f'"{path}"' for path in photos))
    app.desktop.key("Return")
    app.wait_for(
        lambda _: len(thumbnails(app)) == before + len(photos), 60, "the photos' thumbnails"
    )


def thumbnails(app: AppProcess) -> list[Entry]:
    prefix = ar("PhotosBox", "Photo %1").split("%1")[0]
    return [
        w for w in app.probe()["widgets"] if w["class"] == "QLabel" and w["name"].startswith(prefix)
    ]


def submit(app: AppProcess, request: Request, shots: Path | None = None) -> str:
    """From the catalogue: find the service, answer, add photos, review, send; the number."""
    app.click(ar("MainWindow", "Services"), cls="QPushButton")
    app.fill(ar("CataloguePage", "Search services"), request.search)
    app.desktop.key("Return")  # to the best match
    time.sleep(0.5)
    app.desktop.key("Return")  # open it
    review = ar("RequestFormPage", "Review the request")
    app.widget(review, cls="QPushButton", timeout=30)
    if shots:
        app.desktop.screenshot(shots / "catalogue-then-form.png")
    for name, item in request.choices.items():
        tab_to(app, name)
        app.desktop.key("alt+Down")  # open the list, as a keyboard user does
        time.sleep(0.5)
        app.desktop.key(*["Down"] * item, "Return")
    for name, text in request.texts.items():
        type_into(app, name, text)
    if request.photos:
        choose_photos(app, request.photos)
    confirm = ar("RequestFormPage", "Confirm and send")
    for _ in range(2):
        # At a kiosk the first tap can be lost: pressing the button takes the focus from the
        # field, the on-screen keyboard hides and the button moves away under the finger.
        app.click(review, cls="QPushButton")
        try:
            app.widget(confirm, cls="QPushButton", timeout=5)
            break
        except AssertionError:
            note(app, f"a tap on {review!r} was lost (the page moved under it)")
    app.click(confirm, cls="QPushButton", timeout=30)
    shown = app.wait_for(
        lambda p: next(
            (
                NUMBER.search(w["text"])
                for w in p["widgets"]
                if NUMBER.search(w["text"]) and w["class"] == "QLabel"
            ),
            None,
        ),
        60,
        "the request number",
    )
    request.number = shown.group(0)
    return request.number


def statuses_of(app: AppProcess) -> dict[str, list[str]]:
    """My requests: number -> the row's cells."""
    table = app.find(app.probe(), ar("MyRequestsPage", "My requests"), cls="QTreeWidget") or {}
    found = {}
    for row in table.get("rows", []):
        for cell in row["cells"]:
            match = NUMBER.search(cell)
            if match:
                found[match.group(0)] = row["cells"]
    return found


def process(clerk: AppProcess, number: str, note: str) -> str:
    """The clerk finds the request, chooses its next status, writes to the citizen and sends
    both with Ctrl+Enter; the new status's name as the workspace shows it."""
    clerk.fill(ar("QueuePage", "Search the requests"), number)
    clerk.click_at(clerk.row(ar("QueuePage", "Requests"), number)["rect"])
    clerk.wait_for(
        lambda p: any(w["object"] == "heading" and number in w["text"] for w in p["widgets"]),
        30,
        f"{number} in the clerk's panel",
    )
    # Clicked: Tab cannot leave the queue's table (it moves between its cells). No status is
    # chosen in advance: the clerk picks the first one the request may move to.
    clerk.click(ar("DetailPanel", "New status"), cls="QComboBox")
    time.sleep(0.5)
    clerk.desktop.key("Down", "Return")
    clerk.fill(ar("DetailPanel", "Note with the status change"), note, cls="TextArea")
    clerk.desktop.key("ctrl+Return")
    clerk.row(ar("DetailPanel", "History"), note, timeout=30)
    prefix = ar("DetailPanel", "Status: %1").split("%1")[0]
    summary = clerk.shows(prefix)["text"]
    return summary.split("\n")[0].removeprefix(prefix).strip()


def sees_statuses(citizen: AppProcess, expected: dict[str, str], timeout: float = 120) -> None:
    """My requests, refreshed, shows each request with its new status."""
    citizen.click(ar("MainWindow", "My requests"), cls="QPushButton")
    citizen.click(ar("MyRequestsPage", "Refresh"), cls="QPushButton")

    def all_shown(_: object) -> bool:
        rows = statuses_of(citizen)
        return all(
            number in rows and any(status in cell for cell in rows[number])
            for number, status in expected.items()
        )

    citizen.wait_for(all_shown, timeout, f"the new statuses {expected}")


def sees_note(citizen: AppProcess, number: str, note: str) -> None:
    """The citizen opens the request and reads the clerk's note in its history."""
    citizen.click(ar("MainWindow", "My requests"), cls="QPushButton")
    table = ar("MyRequestsPage", "My requests")
    citizen.click_at(citizen.row(table, number, cls="QTreeWidget")["rect"])
    citizen.desktop.key("Return")
    citizen.wait_for(
        lambda p: (
            any(
                note in cell
                for w in p["widgets"]
                for row in w.get("rows", [])
                for cell in row["cells"]
            )
            or any(note in w["text"] for w in p["widgets"])
        ),
        30,
        f"the clerk's note on {number}",
    )


def press_keys(app: AppProcess, keys: list[str]) -> None:
    """Touch the on-screen keyboard's keys, one by one, as a visitor does."""
    for key in keys:
        app.click(key, cls="QPushButton")
        time.sleep(0.2)


def kiosk_register(app: AppProcess, health: Health) -> None:
    """At the kiosk: the account made with the on-screen keyboard only (the keyboard checked
    to be fully on screen as soon as it shows)."""
    app.click(ar("WelcomePage", "Full name"), cls="QLineEdit")
    app.widget(None, object="onScreenKeyboard", timeout=20)
    health.check("the on-screen keyboard is up")
    press_keys(app, ["س", "ع", "ا", "د"])
    app.click(ar("WelcomePage", "E-mail"), cls="QLineEdit")
    press_keys(app, [ar("OnScreenKeyboard", "Latin letters"), *"suad", "@", *"demo", ".", *"ps"])
    app.click(ar("WelcomePage", "Password (at least 8 characters)"), cls="QLineEdit")
    press_keys(app, list("kioskpass"))
    app.wait_for(
        lambda p: (
            app.find(p, ar("WelcomePage", "E-mail"), cls="QLineEdit")["text"] == "suad@demo.ps"
        ),
        10,
        "the e-mail typed on the keyboard",
    )
    # The keyboard's Enter sends the box (on a 768-pixel screen its button is below the keys).
    app.click(ar("OnScreenKeyboard", "Enter"))
    app.widget(ar("CataloguePage", "Search services"), timeout=60)
