"""`citizen-app config check [FILE]` and `citizen-app config pin-hash`, for IT staff.

`check` validates a site file (by default the system's site.toml, or $CITIZEN_APP_SITE_CONFIG)
against the schema in core/site_schema.py and explains each problem with its line, in the
chosen language. Exit codes: 0 valid, 1 errors, 2 the file cannot be read.
"""

from __future__ import annotations

import argparse
import getpass
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from citizen_app.cli_text import LANGUAGES, in_language, isolated, say
from citizen_app.core import settings as app_settings
from citizen_app.core import site_schema
from citizen_app.core.pin import hash_pin
from citizen_app.core.site_messages import explain

SECRET = ("api_key", "admin_pin_hash")


def build_parser(language: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="citizen-app config", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="check a site configuration file")
    check.add_argument("file", nargs="?", help="default: the system's site.toml")
    check.add_argument("--user", action="store_true", help="check the user's settings.toml instead")
    pin = commands.add_parser("pin-hash", help="make admin_pin_hash from a PIN typed twice")
    for command in (check, pin):
        command.add_argument("--language", choices=LANGUAGES, default=language)
        command.add_argument(
            "--visual", action="store_true", help="Arabic in visual order (terminals without bidi)"
        )
    return parser


def _shown(key: str, value: object) -> str:
    if key in SECRET:
        return QCoreApplication.translate("ConfigCheck", "(set, not shown)")
    if isinstance(value, tuple):
        return ", ".join(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def check(path: Path, site: bool, visual: bool, env: dict[str, str]) -> int:
    def out(text: str) -> None:
        say(text, visual)

    out(QCoreApplication.translate("ConfigCheck", "Checking %1").replace("%1", isolated(str(path))))
    if not path.is_file():
        reason = QCoreApplication.translate("ConfigCheck", "there is no such file")
        if path.exists():
            reason = QCoreApplication.translate("ConfigCheck", "it is not a file")
        out(_unreadable(path, reason))
        return 2
    context = {}
    if not site:  # the site's allow_plain_http applies to the user's file too
        try:
            context, _ = site_schema.read(app_settings.site_file(env))
        except OSError:
            context = {}
    try:
        values, problems = site_schema.read(path, site=site, context=context)
    except OSError as error:
        out(_unreadable(path, getattr(error, "strerror", None) or str(error)))
        return 2
    for problem in sorted(problems, key=lambda p: p.line or 0):
        text = explain(problem)
        if problem.line is not None:
            text = (
                QCoreApplication.translate("ConfigCheck", "line %1: %2")
                .replace("%1", str(problem.line))
                .replace("%2", text)
            )
        out(text)
    if problems:
        # A count after a colon needs no plural forms (Arabic has six).
        out(
            QCoreApplication.translate(
                "ConfigCheck", "Problems found: %1. The app ignores each of these values."
            ).replace("%1", str(len(problems)))
        )
        return 1
    out(QCoreApplication.translate("ConfigCheck", "OK: the file is valid. Its settings:"))
    for key, value in values.items():
        if value != "":
            out(f"  {key} = {_shown(key, value)}")
    return 0


def _unreadable(path: Path, reason: str) -> str:
    return (
        QCoreApplication.translate("ConfigCheck", "Cannot read %1: %2.")
        .replace("%1", isolated(str(path)))
        .replace("%2", reason)
    )


def pin_hash(visual: bool) -> int:
    first = getpass.getpass(QCoreApplication.translate("ConfigCheck", "New administrator PIN: "))
    again = getpass.getpass(QCoreApplication.translate("ConfigCheck", "The same PIN again: "))
    if first != again or len(first) < 4:
        say(
            QCoreApplication.translate(
                "ConfigCheck", "The two PINs differ or are shorter than 4 characters."
            ),
            visual,
        )
        return 1
    say(f'admin_pin_hash = "{hash_pin(first)}"')
    return 0


def main(argv: list[str], env: dict[str, str] | None = None) -> int:
    env = dict(os.environ) if env is None else env
    current, _ = app_settings.load(env=env)
    args = build_parser(current.language).parse_args(argv)
    with in_language(args.language):
        if args.command == "pin-hash":
            return pin_hash(args.visual)
        if args.file:
            path = Path(args.file)
        else:
            path = app_settings.user_file(env) if args.user else app_settings.site_file(env)
        return check(path, site=not args.user, visual=args.visual, env=env)
