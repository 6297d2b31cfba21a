"""`citizen-app open311 …`: the same API client, for IT staff and scripts.

Prints normalised JSON (ids and codes as strings, status open/closed, booleans as booleans,
ISO 8601 dates, null for what is missing); exits non-zero with a plain message on errors.

The options shared by every command (--server, --format, --jurisdiction, --api-key,
--language) may come before or after the command. What the site file sets (server_url,
api_key, jurisdiction, ca_bundle, proxy, allow_plain_http, time_zone) is used when not given.
Plain http:// to another computer is refused, as in the app.

What the server sent is data: the JSON printed writes every character a terminal would act on
(controls, escape sequences, bidi overrides) as a \\uXXXX escape, and a text longer than
MAX_FIELD characters is cut (marked); error messages are made printable and bounded.
"""

from __future__ import annotations

import argparse
import logging
import sys
import uuid
from typing import Any

from citizen_app.api.client import Open311Client
from citizen_app.api.errors import (
    ApiError,
    CertificateError,
    NotOffered,
    Rejected,
    ServerError,
    TransportError,
)
from citizen_app.api.models import to_json
from citizen_app.cli_text import printable, terminal_json
from citizen_app.core import server_address
from citizen_app.core import settings as app_settings

#: the longest text printed whole; Open311 descriptions have at most 4,000 characters
MAX_FIELD = 10_000
EXIT_REFUSED, EXIT_UNREACHABLE, EXIT_SERVER, EXIT_OTHER, EXIT_ADDRESS = 2, 3, 4, 5, 6


