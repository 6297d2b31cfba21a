"""A strict Open311 GeoReport v2 server on loopback, written for the tests, that behaves as the
strictest servers in the wild do (mySociety's open311-endpoint framework validates every call
against its schema):

- any parameter it does not know is a 400 (so `extensions=true`, paging or a stray field fail);
- `api_key` only in the POST body (a key in the query string is refused);
- service POT has a required attribute (DEPTH); BULKY is a batch service that answers a POST
  with a token, resolved later through `tokens/{token}`;
- errors in the standard's shape, `<errors><error><code/><description/></error></errors>` or
  `[{"code", "description"}]`.

Variants: `upper=True` answers with every key and tag in capitals (as some cities do);
`formats=("xml",)` is an XML-only server (services.json is a 404). `answer_with` replaces
every answer with a recorded one (status, content type, body) to replay quirky servers.
Every call is recorded, with the names of its parameters, for the tests to check.
"""

from __future__ import annotations

import json
import re
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit
from xml.etree import ElementTree as ET

API_KEY = "strict-key"
JURISDICTION = "strict.example"
PREFIX = "/open311/v2"
# The standard's parameters, and nothing else.
GET_PARAMETERS = {
    "services": {"jurisdiction_id"},
    "definition": {"jurisdiction_id"},
    "requests": {
        "jurisdiction_id",
        "service_request_id",
        "service_code",
        "start_date",
        "end_date",
        "status",
    },
    "request": {"jurisdiction_id"},
    "token": {"jurisdiction_id"},
}
POST_FIELDS = {
    "api_key",
    "jurisdiction_id",
    "service_code",
    "lat",
    "long",
    "address_string",
    "address_id",
    "email",
    "device_id",
    "account_id",
    "first_name",
    "last_name",
    "phone",
    "description",
    "media_url",
}
SERVICES: list[dict[str, Any]] = [
    {
        "service_code": "POT",
        "service_name": "Pothole",
        "description": "A hole in the road",
        "metadata": True,
        "type": "realtime",
        "keywords": "road,hole",
        "group": "Streets",
    },
    {
        "service_code": "BULKY",
        "service_name": "Bulky waste collection",
        "description": "",
        "metadata": False,
        "type": "batch",
        "keywords": "",
        "group": "Waste",
    },
]
DEFINITIONS = {
    "POT": [
        {
            "variable": True,
            "code": "DEPTH",
            "datatype": "number",
            "required": True,
            "datatype_description": "centimetres",
            "order": 1,
            "description": "How deep is it?",
        },
        {
            "variable": True,
            "code": "SIDE",
            "datatype": "singlevaluelist",
            "required": False,
            "datatype_description": "",
            "order": 2,
            "description": "Which side of the road?",
            "values": [{"key": "L", "name": "Left"}, {"key": "R", "name": "Right"}],
        },
    ],
    "BULKY": [],
}
# XML: the element of each item of a list, by the list's element.
ITEMS = {
    "services": "service",
    "service_requests": "request",
    "attributes": "attribute",
    "values": "value",
    "errors": "error",
}


@dataclass
class Call:
    method: str
    path: str
    query: list[str]
    body: list[str] = field(default_factory=list)
    status: int = 0


class Refusal(Exception):
    def __init__(self, status: int, description: str) -> None:
        super().__init__(description)
        self.status, self.description = status, description


def _xml(tag: str, value: Any) -> ET.Element:
    node = ET.Element(tag)
    if isinstance(value, list):
        item = ITEMS[tag.lower()]
        for inner in value:
            node.append(_xml(item.upper() if tag.isupper() else item, inner))
    elif isinstance(value, dict):
        for key, inner in value.items():
            node.append(_xml(key, inner))
    elif isinstance(value, bool):
        node.text = "true" if value else "false"
    elif value is not None:
        node.text = str(value)
    return node


