"""Helpers for the Open311 tests: GETs against the live server and W3C date checks."""

from __future__ import annotations

import re

import requests

from tests.helpers import xml
from tests.live_server import LiveServer

W3C = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$")
NUMBER = re.compile(r"^HEB-\d{4}-\d{6}$")


def get(
    server: LiveServer, path: str, headers: dict[str, str] | None = None, **params: str
) -> requests.Response:
    return requests.get(f"{server.url}{path}", params=params, headers=headers or {}, timeout=30)


def errors_of(response: requests.Response, fmt: str) -> list[tuple[str, str]]:
    """The standard's error list as (code, description) pairs, from JSON or XML."""
    if fmt == "xml":
        root = xml(response)
        assert root.tag == "errors"
        return [(e.findtext("code"), e.findtext("description")) for e in root.findall("error")]
    assert response.headers["content-type"].startswith("application/json")
    return [(str(e["code"]), e["description"]) for e in response.json()]
