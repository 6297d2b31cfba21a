"""Reading Open311 answers in JSON or XML, tolerating what real city servers send.

Real servers send ids and codes as numbers, statuses in capitals, `"true"` for true, empty
elements, lists wrapped or not, media_url as a string or a list. Everything here turns that
into the records of `models`, or raises ParseError for an answer that cannot be read at all.

Keys and tags are read case-insensitively (some cities answer `SERVICE_CODE`), a service
definition may come wrapped in a list, an error in any of the shapes servers use (`<errors>`,
a bare `<error>text</error>`, a JSON list or object) keeps the server's own words, 0/0 is no
position, and a date without an offset is read in the jurisdiction's time zone.

The answer comes from whatever server the citizen typed in, so it is untrusted: XML is read
with defusedxml (no entity declarations, so no "billion laughs" and no external entities);
a body whose parsed form would not fit a memory budget, or nested deeper than any Open311
answer, is refused before it is parsed or recursed into; text that is not valid Unicode (a
lone surrogate from a JSON `\\ud800` escape) is replaced with U+FFFD, and a record whose code
or number is not valid Unicode is left out (logged), so that the rest of the answer still
reads.
"""

from __future__ import annotations

from datetime import tzinfo
from typing import Any
from urllib.parse import urljoin
from xml.etree import ElementTree as ET

from citizen_app.api.dates import DEFAULT_ZONE, parse_datetime
from citizen_app.api.errors import ParseError
from citizen_app.api.models import (
    Attribute,
    AttributeValue,
    Endpoint,
    Note,
    Service,
    ServiceDefinition,
    ServiceRequest,
    SubmitResult,
)
from citizen_app.api.open311_read import (
    MAX_MESSAGE,
    MAX_MESSAGES,
    Record,
    as_list,
    boolean,
    element_record,
    identifier,
    integer,
    number,
    optional_identifier,
    optional_text,
    readable,
    record_list,
    text,
)

# --- the resources ------------------------------------------------------------------------


def _service(r: Record) -> Service | None:
    code = identifier(r.get("service_code"), "service code")
    if not code:
        return None
    keywords = r.get("keywords")
    words = keywords if isinstance(keywords, list) else text(keywords).split(",")
    return Service(
        code=code,
        name=text(r.get("service_name")) or code,
        description=text(r.get("description")),
        metadata=boolean(r.get("metadata")),
        type=text(r.get("type")).lower() or "realtime",
        keywords=tuple(w.strip() for w in map(text, words) if w.strip()),
        group=text(r.get("group")),
        group_code=text(r.get("group_code")),
        needs_location=boolean(r.get("needs_location"), default=True),
    )


def services(data: Any) -> list[Service]:
    return readable(record_list(data, "service", ("services", "service")), _service, "service")


def _value(item: Record) -> AttributeValue:
    key = identifier(item.get("key"), "value key")
    return AttributeValue(key, text(item.get("name")) or key)


def _values(raw: Any) -> tuple[AttributeValue, ...]:
    if isinstance(raw, dict) and "value" in raw:
        raw = raw["value"]
    return tuple(readable((i for i in as_list(raw) if isinstance(i, dict)), _value, "value"))


def _attribute_records(data: Any) -> tuple[str, list[Record]]:
    if isinstance(data, ET.Element):
        code = identifier(data.findtext("service_code"), "service code")
        # With or without an <attributes> wrapper: every <attribute> below the root.
        records = []
        for node in data.iter("attribute"):
            record = element_record(node)
            if isinstance(record, dict):
                values = node.find("values")
                record["values"] = (
                    [element_record(v) for v in values.iter("value")] if values is not None else []
                )
                records.append(record)
        return code, records
    if isinstance(data, list) and len(data) == 1:  # `[{"service_code": …, "attributes": …}]`
        data = data[0]
    if isinstance(data, dict):
        body = data.get("service_definition", data)
        if isinstance(body, list) and len(body) == 1:
            body = body[0]
        if not isinstance(body, dict):
            raise ParseError("expected a service definition")
        attributes = body.get("attributes")
        if isinstance(attributes, dict):
            attributes = attributes.get("attribute")
        # null, a number or a string where the list should be: no attributes
        return identifier(body.get("service_code"), "service code"), [
            a for a in as_list(attributes) if isinstance(a, dict)
        ]
    raise ParseError("expected a service definition")


