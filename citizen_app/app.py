"""Entry point: `citizen-app` / `python main.py` (and `citizen-app open311 …` for scripts)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="citizen-app", description="Municipal e-services")
    parser.add_argument("--server", help="the municipality's server (root or Open311 endpoint)")
    parser.add_argument("--language", choices=("ar", "en", "fr"), default="ar")
    parser.add_argument("--jurisdiction")
    parser.add_argument("--api-key")
    parser.add_argument("--data-dir", type=Path)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["open311"]:
        from citizen_app.cli import main as cli_main

        return cli_main(args[1:])
    return run_gui(build_parser().parse_args(args))


def run_gui(args: argparse.Namespace) -> int:
    from platformdirs import user_data_path
    from PySide6.QtWidgets import QApplication

    from citizen_app.api.client import Open311Client
    from citizen_app.core.local_requests import LocalRequests
    from citizen_app.demo_server import DemoServer
    from citizen_app.i18n import apply_language, register_fonts
    from citizen_app.ui.main_window import MainWindow
    from citizen_app.ui.tasks import run_task

    app = QApplication([sys.argv[0]])
    app.setApplicationName("municipal-eservices")
    register_fonts()
    apply_language(args.language)
    data_dir = args.data_dir or user_data_path("municipal-eservices", appauthor=False)
    demo = None if args.server else DemoServer(data_dir)
    client = Open311Client(
        args.server or "http://127.0.0.1:9",
        api_key=args.api_key,
        jurisdiction=args.jurisdiction,
        language=args.language,
    )
    window = MainWindow(
        client,
        demo=demo is not None,
        language=args.language,
        local=LocalRequests(data_dir / "my-requests.json"),
    )
    window.show()
    if demo is None:
        window.start()
    else:
        window.show_starting_demo()

        def on_started(_: object) -> None:
            client.base_url, client.api_key = demo.url, demo.api_key
            window.start()

        run_task(demo.start, on_started, window.on_load_failed)
        app.aboutToQuit.connect(demo.stop)
    return app.exec()
