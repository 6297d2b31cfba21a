"""Start-up loads only what the first page needs: the HTTP stack, the keyring, the other pages
(the staff's too), the charts, the map and the receipt's printing load later (issue 19).
Checked in a fresh process, up to the moment the event loop would start, and again after the
first paint (the connection is made then, so the HTTP stack does load)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.live_server import ROOT

LATER = (
    "requests",
    "urllib3",
    "keyring",
    "ssl",
    "_hashlib",
    "defusedxml",
    "segno",
    "PIL",
    "PySide6.QtCharts",
    "PySide6.QtPrintSupport",
    "citizen_app.api.http",
    "citizen_app.core.receipt",
    "citizen_app.ui.clerk.workspace",
    "citizen_app.ui.clerk.stats_page",
    "citizen_app.ui.admin.workspace",
    "citizen_app.ui.admin.municipality_page",
    "citizen_app.ui.admin.templates_page",
    "citizen_app.api.admin_municipality",
    "citizen_app.ui.clerk.note_templates",
    "citizen_app.ui.map_view",
    "citizen_app.ui.kiosk.keyboard",
    # Every page but the first is made when first shown, its module imported then.
    "citizen_app.ui.catalogue_page",
    "citizen_app.ui.request_form_page",
    "citizen_app.ui.confirmation_page",
    "citizen_app.ui.my_requests_page",
    "citizen_app.ui.request_detail_page",
    "citizen_app.ui.settings_page",
    "citizen_app.ui.account_page",
    "citizen_app.ui.unsent_page",
    "citizen_app.ui.verify_page",
    "citizen_app.ui.password_dialog",
    "citizen_app.api.clerk",
    "citizen_app.demo_server",  # with a server configured
    "citizen_app.window_probe",  # tests/realwindow only
    "PySide6.QtNetwork",  # the single-instance socket listens after the first paint
    "uuid",
)

CHILD = """
import json, sys
from PySide6.QtWidgets import QApplication
from citizen_app import app

def loaded():
    return sorted(name for name in LATER if name in sys.modules)

def first_exec(self):
    print("BEFORE " + json.dumps(loaded()), flush=True)
    return 0

QApplication.exec = first_exec
app.main(sys.argv[1:])
"""


def run_child(tmp_path: Path, *args: str) -> list[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": ROOT,
        "CITIZEN_APP_SITE_CONFIG": str(tmp_path / "site.toml"),
        "CITIZEN_APP_USER_CONFIG": str(tmp_path / "settings.toml"),
    }
    code = f"LATER = {LATER!r}\n" + CHILD
    result = subprocess.run(
        [sys.executable, "-c", code, *args, "--data-dir", str(tmp_path / "data")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("BEFORE ")]
    assert lines, result.stderr
    return json.loads(lines[0].removeprefix("BEFORE "))


def test_the_first_page_is_built_without_what_later_pages_need(tmp_path: Path) -> None:
    # A server that does not answer: nothing may be asked of it before the first paint anyway.
    assert run_child(tmp_path, "--server", "http://127.0.0.1:9", "--language", "ar") == []


def test_a_kiosk_with_a_map_loads_its_keyboard_and_nothing_else_of_later(tmp_path: Path) -> None:
    (tmp_path / "site.toml").write_text(
        'map_tile_url = "https://tiles.example.ps/{z}/{x}/{y}.png"\n', encoding="utf-8"
    )
    loaded = run_child(tmp_path, "--server", "http://127.0.0.1:9", "--kiosk")
    # A kiosk's own pages are built with the kiosk; the form, and its map, when first shown.
    assert loaded == ["citizen_app.ui.kiosk.keyboard"]
