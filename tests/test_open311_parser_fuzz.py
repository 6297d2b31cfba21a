"""The client reads answers from any server the citizen types in: whatever the bytes, the Open311
parsers either give records or raise the client's own ParseError — never another exception,
never an entity expanded, never a local file read."""

from __future__ import annotations

import contextlib
import json
import time
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from citizen_app.api import open311, open311_read
from citizen_app.api.dates import parse_datetime
from citizen_app.api.errors import ParseError

pytestmark = pytest.mark.timeout(120)

EXAMPLES = settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Field and element names the parsers look for, so generated bodies reach past the first check.
NAMES = [
    "services", "service", "service_code", "service_name", "description", "metadata", "type",
    "keywords", "group", "group_code", "needs_location", "service_definition", "attributes",
    "attribute", "code", "datatype", "required", "variable", "order", "values", "value", "key",
    "name", "service_requests", "requests", "request", "service_request_id", "status",
    "requested_datetime", "updated_datetime", "expected_datetime", "lat", "long", "media_url",
    "media_urls", "notes", "note", "datetime", "token", "service_notice", "account_id", "errors",
    "error", "message", "params", "endpoints", "endpoint", "specification", "url", "formats",
    "format", "extensions", "jurisdiction_id", "changeset",
]  # fmt: skip
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.sampled_from(["GeoReport_v2", "http://[oops", "2026-03-01T10:15:00Z", "nan", "1e400", ""]),
)
JSON_VALUES = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.sampled_from(NAMES) | st.text(max_size=8), inner, max_size=6)
    ),
    max_leaves=30,
)


def parse_everything(content: bytes, fmt: str) -> None:
    """Every reader the client has, on one body; only ParseError may come out."""
    try:
        data = open311_read.load(content, fmt)
    except ParseError:
        return
    for reader in (
        open311.services,
        open311.definition,
        open311.service_requests,
        open311.submit_result,
        open311.error_messages,
        lambda d: open311.endpoint(d, "https://city.example"),
    ):
        with contextlib.suppress(ParseError):
            reader(data)


@EXAMPLES
@given(JSON_VALUES)
def test_any_json_value_is_read_or_refused_cleanly(value) -> None:
    parse_everything(json.dumps(value).encode(), "json")


@EXAMPLES
@given(st.binary(max_size=200))
def test_any_bytes_are_read_or_refused_cleanly(content: bytes) -> None:
    parse_everything(content, "json")
    parse_everything(content, "xml")


def xml_trees(depth: int = 3) -> st.SearchStrategy[ET.Element]:
    texts = st.text(
        st.characters(blacklist_categories=("Cs", "Cc")), max_size=20
    ) | st.sampled_from(["1e400", "-inf", "true", "2026-03-05", "http://[x"])

    @st.composite
    def element(draw, level: int) -> ET.Element:
        node = ET.Element(draw(st.sampled_from(NAMES)))
        if level >= depth or draw(st.booleans()):
            node.text = draw(texts)
            return node
        for child in draw(st.lists(st.just(None), max_size=4)):
            del child
            node.append(draw(element(level + 1)))
        return node

    return element(0)


@EXAMPLES
@given(xml_trees())
def test_any_xml_document_is_read_or_refused_cleanly(tree: ET.Element) -> None:
    parse_everything(ET.tostring(tree, encoding="utf-8"), "xml")


@EXAMPLES
@given(
    st.one_of(
        st.text(max_size=40),
        st.integers(min_value=-(10**40), max_value=10**40),
        st.floats(allow_nan=True, allow_infinity=True),
    )
)
def test_any_date_is_a_date_or_none(value) -> None:
    found = parse_datetime(value)
    assert found is None or found.tzinfo is not None


