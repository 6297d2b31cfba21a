"""`citizen-app doctor [--server URL] [--language ar|en|fr] [--visual] [--json]`: exit 0
without a FAIL, else 1."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Mapping
from dataclasses import asdict, replace

from PySide6.QtCore import QCoreApplication

from citizen_app.cli_text import LANGUAGES, in_language, printable, say
from citizen_app.core import settings as app_settings
from citizen_app.doctor import FAIL, PASS, WARN, Check

_app: list[object] = []  # the application lives as long as the process
MAX_MESSAGE = 2000  # a check's message holds server text (an endpoint URL, an issuer's name)


def build_parser(language: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="citizen-app doctor", description=__doc__)
    parser.add_argument("--language", choices=LANGUAGES, default=language)
    parser.add_argument(
        "--visual", action="store_true", help="Arabic in visual order (terminals without bidi)"
    )
    parser.add_argument("--json", action="store_true", help="one JSON document for machines")
    parser.add_argument(
        "--server",
        metavar="URL",
        help="check this server instead of the configured one (no site file needed)",
    )
    return parser


def gui_application() -> None:
    """Fonts and printers need a QGuiApplication; without a display it runs offscreen."""
    from PySide6.QtGui import QGuiApplication

    if QCoreApplication.instance() is not None:
        return
    headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform.startswith("linux") and headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app.append(QGuiApplication(["citizen-app"]))


def run_checks(env: Mapping[str, str]) -> list[Check]:
    from citizen_app.doctor.config import check_config
    from citizen_app.doctor.desktop import check_arabic_font, check_printer
    from citizen_app.doctor.machine import check_data_dir, check_keyring, check_outbox
    from citizen_app.doctor.network import check_server

    settings, checks = check_config(env)
    checks += check_server(settings)
    checks.append(check_keyring(settings))
    checks.append(check_arabic_font())
    checks.append(check_printer(settings))
    checks.append(check_data_dir(settings))
    checks.append(check_outbox(settings))
    # What a server sent (URLs, a certificate's issuer, an error's words) is data: no control
    # character or escape sequence reaches the terminal or the JSON, and no 20 MB line.
    return [replace(c, message=printable(c.message, limit=MAX_MESSAGE)) for c in checks]


def _label(status: str) -> str:
    return {
        PASS: QCoreApplication.translate("Doctor", "PASS"),
        WARN: QCoreApplication.translate("Doctor", "WARN"),
        FAIL: QCoreApplication.translate("Doctor", "FAIL"),
    }[status]


def main(argv: list[str], env: Mapping[str, str] | None = None) -> int:
    env = os.environ if env is None else env
    current, _ = app_settings.load(env=env)
    args = build_parser(current.language).parse_args(argv)
    if args.server:  # as if the site file said so: the environment comes before the files
        env = {**env, "CITIZEN_APP_SERVER": args.server}
    gui_application()
    with in_language(args.language):
        checks = run_checks(env)
        failed = any(check.status == FAIL for check in checks)
        if args.json:
            document = {"ok": not failed, "checks": [asdict(check) for check in checks]}
            print(json.dumps(document, ensure_ascii=False, indent=2))
            return 1 if failed else 0
        for check in checks:
            say(f"{_label(check.status)}  {check.title}: {check.message}", args.visual)
        counts = {status: sum(c.status == status for c in checks) for status in (PASS, WARN, FAIL)}
        summary = (
            QCoreApplication.translate("Doctor", "Passed: %1, warnings: %2, failed: %3.")
            .replace("%1", str(counts[PASS]))
            .replace("%2", str(counts[WARN]))
            .replace("%3", str(counts[FAIL]))
        )
        say(summary, args.visual)
    return 1 if failed else 0
