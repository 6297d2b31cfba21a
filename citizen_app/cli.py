"""`citizen-app open311 …`: the same API client, for IT staff and scripts.

Prints normalised JSON (ids and codes as strings, status open/closed, booleans as booleans,
ISO 8601 dates, null for what is missing); exits non-zero with a plain message on errors.
"""

from __future__ import annotations

import argparse
import json
import sys
import uuid
from typing import Any

from citizen_app.api.client import Open311Client
from citizen_app.api.errors import ApiError, Rejected, ServerError, TransportError
from citizen_app.api.models import to_json


def _attributes(pairs: list[str]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for pair in pairs:
        code, _, value = pair.partition("=")
        if code.endswith("[]"):
            found.setdefault(code[:-2], []).append(value)
        else:
            found[code] = value
    return found


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="citizen-app open311", description=__doc__)
    parser.add_argument("--server", required=True, help="server root or Open311 endpoint URL")
    parser.add_argument("--format", choices=("json", "xml"), dest="fmt")
    parser.add_argument("--jurisdiction")
    parser.add_argument("--api-key")
    parser.add_argument("--language", default="ar", choices=("ar", "en", "fr"))
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("services", help="the service catalogue")
    definition = commands.add_parser("definition", help="a service definition")
    definition.add_argument("code")
    listing = commands.add_parser("requests", help="public list of requests")
    listing.add_argument("--status", help="open, closed or open,closed")
    listing.add_argument("--service-code")
    listing.add_argument("--start-date")
    listing.add_argument("--end-date")
    listing.add_argument("--updated-after")
    listing.add_argument("--page", type=int)
    listing.add_argument("--page-size", type=int)
    one = commands.add_parser("request", help="one request with its public history")
    one.add_argument("id")
    submit = commands.add_parser("submit", help="submit a request")
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


def run(args: argparse.Namespace) -> Any:
    client = Open311Client(
        args.server,
        api_key=args.api_key,
        jurisdiction=args.jurisdiction,
        language=args.language,
        fmt=args.fmt,
    )
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


def main(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    try:
        result = run(args)
    except TransportError as error:
        print(f"error: cannot reach the server ({error})", file=sys.stderr)
        return 3
    except ServerError as error:
        print(f"error: the server failed (HTTP {error.status})", file=sys.stderr)
        return 4
    except Rejected as error:
        print(f"error: HTTP {error.status}: {error}", file=sys.stderr)
        return 2
    except ApiError as error:
        print(f"error: {error}", file=sys.stderr)
        return 5
    json.dump(to_json(result), sys.stdout, ensure_ascii=False, indent=2)
    print()
    return 0
