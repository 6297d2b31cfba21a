"""Interop: the client and the command line against a strict Open311 server
(tests/strict_open311.py) in JSON and XML, plain and with UPPERCASE keys, and the quirks of
real servers replayed from recorded-shape fixtures (tests/fixtures/open311_quirks, written by
the project)."""

from __future__ import annotations

import json
import logging
import re
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
import requests

from citizen_app import app
from citizen_app.api import open311, open311_read
from citizen_app.api.client import Open311Client
from citizen_app.api.errors import NotOffered, Rejected
from citizen_app.core.local_db import LocalDatabase
from citizen_app.core.offline_cache import OfflineCache, dump_services, restore_services
from tests.strict_open311 import API_KEY, JURISDICTION, StrictOpen311

FIXTURES = Path(__file__).parent / "fixtures" / "open311_quirks"
VARIANTS = [("json", False), ("xml", False), ("json", True), ("xml", True)]
# What a terminal would act on, or what would reorder a line: none may come from a server.
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028-\u202e\u2066-\u2069\ud800-\udfff]")


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


@pytest.fixture(autouse=True)
def no_site_file(monkeypatch, tmp_path: Path) -> None:
    """The command line reads the site and user files: none here."""
    monkeypatch.setenv("CITIZEN_APP_SITE_CONFIG", str(tmp_path / "site.toml"))
    monkeypatch.setenv("CITIZEN_APP_USER_CONFIG", str(tmp_path / "user.toml"))
    for name in ("CITIZEN_APP_SERVER", "CITIZEN_APP_API_KEY", "CITIZEN_APP_JURISDICTION"):
        monkeypatch.delenv(name, raising=False)


def cli(capsys, *args: str) -> tuple[int, str, str]:
    code = app.main(["open311", *args])
    out, err = capsys.readouterr()
    return code, out, err


# --- the strict server ------------------------------------------------------------------------


def test_the_strict_server_is_strict() -> None:
    """What the tests below rely on: unknown parameters, a key in the query string, a missing
    required attribute are refused, as mySociety's open311-endpoint refuses them."""
    with StrictOpen311() as server:
        lookup = requests.get(f"{server.url}/requests/1.json?extensions=true", timeout=10)
        assert lookup.status_code == 400
        assert "extensions" in lookup.json()[0]["description"]
        in_query = requests.post(
            f"{server.url}/requests.json?api_key={API_KEY}",
            data={"service_code": "BULKY", "address_string": "x"},
            timeout=10,
        )
        assert in_query.status_code == 400
        missing = requests.post(
            f"{server.url}/requests.json",
            data={"api_key": API_KEY, "service_code": "POT", "address_string": "x"},
            timeout=10,
        )
        assert missing.status_code == 400
        assert requests.get(f"{server.url}/services.json?page=2", timeout=10).status_code == 400


@pytest.mark.parametrize(("fmt", "upper"), VARIANTS)
def test_every_client_call_against_a_strict_server(fmt: str, upper: bool) -> None:
    with StrictOpen311(upper=upper) as server:
        client = Open311Client(server.url, api_key=API_KEY, jurisdiction=JURISDICTION, fmt=fmt)
        services = {s.code: s for s in client.services()}
        assert set(services) == {"POT", "BULKY"}
        assert services["POT"].name == "Pothole"
        assert services["POT"].metadata is True
        assert services["POT"].keywords == ("road", "hole")
        assert services["BULKY"].type == "batch"
        definition = client.definition("POT")
        assert [(a.code, a.required, a.datatype) for a in definition.attributes] == [
            ("DEPTH", True, "number"),
            ("SIDE", False, "singlevaluelist"),
        ]
        assert [v.key for v in definition.attributes[1].values] == ["L", "R"]
        made = client.submit(
            "POT",
            {"address_string": "Ein Sara street", "lat": 31.5326, "long": 35.0998},
            {"DEPTH": "12", "SIDE": "L"},
            str(uuid.uuid4()),
        )
        assert made.id == "638001"
        found = client.request(made.id)
        assert found is not None
        assert (found.id, found.status, found.service_name) == ("638001", "open", "Pothole")
        assert found.requested == datetime(2026, 3, 1, 8, 15, tzinfo=UTC)
        assert (found.lat, found.long) == (31.5326, 35.0998)
        assert found.agency_responsible == "Public works"
        batch = client.submit("BULKY", {"address_string": "x"}, {}, str(uuid.uuid4()))
        assert (batch.id, batch.token, batch.notice) == (None, "tok-1", "Collected within a week")
        assert client.token("tok-1") == "638002"
        assert client.wait_for_id("tok-1", tries=1) == "638002"
        listed = client.requests(status="open", service_code="POT")
        assert [r.id for r in listed] == ["638001"]
        with pytest.raises(NotOffered):  # paging is not announced: refused before sending
            client.requests(page=2)
        with pytest.raises(Rejected) as refused:
            client.submit("POT", {"address_string": "x"}, {}, str(uuid.uuid4()))
        assert refused.value.messages == ["Attribute DEPTH is required"]
    assert [c for c in server.refused if c.method == "GET"] == []
    assert all("extensions" not in c.query for c in server.calls)


