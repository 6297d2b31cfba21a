"""Open311 GeoReport v2 over real HTTP, in JSON and XML."""

from __future__ import annotations

import re
import time
from datetime import datetime, timedelta

import pytest
import requests

from tests.conftest import Account
from tests.helpers import marker, new_request, submit, xml
from tests.live_server import LiveServer

W3C = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$")


def get(server: LiveServer, path: str, **params: str) -> requests.Response:
    return requests.get(f"{server.url}{path}", params=params, timeout=30)


def test_discovery_in_both_formats(server: LiveServer) -> None:
    body = get(server, "/open311/discovery.json").json()
    assert W3C.match(body["changeset"])
    endpoint = body["endpoints"][0]
    assert endpoint["specification"] == "http://wiki.open311.org/GeoReport_v2"
    assert endpoint["url"].endswith("/open311/v2")
    assert set(endpoint["formats"]) == {"text/xml", "application/json"}
    assert {"optional_location", "idempotency_key", "notes"} <= {
        e["name"] for e in body["extensions"]
    }
    root = xml(get(server, "/open311/discovery.xml"))
    assert root.tag == "discovery"
    assert root.findtext("endpoints/endpoint/specification") == endpoint["specification"]
    assert [f.text for f in root.findall("endpoints/endpoint/formats/format")] == [
        "text/xml",
        "application/json",
    ]


def test_service_list_is_arabic_by_default_and_localised(server: LiveServer) -> None:
    arabic = {s["service_code"]: s for s in get(server, "/open311/v2/services.json").json()}
    assert arabic["water-leak"]["service_name"] == "تسرب مياه"
    assert arabic["water-leak"]["metadata"] is True
    assert arabic["water-leak"]["type"] == "realtime"
    assert arabic["bulky-waste"]["type"] == "batch"
    assert arabic["residence-certificate"]["needs_location"] is False
    english = get(server, "/open311/v2/services.json", locale="en").json()
    assert "Water leak" in {s["service_name"] for s in english}
    french = requests.get(
        server.url + "/open311/v2/services.json", headers={"Accept-Language": "fr"}, timeout=30
    ).json()
    assert "Fuite d'eau" in {s["service_name"] for s in french}
    root = xml(get(server, "/open311/v2/services.xml", locale="en"))
    names = {s.findtext("service_code"): s for s in root.findall("service")}
    assert names["water-leak"].findtext("service_name") == "Water leak"
    assert names["water-leak"].findtext("metadata") == "true"
    assert names["water-leak"].findtext("group") == "Water"


def test_service_definition_has_all_six_datatypes(server: LiveServer) -> None:
    body = get(server, "/open311/v2/services/street-light.json", locale="en").json()
    attributes = {a["code"]: a for a in body["attributes"]}
    assert {a["datatype"] for a in body["attributes"]} == {
        "string",
        "number",
        "datetime",
        "text",
        "singlevaluelist",
        "multivaluelist",
    }
    assert attributes["safety_note"]["variable"] is False
    assert attributes["pole_number"]["required"] is True
    assert [v["key"] for v in attributes["problem"]["values"]] == [
        "dark",
        "flickering",
        "day_burning",
    ]
    orders = [a["order"] for a in body["attributes"]]
    assert orders == sorted(orders) and len(set(orders)) == len(orders)
    root = xml(get(server, "/open311/v2/services/street-light.xml"))
    problem = next(
        a for a in root.findall("attributes/attribute") if a.findtext("code") == "problem"
    )
    assert problem.findtext("values/value/key") == "dark"
    assert problem.findtext("values/value/name") == "الضوء مطفأ"


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_unknown_service_is_404_in_the_standard_shape(server: LiveServer, fmt: str) -> None:
    response = get(server, f"/open311/v2/services/no-such.{fmt}")
    assert response.status_code == 404
    if fmt == "json":
        assert response.json()[0]["code"] == 404
        assert "no-such" in response.json()[0]["description"]
    else:
        assert xml(response).findtext("error/code") == "404"


def test_wrong_jurisdiction_is_404(server: LiveServer) -> None:
    assert (
        get(server, "/open311/v2/services.json", jurisdiction_id="elsewhere.ps").status_code == 404
    )
    ok = get(server, "/open311/v2/services.json", jurisdiction_id="hebron.ps")
    assert ok.status_code == 200


def test_create_and_read_back_in_json_and_xml(server: LiveServer) -> None:
    word = marker()
    response = submit(server, fmt="xml", description=f"تسرب {word}", lat="31.5326", long="35.0998")
    assert response.status_code == 200
    number = xml(response).findtext("request/service_request_id")
    assert re.match(r"^HEB-\d{4}-\d{6}$", number)
    one = get(server, f"/open311/v2/requests/{number}.json").json()
    assert len(one) == 1
    item = one[0]
    assert item["service_request_id"] == number
    assert item["status"] == "open"
    assert item["description"] == f"تسرب {word}"
    assert item["lat"] == pytest.approx(31.5326)
    for key in ("requested_datetime", "updated_datetime", "expected_datetime"):
        assert W3C.match(item[key]), item[key]
    root = xml(get(server, f"/open311/v2/requests/{number}.xml"))
    assert root.tag == "service_requests"
    assert root.findtext("request/service_request_id") == number
    assert root.findtext("request/status") == "open"


