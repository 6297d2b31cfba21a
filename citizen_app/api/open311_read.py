"""Reading the bytes of an Open311 answer into plain records, safely (api/open311.py turns the
records into models).

The answer comes from whatever server the citizen typed in, so it is untrusted: XML is read
with defusedxml (no entity declarations, so no "billion laughs" and no external entities);
a body whose parsed form would not fit a memory budget, or nested deeper than any Open311
answer, is refused before it is parsed or recursed into; text that is not valid Unicode (a
lone surrogate from a JSON `\\ud800` escape) is replaced with U+FFFD. Keys and tags are folded
to lower case (some cities answer `SERVICE_CODE`).
"""

from __future__ import annotations

import json
import logging
import math
import re
from collections.abc import Callable, Iterable
from typing import Any, TypeVar
from xml.etree import ElementTree as ET

from citizen_app.api.errors import ParseError

log = logging.getLogger(__name__)
Record = dict[str, Any]
T = TypeVar("T")
# Open311 answers nest five levels at most (list, request, notes, note, field).
MAX_DEPTH = 32
# What the parsed form of one answer may cost beyond its bytes. 32 MB of `{},` cost 1.5 GB
# once parsed, 32 MB of `<a/>` 1.3 GB; a page of 1,000 requests with their notes about 15 MB.
MEMORY_BUDGET = 128 * 1024 * 1024
# What CPython spends on each, measured from end to end (parsed, folded, read into records): a
# container, a value (a short string or a number and its slot), an ElementTree element. With
# them, the worst body within the budget grew the process by 150 MB (tests/test_parse_budget.py).
CONTAINER_COST, VALUE_COST, ELEMENT_COST = 160, 140, 200
# What an error answer may put in front of a person: a few descriptions, each a few lines.
MAX_MESSAGES, MAX_MESSAGE = 10, 1000
_SURROGATE = re.compile("[\ud800-\udfff]")


def text(value: Any) -> str:
    """Any scalar as display text; invalid Unicode (a lone surrogate) becomes U+FFFD."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    found = str(value).strip()
    return _SURROGATE.sub("\ufffd", found) if _SURROGATE.search(found) else found


def optional_text(value: Any) -> str | None:
    return text(value) or None


def identifier(value: Any, field: str) -> str:
    """A code, number or token, sent back to the server as it came: ParseError when it is not
    valid Unicode (it could not be sent back, and U+FFFD in its place would name another)."""
    if isinstance(value, str) and _SURROGATE.search(value):
        raise ParseError(f"the server sent a {field} that is not valid Unicode")
    return text(value)


def optional_identifier(value: Any, field: str) -> str | None:
    return identifier(value, field) or None


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


def readable(records: Iterable[Any], read: Callable[[Any], T | None], kind: str) -> list[T]:
    """Each record read; one that cannot be (an invalid code) is left out and logged, so that
    one bad service does not cost the citizen the whole catalogue."""
    found = []
    for record in records:
        try:
            item = read(record)
        except ParseError as error:
            log.warning("left out a %s: %s", kind, error)
            continue
        if item is not None:
            found.append(item)
    return found


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


def within_budget(content: bytes, fmt: str) -> None:
    """Refuse, before parsing, a body whose parsed form would cost more than MEMORY_BUDGET.

    Counting bytes (in C, ~10 ms for 32 MB) gives an upper bound: every `{` or `[` may open a
    container, every `,` or `:` start a value, every `<` open an element; those inside strings
    are counted too, which only errs on the safe side."""
    if fmt == "xml":
        cost = content.count(b"<") * ELEMENT_COST
    else:
        containers = content.count(b"{") + content.count(b"[")
        cost = (
            containers * CONTAINER_COST + (content.count(b",") + content.count(b":")) * VALUE_COST
        )
    if cost > MEMORY_BUDGET:
        raise ParseError(
            f"the {fmt.upper()} answer holds more items than the client reads "
            f"(about {cost // (1024 * 1024)} MB once parsed)"
        )


def _folded(data: Any) -> Any:
    """Keys (JSON) and tags (XML) in lower case: `SERVICE_CODE` is `service_code`."""
    if isinstance(data, ET.Element):
        for node in data.iter():
            if isinstance(node.tag, str):
                node.tag = node.tag.lower()
        return data
    if isinstance(data, dict):
        return {(k.lower() if isinstance(k, str) else k): _folded(v) for k, v in data.items()}
    if isinstance(data, list):
        return [_folded(v) for v in data]
    return data


def load_json(content: bytes, what: str = "JSON") -> Any:
    """A JSON body within the memory budget, or ParseError (also for /api/v1 answers)."""
    within_budget(content, "json")
    try:
        data = json.loads(content.decode("utf-8-sig"))
    # A JSON body nested thousands deep overflows the decoder's stack (RecursionError).
    except (ValueError, RecursionError) as error:
        raise ParseError(f"unreadable {what} answer") from error
    if _depth(data) > MAX_DEPTH:
        raise ParseError(f"the {what} answer is nested too deeply")
    return data


def load(content: bytes, fmt: str) -> Any:
    """JSON or XML into plain Python values (XML elements become dicts and lists), with keys
    and tags in lower case."""
    if fmt != "xml":
        return _folded(load_json(content))
    within_budget(content, "xml")
    from defusedxml import ElementTree as SafeET  # XML servers only: not loaded at start-up

    try:
        data: Any = SafeET.fromstring(content)
    # defusedxml's refusals are ValueErrors.
    except (ValueError, ET.ParseError, RecursionError) as error:
        raise ParseError("unreadable XML answer") from error
    if _depth(data) > MAX_DEPTH:
        raise ParseError("the XML answer is nested too deeply")
    return _folded(data)


def record_list(data: Any, item_tag: str, wrappers: tuple[str, ...]) -> list[Record]:
    """The list of records in a body, from a JSON array, a wrapped array, or XML."""
    if isinstance(data, ET.Element):
        return [r if isinstance(r := element_record(e), dict) else {} for e in data.iter(item_tag)]
    if isinstance(data, dict):
        for key in wrappers:
            if key in data:
                return record_list(data[key], item_tag, ())
        return [data]
    if isinstance(data, list):
        return [item for item in data if isinstance(item, dict)]
    raise ParseError("expected a list of records")


def as_list(value: Any) -> list[Any]:
    if value is None or value == "":
        return []
    return value if isinstance(value, list) else [value]