def _upper(value: Any) -> Any:
    if isinstance(value, dict):
        return {k.upper(): _upper(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_upper(v) for v in value]
    return value


class StrictOpen311:
    def __init__(
        self,
        *,
        upper: bool = False,
        formats: tuple[str, ...] = ("json", "xml"),
        discovery_suffix: str | None = None,
    ) -> None:
        """`discovery_suffix`: also serve /open311/discovery.json, naming the endpoint
        PREFIX/<suffix> (a hostile server puts escape sequences there)."""
        self.upper, self.formats, self.suffix = upper, formats, discovery_suffix
        self.services = [dict(s) for s in SERVICES]
        self.calls: list[Call] = []
        self.requests: dict[str, dict[str, Any]] = {}
        self.tokens: dict[str, str] = {}
        #: (status, content type, body) given to every call instead of the normal answer
        self.answer_with: tuple[int, str, bytes] | None = None
        self._lock = threading.Lock()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                owner._handle(self, "GET")

            def do_POST(self) -> None:
                owner._handle(self, "POST")

            def log_message(self, *_: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        """The endpoint folder, as cities publish it (no discovery document)."""
        return f"http://127.0.0.1:{self.httpd.server_address[1]}{PREFIX}"

    def __enter__(self) -> StrictOpen311:
        self.thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    @property
    def refused(self) -> list[Call]:
        """The calls this server refused with a 400 or 403: a client that only sends what the
        server knows has none."""
        return [c for c in self.calls if c.status in (400, 403)]

    # --- one call ----------------------------------------------------------------------------

    def _handle(self, handler: BaseHTTPRequestHandler, method: str) -> None:
        parts = urlsplit(handler.path)
        path = unquote(parts.path)
        if self.suffix is not None:
            path = path.replace(f"{PREFIX}/{self.suffix}", PREFIX)
        query = parse_qsl(parts.query, keep_blank_values=True)
        body: list[tuple[str, str]] = []
        if method == "POST":
            length = int(handler.headers.get("Content-Length") or 0)
            body = parse_qsl(handler.rfile.read(length).decode("utf-8"), keep_blank_values=True)
        call = Call(method, path, [k for k, _ in query], [k for k, _ in body])
        found = re.fullmatch(rf"{PREFIX}/(.+)\.(json|xml)", path)
        fmt = found.group(2) if found else "xml"
        if self.answer_with is not None:
            status, kind, content = self.answer_with
        elif self.suffix is not None and path == "/open311/discovery.json":
            status, kind = 200, "application/json"
            content = json.dumps(
                {
                    "endpoints": [
                        {
                            "specification": "http://wiki.open311.org/GeoReport_v2",
                            "url": f"{PREFIX}/{self.suffix}",
                            "type": "production",
                            "formats": ["application/json", "text/xml"],
                        }
                    ]
                }
            ).encode()
        else:
            try:
                if found is None or fmt not in self.formats:
                    raise Refusal(404, f"no such resource: {path}")
                status, value = 200, self._route(method, found.group(1), dict(query), body)
                root = value[0]
            except Refusal as refusal:
                status, root = refusal.status, "errors"
                value = ("errors", [{"code": refusal.status, "description": refusal.description}])
            content, kind = self._render(root, value[1], fmt)
        call.status = status
        with self._lock:
            self.calls.append(call)
        handler.send_response(status)
        handler.send_header("Content-Type", kind)
        handler.send_header("Content-Length", str(len(content)))
        handler.end_headers()
        handler.wfile.write(content)

    def _render(self, root: str, value: Any, fmt: str) -> tuple[bytes, str]:
        if self.upper:
            root, value = root.upper(), _upper(value)
        if fmt == "json":
            # ensure_ascii: a lone surrogate goes out as the escape \ud800, as a broken
            # server's JSON would carry it.
            return json.dumps(value).encode(), "application/json; charset=utf-8"
        tree = _xml(root, value)
        content = ET.tostring(tree, encoding="utf-8", xml_declaration=True)
        return content, "text/xml; charset=utf-8"

    def _known(self, given: dict[str, str], allowed: set[str]) -> None:
        unknown = sorted(set(given) - allowed)
        if unknown:
            raise Refusal(400, f"Unknown parameter: {', '.join(unknown)}")
        if given.get("jurisdiction_id", JURISDICTION) != JURISDICTION:
            raise Refusal(404, "jurisdiction_id not found")

    def _route(
        self, method: str, path: str, query: dict[str, str], body: list[tuple[str, str]]
    ) -> tuple[str, Any]:
        if method == "POST":
            if path != "requests":
                raise Refusal(404, "not found")
            if query:
                raise Refusal(400, f"Unknown parameter in the query string: {', '.join(query)}")
            return "service_requests", self._create(body)
        if path == "services":
            self._known(query, GET_PARAMETERS["services"])
            return "services", self.services
        if path.startswith("services/"):
            self._known(query, GET_PARAMETERS["definition"])
            code = path.partition("/")[2]
            if code not in DEFINITIONS:
                raise Refusal(404, f"service_code {code} not found")
            return "service_definition", {"service_code": code, "attributes": DEFINITIONS[code]}
        if path == "requests":
            self._known(query, GET_PARAMETERS["requests"])
            return "service_requests", self._listed(query)
        if path.startswith("requests/"):
            self._known(query, GET_PARAMETERS["request"])
            number = path.partition("/")[2]
            if number not in self.requests:
                raise Refusal(404, f"service_request_id {number} not found")
            return "service_requests", [self.requests[number]]
        if path.startswith("tokens/"):
            self._known(query, GET_PARAMETERS["token"])
            token = path.partition("/")[2]
            if token not in self.tokens:
                raise Refusal(404, f"token {token} not found")
            number = self.tokens[token]
            return "service_requests", [{"service_request_id": number, "token": token}]
        raise Refusal(404, "not found")

    def _listed(self, query: dict[str, str]) -> list[dict[str, Any]]:
        found = list(self.requests.values())
        if query.get("service_request_id"):
            wanted = query["service_request_id"].split(",")
            return [r for r in found if r["service_request_id"] in wanted]
        if query.get("service_code"):
            found = [r for r in found if r["service_code"] in query["service_code"].split(",")]
        if query.get("status"):
            found = [r for r in found if r["status"] in query["status"].split(",")]
        return found

    def _number(self) -> str:
        return str(638000 + len(self.requests) + 1)

    def _create(self, body: list[tuple[str, str]]) -> list[dict[str, Any]]:
        form = dict(body)
        attributes = {}
        for name, value in body:
            found = re.fullmatch(r"attribute\[([^\]]+)\](\[\])?", name)
            if found:
                attributes.setdefault(found.group(1), []).append(value)
            elif name not in POST_FIELDS:
                raise Refusal(400, f"Unknown parameter: {name}")
        if form.get("api_key") != API_KEY:
            raise Refusal(403, "Invalid api_key received -- can't proceed with create_request.")
        self._known({k: v for k, v in form.items() if k == "jurisdiction_id"}, POST_FIELDS)
        code = form.get("service_code", "")
        if code not in DEFINITIONS:
            raise Refusal(404, f"service_code {code} not found")
        known = {a["code"]: a for a in DEFINITIONS[code]}
        for name in attributes:
            if name not in known:
                raise Refusal(400, f"Unknown attribute: {name}")
        for attribute in known.values():
            if attribute["required"] and not attributes.get(attribute["code"]):
                raise Refusal(400, f"Attribute {attribute['code']} is required")
        located = ("lat" in form and "long" in form) or form.get("address_string")
        if not located and not form.get("address_id"):
            raise Refusal(400, "A location is required: lat and long, address_string or address_id")
        service = next(s for s in self.services if s["service_code"] == code)
        record = {
            "service_request_id": self._number(),
            "status": "open",
            "status_notes": "",
            "service_name": service["service_name"],
            "service_code": code,
            "description": form.get("description", ""),
            "agency_responsible": "Public works",
            "service_notice": "",
            "requested_datetime": "2026-03-01T10:15:00+02:00",
            "updated_datetime": "2026-03-01T10:15:00+02:00",
            "expected_datetime": "2026-03-08T10:15:00+02:00",
            "address": form.get("address_string", ""),
            "address_id": "",
            "zipcode": "",
            "lat": form.get("lat", ""),
            "long": form.get("long", ""),
            "media_url": "",
        }
        self.requests[record["service_request_id"]] = record
        if service["type"] == "batch":  # the number is given through the token only
            token = f"tok-{len(self.tokens) + 1}"
            self.tokens[token] = record["service_request_id"]
            return [{"token": token, "service_notice": "Collected within a week"}]
        return [{"service_request_id": record["service_request_id"], "service_notice": ""}]
