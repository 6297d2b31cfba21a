"""GET requests.{fmt} and requests/{id}.{fmt}: filters, paging, history, privacy, errors."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest

from tests.conftest import Account
from tests.helpers import new_request, submit, xml
from tests.live_server import LiveServer
from tests.open311_client import W3C, errors_of, get

FIELDS = [
    "service_request_id",
    "status",
    "status_notes",
    "service_name",
    "service_code",
    "description",
    "agency_responsible",
    "service_notice",
    "requested_datetime",
    "updated_datetime",
    "expected_datetime",
    "address",
    "address_id",
    "zipcode",
    "lat",
    "long",
    "media_url",
]


def test_one_request_in_json_has_every_standard_field(server: LiveServer) -> None:
    number = new_request(
        server, lat="31.53", long="35.1", address_id="P-7", media_url="https://example.ps/a.jpg"
    )
    [item] = get(server, f"/open311/v2/requests/{number}.json").json()
    assert list(item) == FIELDS
    assert item["status"] == "open"
    assert item["status_notes"] is None
    assert item["service_name"] == "تسرب مياه"
    assert item["agency_responsible"].startswith("بلدية الخليل")
    assert item["address_id"] == "P-7" and item["zipcode"] is None
    assert item["media_url"] == "https://example.ps/a.jpg"
    english = get(server, f"/open311/v2/requests/{number}.json", locale="en").json()[0]
    assert english["service_name"] == "Water leak"
    assert english["agency_responsible"] != item["agency_responsible"]


def test_one_request_in_xml(server: LiveServer) -> None:
    number = new_request(server, lat="31.53", long="35.1")
    root = xml(get(server, f"/open311/v2/requests/{number}.xml"))
    assert root.tag == "service_requests"
    [request] = root.findall("request")
    assert [child.tag for child in request] == FIELDS
    assert request.findtext("service_request_id") == number
    assert request.findtext("status") == "open"
    assert request.findtext("service_code") == "water-leak"
    assert float(request.findtext("lat")) == pytest.approx(31.53)
    assert W3C.match(request.findtext("requested_datetime"))
    assert request.findtext("zipcode") == ""


def test_the_list_in_json_and_xml_newest_first(server: LiveServer) -> None:
    first, second = new_request(server), new_request(server)
    listed = [r["service_request_id"] for r in get(server, "/open311/v2/requests.json").json()]
    assert listed.index(second) < listed.index(first)
    root = xml(get(server, "/open311/v2/requests.xml"))
    assert root.tag == "service_requests"
    numbers = [r.findtext("service_request_id") for r in root.findall("request")]
    assert numbers == listed
    assert all(W3C.match(r.findtext("updated_datetime")) for r in root.findall("request"))


def test_an_empty_list(server: LiveServer) -> None:
    future = {"start_date": "2099-01-01T00:00:00Z"}
    assert get(server, "/open311/v2/requests.json", **future).json() == []
    root = xml(get(server, "/open311/v2/requests.xml", **future))
    assert root.tag == "service_requests" and len(root) == 0


def test_service_request_id_overrides_the_other_filters(server: LiveServer) -> None:
    first = new_request(server)
    second = new_request(server, service_code="sidewalk-damage")
    both = get(server, "/open311/v2/requests.json", service_request_id=f"{first}, {second}").json()
    assert {r["service_request_id"] for r in both} == {first, second}
    overriding = get(
        server,
        "/open311/v2/requests.xml",
        service_request_id=f"{first},{second},HEB-1999-000001",
        service_code="pothole",
        status="closed",
        start_date="2020-01-01T00:00:00Z",
        end_date="2020-02-01T00:00:00Z",
    )
    numbers = {r.findtext("service_request_id") for r in xml(overriding).findall("request")}
    assert numbers == {first, second}


def test_service_code_and_status_filters(server: LiveServer) -> None:
    leak = new_request(server)
    sidewalk = new_request(server, service_code="sidewalk-damage")
    only = get(server, "/open311/v2/requests.json", service_code="sidewalk-damage").json()
    assert {r["service_code"] for r in only} == {"sidewalk-damage"}
    assert sidewalk in {r["service_request_id"] for r in only}
    several = get(
        server, "/open311/v2/requests.json", service_code="sidewalk-damage,water-leak"
    ).json()
    assert {leak, sidewalk} <= {r["service_request_id"] for r in several}
    opened = get(server, "/open311/v2/requests.json", status="open").json()
    assert leak in {r["service_request_id"] for r in opened}
    assert {r["status"] for r in opened} == {"open"}
    closed = get(server, "/open311/v2/requests.json", status="closed").json()
    assert {r["status"] for r in closed} <= {"closed"}
    both = get(server, "/open311/v2/requests.json", status="open,closed").json()
    assert len(both) == len(opened) + len(closed)


def test_a_closed_request_is_listed_as_closed(server: LiveServer, clerk: Account) -> None:
    number = new_request(server)
    base = f"{server.url}/api/v1/clerk/requests/{number}/status"
    note = {"status": "rejected", "note": "خارج الاختصاص"}
    assert clerk.http.post(base, json=note, timeout=30).ok
    [item] = get(server, f"/open311/v2/requests/{number}.json").json()
    assert item["status"] == "closed"
    assert item["status_notes"] == "خارج الاختصاص"
    closed = get(server, "/open311/v2/requests.json", status="closed").json()
    assert number in {r["service_request_id"] for r in closed}
    opened = get(server, "/open311/v2/requests.json", status="open").json()
    assert number not in {r["service_request_id"] for r in opened}


def test_date_range_filters(server: LiveServer) -> None:
    number = new_request(server)
    now = datetime.now(UTC)
    inside = {
        "start_date": (now - timedelta(days=1)).isoformat(timespec="seconds"),
        "end_date": (now + timedelta(days=1)).isoformat(timespec="seconds"),
    }
    listed = get(server, "/open311/v2/requests.json", **inside).json()
    assert number in {r["service_request_id"] for r in listed}
    before = {"end_date": (now - timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%SZ")}
    assert number not in {
        r["service_request_id"] for r in get(server, "/open311/v2/requests.json", **before).json()
    }
    day = {"start_date": now.date().isoformat()}  # a plain date is midnight UTC
    assert number in {
        r["service_request_id"] for r in get(server, "/open311/v2/requests.json", **day).json()
    }


def test_paging(server: LiveServer) -> None:
    for _ in range(3):
        new_request(server)
    everything = [r["service_request_id"] for r in get(server, "/open311/v2/requests.json").json()]
    pages = [
        [
            r["service_request_id"]
            for r in get(server, "/open311/v2/requests.json", page_size="2", page=str(n)).json()
        ]
        for n in (1, 2)
    ]
    assert pages == [everything[:2], everything[2:4]]
    root = xml(get(server, "/open311/v2/requests.xml", page_size="1", page="2"))
    assert [r.findtext("service_request_id") for r in root.findall("request")] == everything[1:2]
    beyond = get(server, "/open311/v2/requests.json", page_size="1000", page="999").json()
    assert beyond == []


def test_updated_after(server: LiveServer, clerk: Account) -> None:
    old = new_request(server)
    [item] = get(server, f"/open311/v2/requests/{old}.json").json()
    # Open311 times have whole seconds: ask for what changed after the second `old` was made.
    stamp = (datetime.fromisoformat(item["updated_datetime"]) + timedelta(seconds=1)).isoformat()
    time.sleep(1.1)
    newer = new_request(server)
    after = {
        r["service_request_id"]
        for r in get(server, "/open311/v2/requests.json", updated_after=stamp).json()
    }
    assert newer in after and old not in after
    # A status change updates the request, so it comes back in the next refresh.
    base = f"{server.url}/api/v1/clerk/requests/{old}/status"
    assert clerk.http.post(base, json={"status": "received"}, timeout=30).ok
    root = xml(get(server, "/open311/v2/requests.xml", updated_after=stamp))
    assert old in {r.findtext("service_request_id") for r in root.findall("request")}


def test_extensions_add_the_public_history(server: LiveServer, clerk: Account) -> None:
    number = new_request(server)
    base = f"{server.url}/api/v1/clerk/requests/{number}"
    assert clerk.http.post(f"{base}/status", json={"status": "received"}, timeout=30).ok
    assert clerk.http.post(f"{base}/notes", json={"note": "سري للموظفين"}, timeout=30).ok
    assert clerk.http.post(
        f"{base}/status",
        json={"status": "in_progress", "note": "فريق الصيانة في الطريق"},
        timeout=30,
    ).ok
    plain = get(server, f"/open311/v2/requests/{number}.json").json()[0]
    assert "notes" not in plain and "extended_status" not in plain
    assert plain["status_notes"] == "فريق الصيانة في الطريق"
    item = get(server, f"/open311/v2/requests/{number}.json", extensions="true").json()[0]
    assert item["extended_status"] == "in_progress"
    assert [(n["type"], n["status"]) for n in item["notes"]] == [
        ("status", "submitted"),
        ("status", "received"),
        ("status", "in_progress"),
    ]
    assert item["notes"][-1]["description"] == "فريق الصيانة في الطريق"
    assert all(W3C.match(n["datetime"]) for n in item["notes"])
    listed = get(
        server, "/open311/v2/requests.json", service_request_id=number, extensions="true"
    ).json()
    assert listed == [item]
    everything = get(server, "/open311/v2/requests.json", extensions="true").text
    assert "سري للموظفين" not in everything
    root = xml(get(server, f"/open311/v2/requests/{number}.xml", extensions="true"))
    assert root.findtext("request/extended_status") == "in_progress"
    notes = root.findall("request/notes/note")
    assert [n.findtext("status") for n in notes] == ["submitted", "received", "in_progress"]
    assert notes[-1].findtext("description") == "فريق الصيانة في الطريق"
    assert "سري للموظفين" not in get(server, f"/open311/v2/requests/{number}.xml").text


def test_public_reads_never_show_personal_data(server: LiveServer, citizen_a: Account) -> None:
    secrets = {
        "email": "layla.private@example.ps",
        "phone": "0599123456",
        "first_name": "ليلىسرية",
        "last_name": "خاصةجدا",
        "device_id": "kiosk-secret-7",
        "account_id": "acct-secret-9",
    }
    number = new_request(server, citizen_a, **secrets)
    token = submit(
        server, service_code="bulky-waste", **{"attribute[items][]": "furniture"}, **secrets
    ).json()[0]["token"]
    time.sleep(0.8)
    private = [*secrets.values(), citizen_a.login, citizen_a.user["name"]]
    bodies = []
    for fmt in ("json", "xml"):
        bodies += [
            get(server, f"/open311/v2/requests/{number}.{fmt}").text,
            get(server, f"/open311/v2/requests/{number}.{fmt}", extensions="true").text,
            get(server, f"/open311/v2/requests.{fmt}", service_request_id=number).text,
            get(server, f"/open311/v2/requests.{fmt}").text,
            get(server, f"/open311/v2/requests.{fmt}", extensions="true").text,
            get(server, f"/open311/v2/tokens/{token}.{fmt}").text,
        ]
    for body in bodies:
        assert number in body or token in body
        for value in private:
            assert value not in body, value


@pytest.mark.parametrize("fmt", ["json", "xml"])
@pytest.mark.parametrize(
    ("params", "fragment"),
    [
        ({"start_date": "2026-01-01T00:00:00Z", "end_date": "2026-06-01T00:00:00Z"}, "90 days"),
        ({"start_date": "2026-02-01T00:00:00Z", "end_date": "2026-01-01T00:00:00Z"}, "before"),
        ({"start_date": "not a date"}, "start_date"),
        ({"end_date": "2026-01-01T00:00:00"}, "end_date"),
        ({"updated_after": "yesterday"}, "updated_after"),
        ({"status": "pending"}, "status"),
        ({"page": "0"}, "page"),
        ({"page": "abc"}, "page"),
        ({"page_size": "1001"}, "page_size"),
        ({"page_size": "0"}, "page_size"),
        ({"extensions": "maybe"}, "extensions"),
    ],
)
def test_bad_list_parameters_are_400(
    server: LiveServer, fmt: str, params: dict[str, str], fragment: str
) -> None:
    response = get(server, f"/open311/v2/requests.{fmt}", **params)
    assert response.status_code == 400, (params, response.text)
    [(code, description)] = errors_of(response, fmt)
    assert code == "400" and fragment in description


def test_a_range_of_exactly_90_days_is_allowed(server: LiveServer) -> None:
    response = get(
        server,
        "/open311/v2/requests.json",
        start_date="2026-01-01T00:00:00Z",
        end_date="2026-04-01T00:00:00Z",
    )
    assert response.status_code == 200


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_unknown_request_is_404(server: LiveServer, fmt: str) -> None:
    response = get(server, f"/open311/v2/requests/HEB-1999-999999.{fmt}")
    assert response.status_code == 404
    [(code, description)] = errors_of(response, fmt)
    assert code == "404" and "HEB-1999-999999" in description
    wrong = get(server, f"/open311/v2/requests.{fmt}", jurisdiction_id="elsewhere.ps")
    assert wrong.status_code == 404
