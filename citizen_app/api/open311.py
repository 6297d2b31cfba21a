"""Reading Open311 answers in JSON or XML, tolerating what real city servers send.

Real servers send ids and codes as numbers, statuses in capitals, `"true"` for true, empty
elements, lists wrapped or not, media_url as a string or a list. Everything here turns that
into the records of `models`, or raises ParseError for an answer that cannot be read at all.

The answer comes from whatever server the citizen typed in, so it is untrusted: XML is read
with defusedxml (no entity declarations, so no "billion laughs" and no external entities),
and a body nested deeper than any Open311 answer is refused before anything recurses into it.
"""

from __future__ import annotations

import json
import math
from typing import Any
from urllib.parse import urljoin
from xml.etree import ElementTree as ET

from defusedxml import ElementTree as SafeET

from citizen_app.api.dates import parse_datetime
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

Record = dict[str, Any]
# Open311 answers nest five levels at most (list, request, notes, note, field).
MAX_DEPTH = 32


def text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def optional_text(value: Any) -> str | None:
    return text(value) or None


def boolean(value: Any, default: bool = False) -> bool:
    if isinstance(value, bool):
        return value
    if value is None or value == "":
        return default
    if isinstance(value, int | float):
        return value != 0
    return str(value).strip().lower() in ("true", "1", "yes", "y", "t")


def number(value: Any) -> float | None:
    """A finite number, or None (NaN and infinity mean nothing as a place or an order)."""
    try:
        found = float(text(value)) if text(value) else None
    except ValueError:
        return None
    return found if found is not None and math.isfinite(found) else None


def integer(value: Any, default: int = 0) -> int:
    found = number(value)
    return int(found) if found is not None else default


# --- turning a body into plain records ---------------------------------------------------


def element_record(node: ET.Element) -> Any:
    children = list(node)
    if not children:
        return node.text.strip() if node.text and node.text.strip() else None
    tags = [c.tag for c in children]
    if len(children) > 1 and len(set(tags)) == 1:
        return [element_record(c) for c in children]
    record: Record = {}
    for child in children:
        value = element_record(child)
        if child.tag in record:  # a repeated tag among others: keep them all
            previous = record[child.tag]
            record[child.tag] = (
                [*previous, value] if isinstance(previous, list) else [previous, value]
            )
        else:
            record[child.tag] = value
    return record


def _depth(data: Any) -> int:
    """How deeply `data` (JSON values or an XML element) nests, counted without recursion."""
    deepest, stack = 0, [(data, 1)]
    while stack:
        item, level = stack.pop()
        deepest = max(deepest, level)
        if deepest > MAX_DEPTH:
            break
        if isinstance(item, dict):
            children: Any = item.values()
        elif isinstance(item, ET.Element | list):
            children = item
        else:
            continue
        stack.extend((child, level + 1) for child in children)
    return deepest


def load(content: bytes, fmt: str) -> Any:
    """JSON or XML into plain Python values (XML elements become dicts and lists)."""
    try:
        if fmt == "xml":
            data: Any = SafeET.fromstring(content)
        else:
            data = json.loads(content.decode("utf-8-sig"))
    # defusedxml's refusals are ValueErrors; a JSON body nested thousands deep overflows the
    # decoder's stack (RecursionError).
    except (ValueError, ET.ParseError, RecursionError) as error:
        raise ParseError(f"unreadable {fmt.upper()} answer") from error
    if _depth(data) > MAX_DEPTH:
        raise ParseError(f"the {fmt.upper()} answer is nested too deeply")
    return data


def _records(data: Any, item_tag: str, wrappers: tuple[str, ...]) -> list[Record]:
    """The list of records in a body, from a JSON array, a wrapped array, or XML."""
    if isinstance(data, ET.Element):
        return [r if isinstance(r := element_record(e), dict) else {} for e in data.iter(item_tag)]
    if isinstance(data, dict):
        for key in wrappers:
            if key in data:
                return _records(data[key], item_tag, ())
        return [data]
    if isinstance(data, list):
        return [item for item in data if isinstance(item, dict)]
    raise ParseError("expected a list of records")


def as_list(value: Any) -> list[Any]:
    if value is None or value == "":
        return []
    return value if isinstance(value, list) else [value]


# --- the resources ------------------------------------------------------------------------


