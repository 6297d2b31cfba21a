"""The client reads what real Open311 servers send, in JSON and in XML."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from citizen_app.api import open311, open311_read
from citizen_app.api.dates import parse_datetime, zone

HEBRON = zone("Asia/Hebron")


def parse(body: str, fmt: str):
    return open311_read.load(body.encode("utf-8"), fmt)


SERVICES_JSON = """[
 {"service_code": 1, "service_name": "Pothole", "metadata": "true", "type": "REALTIME",
  "keywords": "road, hole", "group": "streets"},
 {"service_code": "002", "service_name": null, "metadata": false, "type": "batch"},
 {"service_name": "no code, skipped"}
]"""
SERVICES_XML = """<?xml version="1.0" encoding="utf-8"?>
<services>
 <service><service_code>1</service_code><service_name>Pothole</service_name>
  <metadata>true</metadata><type>realtime</type><keywords>road, hole</keywords>
  <group>streets</group><description/></service>
 <service><service_code>002</service_code><metadata>false</metadata><type>batch</type></service>
</services>"""


@pytest.mark.parametrize(("body", "fmt"), [(SERVICES_JSON, "json"), (SERVICES_XML, "xml")])
def test_services_with_numeric_codes_and_missing_fields(body: str, fmt: str) -> None:
    found = open311.services(parse(body, fmt))
    assert [s.code for s in found] == ["1", "002"]
    assert found[0].metadata is True
    assert found[0].type == "realtime"
    assert found[0].keywords == ("road", "hole")
    assert found[0].description == ""
    assert found[1].name == "002"
    assert found[1].type == "batch"


def test_a_wrapped_json_service_list() -> None:
    found = open311.services(
        parse('{"services": [{"service_code": 5, "service_name": "x"}]}', "json")
    )
    assert [s.code for s in found] == ["5"]


DEFINITION_JSON = """{"service_code": 33, "attributes": [
 {"code": "B", "datatype": "MultiValueList", "required": "false", "order": 2, "variable": true,
  "values": [{"key": 1, "name": "one"}, {"key": "2", "name": null}]},
 {"code": "A", "datatype": "string", "required": true, "order": "1", "variable": "false",
  "description": "Read me"}
]}"""
DEFINITION_XML_WRAPPED = """<service_definition><service_code>33</service_code><attributes>
 <attribute><variable>true</variable><code>B</code><datatype>multivaluelist</datatype>
  <required>false</required><order>2</order>
  <values><value><key>1</key><name>one</name></value><value><key>2</key><name/></value></values>
 </attribute>
 <attribute><variable>false</variable><code>A</code><datatype>string</datatype>
  <required>true</required><order>1</order><description>Read me</description></attribute>
</attributes></service_definition>"""
DEFINITION_XML_BARE = DEFINITION_XML_WRAPPED.replace("<attributes>", "").replace(
    "</attributes>", ""
)


@pytest.mark.parametrize(
    ("body", "fmt"),
    [(DEFINITION_JSON, "json"), (DEFINITION_XML_WRAPPED, "xml"), (DEFINITION_XML_BARE, "xml")],
)
def test_definitions_sorted_with_values_and_informational_lines(body: str, fmt: str) -> None:
    found = open311.definition(parse(body, fmt))
    assert found.service_code == "33"
    assert [a.code for a in found.attributes] == ["A", "B"]
    first, second = found.attributes
    assert first.variable is False
    assert first.required is True
    assert first.description == "Read me"
    assert second.datatype == "multivaluelist"
    assert [(v.key, v.name) for v in second.values] == [("1", "one"), ("2", "2")]


def test_a_single_value_list_with_one_value_in_xml() -> None:
    body = """<service_definition><service_code>x</service_code><attributes><attribute>
      <code>only</code><datatype>singlevaluelist</datatype><values><value><key>k</key>
      <name>K</name></value></values></attribute></attributes></service_definition>"""
    found = open311.definition(parse(body, "xml"))
    assert [(v.key, v.name) for v in found.attributes[0].values] == [("k", "K")]


REQUESTS_JSON = """[
 {"service_request_id": 638344, "status": "OPEN", "service_code": 7,
  "requested_datetime": "2026-03-01 10:15:00", "updated_datetime": "2026-03-02T11:00:00Z",
  "expected_datetime": "", "lat": "31.53", "long": 35.09, "media_url": ["a.jpg", "b.jpg"],
  "notes": [{"datetime": "2026-03-02T11:00:00+0200", "type": "status", "status": "received"}]},
 {"service_request_id": "HEB-1", "status": "Closed", "requested_datetime": "2026-03-05",
  "media_url": "c.jpg"},
 {"token": "abc", "status": null}
]"""
REQUESTS_XML = """<service_requests>
 <request><service_request_id>638344</service_request_id><status>OPEN</status>
  <service_code>7</service_code><requested_datetime>2026-03-01 10:15:00</requested_datetime>
  <updated_datetime>2026-03-02T11:00:00Z</updated_datetime><expected_datetime/>
  <lat>31.53</lat><long>35.09</long><media_url>a.jpg</media_url>
  <notes><note><datetime>2026-03-02T11:00:00+0200</datetime><type>status</type>
  <status>received</status></note></notes></request>
 <request><service_request_id>HEB-1</service_request_id><status>Closed</status>
  <requested_datetime>2026-03-05</requested_datetime><media_url>c.jpg</media_url></request>
 <request><token>abc</token><status/></request>