def _attribute(index: int, r: Record) -> Attribute | None:
    code = identifier(r.get("code"), "attribute code")
    if not code:
        return None
    return Attribute(
        code=code,
        datatype=text(r.get("datatype")).lower() or "string",
        description=text(r.get("description")),
        required=boolean(r.get("required")),
        variable=boolean(r.get("variable"), default=True),
        order=integer(r.get("order"), default=index + 1),
        datatype_description=text(r.get("datatype_description")),
        values=_values(r.get("values")),
    )


def definition(data: Any, service_code: str = "") -> ServiceDefinition:
    code, records = _attribute_records(data)
    attributes = readable(enumerate(records), lambda pair: _attribute(*pair), "attribute")
    attributes.sort(key=lambda a: a.order)
    return ServiceDefinition(code or service_code, tuple(attributes))


def _notes(raw: Any, local: tzinfo) -> tuple[Note, ...]:
    if isinstance(raw, dict) and "note" in raw:
        raw = raw["note"]
    return tuple(
        Note(
            at=parse_datetime(n.get("datetime"), local),
            kind=text(n.get("type")) or "note",
            status=optional_text(n.get("status")),
            description=optional_text(n.get("description")),
        )
        for n in as_list(raw)
        if isinstance(n, dict)
    )


def _media(raw: Any) -> tuple[str, ...]:
    if isinstance(raw, dict):
        raw = raw.get("media_url")
    return tuple(text(m) for m in as_list(raw) if text(m))


def _position(r: Record) -> tuple[float | None, float | None]:
    """Both coordinates or neither; 0/0 (in the sea off Africa) is what a server sends for
    "no position"."""
    lat, long = number(r.get("lat")), number(r.get("long"))
    if lat is None or long is None or (lat == 0 and long == 0):
        return None, None
    return lat, long


def service_request(r: Record, local: tzinfo = DEFAULT_ZONE) -> ServiceRequest:
    status = text(r.get("status")).lower()
    lat, long = _position(r)
    return ServiceRequest(
        id=optional_identifier(r.get("service_request_id"), "request number"),
        status="closed" if status == "closed" else "open",
        service_code=text(r.get("service_code")),
        service_name=text(r.get("service_name")),
        description=text(r.get("description")),
        status_notes=optional_text(r.get("status_notes")),
        extended_status=optional_text(r.get("extended_status")),
        agency_responsible=optional_text(r.get("agency_responsible")),
        service_notice=optional_text(r.get("service_notice")),
        requested=parse_datetime(r.get("requested_datetime"), local),
        updated=parse_datetime(r.get("updated_datetime"), local),
        expected=parse_datetime(r.get("expected_datetime"), local),
        address=optional_text(r.get("address")),
        address_id=optional_text(r.get("address_id")),
        zipcode=optional_text(r.get("zipcode")),
        lat=lat,
        long=long,
        media_urls=_media(r.get("media_url") or r.get("media_urls")),
        notes=_notes(r.get("notes"), local),
        token=optional_identifier(r.get("token"), "token"),
    )


def service_requests(data: Any, local: tzinfo = DEFAULT_ZONE) -> list[ServiceRequest]:
    """The requests of a list or lookup answer; `local` is the jurisdiction's time zone."""
    return readable(
        record_list(data, "request", ("service_requests", "requests", "request")),
        lambda r: service_request(r, local),
        "request",
    )


