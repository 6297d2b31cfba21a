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


def to_xml(root: str, value: Any) -> bytes:
    element = ET.Element(root)
    _fill(element, value)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(element, encoding="utf-8")


def render(fmt: str, root: str, value: Any, status: int = 200, **headers: str) -> Response:
    """`value` is what JSON would show; `root` names the XML document element."""
    if fmt == "xml":
        return Response(to_xml(root, value), status, media_type=XML_TYPE, headers=headers)
    # Lone surrogates cannot be UTF-8: escaped, never a 500 (input refuses them anyway).
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    body = text.encode("utf-8", "backslashreplace")
    return Response(body, status, media_type=JSON_TYPE, headers=headers)


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
