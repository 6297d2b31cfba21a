"""A screen reader can use the citizen's submit flow in Arabic, end to end through AT-SPI, the
interface Orca reads on Linux: the real app on a real X server (Xvfb), with Qt's AT-SPI bridge
on the test's own D-Bus session (at-spi2-core's bus launcher in `dbus-run-session`), against
the reference server. tests/atspi_reader.py, run with Debian's /usr/bin/python3 and
python3-pyatspi as a screen reader would be, continues without an account, tabs through the
catalogue's cards from the search to a service, fills the form, reviews and sends it; this test
then checks what it heard (roles and Arabic names at every step) and that the request reached
the server as typed.

Skipped on a developer's machine without Xvfb, xdotool, at-spi2-core or python3-pyatspi;
failed in CI (.ci/run installs them). tests/test_accessible_names.py checks the same names
in-process (QAccessible) on every screen in three languages.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

import pytest
import requests

from tests.live_server import ROOT, LiveServer, in_ci, stop_process

LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
SYSTEM_PYTHON = "/usr/bin/python3"
READER = os.path.join(ROOT, "tests", "atspi_reader.py")
ARABIC_LETTER = re.compile("[\u0621-\u064a]")
#: roles a reader's user can act on; each needs a name (a combo box: a label, see the reader)
INTERACTIVE = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "text",
    "password text",
    "combo box",
    "spin button",
    "list",
    "list item",
    "tree",
    "table",
    "table cell",
    "page tab",
    "slider",
}


def missing_tools() -> list[str]:
    missing = [
        tool
        for tool in ("Xvfb", "xdotool", "dbus-run-session", "dbus-send")
        if not shutil.which(tool)
    ]
    if not os.access(LAUNCHER, os.X_OK):
        missing.append("at-spi2-core")
    if (
        not os.access(SYSTEM_PYTHON, os.X_OK)
        or subprocess.run(
            [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False
        ).returncode
    ):
        missing.append("python3-pyatspi")
    return missing


def require_tools() -> None:
    missing = missing_tools()
    if missing:
        message = f"the AT-SPI test needs {', '.join(missing)} (apt-get install; see .ci/run)"
        if in_ci():
            pytest.fail(message)
        pytest.skip(message)


def arabic(context: str, source: str) -> str:
    """The app's Arabic for a source text, from the translation the app ships."""
    root = ET.parse(os.path.join(ROOT, "translations", "citizen_app_ar.ts")).getroot()
    for found in root.iter("context"):
        if found.findtext("name") != context:
            continue
        for message in found.iter("message"):
            if message.findtext("source") == source:
                return message.findtext("translation") or ""
    raise KeyError(f"{context}: {source}")


@contextmanager
def xvfb() -> Iterator[str]:
    """A real X server on a free display (Xvfb picks it and says which)."""
    read_end, write_end = os.pipe()
    process = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        with os.fdopen(read_end) as answer:
            number = answer.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        yield f":{number}"
    finally:
        stop_process(process)


@contextmanager
def accessibility_bus(env: dict[str, str], folder: Path) -> Iterator[str]:
    """A D-Bus session of the test's own with at-spi2-core's bus launcher in it; yields the
    session's address. Stopping the launcher ends the session and the accessibility bus."""
    address, pid = folder / "bus-address", folder / "launcher-pid"
    script = (
        f'printf %s "$DBUS_SESSION_BUS_ADDRESS" > "{address}"; echo $$ > "{pid}"; '
        f"exec {LAUNCHER} --launch-immediately"
    )
    with open(folder / "bus.log", "wb") as log:
        session = subprocess.Popen(
            ["dbus-run-session", "--", "sh", "-c", script], env=env, stdout=log, stderr=log
        )
    try:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and not (pid.exists() and address.read_text()):
            time.sleep(0.05)
        env = {**env, "DBUS_SESSION_BUS_ADDRESS": address.read_text()}
        has_owner = [
            "dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus",
            "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner", "string:org.a11y.Bus",
        ]  # fmt: skip
        while time.monotonic() < deadline:
            answer = subprocess.run(has_owner, env=env, capture_output=True, text=True, check=False)
            if "boolean true" in answer.stdout:
                break
            time.sleep(0.05)
        else:
            raise RuntimeError(
                "at-spi-bus-launcher did not start: " + (folder / "bus.log").read_text()
            )
        yield env["DBUS_SESSION_BUS_ADDRESS"]
    finally:
        # The launcher's end ends the session: dbus-run-session then stops its bus. A signal to
        # dbus-run-session itself would leave that bus running.
        if pid.exists() and pid.read_text().strip():
            with contextlib.suppress(ProcessLookupError):  # gone: the session ended with it
                os.kill(int(pid.read_text()), signal.SIGTERM)
        try:
            session.wait(10)
        except subprocess.TimeoutExpired:
            stop_process(session)


