"""Open311 discovery, service list and service definitions over HTTP, in JSON and XML."""

from __future__ import annotations

import pytest
import requests

from tests.helpers import xml
from tests.live_server import LiveServer
from tests.open311_client import W3C, errors_of, get

SPEC = "http://wiki.open311.org/GeoReport_v2"
# What a client needs to know about our extensions must be in the discovery document.
EXTENSIONS = {
    "api_v1",
    "idempotency_key",
    "bearer_account",
    "optional_location",
    "localisation",
    "paging",
    "notes",
    "service_fields",
}


@pytest.mark.parametrize("path", ["/open311/discovery", "/open311/v2/discovery"])
def test_discovery_in_both_formats(server: LiveServer, path: str) -> None:
    body = get(server, path + ".json").json()
    assert W3C.match(body["changeset"])
    assert body["contact"] and body["key_service"]
    assert body["jurisdiction_id"] == "hebron.ps"
    [endpoint] = body["endpoints"]
    assert endpoint["specification"] == SPEC
    assert endpoint["url"] == "/open311/v2"  # no MUNICIPAL_PUBLIC_URL: the path only
    assert endpoint["type"] == "production"
    assert endpoint["changeset"] == body["changeset"]
    assert endpoint["formats"] == ["text/xml", "application/json"]
    extensions = {e["name"]: e["description"] for e in body["extensions"]}
    assert set(extensions) >= EXTENSIONS
    assert "/openapi.json" in extensions["api_v1"]
    assert "Idempotency-Key" in extensions["idempotency_key"]
    assert "needs_location" in extensions["optional_location"]
    assert "Accept-Language" in extensions["localisation"]
    assert "locale" in extensions["localisation"]
    assert "page_size" in extensions["paging"] and "updated_after" in extensions["paging"]
    assert "extensions=true" in extensions["notes"]

    root = xml(get(server, path + ".xml"))
    assert root.tag == "discovery"
    assert root.findtext("changeset") == body["changeset"]
    assert root.findtext("contact") == body["contact"]
    assert root.findtext("endpoints/endpoint/specification") == SPEC
    assert root.findtext("endpoints/endpoint/url") == endpoint["url"]
    assert root.findtext("endpoints/endpoint/type") == "production"
    assert [f.text for f in root.findall("endpoints/endpoint/formats/format")] == [
        "text/xml",
        "application/json",
    ]
    assert {e.findtext("name") for e in root.findall("extensions/extension")} >= EXTENSIONS


def test_discovery_contact_follows_the_language(server: LiveServer) -> None:
    arabic = get(server, "/open311/discovery.json").json()["contact"]
    english = get(server, "/open311/discovery.json", locale="en").json()["contact"]
    assert arabic != english
    assert any("\u0600" <= ch <= "\u06ff" for ch in arabic)


def test_service_list_in_json(server: LiveServer) -> None:
    services = get(server, "/open311/v2/services.json").json()
    by_code = {s["service_code"]: s for s in services}
    assert len(by_code) == len(services) >= 4
    leak = by_code["water-leak"]
    assert list(leak)[:7] == [
        "service_code",
        "service_name",
        "description",
        "metadata",
        "type",
        "keywords",
        "group",
    ]
    assert leak["service_name"] == "تسرب مياه"
    assert leak["metadata"] is True
    assert leak["type"] == "realtime"
    assert leak["needs_location"] is True
    assert isinstance(leak["keywords"], str) and leak["keywords"]
    assert by_code["bulky-waste"]["type"] == "batch"
    assert by_code["residence-certificate"]["needs_location"] is False
    assert all(s["type"] in ("realtime", "batch") for s in services)


def test_service_list_in_xml(server: LiveServer) -> None:
    root = xml(get(server, "/open311/v2/services.xml", locale="en"))
    assert root.tag == "services"
    services = {s.findtext("service_code"): s for s in root.findall("service")}
    leak = services["water-leak"]
    assert leak.findtext("service_name") == "Water leak"
    assert leak.findtext("metadata") == "true"
    assert leak.findtext("type") == "realtime"
    assert leak.findtext("group") == "Water"
    assert leak.findtext("needs_location") == "true"
    assert services["residence-certificate"].findtext("needs_location") == "false"
    assert services["bulky-waste"].findtext("type") == "batch"


@pytest.mark.parametrize(
    ("params", "headers", "name"),
    [
        ({}, {}, "تسرب مياه"),
        ({"locale": "en"}, {}, "Water leak"),
        ({"locale": "fr_FR"}, {}, "Fuite d'eau"),
        ({}, {"Accept-Language": "fr"}, "Fuite d'eau"),
        ({}, {"Accept-Language": "de, en;q=0.8, fr;q=0.5"}, "Water leak"),
        ({}, {"Accept-Language": "de"}, "تسرب مياه"),
        ({"locale": "en"}, {"Accept-Language": "fr"}, "Water leak"),
    ],
)
def test_services_are_localised(
    server: LiveServer, params: dict[str, str], headers: dict[str, str], name: str
) -> None:
    services = get(server, "/open311/v2/services.json", headers, **params).json()
    leak = next(s for s in services if s["service_code"] == "water-leak")
    assert leak["service_name"] == name


