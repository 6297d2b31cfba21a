"""Rendering Open311 answers as JSON or as XML (the standard's "Spark convention").

JSON is the mechanical mapping of the XML: a list element becomes an array of its children.
Every text put in XML goes through text.xml_safe: what XML 1.0 cannot carry (stored before the
input rules existed, or echoed from a refused request in an error) becomes U+FFFD, so every
XML answer parses.
"""

from __future__ import annotations

import json
from typing import Any
from xml.etree import ElementTree as ET

import orjson
from starlette.responses import Response

from municipal_server.text import xml_safe

XML_TYPE = "text/xml; charset=utf-8"
JSON_TYPE = "application/json; charset=utf-8"

# The singular element name of the members of each list.
ITEM_NAMES = {
    "services": "service",
    "service_requests": "request",
    "attributes": "attribute",
    "values": "value",
    "errors": "error",
    "notes": "note",
    "endpoints": "endpoint",
    "formats": "format",
    "extensions": "extension",
    "media_urls": "media_url",
    "groups": "group",
}


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return ""
    return xml_safe(str(value))


def _fill(element: ET.Element, value: Any) -> None:
    if isinstance(value, dict):
        for name, child in value.items():
            _fill(ET.SubElement(element, name), child)
    elif isinstance(value, list):
        item_name = ITEM_NAMES.get(element.tag, "item")
        for child in value:
            _fill(ET.SubElement(element, item_name), child)
    else:
        element.text = _scalar(value)


XML_DECLARATION = b'<?xml version="1.0" encoding="UTF-8"?>\n'


def xml_element(name: str, value: Any) -> bytes:
    """`value` as the element `name`, without the declaration (a member of a list, say)."""
    element = ET.Element(name)
    _fill(element, value)
    return ET.tostring(element, encoding="utf-8")


def to_xml(root: str, value: Any) -> bytes:
    return XML_DECLARATION + xml_element(root, value)


def json_bytes(value: Any) -> bytes:
    """Compact UTF-8 JSON, by orjson (several times faster than the standard library).

    orjson refuses what UTF-8 cannot carry (a lone surrogate, stored before the input rules
    existed); the standard library then writes it escaped, so such text is never a 500.
    """
    try:
        return orjson.dumps(value)
    except (orjson.JSONEncodeError, TypeError):
        text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        return text.encode("utf-8", "backslashreplace")


def render(fmt: str, root: str, value: Any, status: int = 200, **headers: str) -> Response:
    """`value` is what JSON would show; `root` names the XML document element."""
    if fmt == "xml":
        return Response(to_xml(root, value), status, media_type=XML_TYPE, headers=headers)
    return Response(json_bytes(value), status, media_type=JSON_TYPE, headers=headers)


def error_response(
    fmt: str, status: int, description: str, headers: dict[str, str] | None = None
) -> Response:
    """The standard's error list; `code` repeats the HTTP status as the spec's examples do."""
    return render(
        fmt, "errors", [{"code": status, "description": description}], status, **(headers or {})
    )


def format_of(path: str) -> str:
    """The answer format a path asks for (`.xml` or `.json`); JSON when neither."""
    stem = path.rstrip("/").rsplit("/", 1)[-1]
    return "xml" if stem.endswith(".xml") else "json"