def test_billion_laughs_is_refused_at_once() -> None:
    entities = '<!ENTITY l0 "ha">' + "".join(
        f'<!ENTITY l{n} "{f"&l{n - 1};" * 10}">' for n in range(1, 10)
    )
    body = (
        f'<?xml version="1.0"?><!DOCTYPE services [{entities}]>'
        "<services><service><service_code>&l9;</service_code></service></services>"
    ).encode()
    started = time.monotonic()
    with pytest.raises(ParseError):
        open311_read.load(body, "xml")
    assert time.monotonic() - started < 1


def test_even_a_small_internal_entity_is_refused() -> None:
    body = (
        b'<?xml version="1.0"?><!DOCTYPE s [<!ENTITY x "expanded">]>'
        b"<services><service><service_code>&x;</service_code></service></services>"
    )
    with pytest.raises(ParseError):
        open311_read.load(body, "xml")


@pytest.mark.parametrize("kind", ["SYSTEM", "PUBLIC"])
def test_external_entities_are_never_read(tmp_path: Path, kind: str) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("CANARY-LOCAL-FILE", encoding="utf-8")
    public_id = '"-//x//y//EN" ' if kind == "PUBLIC" else ""
    body = (
        f'<?xml version="1.0"?><!DOCTYPE s [<!ENTITY x {kind} {public_id}"{secret.as_uri()}">]>'
        "<services><service><service_code>&x;</service_code></service></services>"
    ).encode()
    with pytest.raises(ParseError):
        open311_read.load(body, "xml")
    parameter = (
        f'<?xml version="1.0"?><!DOCTYPE s [<!ENTITY % p SYSTEM "{secret.as_uri()}"> %p;]>'
        "<services/>"
    ).encode()
    with pytest.raises(ParseError):
        open311_read.load(parameter, "xml")


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_deep_nesting_is_refused_without_recursing(fmt: str) -> None:
    if fmt == "json":
        body = b'[{"service_code": ' + b"[" * 50_000 + b"]" * 50_000 + b"}]"
    else:
        body = b"<service_requests>" + b"<request>" * 5000 + b"</request>" * 5000
        body += b"</service_requests>"
    with pytest.raises(ParseError):
        open311_read.load(body, fmt)


@pytest.mark.parametrize(
    ("body", "fmt"),
    [
        (b'{"service_definition": 5}', "json"),
        (b'{"service_definition": ["a"]}', "json"),
    ],
)
def test_a_definition_that_is_not_an_object_is_a_parse_error(body: bytes, fmt: str) -> None:
    with pytest.raises(ParseError):
        open311.definition(open311_read.load(body, fmt))


@pytest.mark.parametrize("attributes", ["null", "7", '"none"'])
def test_attributes_that_are_not_a_list_mean_no_attributes(attributes: str) -> None:
    body = f'{{"service_code": "x", "attributes": {attributes}}}'.encode()
    assert open311.definition(open311_read.load(body, "json")).attributes == ()


def test_numbers_and_dates_out_of_range_are_missing_values() -> None:
    found = open311.service_requests(
        open311_read.load(
            b'[{"service_request_id": 1, "lat": "nan", "long": "1e400",'
            b' "requested_datetime": 1e20, "updated_datetime": -1e20}]',
            "json",
        )
    )[0]
    assert (found.lat, found.long, found.requested, found.updated) == (None, None, None, None)
    attributes = open311.definition(
        open311_read.load(b'{"attributes": [{"code": "a", "order": "1e400"}]}', "json")
    ).attributes
    assert attributes[0].order == 1


def test_an_endpoint_url_that_is_not_a_url_is_skipped() -> None:
    body = b"""{"endpoints": [
      {"specification": "http://wiki.open311.org/GeoReport_v2", "url": "http://[oops"},
      {"specification": "http://wiki.open311.org/GeoReport_v2", "url": "/open311/v2"}]}"""
    found = open311.endpoint(open311_read.load(body, "json"), "https://city.example")
    assert found is not None
    assert found.url == "https://city.example/open311/v2"
