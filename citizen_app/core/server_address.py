"""Checking an address typed for the municipality's server before anything is sent to it."""

from __future__ import annotations

from enum import Enum

from citizen_app.api.url_policy import Refusal, UrlRefused, check_url


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
    """What stops the app from using `address` (the one rule of api/url_policy.py), if any."""
    if not address.strip():
        return AddressProblem.EMPTY
    if " " in address.strip():
        return AddressProblem.NOT_WEB
    try:
        check_url(normalise(address), allow_plain_http=allow_http)
    except UrlRefused as refused:
        if refused.reason is Refusal.PLAIN_HTTP:
            return AddressProblem.PLAIN_HTTP
        return AddressProblem.NOT_WEB
    return None
