"""POST requests.{fmt}: creating requests, validating them against the service definition."""

from __future__ import annotations

import time
from datetime import datetime, timedelta

import pytest
import requests

from municipal_server.workdays import WorkCalendar
from tests.conftest import Account
from tests.helpers import marker, new_request, submit, xml
from tests.live_server import LiveServer
from tests.open311_client import NUMBER, W3C, errors_of, get

STREET_LIGHT = {
    "service_code": "street-light",
    "attribute[pole_number]": "EL-2045",
    "attribute[problem]": "dark",
}


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_create_and_read_back(server: LiveServer, fmt: str) -> None:
    word = marker()
    response = submit(server, fmt=fmt, description=f"تسرب {word}", lat="31.5326", long="35.0998")
    assert response.status_code == 200, response.text
    if fmt == "xml":
        root = xml(response)
        assert root.tag == "service_requests"
        [answer] = root.findall("request")
        number = answer.findtext("service_request_id")
        assert answer.find("token") is None
    else:
        [answer] = response.json()
        number = answer["service_request_id"]
        assert "token" not in answer
        assert set(answer) >= {"service_request_id", "service_notice"}
    assert NUMBER.match(number)
    [item] = get(server, f"/open311/v2/requests/{number}.json").json()
    assert item["service_request_id"] == number
    assert item["status"] == "open"
    assert item["service_code"] == "water-leak"
    assert item["description"] == f"تسرب {word}"
    assert item["lat"] == pytest.approx(31.5326) and item["long"] == pytest.approx(35.0998)
    assert item["address"] == "شارع عين سارة، الخليل"
    for key in ("requested_datetime", "updated_datetime", "expected_datetime"):
        assert W3C.match(item[key]), item[key]


def test_expected_datetime_follows_the_service_target(server: LiveServer) -> None:
    services = get(server, "/open311/v2/services.json").json()
    days = next(s for s in services if s["service_code"] == "water-leak")["target_days"]
    number = new_request(server)
    [item] = get(server, f"/open311/v2/requests/{number}.json").json()
    requested = datetime.fromisoformat(item["requested_datetime"])
    expected = datetime.fromisoformat(item["expected_datetime"])
    # The end of the `days`-th working day after the day of submission (Friday and Saturday
    # rest, Asia/Hebron); tests/test_workdays.py covers the calendar itself.
    calendar = WorkCalendar.of("Asia/Hebron", (4, 5))
    assert expected == calendar.due(requested, days)
    assert (expected.hour, expected.minute, expected.second) == (23, 59, 59)
    assert timedelta(days=days) < expected - requested < timedelta(days=days + 5)
    assert item["requested_datetime"].endswith(("+02:00", "+03:00"))  # Asia/Hebron


def test_the_first_history_event_is_submitted(server: LiveServer) -> None:
    number = new_request(server)
    [item] = get(server, f"/open311/v2/requests/{number}.json", extensions="true").json()
    assert item["extended_status"] == "submitted"
    [note] = item["notes"]
    assert note["type"] == "status" and note["status"] == "submitted"
    assert W3C.match(note["datetime"])


def test_a_certificate_needs_no_location_but_a_leak_does(server: LiveServer) -> None:
    ok = submit(
        server,
        service_code="residence-certificate",
        address_string="",
        **{"attribute[where]": "", "attribute[copies]": "٢"},
    )
    assert ok.status_code == 200, ok.text
    for fmt in ("json", "xml"):
        refused = submit(server, fmt=fmt, address_string="")
        assert refused.status_code == 400
        [(code, description)] = errors_of(refused, fmt)
        assert code == "400" and description.startswith("location:")


@pytest.mark.parametrize(
    "location",
    [
        {"lat": "31.53", "long": "35.09"},
        {"lat": "-31", "long": "-179.9"},
        {"address_id": "PARCEL-34-112"},
        {"address_string": "بلدية الخليل"},
    ],
)
def test_any_one_kind_of_location_is_enough(server: LiveServer, location: dict[str, str]) -> None:
    response = submit(server, **{"address_string": "", **location})
    assert response.status_code == 200, response.text