def plan(server: LiveServer) -> tuple[dict[str, Any], dict[str, Any]]:
    """The steps, named as an Arabic reader hears them, and what the server offers in Arabic."""
    ar = {"Accept-Language": "ar"}
    services = requests.get(server.url + "/open311/v2/services.json", headers=ar, timeout=10)
    definition = requests.get(
        server.url + "/open311/v2/services/street-light.json", headers=ar, timeout=10
    )
    catalogue = services.json()
    attributes = {a["code"]: a for a in definition.json()["attributes"]}
    service = next(s for s in catalogue if s["service_code"] == "street-light")["service_name"]
    problem = attributes["problem"]
    typed = {
        "description": "عمود الإنارة أمام مدرسة الحسين مطفأ منذ ثلاثة أيام",
        "address": "حي الشيخ، شارع عين سارة",
        "pole": "EL-2045",
    }

    def form(source: str) -> str:
        return arabic("RequestFormPage", source)

    number = arabic("ConfirmationPage", "Request number: %1").split("%1")[0].strip()
    steps = [
        {"do": "press", "name": arabic("WelcomePage", "Continue without an account")},
        {"do": "tab_to", "from": arabic("CataloguePage", "Search services"), "to": service},
        {
            "do": "type",
            "name": form("Describe the problem or what you need"),
            "text": typed["description"],
        },
        {"do": "type", "name": form("Address or place description"), "text": typed["address"]},
        {"do": "type", "name": attributes["pole_number"]["description"], "text": typed["pole"]},
        {"do": "choose", "label": problem["description"], "value": problem["values"][0]["name"]},
        {"do": "type", "name": form("First name"), "text": "سارة"},
        {"do": "type", "name": form("Family name"), "text": "التميمي"},
        {"do": "press", "name": form("Review the request")},
        {"do": "press", "name": form("Confirm and send")},
        {"do": "read", "role": "label", "prefix": number},
    ]
    offered = {"catalogue": catalogue, "attributes": attributes, "service": service, "typed": typed}
    return {"window": arabic("MainWindow", "Municipal e-services"), "steps": steps}, offered