@pytest.mark.parametrize(("fmt", "upper"), VARIANTS)
def test_every_command_against_a_strict_server(capsys, fmt: str, upper: bool) -> None:
    with StrictOpen311(upper=upper) as server:
        shared = ["--server", server.url, "--format", fmt, "--jurisdiction", JURISDICTION]
        # The shared options before the command …
        code, out, err = cli(capsys, *shared, "services")
        assert code == 0, err
        assert [s["code"] for s in json.loads(out)] == ["POT", "BULKY"]
        # … or after it.
        code, out, err = cli(capsys, "definition", "POT", *shared)
        assert code == 0, err
        assert json.loads(out)["attributes"][0]["required"] is True
        code, out, err = cli(
            capsys, "submit", "POT", "--address", "شارع عين سارة", "-a", "DEPTH=4",
            "-a", "SIDE=R", *shared, "--api-key", API_KEY,
        )  # fmt: skip
        assert code == 0, err
        number = json.loads(out)["id"]
        code, out, err = cli(capsys, *shared, "--api-key", API_KEY, "submit", "BULKY", "--lat",
                             "31.53", "--long", "35.09")  # fmt: skip
        assert code == 0, err
        assert json.loads(out)["id"] == "638002"  # the token, polled to its number
        code, out, err = cli(capsys, "request", number, *shared)
        assert code == 0, err
        assert json.loads(out)["address"] == "شارع عين سارة"
        code, out, err = cli(capsys, *shared, "requests", "--status", "open")
        assert code == 0, err
        assert {r["id"] for r in json.loads(out)} == {number, "638002"}
        code, _, err = cli(capsys, *shared, "--api-key", API_KEY, "submit", "POT", "--address", "x")
        assert code == 2
        assert "Attribute DEPTH is required" in err
        code, _, err = cli(capsys, *shared, "requests", "--page", "2")
        assert code == 2
        assert "paging" in err
    assert [c for c in server.refused if c.method == "GET"] == []


def test_a_forced_format_the_server_does_not_offer_says_what_was_found(capsys) -> None:
    with StrictOpen311(formats=("xml",)) as server:
        code, out, err = cli(capsys, "services", "--server", server.url, "--format", "json")
        assert code == 2
        assert out == ""
        assert "XML only" in err
        assert "404" not in err
        code, out, err = cli(capsys, "services", "--server", server.url)
        assert code == 0, err
        assert len(json.loads(out)) == 2


def test_plain_http_to_another_computer_is_refused_before_anything_is_sent(capsys) -> None:
    code, out, err = cli(capsys, "services", "--server", "http://192.0.2.10/open311/v2")
    assert code == 6
    assert "plain http://" in err
    assert out == ""


# --- what servers say is data ----------------------------------------------------------------

HOSTILE = "\x1b[2J\x1b]8;;https://evil.example\x07click\x1b]8;;\x07\u202eevil\x9b31m\x85end"


def test_server_text_reaches_the_terminal_without_controls_and_bounded(capsys) -> None:
    with StrictOpen311() as server:
        server.services.append(
            {"service_code": "X1", "service_name": HOSTILE, "description": "d" * 50_000}
        )
        code, out, err = cli(capsys, "services", "--server", server.url)
        assert code == 0, err
        assert not CONTROL.search(out)
        shown = next(s for s in json.loads(out) if s["code"] == "X1")
        assert shown["name"] == HOSTILE  # escaped, not lost: scripts get the exact text
        assert len(shown["description"]) < 10_100

        words = "\x1b]8;;https://evil.example\x07Click here\x1b]8;;\x07 \u202e" + "A" * 20_000_000
        body = json.dumps([{"code": 400, "description": words}]).encode()
        server.answer_with = (400, "application/json", body)
        code, out, err = cli(capsys, "request", "1", "--server", server.url)
        assert code == 2
        assert "Click here" in err
        assert not CONTROL.search(err.replace("\n", ""))
        assert len(err) < 3000


ERROR_SHAPES = [
    (
        "errors_list.xml",
        "text/xml",
        403,
        "Invalid api_key received -- can't proceed with create_request.",
    ),
    ("error_bare.xml", "text/xml", 403, "Service temporarily limited to residents"),
    ("errors_list.json", "application/json", 400, "Attribute POLE is required; Invalid location"),
    ("error_object.json", "application/json", 403, "Your key is not allowed to post"),
    ("errors_object.json", "application/json", 404, "Jurisdiction not found"),
    ("error_message.json", "application/json", 429, "Too many requests from this key"),
    ("error_plain.txt", "text/plain", 403, "Forbidden by the municipal firewall"),
]


