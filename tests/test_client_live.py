"""The API client and its command line against the real reference server."""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from datetime import datetime

import pytest

from citizen_app.api.client import Open311Client
from citizen_app.api.errors import Rejected, TransportError
from tests.live_server import ROOT, LiveServer, free_port


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_catalogue_definition_submit_and_read_back(server: LiveServer, fmt: str) -> None:
    client = Open311Client(server.url, api_key=server.api_key, language="en", fmt=fmt)
    assert client.endpoint().extensions_url == server.url + "/api/v1"
    services = {s.code: s for s in client.services()}
    assert services["water-leak"].name == "Water leak"
    assert services["residence-certificate"].needs_location is False
    definition = client.definition("street-light")
    assert [a.order for a in definition.attributes] == sorted(
        a.order for a in definition.attributes
    )
    result = client.submit(
        "street-light",
        {"address_string": "Ein Sara street", "description": "dark"},
        {"pole_number": "EL-1", "problem": "dark", "nearby": ["school", "market"]},
        str(uuid.uuid4()),
    )
    assert result.id
    found = client.request(result.id)
    assert found.id == result.id
    assert found.status == "open"
    assert found.extended_status == "submitted"
    assert found.notes[0].status == "submitted"
    assert result.id in {r.id for r in client.requests(service_code="street-light")}


def test_the_endpoint_url_itself_works_without_discovery(server: LiveServer) -> None:
    client = Open311Client(server.url + "/open311/v2")
    assert client.endpoint().url == server.url + "/open311/v2"
    assert client.endpoint().extensions_url is None
    assert client.services()


def test_a_batch_token_is_polled_to_an_id(server: LiveServer) -> None:
    client = Open311Client(server.url, api_key=server.api_key)
    result = client.submit(
        "bulky-waste", {"address_string": "x"}, {"items": ["furniture"]}, str(uuid.uuid4())
    )
    assert result.id is None
    assert result.token
    assert client.wait_for_id(result.token, tries=10, interval=0.2).startswith("HEB-")


def test_errors_are_typed(server: LiveServer) -> None:
    client = Open311Client(server.url, api_key="wrong")
    with pytest.raises(Rejected) as refused:
        client.submit("water-leak", {"address_string": "x"}, {"where": "street"}, "k")
    assert refused.value.status == 403
    good = Open311Client(server.url, api_key=server.api_key)
    with pytest.raises(Rejected) as invalid:
        good.submit("water-leak", {}, {}, str(uuid.uuid4()))
    assert invalid.value.status == 400
    assert len(invalid.value.messages) == 2
    with pytest.raises(TransportError):
        Open311Client(f"http://127.0.0.1:{free_port()}").services()


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "main.py", "open311", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )


def test_the_command_line_prints_normalised_json(server: LiveServer) -> None:
    listed = cli("--server", server.url, "--format", "xml", "services")
    assert listed.returncode == 0, listed.stderr
    services = json.loads(listed.stdout)
    assert "water-leak" in {s["code"] for s in services}
    assert all(isinstance(s["metadata"], bool) for s in services)
    made = cli(
        "--server",
        server.url,
        "--api-key",
        server.api_key,
        "submit",
        "water-leak",
        "--address",
        "شارع الشهداء",
        "-a",
        "where=meter",
    )
    assert made.returncode == 0, made.stderr
    number = json.loads(made.stdout)["id"]
    shown = json.loads(cli("--server", server.url, "request", number).stdout)
    assert shown["status"] == "open"
    assert datetime.fromisoformat(shown["requested"]).tzinfo is not None
    missing = cli("--server", server.url, "request", "HEB-1999-000000")
    assert missing.returncode == 2
    assert "404" in missing.stderr