def submit_result(data: Any) -> SubmitResult:
    records = record_list(data, "request", ("service_requests", "requests", "request"))
    if not records:
        return SubmitResult(id=None)
    r = records[0]
    return SubmitResult(
        id=optional_identifier(r.get("service_request_id"), "request number"),
        token=optional_identifier(r.get("token"), "token"),
        notice=optional_text(r.get("service_notice")),
        account_id=optional_text(r.get("account_id")),
        expected=parse_datetime(r.get("expected_datetime")),
    )


# Where servers put an error's words, in the order they are looked for.
_WORDS = (
    "description",
    "message",
    "msg",
    "detail",
    "error_description",
    "title",
    "error",
    "errors",
)


def _descriptions(value: Any, found: list[str]) -> None:
    """Every description in an error body, whatever its shape, in document order."""
    stack = [value]
    while stack and len(found) < MAX_MESSAGES:
        item = stack.pop()
        if isinstance(item, ET.Element):
            stack.append({item.tag: element_record(item)})
        elif isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            key = next((k for k in _WORDS if item.get(k) not in (None, "", [], {})), None)
            if key is not None:
                stack.append(item[key])
        elif item is not None and not isinstance(item, bool) and text(item):
            words = text(item)
            found.append(words if len(words) <= MAX_MESSAGE else words[:MAX_MESSAGE] + "…")


def error_messages(data: Any) -> tuple[str | None, list[str], dict[str, Any]]:
    """(machine code, descriptions, params) from any error body: an Open311 error list
    (`<errors><error>…`, `[{"code", "description"}]`), a bare `<error>text</error>`, a JSON
    object (`{"error": "…"}`, `{"message": "…"}`, `{"detail": "…"}`), or an /api/v1 error.
    At most MAX_MESSAGES descriptions of MAX_MESSAGE characters each: what a person can read."""
    if isinstance(data, dict) and isinstance(data.get("error"), dict):
        error = data["error"]
        if "message" in error or "params" in error:
            messages: list[str] = []
            _descriptions(error.get("message"), messages)
            code = error.get("code")
            return (
                optional_text(code) if isinstance(code, str) else None,
                messages,
                error.get("params") if isinstance(error.get("params"), dict) else {},
            )
    messages = []
    if isinstance(data, str | int | float) and not isinstance(data, bool):
        return None, messages, {}  # a JSON scalar is not an error document
    _descriptions(data, messages)
    return None, messages, {}


def endpoint(data: Any, base_url: str) -> Endpoint | None:
    """The GeoReport v2 endpoint a discovery document names (production first), if any, with
    the names of the extensions the document announces."""
    record = element_record(data) if isinstance(data, ET.Element) else data
    if not isinstance(record, dict):
        return None

    def listed(value: Any, item: str) -> list[Any]:
        return as_list(value.get(item) if isinstance(value, dict) else value)

    candidates = [e for e in listed(record.get("endpoints"), "endpoint") if isinstance(e, dict)]
    candidates.sort(key=lambda e: text(e.get("type")) != "production")
    names = tuple(
        sorted(
            {
                text(e.get("name"))
                for e in listed(record.get("extensions"), "extension")
                if isinstance(e, dict) and text(e.get("name"))
            }
        )
    )
    for item in candidates:
        if "GeoReport_v2" not in text(item.get("specification")):
            continue
        kinds = [text(f).lower() for f in listed(item.get("formats"), "format")]
        formats = tuple(f for f in ("json", "xml") if any(f in k for k in kinds)) or ("xml",)
        try:
            url = urljoin(base_url + "/", text(item.get("url"))).rstrip("/")
        except ValueError:  # not a URL at all (an unclosed IPv6 bracket, say): try the next
            continue
        return Endpoint(
            url=url,
            formats=formats,
            extensions_url=base_url + "/api/v1" if "api_v1" in names else None,
            jurisdiction=optional_text(record.get("jurisdiction_id")),
            changeset=optional_text(record.get("changeset")),
            extensions=names,
        )
    return None
