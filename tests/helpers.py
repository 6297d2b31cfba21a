"""Small helpers for end-to-end tests: submitting requests and parsing Open311 XML."""

from __future__ import annotations

import uuid
from xml.etree import ElementTree as ET

import requests

from tests.conftest import Account
from tests.live_server import LiveServer


def marker() -> str:
    """A word no other test uses, to find this test's rows on a shared server."""
    return "m" + uuid.uuid4().hex[:12]


def submit(
    server: LiveServer,
    account: Account | None = None,
    fmt: str = "json",
    headers: dict[str, str] | None = None,
    **fields: str,
) -> requests.Response:
    form = {
        "api_key": server.api_key,
        "service_code": "water-leak",
        "address_string": "شارع عين سارة، الخليل",
        "description": "تسرب مياه أمام البيت",
        **fields,
    }
    if form["service_code"] == "water-leak":
        form.setdefault("attribute[where]", "street")
    http = account.http if account else requests
    return http.post(
        f"{server.url}/open311/v2/requests.{fmt}", data=form, headers=headers or {}, timeout=30
    )


def new_request(server: LiveServer, account: Account | None = None, **fields: str) -> str:
    response = submit(server, account, **fields)
    assert response.status_code == 200, response.text
    return response.json()[0]["service_request_id"]


def xml(response: requests.Response) -> ET.Element:
    assert response.headers["content-type"].startswith("text/xml")
    assert response.content.startswith(b'<?xml version="1.0" encoding="UTF-8"?>')
    return ET.fromstring(response.content)


class Unplugged(requests.adapters.BaseAdapter):
    """The network cable pulled out, for the calls to one address: mount it on a client's
    session (`session.mount(url, Unplugged())`), pop it to plug back in. (Pointing a client at
    a closed port of another origin is refused by the URL rule before anything is sent: not
    a lost connection.)"""

    def send(self, request, **_):
        raise requests.ConnectionError("the network is down")

    def close(self) -> None:
        pass