def test_every_invalid_attribute_is_reported(server: LiveServer) -> None:
    response = submit(
        server,
        service_code="street-light",
        **{
            "attribute[problem]": "broken",
            "attribute[lamps_out]": "many",
            "attribute[noticed_at]": "yesterday",
            "attribute[nearby][]": ["zoo"],
            "attribute[safety_note]": "x",
            "attribute[unknown]": "1",
        },
    )
    assert response.status_code == 400
    described = [e["description"] for e in response.json()]
    assert all(e["code"] == 400 for e in response.json())
    for expected in (
        "attribute[pole_number]: required",
        "attribute[problem]: unknown value 'broken'",
        "attribute[lamps_out]: not a number",
        "attribute[noticed_at]: not an ISO 8601",
        "attribute[nearby]: unknown value 'zoo'",
        "attribute[safety_note]: informational",
        "attribute[unknown]: not an attribute",
    ):
        assert sum(d.startswith(expected) for d in described) == 1, (expected, described)
    assert len(described) == 7


def test_several_errors_in_xml(server: LiveServer) -> None:
    response = submit(server, fmt="xml", service_code="street-light")
    assert response.status_code == 400
    assert errors_of(response, "xml") == [
        ("400", "attribute[pole_number]: required"),
        ("400", "attribute[problem]: required"),
    ]


def test_all_six_datatypes_are_accepted_and_normalised(server: LiveServer, clerk: Account) -> None:
    number = new_request(
        server,
        **{
            **STREET_LIGHT,
            "attribute[problem]": "flickering",
            "attribute[lamps_out]": "٣",
            "attribute[noticed_at]": "2026-11-20T19:30:00+02:00",
            "attribute[nearby][]": ["school", "mosque"],
            "attribute[details]": "السطر الأول\nالسطر الثاني",
        },
    )
    detail = clerk.http.get(f"{server.url}/api/v1/requests/{number}", timeout=30).json()
    assert detail["attributes"] == {
        "pole_number": "EL-2045",
        "problem": "flickering",
        "lamps_out": "3",
        "noticed_at": "2026-11-20T17:30:00+00:00",
        "nearby": ["school", "mosque"],
        "details": "السطر الأول\nالسطر الثاني",
    }


def test_a_multivaluelist_may_be_sent_without_brackets(server: LiveServer, clerk: Account) -> None:
    number = new_request(server, **{**STREET_LIGHT, "attribute[nearby]": "market"})
    detail = clerk.http.get(f"{server.url}/api/v1/requests/{number}", timeout=30).json()
    assert detail["attributes"]["nearby"] == ["market"]


def test_a_required_multivaluelist_needs_a_value(server: LiveServer) -> None:
    response = submit(server, service_code="bulky-waste", **{"attribute[items][]": ""})
    assert response.status_code == 400
    assert response.json()[0]["description"] == "attribute[items]: required"


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"attribute[pole_number]": "a\nb"}, "attribute[pole_number]: line breaks"),
        ({"attribute[problem]": ["dark", "flickering"]}, "attribute[problem]: only one value"),
        ({"attribute[lamps_out]": "inf"}, "attribute[lamps_out]: not a number"),
        ({"attribute[noticed_at]": "2026-11-20T19:30:00"}, "attribute[noticed_at]: not an ISO"),
        ({"attribute[noticed_at]": "20/11/2026"}, "attribute[noticed_at]: not an ISO"),
    ],
)
def test_attribute_values_are_checked_by_datatype(
    server: LiveServer, fields: dict[str, str], message: str
) -> None:
    response = submit(server, **{**STREET_LIGHT, **fields})
    assert response.status_code == 400
    [error] = response.json()
    assert error["description"].startswith(message), error


@pytest.mark.parametrize(
    ("fields", "fragment"),
    [
        ({"lat": "31.5"}, "lat/long: both"),
        ({"long": "35.1"}, "lat/long: both"),
        ({"lat": "91", "long": "35"}, "lat:"),
        ({"lat": "31", "long": "-181"}, "long:"),
        ({"lat": "north", "long": "35"}, "lat:"),
        ({"description": "x" * 4001}, "description:"),
        ({"media_url": "javascript:alert(1)"}, "media_url:"),
        ({"email": "a" * 300 + "@example.ps"}, "email:"),
    ],
)
def test_bad_fields_are_400(server: LiveServer, fields: dict[str, str], fragment: str) -> None:
    response = submit(server, **fields)
    assert response.status_code == 400
    assert any(e["description"].startswith(fragment) for e in response.json()), response.json()


def test_a_description_of_4000_characters_is_accepted(server: LiveServer) -> None:
    assert submit(server, description="و" * 4000).status_code == 200


