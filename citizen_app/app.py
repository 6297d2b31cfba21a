"""Entry point: `citizen-app` / `python main.py`; `citizen-app open311 …` for scripts,
`citizen-app config check` and `citizen-app doctor` for IT staff."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from pathlib import Path

#: subcommands, each a module with main(argv) -> exit code
COMMANDS = {
    "open311": "citizen_app.cli",
    "config": "citizen_app.config_check",
    "doctor": "citizen_app.doctor.cli",
}


def build_parser() -> argparse.ArgumentParser:
    from citizen_app import __version__

    parser = argparse.ArgumentParser(
        prog="citizen-app",
        description="Municipal e-services",
        epilog="For IT staff: citizen-app config check [FILE], citizen-app doctor, "
        "citizen-app open311 --help.",
    )
    parser.add_argument("--version", action="version", version=f"citizen-app {__version__}")
    parser.add_argument("--server", help="the municipality's server (root or Open311 endpoint)")
    parser.add_argument("--language", choices=("ar", "en", "fr"))
    parser.add_argument("--jurisdiction")
    parser.add_argument("--api-key")
    parser.add_argument("--data-dir")
    parser.add_argument(
        "--kiosk", action="store_true", default=None, help="kiosk mode (public service hall)"
    )
    parser.add_argument(
        "--smoke-test",
        type=float,
        nargs="?",
        const=30.0,
        metavar="SECONDS",
        help="exit 0 once the window is shown and the catalogue came from the server, "
        "1 if that fails or takes longer than SECONDS (30)",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args and args[0] in COMMANDS:
        return importlib.import_module(COMMANDS[args[0]]).main(args[1:])
    return run_gui(build_parser().parse_args(args))


def quit_on_signals(app: object, window: object) -> None:
    """Ctrl+C and SIGTERM end the app cleanly (stopping the demo server), a kiosk included: a
    signal comes from the machine's owner (a shutdown, IT staff), not from a visitor, and Qt's
    quit() asks every window first. Python handles signals only while it runs, so a timer
    gives it a moment every half second."""
    import signal

    from PySide6.QtCore import QTimer

    def stop(*_: object) -> None:
        window.allow_shutdown()
        app.quit()

    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, stop)
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(500)


def run_gui(args: argparse.Namespace) -> int:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from citizen_app import startup_probe, window_probe
    from citizen_app.api.client import Open311Client
    from citizen_app.core.credentials import CredentialStore
    from citizen_app.core.local_db import LocalDatabase
    from citizen_app.core.local_requests import LocalRequests
    from citizen_app.core.map_tiles import map_tiles
    from citizen_app.core.server_address import problem as address_problem
    from citizen_app.core.settings import data_dir, site_file
    from citizen_app.core.settings import load as load_settings
    from citizen_app.demo_server import DemoServer
    from citizen_app.i18n import apply_language, register_fonts
    from citizen_app.resources import resource_path
    from citizen_app.ui.main_window import MainWindow
    from citizen_app.ui.tasks import run_task

    settings, problems = load_settings(
        {
            "server_url": args.server,
            "language": args.language,
            "jurisdiction": args.jurisdiction,
            "api_key": args.api_key,
            "data_dir": args.data_dir,
            "kiosk": args.kiosk,
        }
    )
    for problem in problems:
        print(f"settings: {problem}", file=sys.stderr)
    app = QApplication([sys.argv[0]])
    app.setApplicationName("municipal-eservices")
    app.setDesktopFileName("citizen-app")
    app.setWindowIcon(QIcon(str(resource_path("resources", "icons", "citizen-app.png"))))
    register_fonts()
    apply_language(settings.language)
    folder = data_dir(settings)
    # A kiosk keeps nothing on disk: its database lives in memory, its credentials too.
    db = LocalDatabase(Path(":memory:") if settings.kiosk else folder / "local.db")
    demo = None if settings.server_url or not DemoServer.can_run() else DemoServer(folder)
    client = Open311Client(
        settings.server_url or "http://127.0.0.1:9",
        api_key=settings.api_key or None,
        jurisdiction=settings.jurisdiction or None,
        language=settings.language,
        # The demo server runs on this computer: no proxy, no municipal CA for it.
        ca_bundle=settings.ca_bundle if settings.server_url else "",
        proxy=settings.proxy if settings.server_url else "",
    )
    window = MainWindow(
        client,
        demo=demo is not None,
        language=settings.language,
        languages=settings.languages,
        allow_plain_http=settings.allow_plain_http,
        local=None if settings.kiosk else LocalRequests(folder / "my-requests.json"),
        remember_choices=not settings.kiosk,
        store=CredentialStore(memory_only=settings.kiosk),
        kiosk=(
            {
                "idle_timeout": settings.idle_timeout,
                "idle_warning": settings.idle_warning,
                "pin_hash": settings.admin_pin_hash,
                "municipality": settings.municipality_name,
                "feedback": settings.kiosk_feedback,
            }
            if settings.kiosk
            else None
        ),
        site_api_key=settings.api_key or None,
        receipt_printer=settings.receipt_printer,
        db=db,
        tiles=map_tiles(settings),
    )
    if db.set_aside is not None:
        window.tell_damaged_database(db.set_aside)
    quit_on_signals(app, window)
    startup_probe.watch(app, window)
    window_probe.watch(app)
    if args.smoke_test is not None:
        from citizen_app.smoke_test import watch

        watch(window, args.smoke_test)
    if settings.kiosk:
        window.showFullScreen()
    else:
        window.show()
    refused = bool(settings.server_url) and address_problem(
        settings.server_url, settings.allow_plain_http
    )
    if refused:
        window.refuse_configured_server(refused)
    elif settings.server_url:
        window.start()
    elif demo is None:
        window.show_no_server(str(site_file(os.environ)))
    else:
        window.show_starting_demo()

        run_task(
            demo.start,
            lambda _: window.use_demo(demo.url, demo.api_key, "demo:" + str(folder)),
            window.on_load_failed,
        )
        app.aboutToQuit.connect(demo.stop)
    return app.exec()
