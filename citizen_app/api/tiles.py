"""Map tiles from an XYZ tile server ("https://tiles.example.ps/{z}/{x}/{y}.png", as
OpenStreetMap-compatible servers publish them), through the app's one HTTP layer: the same
User-Agent, timeouts and typed errors as every other call. How long a tile may be kept comes
from the server's Cache-Control or Expires header; without either, a week (what public tile
servers ask of their clients)."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from citizen_app.api.answers import Answer
from citizen_app.api.errors import ParseError, Rejected, ServerError
from citizen_app.api.url_policy import check_url

if TYPE_CHECKING:
    import requests

DEFAULT_LIFETIME = 7 * 24 * 3600.0
TILE_TIMEOUT = (4.0, 10.0)
TILE_DEADLINE = 20.0
MAX_TILE = 1024 * 1024  # a 256-pixel tile is a few kilobytes; more is not a tile


@dataclass(frozen=True)
class Tile:
    content: bytes
    #: when the tile goes stale, in seconds since the epoch; 0: not to be kept at all
    expires: float


def check_template(template: str) -> str:
    """The template itself, or ValueError with the reason (for the settings' problems)."""
    parts = urlsplit(template)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError("should start with http:// or https://")
    for name in ("{z}", "{x}", "{y}"):
        if name not in template:
            raise ValueError(f"should contain {name}")
    return template


def lifetime(answer: Answer, now: float) -> float:
    """Seconds the answer may be kept (0: not at all)."""
    control = (answer.headers.get("Cache-Control") or "").lower()
    if "no-store" in control:
        return 0.0
    found = re.search(r"(?:^|[,\s])max-age\s*=\s*(\d+)", control)
    if found:
        return float(found.group(1))
    if "no-cache" in control:
        return 0.0
    expires = answer.headers.get("Expires")
    if expires:
        import email.utils  # an Expires header only: not loaded at start-up

        try:
            when = email.utils.parsedate_to_datetime(expires)
        except (TypeError, ValueError):
            return 0.0  # RFC 9111 5.3: an invalid date means already expired
        return max(when.timestamp() - now, 0.0)
    return DEFAULT_LIFETIME


class TileServer:
    def __init__(
        self,
        template: str,
        session: requests.Session | None = None,
        allow_plain_http: bool = False,
        proxy: str = "",
    ) -> None:
        """`allow_plain_http`: the site allows http:// to other computers (api/url_policy.py;
        no token goes to a tile server, but what the citizen looks at would be seen); `proxy`:
        the site's proxy (public tile servers are checked against the built-in CAs, not the
        municipality's own)."""
        self.template = check_template(template)
        self.allow_plain_http, self.proxy = allow_plain_http, proxy
        # One retry: a missing tile is a grey square, not worth seconds of waiting.
        self._session = session

    @property
    def session(self) -> requests.Session:
        """Made on the first tile (on a worker): the HTTP stack is not loaded at start-up."""
        if self._session is None:
            from citizen_app.api.http import new_session

            self._session = new_session(
                retries=1, proxy=self.proxy, allow_plain_http=self.allow_plain_http
            )
        return self._session

    @property
    def host(self) -> str:
        """The server's name, shown as the map's attribution."""
        return urlsplit(self.template).hostname or ""

    def url(self, zoom: int, x: int, y: int) -> str:
        return self.template.replace("{z}", str(zoom)).replace("{x}", str(x)).replace("{y}", str(y))

    def get(self, zoom: int, x: int, y: int) -> Tile:
        """One tile's image bytes (blocking). Raises TransportError, ServerError, Rejected,
        UrlRefused."""
        from citizen_app.api.http import fetch

        url = check_url(self.url(zoom, x, y), allow_plain_http=self.allow_plain_http)
        answer = fetch(self.session, "GET", url, deadline=TILE_DEADLINE, timeout=TILE_TIMEOUT)
        if answer.status >= 500:
            raise ServerError(answer.status, f"tile server error {answer.status}")
        if answer.status != 200:
            raise Rejected(answer.status, f"http_{answer.status}", [f"no tile at {url}"])
        if not answer.content_type.startswith("image/") or len(answer.content) > MAX_TILE:
            raise ParseError(f"{url} is not a tile image")
        now = time.time()
        keep = lifetime(answer, now)
        return Tile(answer.content, now + keep if keep > 0 else 0.0)