@pytest.mark.parametrize("fmt", ["json", "xml"])
@pytest.mark.parametrize("key", [None, "", "wrong-key"])
def test_post_without_a_valid_api_key_is_403(server: LiveServer, fmt: str, key: str | None) -> None:
    form = {"service_code": "water-leak", "address_string": "x", "attribute[where]": "street"}
    if key is not None:
        form["api_key"] = key
    response = requests.post(f"{server.url}/open311/v2/requests.{fmt}", data=form, timeout=30)
    assert response.status_code == 403
    [(code, description)] = errors_of(response, fmt)
    assert code == "403" and "api_key" in description


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_unknown_or_missing_service_code(server: LiveServer, fmt: str) -> None:
    unknown = submit(server, fmt=fmt, service_code="nope")
    assert unknown.status_code == 404
    assert errors_of(unknown, fmt)[0][0] == "404"
    missing = submit(server, fmt=fmt, service_code="")
    assert missing.status_code == 400
    assert errors_of(missing, fmt) == [("400", "service_code: required")]


def test_a_wrong_jurisdiction_on_post_is_404(server: LiveServer) -> None:
    assert submit(server, jurisdiction_id="elsewhere.ps").status_code == 404
    assert submit(server, jurisdiction_id="hebron.ps").status_code == 200


def test_a_form_that_is_too_large_is_refused(server: LiveServer) -> None:
    response = submit(server, description="x" * 300_000)
    assert response.status_code == 413
    assert response.json()[0]["code"] == 413


@pytest.mark.parametrize("fmt", ["json", "xml"])
@pytest.mark.parametrize("header", ["Bearer not-a-token", "Basic dXNlcjpwYXNz", "Bearer "])
def test_an_invalid_bearer_token_is_refused_not_ignored(
    server: LiveServer, fmt: str, header: str
) -> None:
    response = submit(server, fmt=fmt, headers={"Authorization": header})
    assert response.status_code == 401
    assert errors_of(response, fmt)[0][0] == "401"


def test_a_signed_in_citizens_request_is_linked_to_the_account(
    server: LiveServer, citizen_a: Account, citizen_b: Account
) -> None:
    number = new_request(server, citizen_a)
    anonymous = new_request(server)
    mine = citizen_a.http.get(f"{server.url}/api/v1/me/requests", timeout=30).json()
    numbers = {r["id"] for r in mine["items"]}
    assert number in numbers and anonymous not in numbers
    theirs = citizen_b.http.get(f"{server.url}/api/v1/me/requests", timeout=30).json()
    assert number not in {r["id"] for r in theirs["items"]}


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_a_batch_service_returns_a_token_that_resolves_to_an_id(
    server: LiveServer, fmt: str
) -> None:
    response = submit(
        server,
        fmt=fmt,
        service_code="bulky-waste",
        **{"attribute[items][]": ["furniture", "mattress"]},
    )
    assert response.status_code == 200, response.text
    if fmt == "xml":
        answer = xml(response).find("request")
        token = answer.findtext("token")
        assert answer.find("service_request_id") is None
    else:
        [answer] = response.json()
        token = answer["token"]
        assert "service_request_id" not in answer
    assert token
    early = get(server, f"/open311/v2/tokens/{token}.{fmt}")
    assert early.status_code == 200
    if fmt == "xml":
        assert xml(early).findtext("request/token") == token
        assert xml(early).find("request/service_request_id") is None
    else:
        assert early.json() == [{"token": token}]
    deadline = time.monotonic() + 20  # MUNICIPAL_BATCH_DELAY is 0.5 s for the test servers
    number = None
    while number is None and time.monotonic() < deadline:
        time.sleep(0.2)
        ready = get(server, f"/open311/v2/tokens/{token}.{fmt}")
        if fmt == "xml":
            number = xml(ready).findtext("request/service_request_id")
            assert xml(ready).findtext("request/token") == token
        else:
            [item] = ready.json()
            number = item.get("service_request_id")
            assert item["token"] == token
    assert number is not None, "the token never resolved"
    assert NUMBER.match(number)
    [item] = get(server, f"/open311/v2/requests/{number}.json").json()
    assert item["service_code"] == "bulky-waste"


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_an_unknown_token_is_404(server: LiveServer, fmt: str) -> None:
    response = get(server, f"/open311/v2/tokens/unknown.{fmt}")
    assert response.status_code == 404
    assert errors_of(response, fmt)[0][0] == "404"