def services(data: Any) -> list[Service]:
    found = []
    for r in _records(data, "service", ("services", "service")):
        code = text(r.get("service_code"))
        if not code:
            continue
        keywords = r.get("keywords")
        words = keywords if isinstance(keywords, list) else text(keywords).split(",")
        found.append(
            Service(
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
        )
    return found


def _values(raw: Any) -> tuple[AttributeValue, ...]:
    if isinstance(raw, dict) and "value" in raw:
        raw = raw["value"]
    values = []
    for item in as_list(raw):
        if isinstance(item, dict):
            key = text(item.get("key"))
            values.append(AttributeValue(key, text(item.get("name")) or key))
    return tuple(values)


def _attribute_records(data: Any) -> tuple[str, list[Record]]:
    if isinstance(data, ET.Element):
        code = text(data.findtext("service_code"))
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
    if isinstance(data, dict):
        body = data.get("service_definition", data)
        if not isinstance(body, dict):
            raise ParseError("expected a service definition")
        attributes = body.get("attributes")
        if isinstance(attributes, dict):
            attributes = attributes.get("attribute")
        # null, a number or a string where the list should be: no attributes
        return text(body.get("service_code")), [
            a for a in as_list(attributes) if isinstance(a, dict)
        ]
    raise ParseError("expected a service definition")


def definition(data: Any, service_code: str = "") -> ServiceDefinition:
    code, records = _attribute_records(data)
    attributes = [
        Attribute(
            code=text(r.get("code")),
            datatype=text(r.get("datatype")).lower() or "string",
            description=text(r.get("description")),
            required=boolean(r.get("required")),
            variable=boolean(r.get("variable"), default=True),
            order=integer(r.get("order"), default=index + 1),
            datatype_description=text(r.get("datatype_description")),
            values=_values(r.get("values")),
        )
        for index, r in enumerate(records)
        if text(r.get("code"))
    ]
    attributes.sort(key=lambda a: a.order)
    return ServiceDefinition(code or service_code, tuple(attributes))


def _notes(raw: Any) -> tuple[Note, ...]:
    if isinstance(raw, dict) and "note" in raw:
        raw = raw["note"]
    return tuple(
        Note(
            at=parse_datetime(n.get("datetime")),
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


def service_request(r: Record) -> ServiceRequest:
    status = text(r.get("status")).lower()
    return ServiceRequest(
        id=optional_text(r.get("service_request_id")),
        status="closed" if status == "closed" else "open",
        service_code=text(r.get("service_code")),
        service_name=text(r.get("service_name")),
        description=text(r.get("description")),
        status_notes=optional_text(r.get("status_notes")),
        extended_status=optional_text(r.get("extended_status")),
        agency_responsible=optional_text(r.get("agency_responsible")),
        service_notice=optional_text(r.get("service_notice")),
        requested=parse_datetime(r.get("requested_datetime")),
        updated=parse_datetime(r.get("updated_datetime")),
        expected=parse_datetime(r.get("expected_datetime")),
        address=optional_text(r.get("address")),
        address_id=optional_text(r.get("address_id")),
        zipcode=optional_text(r.get("zipcode")),
        lat=number(r.get("lat")),
        long=number(r.get("long")),
        media_urls=_media(r.get("media_url") or r.get("media_urls")),
        notes=_notes(r.get("notes")),
        token=optional_text(r.get("token")),
    )


def service_requests(data: Any) -> list[ServiceRequest]:
    return [
        service_request(r)
        for r in _records(data, "request", ("service_requests", "requests", "request"))
    ]


def submit_result(data: Any) -> SubmitResult:
    records = _records(data, "request", ("service_requests", "requests", "request"))
    if not records:
        return SubmitResult(id=None)
    r = records[0]
    return SubmitResult(
        id=optional_text(r.get("service_request_id")),
        token=optional_text(r.get("token")),
        notice=optional_text(r.get("service_notice")),
        account_id=optional_text(r.get("account_id")),
        expected=parse_datetime(r.get("expected_datetime")),
    )


def error_messages(data: Any) -> tuple[str | None, list[str], dict[str, Any]]:
    """(machine code, descriptions, params) from an Open311 error list or an /api/v1 error."""
    if isinstance(data, dict) and isinstance(data.get("error"), dict):
        error = data["error"]
        return (
            optional_text(error.get("code")),
            [text(error.get("message"))],
            error.get("params") if isinstance(error.get("params"), dict) else {},
        )
    try:
        records = _records(data, "error", ("errors", "error"))
    except ParseError:
        return None, [], {}
    return None, [text(r.get("description")) for r in records if text(r.get("description"))], {}


def endpoint(data: Any, base_url: str) -> Endpoint | None:
    """The GeoReport v2 endpoint a discovery document names (production first), if any."""
    record = element_record(data) if isinstance(data, ET.Element) else data
    if not isinstance(record, dict):
        return None

    def listed(value: Any, item: str) -> list[Any]:
        return as_list(value.get(item) if isinstance(value, dict) else value)

    candidates = [e for e in listed(record.get("endpoints"), "endpoint") if isinstance(e, dict)]
    candidates.sort(key=lambda e: text(e.get("type")) != "production")
    names = {
        text(e.get("name"))
        for e in listed(record.get("extensions"), "extension")
        if isinstance(e, dict)
    }
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
        )
    return None