def test_service_definition_has_all_six_datatypes(server: LiveServer) -> None:
    body = get(server, "/open311/v2/services/street-light.json", locale="en").json()
    assert body["service_code"] == "street-light"
    attributes = {a["code"]: a for a in body["attributes"]}
    assert {a["datatype"] for a in body["attributes"]} == {
        "string",
        "number",
        "datetime",
        "text",
        "singlevaluelist",
        "multivaluelist",
    }
    for attribute in body["attributes"]:
        assert set(attribute) >= {
            "variable",
            "code",
            "datatype",
            "required",
            "datatype_description",
            "order",
            "description",
        }
        assert attribute["description"]
        if attribute["datatype"].endswith("valuelist"):
            assert all(set(v) == {"key", "name"} and v["name"] for v in attribute["values"])
    assert attributes["safety_note"]["variable"] is False
    assert attributes["pole_number"]["required"] is True
    assert attributes["problem"]["required"] is True
    assert attributes["lamps_out"]["datatype"] == "number"
    assert attributes["noticed_at"]["datatype"] == "datetime"
    assert attributes["details"]["datatype"] == "text"
    assert [v["key"] for v in attributes["problem"]["values"]] == [
        "dark",
        "flickering",
        "day_burning",
    ]
    assert [v["key"] for v in attributes["nearby"]["values"]] == [
        "school",
        "mosque",
        "junction",
        "market",
    ]
    orders = [a["order"] for a in body["attributes"]]
    assert orders == sorted(orders) and len(set(orders)) == len(orders) and orders[0] >= 1


def test_service_definition_in_xml_is_arabic_by_default(server: LiveServer) -> None:
    root = xml(get(server, "/open311/v2/services/street-light.xml"))
    assert root.tag == "service_definition"
    assert root.findtext("service_code") == "street-light"
    attributes = {a.findtext("code"): a for a in root.findall("attributes/attribute")}
    problem = attributes["problem"]
    assert problem.findtext("datatype") == "singlevaluelist"
    assert problem.findtext("required") == "true"
    assert problem.findtext("variable") == "true"
    assert problem.findtext("values/value/key") == "dark"
    assert problem.findtext("values/value/name") == "الضوء مطفأ"
    assert attributes["safety_note"].findtext("variable") == "false"
    assert [int(a.findtext("order")) for a in root.findall("attributes/attribute")] == sorted(
        int(a.findtext("order")) for a in root.findall("attributes/attribute")
    )


def test_service_definition_is_localised(server: LiveServer) -> None:
    def problem(**kwargs: object) -> dict:
        response = requests.get(
            server.url + "/open311/v2/services/street-light.json", timeout=30, **kwargs
        )
        return next(a for a in response.json()["attributes"] if a["code"] == "problem")

    arabic, english = problem(), problem(params={"locale": "en"})
    french = problem(headers={"Accept-Language": "fr-FR,fr;q=0.9"})
    assert arabic["values"][0]["name"] == "الضوء مطفأ"
    assert english["description"] != arabic["description"] != french["description"]
    assert french["values"][0]["name"] == "La lampe est éteinte"
    assert [v["key"] for v in english["values"]] == [v["key"] for v in arabic["values"]]


def test_a_service_without_a_location_has_a_definition(server: LiveServer) -> None:
    body = get(server, "/open311/v2/services/residence-certificate.json", locale="en").json()
    [copies] = [a for a in body["attributes"] if a["code"] == "copies"]
    assert copies["datatype"] == "number" and copies["required"] is True


@pytest.mark.parametrize("fmt", ["json", "xml"])
@pytest.mark.parametrize(
    "path",
    [
        "/open311/v2/services/no-such.{fmt}",
        "/open311/v2/services.{fmt}?jurisdiction_id=elsewhere.ps",
        "/open311/v2/services/water-leak.{fmt}?jurisdiction_id=elsewhere.ps",
        "/open311/v2/nothing.{fmt}",
        "/open311/v3/services.{fmt}",
    ],
)
def test_unknown_things_are_404_in_the_standard_shape(
    server: LiveServer, fmt: str, path: str
) -> None:
    response = requests.get(server.url + path.format(fmt=fmt), timeout=30)
    assert response.status_code == 404
    [(code, description)] = errors_of(response, fmt)
    assert code == "404" and description


def test_an_unknown_format_is_404(server: LiveServer) -> None:
    response = get(server, "/open311/v2/services.csv")
    assert response.status_code == 404
    assert response.json()[0]["code"] == 404
    assert ".json or .xml" in response.json()[0]["description"]


def test_the_right_jurisdiction_or_none_is_accepted(server: LiveServer) -> None:
    plain = get(server, "/open311/v2/services.json").json()
    assert get(server, "/open311/v2/services.json", jurisdiction_id="hebron.ps").json() == plain
    assert get(server, "/open311/v2/services.json", jurisdiction_id="").json() == plain


def test_openapi_declares_every_open311_route_in_both_formats(server: LiveServer) -> None:
    paths = get(server, "/openapi.json").json()["paths"]
    expected = {
        ("get", "/open311/discovery.{fmt}"),
        ("get", "/open311/v2/services.{fmt}"),
        ("get", "/open311/v2/services/{service_code}.{fmt}"),
        ("post", "/open311/v2/requests.{fmt}"),
        ("get", "/open311/v2/requests.{fmt}"),
        ("get", "/open311/v2/requests/{service_request_id}.{fmt}"),
        ("get", "/open311/v2/tokens/{token}.{fmt}"),
    }
    for method, path in expected:
        operation = paths[path][method]
        responses = operation["responses"]
        assert set(responses["200"]["content"]) == {"application/json", "text/xml"}
        assert set(responses["404"]["content"]) == {"application/json", "text/xml"}
        assert responses["400"]["content"]["application/json"]["schema"]["type"] == "array"
        assert "422" not in responses or method == "post"
        [fmt] = [p for p in operation["parameters"] if p["name"] == "fmt"]
        assert fmt["schema"]["enum"] == ["json", "xml"]
    post = paths["/open311/v2/requests.{fmt}"]["post"]
    assert {"401", "403", "422"} <= set(post["responses"])
    form = post["requestBody"]["content"]["application/x-www-form-urlencoded"]["schema"]
    assert {"api_key", "service_code", "lat", "long", "address_string"} <= set(form["properties"])
