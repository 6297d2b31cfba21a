"""Entry point: `citizen-app` / `python main.py`; `citizen-app open311 …` for scripts,
`citizen-app config check` and `citizen-app doctor` for IT staff."""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from citizen_app.demo_server import DemoServer

log = logging.getLogger(__name__)
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
        from citizen_app.cli_text import quiet_on_closed_pipe

        return quiet_on_closed_pipe(importlib.import_module(COMMANDS[args[0]]).main, args[1:])
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


def never_wait_at_quit(app: object) -> None:
    """Quitting stops every call still waiting for a server (and refuses new ones), so that
    no worker thread holds the app open: it exits at once, however slow the servers. The
    workers, woken, end before Python tears down what their tasks report to (a task ending
    during that teardown would crash the process); a worker stuck elsewhere (a keyring
    prompt) is waited for two seconds at most."""
    from citizen_app.api.calls import cancel_everything
    from citizen_app.ui.tasks import wait_for_all

    def stop_waiting() -> None:
        cancel_everything()
        wait_for_all(2000)

    app.aboutToQuit.connect(stop_waiting)


def demo_server(folder: Path) -> DemoServer | None:
    """The demo municipality, where one can run (its module only then: issue 19)."""
    from citizen_app.demo_server import DemoServer

    return DemoServer(folder) if DemoServer.can_run() else None


def run_gui(args: argparse.Namespace) -> int:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from citizen_app import startup_probe
    from citizen_app.api.client import Open311Client
    from citizen_app.core import formats
    from citizen_app.core.credentials import CredentialStore
    from citizen_app.core.local_db import LocalDatabase
    from citizen_app.core.local_requests import LocalRequests
    from citizen_app.core.map_tiles import map_tiles
    from citizen_app.core.server_address import problem as address_problem
    from citizen_app.core.settings import data_dir, site_file
    from citizen_app.core.settings import load as load_settings
    from citizen_app.i18n import apply_language, register_fonts
    from citizen_app.resources import resource_path
    from citizen_app.ui import crash, theme
    from citizen_app.ui.first_paint import after_first_paint
    from citizen_app.ui.main_window import MainWindow
    from citizen_app.ui.single_instance import SingleInstance, bring_to_front

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
    log_file = start_log(settings)
    for problem in problems:
        print(f"settings: {problem}", file=sys.stderr)
    app = QApplication([sys.argv[0]])
    app.setApplicationName("municipal-eservices")
    app.setDesktopFileName("citizen-app")
    app.setWindowIcon(QIcon(str(resource_path("resources", "icons", "citizen-app.png"))))
    crash.install()
    register_fonts()
    formats.configure(digits=settings.digits)
    apply_language(settings.language)
    theme.apply(theme.Look(settings.theme, settings.text_size), app)
    folder = data_dir(settings)
    instance = SingleInstance(folder)
    if not instance.acquire():
        return already_running(instance, settings.kiosk)
    log.info("log file %s", log_file)
    # A kiosk keeps nothing on disk: its database lives in memory, its credentials too.
    db = LocalDatabase(Path(":memory:") if settings.kiosk else folder / "local.db")
    demo = None if settings.server_url else demo_server(folder)
    client = Open311Client(
        settings.server_url or "http://127.0.0.1:9",
        api_key=settings.api_key or None,
        jurisdiction=settings.jurisdiction or None,
        language=settings.language,
        # The demo server runs on this computer: no proxy, no municipal CA for it.
        ca_bundle=settings.ca_bundle if settings.server_url else "",
        proxy=settings.proxy if settings.server_url else "",
        time_zone=settings.time_zone,
        allow_plain_http=settings.allow_plain_http,
    )
    window = MainWindow(
        client,
        demo=demo is not None,
        language=settings.language,
        languages=settings.languages,
        allow_plain_http=settings.allow_plain_http,
        municipality=settings.municipality_name,
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
    instance.activated.connect(lambda: bring_to_front(window))
    after_first_paint(window, instance.listen)
    if db.set_aside is not None:
        window.tell_damaged_database(db.set_aside)
    quit_on_signals(app, window)
    never_wait_at_quit(app)
    startup_probe.watch(app, window)
    if os.environ.get("CITIZEN_APP_WINDOW_PROBE"):  # tests/realwindow only (window_probe.py)
        from citizen_app import window_probe

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
        window.loader.show_kept_catalogue()
        after_first_paint(window, window.start)
    elif demo is None:
        window.show_no_server(str(site_file(os.environ)))
    else:
        window.show_starting_demo()
        from citizen_app.ui.demo_watch import DemoWatch

        after_first_paint(window, lambda: DemoWatch(window, demo, "demo:" + str(folder)))
        app.aboutToQuit.connect(demo.stop)
    return app.exec()


def start_log(settings: object) -> Path | None:
    """The log file, and a first line saying what runs where (no personal data)."""
    import platform

    from citizen_app import __version__
    from citizen_app.core import logs

    try:
        path = logs.setup(logs.folder(settings.data_dir))
        logs.catch_fatal_errors(path.parent)
    except OSError as error:
        print(f"log: cannot write the log file ({error})", file=sys.stderr)
        return None
    mode = "kiosk" if settings.kiosk else "desktop"
    server = "configured server" if settings.server_url else "demo or no server"
    log.info(
        "citizen-app %s starts (%s, %s, language %s, Python %s, %s)",
        __version__,
        mode,
        server,
        settings.language,
        platform.python_version(),
        # Not platform.platform(): it reads the whole Python binary for the C library's version
        # (25 ms before the first paint, issue 19); the crash report (crash.py) still has it.
        "{0.system}-{0.release}-{0.machine}".format(platform.uname()),
    )
    return path


def already_running(instance: object, kiosk: bool) -> int:
    """A second start with the same data folder: a kiosk says so and ends (exit 1); a
    desktop brings the running window to the front and ends (exit 0)."""
    from PySide6.QtCore import QCoreApplication

    if kiosk:
        log.warning("a kiosk already runs with this data folder: this copy ends")
        print(
            QCoreApplication.translate(
                "SingleInstance", "A kiosk is already running with this data folder."
            ),
            file=sys.stderr,
        )
        return 1
    shown = instance.ask_to_show()
    log.info("already running with this data folder: asked its window to come to the front")
    print(
        QCoreApplication.translate(
            "SingleInstance", "The app is already open: its window is brought to the front."
        )
        if shown
        else QCoreApplication.translate(
            "SingleInstance", "The app is already open with this data folder."
        ),
        file=sys.stderr,
    )
    return 0