def unnamed(screen: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Widgets a reader would announce by their role alone, or not in Arabic."""
    return [
        node
        for node in screen
        if node["role"] in INTERACTIVE
        and not ARABIC_LETTER.search(" ".join([node["name"], *node["labels"]]))
    ]


def by_role(screen: list[dict[str, Any]], role: str) -> dict[str, dict[str, Any]]:
    return {node["name"]: node for node in screen if node["role"] == role}


@pytest.mark.parametrize("server", ["sqlite"], indirect=True)
def test_a_screen_reader_submits_a_request_in_arabic(tmp_path: Path, server: LiveServer) -> None:
    require_tools()
    reader_plan, offered = plan(server)
    (tmp_path / "site.toml").write_text(
        f'server_url = "{server.url}"\napi_key = "{server.api_key}"\n', encoding="utf-8"
    )
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    base = {
        "PATH": os.environ["PATH"],
        "HOME": os.environ.get("HOME", str(tmp_path)),
        "LANG": "C.UTF-8",
        "XDG_RUNTIME_DIR": str(runtime),
    }
    started = time.monotonic()
    with ExitStack() as stack:
        base["DISPLAY"] = stack.enter_context(xvfb())
        base["DBUS_SESSION_BUS_ADDRESS"] = stack.enter_context(accessibility_bus(base, tmp_path))
        app_env = {
            **os.environ,
            **base,
            "QT_QPA_PLATFORM": "xcb",
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            "PYTHONFAULTHANDLER": "1",  # a crash prints where it happened
            "PYTHONPATH": ROOT,
            "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
            "CITIZEN_APP_SITE_CONFIG": str(tmp_path / "site.toml"),
            "CITIZEN_APP_USER_CONFIG": str(tmp_path / "settings.toml"),
        }
        app_env.pop("AT_SPI_BUS_ADDRESS", None)
        app_log = stack.enter_context(open(tmp_path / "app.log", "wb"))
        app = subprocess.Popen(
            [sys.executable, "main.py", "--language", "ar", "--data-dir", str(tmp_path / "data")],
            cwd=ROOT,
            env=app_env,
            stdout=app_log,
            stderr=subprocess.STDOUT,
        )
        stack.callback(stop_process, app)
        reader_plan["app_pid"] = app.pid
        (tmp_path / "plan.json").write_text(json.dumps(reader_plan, ensure_ascii=False), "utf-8")
        result = subprocess.run(
            [SYSTEM_PYTHON, READER, str(tmp_path / "plan.json")],
            env=base,
            capture_output=True,
            text=True,
            timeout=90,
            check=False,
        )
        app_status = app.poll()  # None: still running, as it should be
    seconds = time.monotonic() - started
    (tmp_path / "report.json").write_text(result.stdout, encoding="utf-8")
    assert result.returncode == 0, (
        f"the reader stopped:\n{result.stderr}\napp exit status {app_status}, log:\n"
        + (tmp_path / "app.log").read_text(errors="replace")[-3000:]
    )
    steps = json.loads(result.stdout)["steps"]
    print_heard(steps, seconds)
    welcome, walk, *_, review, confirm, confirmation = steps

    # Every screen on the way: each widget a reader can act on is named, in Arabic.
    for step in (welcome, walk, review, confirm, confirmation):
        assert not unnamed(step["screen"]), (step["step"], unnamed(step["screen"]))

    # The catalogue: the search, and a card per service, a button named as the service.
    catalogue = walk["screen"]
    assert walk["step"]["from"] in by_role(catalogue, "text")
    assert offered["service"] in by_role(catalogue, "push button")
    # Tabbing from the search, the reader heard each card until the service, then opened it.
    assert walk["heard"][-1] == offered["service"]
    assert all(heard for heard in walk["heard"]), walk["heard"]  # no nameless stop on the way

    # The form, as it stood when the reader went to review it: every field by its role and
    # Arabic name, labelled by its own label (not only by its box's title).
    form = review["screen"]
    texts = by_role(form, "text")
    for source in ("Describe the problem or what you need", "Address or place description"):
        name = arabic("RequestFormPage", source)
        assert texts[name]["labels"][0] == name
    attributes = offered["attributes"]
    assert texts[attributes["pole_number"]["description"]]
    assert texts[attributes["lamps_out"]["description"]]  # a number
    assert texts[attributes["details"]["description"]]  # a longer text
    assert by_role(form, "spin button")[attributes["noticed_at"]["description"]]
    assert by_role(form, "list")[attributes["nearby"]["description"]]
    problem = attributes["problem"]
    combo = by_role(form, "combo box")[problem["values"][0]["name"]]  # named by its value
    assert combo["labels"] == [problem["description"]]
    assert by_role(form, "check box")[arabic("RequestFormPage", "Report without my name")]
    buttons = by_role(form, "push button")
    assert arabic("RequestFormPage", "Back to services") in buttons
    assert arabic("RequestFormPage", "Review the request") in buttons

    # The review: the same two buttons renamed as their text changed.
    buttons = by_role(confirm["screen"], "push button")
    assert arabic("RequestFormPage", "Confirm and send") in buttons
    assert arabic("RequestFormPage", "Edit the request") in buttons
    assert arabic("RequestFormPage", "Back to services") not in buttons
    review_box = arabic("RequestFormPage", "Please check your request before sending it")
    assert review_box in by_role(confirm["screen"], "panel")

    # The confirmation says the number, and the server has the request as the reader typed it.
    number = re.search(r"\u2066(.+?)\u2069", confirmation["name"]).group(1)  # type: ignore[union-attr]
    assert arabic("ConfirmationPage", "Make another request") in by_role(
        confirmation["screen"], "push button"
    )
    sent = requests.get(f"{server.url}/open311/v2/requests/{number}.json", timeout=10).json()[0]
    assert sent["service_code"] == "street-light"
    assert sent["description"] == offered["typed"]["description"]
    assert sent["address"] == offered["typed"]["address"]
    assert seconds < 60


def print_heard(steps: list[dict[str, Any]], seconds: float) -> None:
    """What the reader found, for the log (pytest -s shows it)."""
    print(f"\nAT-SPI walk through the submit flow in {seconds:.1f} s")
    for step in steps:
        line = {k: v for k, v in step.items() if k not in ("screen", "step")}
        print(json.dumps(step["step"], ensure_ascii=False), json.dumps(line, ensure_ascii=False))
    for step in steps:
        if "screen" in step:
            print(f"-- screen at {step['step']['do']} {step['step'].get('name', '')}")
            for node in step["screen"]:
                if node["role"] in INTERACTIVE:
                    labels = f" (label: {'; '.join(node['labels'])})" if node["labels"] else ""
                    print(f"   {node['role']}: {node['name']}{labels}")