def test_certificate_needs_no_location_but_a_leak_does(server: LiveServer) -> None:
    ok = submit(
        server,
        service_code="residence-certificate",
        address_string="",
        **{"attribute[where]": "", "attribute[copies]": "٢"},
    )
    assert ok.status_code == 200, ok.text
    refused = submit(server, address_string="")
    assert refused.status_code == 400
    assert "location" in refused.json()[0]["description"]


def test_every_invalid_attribute_is_reported(server: LiveServer) -> None:
    response = submit(
        server,
        service_code="street-light",
        **{
            "attribute[problem]": "broken",
            "attribute[lamps_out]": "many",
            "attribute[noticed_at]": "yesterday",
            "attribute[nearby][]": "zoo",
            "attribute[safety_note]": "x",
            "attribute[unknown]": "1",
        },
    )
    assert response.status_code == 400
    described = " | ".join(e["description"] for e in response.json())
    for expected in (
        "attribute[pole_number]: required",
        "attribute[problem]: unknown value",
        "attribute[lamps_out]: not a number",
        "attribute[noticed_at]: not an ISO 8601",
        "attribute[nearby]: unknown value",
        "attribute[safety_note]: informational",
        "attribute[unknown]: not an attribute",
    ):
        assert expected in described
    assert all(e["code"] == 400 for e in response.json())
    as_xml = submit(server, fmt="xml", service_code="street-light")
    assert as_xml.status_code == 400
    assert len(xml(as_xml).findall("error")) == 2