@pytest.mark.parametrize(("name", "kind", "status", "words"), ERROR_SHAPES)
def test_every_error_shape_in_the_servers_own_words(
    capsys, name: str, kind: str, status: int, words: str
) -> None:
    with StrictOpen311() as server:
        client = Open311Client(server.url, api_key=API_KEY)
        client.endpoint()
        server.answer_with = (status, kind, fixture(name))
        with pytest.raises(Rejected) as refused:
            client.submit("POT", {"address_string": "x"}, {"DEPTH": "1"}, "k")
        assert "; ".join(refused.value.messages) == words
        code, _, err = cli(capsys, "services", "--server", server.url)
        assert code == 2
        assert words in err
        assert "http_" not in err


# --- recorded shapes ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["services_upper.json", "services_upper.xml"])
def test_uppercase_keys_are_read(name: str) -> None:
    found = open311.services(open311_read.load(fixture(name), name.rpartition(".")[2]))
    assert [(s.code, s.name, s.type) for s in found] == [
        ("12", "Street light out", "realtime"),
        ("13", "Graffiti", "batch"),
    ]
    assert found[0].metadata is True
    assert found[0].keywords == ("light", "lamp")


def test_a_definition_wrapped_in_a_list() -> None:
    found = open311.definition(open311_read.load(fixture("definition_in_list.json"), "json"))
    assert found.service_code == "12"
    assert [a.code for a in found.attributes] == ["KIND", "POLE"]
    assert [(v.key, v.name) for v in found.attributes[0].values] == [("1", "Sodium"), ("2", "LED")]


def test_local_dates_ids_as_strings_and_zero_positions() -> None:
    first, second, third = open311.service_requests(
        open311_read.load(fixture("requests_local_time.json"), "json")
    )
    assert (first.id, second.id, third.id) == ("700123", "700124", "700125")
    # Hebron's wall clock: UTC+2 in March, UTC+3 in July (summer time).
    assert first.requested == datetime(2026, 3, 1, 8, 15, tzinfo=UTC)
    assert first.updated == datetime(2026, 7, 1, 6, 0, tzinfo=UTC)
    assert second.requested == datetime(2026, 3, 1, 8, 15, tzinfo=UTC)  # an offset is kept
    assert (first.lat, first.long) == (None, None)
    assert (second.lat, second.long) == (None, None)
    assert (third.lat, third.long) == (31.5326, 35.0998)
    elsewhere = open311.service_requests(
        open311_read.load(fixture("requests_local_time.json"), "json"), open311_zone("UTC")
    )
    assert elsewhere[0].requested == datetime(2026, 3, 1, 10, 15, tzinfo=UTC)


def open311_zone(name: str):
    from citizen_app.api.dates import zone

    return zone(name)


# --- invalid Unicode ---------------------------------------------------------------------------


def test_a_lone_surrogate_is_replaced_or_its_record_left_out(caplog) -> None:
    with caplog.at_level(logging.WARNING, logger="citizen_app.api.open311"):
        found = open311.services(open311_read.load(fixture("service_lone_surrogate.json"), "json"))
    assert [(s.code, s.name) for s in found] == [("12", "Broken \ufffd name"), ("13", "Graffiti")]
    assert "service code that is not valid Unicode" in caplog.text


def test_a_lone_surrogate_leaves_the_rest_of_the_catalogue_and_its_offline_copy(
    capsys, tmp_path: Path
) -> None:
    with StrictOpen311() as server:
        server.services.append({"service_code": "NAMED", "service_name": "Bad \ud800 name"})
        server.services.append({"service_code": "\ud800", "service_name": "Bad code"})
        client = Open311Client(server.url)
        cache = OfflineCache(LocalDatabase(tmp_path / "local.db"))
        known = cache.read_through("services", client.services, dump_services, restore_services)
        assert [s.code for s in known.value] == ["POT", "BULKY", "NAMED"]
        kept = restore_services(cache.get("services").body)
        assert kept == known.value
        code, out, err = cli(capsys, "services", "--server", server.url)
        assert code == 0, err
        assert [s["code"] for s in json.loads(out)] == ["POT", "BULKY", "NAMED"]
        assert "warning: left out a service: the server sent a service code that is not" in err
    # What /api/v1 gave raw (my requests) is kept exactly, a lone surrogate included.
    cache.put("mine", [{"service_name": "x\ud800y"}])
    assert cache.get("mine").body == [{"service_name": "x\ud800y"}]