def _attributes(pairs: list[str]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for pair in pairs:
        code, _, value = pair.partition("=")
        if code.endswith("[]"):
            found.setdefault(code[:-2], []).append(value)
        else:
            found[code] = value
    return found


def _shared_options(parser: argparse.ArgumentParser, suppress: bool) -> None:
    """The options every command takes. On the commands they default to SUPPRESS, so that
    `open311 --server X services` keeps X and `open311 services --server X` sets it."""
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument(
        "--server", default=default, help="server root or Open311 endpoint URL (site: server_url)"
    )
    parser.add_argument("--format", choices=("json", "xml"), dest="fmt", default=default)
    parser.add_argument("--jurisdiction", default=default)
    parser.add_argument("--api-key", default=default)
    parser.add_argument("--language", choices=("ar", "en", "fr"), default=default)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="citizen-app open311",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _shared_options(parser, suppress=False)
    commands = parser.add_subparsers(dest="command", required=True)

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        found = commands.add_parser(name, help=help_text)
        _shared_options(found, suppress=True)
        return found

    command("services", "the service catalogue")
    definition = command("definition", "a service definition")
    definition.add_argument("code")
    listing = command("requests", "public list of requests")
    listing.add_argument("--status", help="open, closed or open,closed")
    listing.add_argument("--service-code")
    listing.add_argument("--start-date")
    listing.add_argument("--end-date")
    listing.add_argument("--updated-after")
    listing.add_argument("--page", type=int)
    listing.add_argument("--page-size", type=int)
    one = command("request", "one request with its public history")
    one.add_argument("id")
    submit = command("submit", "submit a request")
    submit.add_argument("code", help="service code")
    submit.add_argument("--description")
    submit.add_argument("--address")
    submit.add_argument("--lat", type=float)
    submit.add_argument("--long", type=float)
    submit.add_argument("--email")
    submit.add_argument("--phone")
    submit.add_argument("--first-name")
    submit.add_argument("--last-name")
    submit.add_argument(
        "--attribute",
        "-a",
        action="append",
        default=[],
        metavar="CODE=VALUE",
        help="an attribute; CODE[]=VALUE repeated for a multivaluelist",
    )
    submit.add_argument("--idempotency-key", help="default: a new random key")
    return parser


def address_refused(url: str, allow_plain_http: bool) -> str | None:
    """Why the CLI will not talk to `url`, or None. The one place the CLI applies the rule on
    addresses (the same check as the app's server field)."""
    found = server_address.problem(url, allow_plain_http)
    if found is server_address.AddressProblem.PLAIN_HTTP:
        return (
            "plain http:// to another computer is refused (the API key and citizens' details "
            "would travel in clear); use https://, or allow_plain_http in the site file"
        )
    if found is not None:
        return "not a web address (http:// or https://)"
    return None


def client_for(args: argparse.Namespace, settings: app_settings.Settings) -> Open311Client:
    return Open311Client(
        args.server,
        api_key=args.api_key or settings.api_key or None,
        jurisdiction=args.jurisdiction or settings.jurisdiction or None,
        language=args.language or settings.language,
        fmt=args.fmt,
        ca_bundle=settings.ca_bundle,
        proxy=settings.proxy,
        time_zone=settings.time_zone,
    )


def run(client: Open311Client, args: argparse.Namespace) -> Any:
    if args.command == "services":
        return client.services()
    if args.command == "definition":
        return client.definition(args.code)
    if args.command == "requests":
        return client.requests(
            status=args.status,
            service_code=args.service_code,
            start_date=args.start_date,
            end_date=args.end_date,
            updated_after=args.updated_after,
            page=args.page,
            page_size=args.page_size,
        )
    if args.command == "request":
        found = client.request(args.id)
        if found is None:
            raise Rejected(404, "not_found", [f"no request {args.id}"])
        return found
    fields = {
        "description": args.description,
        "address_string": args.address,
        "lat": args.lat,
        "long": args.long,
        "email": args.email,
        "phone": args.phone,
        "first_name": args.first_name,
        "last_name": args.last_name,
    }
    key = args.idempotency_key or str(uuid.uuid4())
    result = client.submit(args.code, fields, _attributes(args.attribute), key)
    if result.id is None and result.token:
        result = type(result)(client.wait_for_id(result.token), result.token, result.notice)
    return result


def bounded(value: Any) -> Any:
    """JSON data with every text longer than MAX_FIELD characters cut, and marked as cut."""
    if isinstance(value, str) and len(value) > MAX_FIELD:
        return f"{value[:MAX_FIELD]}… [cut: {len(value)} characters]"
    if isinstance(value, dict):
        return {k: bounded(v) for k, v in value.items()}
    if isinstance(value, list):
        return [bounded(v) for v in value]
    return value


def _words(error: Rejected) -> str:
    """The server's own words, printable and bounded; what HTTP said when it gave none."""
    if not error.messages:
        return f"HTTP {error.status} without an explanation"
    shown = "; ".join(printable(m) for m in error.messages[:3])
    more = len(error.messages) - 3
    return shown + (f" (and {more} more)" if more > 0 else "")


def _fail(message: str) -> None:
    print(f"error: {printable(message, limit=2000)}", file=sys.stderr)


def _execute(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    settings, problems = app_settings.load()
    for problem in problems:
        print(f"settings: {printable(str(problem), limit=2000)}", file=sys.stderr)
    args.server = args.server or settings.server_url
    if not args.server:
        _fail("no server: give --server (or server_url in the site file)")
        return EXIT_ADDRESS
    args.server = server_address.normalise(args.server)
    refused = address_refused(args.server, settings.allow_plain_http)
    if refused:
        _fail(refused)
        return EXIT_ADDRESS
    try:
        result = run(client_for(args, settings), args)
    except CertificateError as error:
        _fail(f"{error} (citizen-app doctor says why)")
        return EXIT_UNREACHABLE
    except TransportError as error:
        _fail(f"cannot reach the server ({error})")
        return EXIT_UNREACHABLE
    except ServerError as error:
        _fail(f"the server failed (HTTP {error.status})")
        return EXIT_SERVER
    except Rejected as error:
        _fail(f"the server refused (HTTP {error.status}): {_words(error)}")
        return EXIT_REFUSED
    except NotOffered as error:
        _fail(str(error))
        return EXIT_REFUSED
    except ApiError as error:
        _fail(str(error))
        return EXIT_OTHER
    sys.stdout.write(terminal_json(bounded(to_json(result))) + "\n")
    sys.stdout.flush()
    return 0


def main(argv: list[str]) -> int:
    """Run one command. Records left out of an answer (a service whose code is not valid
    Unicode) are reported on stderr as warnings. (app.py ends it quietly on a closed pipe.)"""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("warning: %(message)s"))
    handler.setLevel(logging.WARNING)
    logger = logging.getLogger("citizen_app.api")
    logger.addHandler(handler)
    try:
        return _execute(argv)
    finally:
        logger.removeHandler(handler)
