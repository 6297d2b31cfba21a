"""What a citizen and a clerk do in the app, step by step, with the mouse and the keyboard of the
real X desktop. Each step waits for what the person would wait for on screen."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from pathlib import Path

from tests.realwindow.app import AppProcess, Entry
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
    app.desktop.key("ctrl+a", "BackSpace")
    app.desktop.type(text)
    app.wait_for(
        lambda p: p["focus"] and p["focus"]["text"].strip() == text.strip(), 20, f"{text!r} typed"
    )


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
    app.click(review, cls="QPushButton")
    app.click(ar("RequestFormPage", "Confirm and send"), cls="QPushButton", timeout=30)
    shown = app.wait_for(
        lambda p: next((NUMBER.search(w["text"]) for w in p["widgets"] if NUMBER.search(w["text"])
                        and w["class"] == "QLabel"), None),
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