</service_requests>"""


@pytest.mark.parametrize(("body", "fmt"), [(REQUESTS_JSON, "json"), (REQUESTS_XML, "xml")])
def test_requests_with_quirky_ids_statuses_and_dates(body: str, fmt: str) -> None:
    first, second, third = open311.service_requests(parse(body, fmt))
    assert first.id == "638344"
    assert first.status == "open"
    assert first.service_code == "7"
    # No offset: Hebron's wall clock (UTC+2 in March), not UTC.
    assert first.requested == datetime(2026, 3, 1, 8, 15, tzinfo=UTC)
    assert first.updated == datetime(2026, 3, 2, 11, 0, tzinfo=UTC)
    assert first.expected is None
    assert first.lat == pytest.approx(31.53)
    assert first.media_urls[0] == "a.jpg"
    assert first.notes[0].status == "received"
    assert first.notes[0].at == datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    assert second.status == "closed"
    assert second.requested == datetime(2026, 3, 5, tzinfo=HEBRON)
    assert second.media_urls == ("c.jpg",)
    assert third.id is None
    assert third.token == "abc"


@pytest.mark.parametrize(
    ("body", "fmt", "expected"),
    [
        ('[{"service_request_id": 12, "service_notice": ""}]', "json", ("12", None)),
        ('[{"token": 77}]', "json", (None, "77")),
        ("[]", "json", (None, None)),
        (
            "<service_requests><request><token>t1</token></request></service_requests>",
            "xml",
            (None, "t1"),
        ),
        ("<service_requests/>", "xml", (None, None)),
    ],
)
def test_submit_results_with_an_id_a_token_or_nothing(body: str, fmt: str, expected: tuple) -> None:
    result = open311.submit_result(parse(body, fmt))
    assert (result.id, result.token) == expected


@pytest.mark.parametrize(
    ("body", "fmt", "code", "messages"),
    [
        ('[{"code": 403, "description": "Invalid api_key"}]', "json", None, ["Invalid api_key"]),
        (
            "<errors><error><code>400</code><description>bad</description></error>"
            "<error><code>400</code><description>worse</description></error></errors>",
            "xml",
            None,
            ["bad", "worse"],
        ),
        (
            '{"error": {"code": "rate_limited", "message": "slow", "params": {"retry_after": 3}}}',
            "json",
            "rate_limited",
            ["slow"],
        ),
    ],
)
def test_errors_in_either_shape(body: str, fmt: str, code: str | None, messages: list[str]) -> None:
    found_code, found_messages, _ = open311.error_messages(parse(body, fmt))
    assert found_code == code
    assert found_messages == messages


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-03-01T10:15:00+02:00", datetime(2026, 3, 1, 8, 15, tzinfo=UTC)),
        ("2026-03-01T10:15:00Z", datetime(2026, 3, 1, 10, 15, tzinfo=UTC)),
        ("2026-03-01 10:15", datetime(2026, 3, 1, 8, 15, tzinfo=UTC)),  # Hebron, UTC+2
        ("2026-03-01T10:15:00.250-0500", datetime(2026, 3, 1, 15, 15, 0, 250000, tzinfo=UTC)),
        ("2026-07-01", datetime(2026, 7, 1, tzinfo=HEBRON)),  # summer time, UTC+3
        ("", None),
        (None, None),
        ("soon", None),
    ],
)
def test_dates_in_the_forms_servers_use(value: str | None, expected: datetime | None) -> None:
    found = parse_datetime(value)
    assert found == expected


def test_discovery_finds_the_production_endpoint_and_our_extensions() -> None:
    body = """{"changeset": "2026-01-01T00:00:00Z", "endpoints": [
      {"specification": "http://wiki.open311.org/GeoReport_v2", "url": "https://x/test",
       "type": "test", "formats": ["text/xml"]},
      {"specification": "http://wiki.open311.org/GeoReport_v2", "url": "/open311/v2",
       "type": "production", "formats": ["text/xml", "application/json"]}],
      "extensions": [{"name": "api_v1"}]}"""
    found = open311.endpoint(parse(body, "json"), "https://city.example")
    assert found.url == "https://city.example/open311/v2"
    assert found.formats == ("json", "xml")
    assert found.extensions_url == "https://city.example/api/v1"