def test_all_six_datatypes_are_accepted_and_normalised(server: LiveServer, clerk: Account) -> None:
    number = new_request(
        server,
        service_code="street-light",
        **{
            "attribute[pole_number]": "EL-2045",
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


def test_string_attributes_refuse_line_breaks(server: LiveServer) -> None:
    response = submit(
        server,
        service_code="street-light",
        **{"attribute[pole_number]": "a\nb", "attribute[problem]": "dark"},
    )
    assert response.status_code == 400
    assert "line breaks" in response.json()[0]["description"]


@pytest.mark.parametrize(
    ("fields", "fragment"),
    [
        ({"lat": "31.5"}, "lat/long"),
        ({"lat": "91", "long": "35"}, "lat"),
        ({"description": "x" * 4001}, "description"),
        ({"media_url": "javascript:alert(1)"}, "media_url"),
    ],
)
def test_bad_fields_are_400(server: LiveServer, fields: dict[str, str], fragment: str) -> None:
    response = submit(server, **fields)
    assert response.status_code == 400
    assert fragment in response.json()[0]["description"]


@pytest.mark.parametrize("fmt", ["json", "xml"])
@pytest.mark.parametrize("key", [None, "", "wrong-key"])
def test_post_without_a_valid_api_key_is_403(server: LiveServer, fmt: str, key: str | None) -> None:
    form = {"service_code": "water-leak", "address_string": "x", "attribute[where]": "street"}
    if key is not None:
        form["api_key"] = key
    response = requests.post(f"{server.url}/open311/v2/requests.{fmt}", data=form, timeout=30)
    assert response.status_code == 403
    if fmt == "xml":
        assert xml(response).findtext("error/code") == "403"
    else:
        assert response.json()[0]["code"] == 403


def test_unknown_service_on_post_is_404_and_missing_code_is_400(server: LiveServer) -> None:
    assert submit(server, service_code="nope").status_code == 404
    assert submit(server, service_code="").status_code == 400


def test_an_invalid_bearer_token_is_refused_not_ignored(server: LiveServer) -> None:
    response = submit(server, headers={"Authorization": "Bearer not-a-token"})
    assert response.status_code == 401


def test_public_reads_never_show_personal_data(server: LiveServer) -> None:
    secrets = {
        "email": "layla.private@example.ps",
        "phone": "0599123456",
        "first_name": "ليلىسرية",
        "last_name": "خاصة",
        "device_id": "kiosk-secret-7",
        "account_id": "acct-secret-9",
    }
    number = new_request(server, **secrets)
    bodies = [
        get(server, f"/open311/v2/requests/{number}.json", extensions="true").text,
        get(server, f"/open311/v2/requests/{number}.xml", extensions="true").text,
        get(server, "/open311/v2/requests.json", service_request_id=number).text,
        get(server, "/open311/v2/requests.xml", extensions="true").text,
    ]
    for body in bodies:
        assert number in body
        for value in secrets.values():
            assert value not in body


def test_filters_paging_and_updated_after(server: LiveServer) -> None:
    first = new_request(server)
    second = new_request(server, service_code="residence-certificate", **{"attribute[copies]": "1"})
    both = get(server, "/open311/v2/requests.json", service_request_id=f"{first},{second}").json()
    assert {r["service_request_id"] for r in both} == {first, second}
    only = get(
        server,
        "/open311/v2/requests.json",
        service_request_id=f"{first},{second}",
        service_code="water-leak",
    ).json()
    assert len(only) == 2  # service_request_id overrides the other filters
    certificates = get(server, "/open311/v2/requests.json", service_code="residence-certificate")
    assert all(r["service_code"] == "residence-certificate" for r in certificates.json())
    assert second in {r["service_request_id"] for r in certificates.json()}
    page1 = get(server, "/open311/v2/requests.json", page_size="1", page="1").json()
    page2 = get(server, "/open311/v2/requests.json", page_size="1", page="2").json()
    assert len(page1) == 1 and len(page2) == 1 and page1 != page2
    # Open311 times have whole seconds: "after" the second in which `second` was last updated.
    stamp = get(server, f"/open311/v2/requests/{second}.json").json()[0]["updated_datetime"]
    stamp = (datetime.fromisoformat(stamp) + timedelta(seconds=1)).isoformat()
    time.sleep(1.1)
    newer = new_request(server)
    after = get(server, "/open311/v2/requests.json", updated_after=stamp).json()
    numbers = {r["service_request_id"] for r in after}
    assert newer in numbers and first not in numbers
    opened = get(server, "/open311/v2/requests.json", status="open").json()
    assert all(r["status"] == "open" for r in opened)
    assert get(server, "/open311/v2/requests.json", status="closed").status_code == 200


@pytest.mark.parametrize(
    "params",
    [
        {"start_date": "2026-01-01T00:00:00Z", "end_date": "2026-06-01T00:00:00Z"},
        {"start_date": "not a date"},
        {"end_date": "2026-01-01T00:00:00"},
        {"status": "pending"},
        {"page": "0"},
        {"page_size": "5000"},
    ],
)
def test_bad_list_parameters_are_400(server: LiveServer, params: dict[str, str]) -> None:
    for fmt in ("json", "xml"):
        response = get(server, f"/open311/v2/requests.{fmt}", **params)
        assert response.status_code == 400, (params, response.text)
        if fmt == "xml":
            assert xml(response).findtext("error/code") == "400"


def test_unknown_request_and_path_are_404(server: LiveServer) -> None:
    assert get(server, "/open311/v2/requests/HEB-1999-999999.json").status_code == 404
    assert (
        xml(get(server, "/open311/v2/requests/HEB-1999-999999.xml")).findtext("error/code") == "404"
    )
    assert get(server, "/open311/v2/nothing.json").status_code == 404


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
    assert "notes" not in plain
    assert plain["status_notes"] == "فريق الصيانة في الطريق"
    item = get(server, f"/open311/v2/requests/{number}.json", extensions="true").json()[0]
    assert item["extended_status"] == "in_progress"
    assert [n["status"] for n in item["notes"]] == ["submitted", "received", "in_progress"]
    assert "سري للموظفين" not in str(item)
    root = xml(get(server, f"/open311/v2/requests/{number}.xml", extensions="true"))
    assert [n.findtext("status") for n in root.findall("request/notes/note")] == [
        "submitted",
        "received",
        "in_progress",
    ]


def test_batch_service_returns_a_token_that_resolves_to_an_id(server: LiveServer) -> None:
    response = submit(
        server, service_code="bulky-waste", **{"attribute[items][]": ["furniture", "mattress"]}
    )
    assert response.status_code == 200, response.text
    answer = response.json()[0]
    assert "service_request_id" not in answer or answer["service_request_id"] is None
    token = answer["token"]
    early = get(server, f"/open311/v2/tokens/{token}.json").json()[0]
    assert early["token"] == token and early.get("service_request_id") is None
    time.sleep(0.8)
    ready = get(server, f"/open311/v2/tokens/{token}.json").json()[0]
    assert re.match(r"^HEB-\d{4}-\d{6}$", ready["service_request_id"])
    root = xml(get(server, f"/open311/v2/tokens/{token}.xml"))
    assert root.findtext("request/service_request_id") == ready["service_request_id"]
    assert get(server, "/open311/v2/tokens/unknown.json").status_code == 404


def test_a_signed_in_citizens_request_is_linked_to_the_account(
    server: LiveServer, citizen_a: Account
) -> None:
    number = new_request(server, citizen_a)
    mine = citizen_a.http.get(f"{server.url}/api/v1/me/requests", timeout=30).json()
    assert number in {r["id"] for r in mine["items"]}
