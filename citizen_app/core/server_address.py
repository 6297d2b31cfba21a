"""Checking an address typed for the municipality's server before anything is sent to it."""

from __future__ import annotations

from enum import Enum
from urllib.parse import urlsplit

from citizen_app.api.http import is_loopback


class AddressProblem(Enum):
    EMPTY = "empty"
    NOT_WEB = "not_web"  # not http(s), or no host
    PLAIN_HTTP = "plain_http"  # http:// to another machine: passwords would travel in clear


def normalise(address: str) -> str:
    """Trimmed, without a trailing slash; a bare host name gets https://."""
    address = address.strip()
    if address and "://" not in address:
        address = "https://" + address
    scheme, _, rest = address.partition("://")
    return f"{scheme}://{rest.rstrip('/')}" if rest else address


def problem(address: str, allow_http: bool = False) -> AddressProblem | None:
    if not address.strip():
        return AddressProblem.EMPTY
    try:
        parts = urlsplit(normalise(address))
        host = parts.hostname or ""
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        return AddressProblem.NOT_WEB
    if parts.scheme not in ("http", "https") or not host or " " in address.strip():
        return AddressProblem.NOT_WEB
    if parts.scheme == "http" and not allow_http and not is_loopback(host):
        return AddressProblem.PLAIN_HTTP
    return None
