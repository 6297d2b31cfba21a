"""`municipal-server`: serve, init-db, create-user, seed-demo, send-notifications, catalogue
export/import."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import TYPE_CHECKING

from municipal_server.config import DEFAULT_DATABASE_URL

if TYPE_CHECKING:  # imported where used, so that the CLI starts fast
    from municipal_server.config import Settings
    from municipal_server.notifications.worker import WorkerThread


def _database_url(args: argparse.Namespace) -> str:
    return args.database_url or os.environ.get("DATABASE_URL") or DEFAULT_DATABASE_URL


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from municipal_server import migrate
    from municipal_server.app import create_app
    from municipal_server.config import Settings
    from municipal_server.logs import log_config

    os.environ["DATABASE_URL"] = _database_url(args)
    # Without MUNICIPAL_PUBLIC_URL the discovery document names the endpoint by its path: the
    # address the server listens on is not the one clients use behind a proxy, a port forward
    # or a TLS terminator, and a client resolves the path against the address it used.
    settings = Settings.from_env()  # a wrong setting stops here, before anything is changed
    if args.migrate:
        migrate.upgrade(os.environ["DATABASE_URL"])
    app = create_app(settings)
    sender = _start_worker(settings) if settings.notify_worker else None
    try:
        uvicorn.run(
            app,
            host=args.host,
            port=args.port,
            log_level=args.log_level,
            proxy_headers=False,
            server_header=False,
            log_config=log_config(),
        )
    finally:
        if sender is not None:
            sender.stop()
            sender.worker.database.dispose()
    return 0


def _start_worker(settings: Settings) -> WorkerThread:
    from municipal_server.db import Database
    from municipal_server.notifications.worker import Worker, WorkerThread

    worker = Worker(Database(settings.database_url), settings)
    return WorkerThread(worker, settings.notify_interval).start()


def cmd_send_notifications(args: argparse.Namespace) -> int:
    import logging
    import signal
    import threading

    from municipal_server import migrate
    from municipal_server.config import Settings
    from municipal_server.db import Database
    from municipal_server.notifications.worker import Worker

    logging.basicConfig(level=args.log_level.upper(), format="%(asctime)s %(message)s")
    url = _database_url(args)
    os.environ["DATABASE_URL"] = url
    settings = Settings.from_env()
    if args.migrate:
        migrate.upgrade(url)
    worker = Worker(Database(url), settings)
    try:
        if args.once:
            tally = worker.run_once()
            print(
                f"escalated {tally.escalated}, asked {tally.asked}, sent {tally.sent}, "
                f"to retry {tally.retried}, failed {tally.failed}"
            )
            return 0
        # SIGTERM and Ctrl+C end the loop after the message in hand, never in the middle.
        stop = threading.Event()
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, lambda *_: stop.set())
        while not stop.is_set():
            try:
                worker.run_once(stop)
            except Exception:  # the database may be away for a while; try again later
                logging.getLogger("municipal_server").exception("notification pass failed")
            stop.wait(settings.notify_interval)
    finally:
        worker.database.dispose()
    return 0


def cmd_init_db(args: argparse.Namespace) -> int:
    from municipal_server import migrate

    migrate.upgrade(_database_url(args))
    print("database is up to date")
    return 0


def cmd_create_user(args: argparse.Namespace) -> int:
    from municipal_server import migrate
    from municipal_server.accounts import create_user
    from municipal_server.db import Database
    from municipal_server.errors import ApiError

    url = _database_url(args)
    migrate.upgrade(url)
    password = os.environ.get("MUNICIPAL_NEW_PASSWORD") or getpass.getpass("Password: ")
    database = Database(url)
    try:
        with database.session() as session:
            user = create_user(
                session,
                name=args.name,
                email=args.email,
                phone=args.phone,
                password=password,
                role=args.role,
                department=args.department,
                language=args.language,
                verified=True,
            )
            session.commit()
            print(f"created {user.role} #{user.id}: {user.email or user.phone}")
    except ApiError as error:
        print(f"error: {error.message}", file=sys.stderr)
        return 1
    finally:
        database.dispose()
    return 0


def cmd_seed_demo(args: argparse.Namespace) -> int:
    from municipal_server import migrate
    from municipal_server.config import Settings
    from municipal_server.db import Database
    from municipal_server.seed import seed_demo

    url = _database_url(args)
    migrate.upgrade(url)
    database = Database(url)
    try:
        with database.session() as session:
            result = seed_demo(session, Settings.from_env())
    finally:
        database.dispose()
    print(f"api_key: {result.api_key}")
    for account in result.accounts:
        print(f"{account.role}: login {account.login} password {account.password}")
    return 0


def cmd_catalogue_export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from municipal_server import migrate
    from municipal_server.catalogue.document import dump
    from municipal_server.catalogue.store import export_document
    from municipal_server.db import Database

    url = _database_url(args)
    migrate.upgrade(url)
    database = Database(url)
    try:
        with database.session() as session:
            text = dump(export_document(session, versions=False))
    finally:
        database.dispose()
    if args.file == "-":
        sys.stdout.write(text)
    else:
        Path(args.file).write_text(text, encoding="utf-8")
        print(f"catalogue written to {args.file}")
    return 0


def cmd_catalogue_import(args: argparse.Namespace) -> int:
    """All or nothing: every mistake of the file is listed (path: plain words) and nothing
    changes; a good file is saved in one transaction, with an audit entry."""
    from pathlib import Path

    from municipal_server import migrate
    from municipal_server.catalogue.document import check_document, parse_file_text
    from municipal_server.catalogue.store import import_document
    from municipal_server.db import Database

    try:
        text = Path(args.file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        print(f"{args.file}: {error}", file=sys.stderr)
        return 1
    raw, problems = parse_file_text(text)
    document: dict = {}
    if not problems:
        document, problems = check_document(raw)
    if problems:
        for problem in problems:
            print(f"{args.file}: {problem.line(args.language)}", file=sys.stderr)
        print(f"{len(problems)} mistake(s); nothing was changed", file=sys.stderr)
        return 1
    url = _database_url(args)
    migrate.upgrade(url)
    database = Database(url)
    try:
        with database.session() as session:
            summary = import_document(session, document, None, f"catalogue import {args.file}")
            if args.dry_run:
                session.rollback()
            else:
                session.commit()
    finally:
        database.dispose()
    for kind in ("created", "updated", "retired"):
        for what in summary[kind]:
            print(f"{kind}: {what}")
    if not any(summary.values()):
        print("no change: the catalogue is already as the file says")
    elif args.dry_run:
        print("dry run: nothing was changed")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="municipal-server", description="Reference Open311 municipal server"
    )
    parser.add_argument(
        "--database-url",
        help="SQLAlchemy URL (default: $DATABASE_URL, else ./municipal.db)",
    )
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", help="run the HTTP server")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8311)
    serve.add_argument("--log-level", default="warning")
    serve.add_argument(
        "--no-migrate", dest="migrate", action="store_false", help="do not upgrade the database"
    )
    serve.set_defaults(func=cmd_serve)

    init_db = commands.add_parser("init-db", help="create or upgrade the database")
    init_db.set_defaults(func=cmd_init_db)

    create = commands.add_parser(
        "create-user", help="add an account (password from $MUNICIPAL_NEW_PASSWORD or a prompt)"
    )
    create.add_argument(
        "--role", choices=("citizen", "clerk", "supervisor", "admin"), required=True
    )
    create.add_argument("--name", required=True)
    create.add_argument("--email")
    create.add_argument("--phone")
    create.add_argument("--department")
    create.add_argument("--language", default="ar", choices=("ar", "en", "fr"))
    create.set_defaults(func=cmd_create_user)

    send = commands.add_parser(
        "send-notifications",
        help="send queued e-mails and SMS, escalate overdue requests, ask 'is it fixed?'",
    )
    send.add_argument("--once", action="store_true", help="one pass, then exit")
    send.add_argument("--log-level", default="warning")
    send.add_argument(
        "--no-migrate", dest="migrate", action="store_false", help="do not upgrade the database"
    )
    send.set_defaults(func=cmd_send_notifications)

    seed = commands.add_parser(
        "seed-demo", help="load the demo municipality; prints the API key and demo accounts"
    )
    seed.set_defaults(func=cmd_seed_demo)

    catalogue = commands.add_parser(
        "catalogue", help="export or import the service catalogue as a JSON file"
    )
    steps = catalogue.add_subparsers(dest="step", required=True)
    export = steps.add_parser("export", help="write the whole catalogue to FILE ('-': stdout)")
    export.add_argument("file", metavar="FILE")
    export.set_defaults(func=cmd_catalogue_export)
    load = steps.add_parser(
        "import",
        help="make the catalogue as FILE says (services not in it are retired); all or nothing",
    )
    load.add_argument("file", metavar="FILE")
    load.add_argument(
        "--dry-run", action="store_true", help="check the file and show what would change"
    )
    load.add_argument(
        "--language", default="en", choices=("ar", "en", "fr"), help="language of the messages"
    )
    load.set_defaults(func=cmd_catalogue_import)
    return parser


def main(argv: list[str] | None = None) -> int:
    from municipal_server.config import SettingsError

    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except SettingsError as error:
        print(f"municipal-server: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
