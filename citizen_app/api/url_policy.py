"""The one rule for where the client may send anything, for the app and the CLI alike.

Every URL the client will use — typed, from the site file, from a discovery document, from a
redirect, from an attachment or a media link — passes `check_url`:

- it is http(s) with a host;
- plain http:// goes only to this computer (loopback), or anywhere when the site file allows it
  (`allow_plain_http`): on the way, a password, a token or a citizen's details could be read;
- given a `base` (the configured server), the URL is joined to it with a URL library (never
  glued as text: "https://h:8443" + "2/x" is another port) and must have the same origin
  (scheme, host, port). Everything that carries a token, the site's API key or a citizen's
  contact details is sent this way, so none of it reaches another server, whatever a server
  answers.
"""

from __future__ import annotations

import ipaddress
from enum import Enum
from urllib.parse import urljoin, urlsplit, urlunsplit

from citizen_app.api.errors import ApiError

DEFAULT_PORTS = {"http": 80, "https": 443}


class Refusal(Enum):
    NOT_WEB = "not_web"  # not http(s), no host, a bad port
    PLAIN_HTTP = "plain_http"  # http:// to another computer, not allowed by the site
    OTHER_ORIGIN = "other_origin"  # not the configured server's scheme, host and port


class UrlRefused(ApiError):
    """Nothing was sent to `url` (shown without user name, password or query); `reason` says
    why, `base` is the configured server it was measured against (if any)."""

    def __init__(self, reason: Refusal, url: str, base: str = "") -> None:
        against = f" (server {base})" if base else ""
        super().__init__(f"not sending to {url}: {reason.value}{against}")
        self.reason = reason
        self.url = url
        self.base = base


def is_loopback(host: str) -> bool:
    """This computer: the only place plain http:// may go without the site allowing it."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def shown(url: str) -> str:
    """A URL as messages may show it: without a user name and password (a server address may
    carry them) and without its query (which may carry a key). A malformed address is masked
    as text."""
    try:
        parts = urlsplit(url)
    except ValueError:  # "http://[fe80::1" and the like
        scheme, separator, rest = url.partition("://")
        if not separator:
            scheme, rest = "", url
        return scheme + separator + rest.rpartition("@")[2].partition("?")[0]
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit((parts.scheme, host, parts.path, "", ""))


def origin(url: str) -> tuple[str, str, int]:
    """(scheme, host, port) with the scheme's default port filled in; ValueError if `url` is
    not an absolute http(s) URL with a host."""
    parts = urlsplit(url)
    scheme, host = parts.scheme.lower(), (parts.hostname or "").lower()
    if scheme not in DEFAULT_PORTS or not host:
        raise ValueError(url)
    return scheme, host, parts.port or DEFAULT_PORTS[scheme]


def check_url(url: str, *, base: str | None = None, allow_plain_http: bool = False) -> str:
    """The absolute URL to use, or UrlRefused. With `base`, a relative `url` is joined to it
    and the result must share its origin (use it for anything carrying a token, a key or a
    citizen's details); without, only the scheme rule applies (a typed server address, a
    tile server)."""
    try:
        if base is not None:
            base_origin = origin(check_url(base, allow_plain_http=allow_plain_http))
            url = urljoin(base if base.endswith("/") else base + "/", url)
        scheme, host, _port = found = origin(url)
    except ValueError:
        raise UrlRefused(Refusal.NOT_WEB, shown(url), shown(base or "")) from None
    if any(c.isspace() or ord(c) < 0x20 for c in url):
        raise UrlRefused(Refusal.NOT_WEB, shown(url), shown(base or ""))
    if scheme == "http" and not allow_plain_http and not is_loopback(host):
        raise UrlRefused(Refusal.PLAIN_HTTP, shown(url), shown(base or ""))
    if base is not None and found != base_origin:
        raise UrlRefused(Refusal.OTHER_ORIGIN, shown(url), shown(base))
    return url
