"""One HTTP layer for every call: timeouts, a total deadline, retries for reads, typed errors.

requests' read timeout bounds the gap between bytes, not the call, so a server that drip-feeds
its answer could hold a call for minutes; the body is read in chunks against a deadline here.
Only GETs are retried automatically; a POST is repeated only by the outbox, with its
Idempotency-Key.

TLS is always verified, against `ca_bundle` when the site gives one (passed as `verify=` on every
call: requests would otherwise let REQUESTS_CA_BUNDLE override a session's own setting). A
redirect to another host carries no credentials: requests drops the Authorization header
itself, and a redirect that would re-send a body (307/308 with the form, its API key and the
citizen's details) to another host is refused.
"""

from __future__ import annotations

import email.utils
import ipaddress
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import requests
from requests.adapters import HTTPAdapter
from requests.structures import CaseInsensitiveDict
from urllib3.util.retry import Retry

from citizen_app import __version__
from citizen_app.api.errors import (
    CertificateError,
    NotAuthenticated,
    Rejected,
    ServerError,
    TransportError,
)

USER_AGENT = f"municipal-eservices-desktop/{__version__}"
CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 20.0
DEADLINE = 45.0
MAX_BODY = 32 * 1024 * 1024


@dataclass(frozen=True)
class Answer:
    status: int
    content: bytes
    content_type: str
    headers: CaseInsensitiveDict[str]


def is_loopback(host: str) -> bool:
    """This computer: the only place plain http:// may go without the site allowing it."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class RedirectRefused(requests.RequestException):
    """A 307/308 redirect would have sent the request's body to another host."""


class _Session(requests.Session):
    def rebuild_auth(self, prepared: requests.PreparedRequest, response: requests.Response):
        # Called for each redirect once the new request is prepared; its body is still set
        # only for 307/308, which re-send it.
        if prepared.body is not None and self.should_strip_auth(response.request.url, prepared.url):
            raise RedirectRefused(f"not following {response.request.url} to {prepared.url}")
        super().rebuild_auth(prepared, response)


def new_session(retries: int = 3, ca_bundle: str = "", proxy: str = "") -> requests.Session:
    """`retries`: how often a failed GET is tried again (fewer for what is cheap to miss);
    `ca_bundle`: a PEM file of the certificate authorities to trust (instead of the built-in
    list); `proxy`: an http(s):// proxy for every call."""
    session = _Session()
    session.verify = ca_bundle or True
    if proxy:
        session.proxies = {"http": proxy, "https": proxy}
    retry = Retry(
        total=retries,
        connect=retries,
        read=min(retries, 2),
        status=min(retries, 2),
        backoff_factor=0.5,
        backoff_jitter=0.3,
        other=0,  # a certificate that fails verification will fail again: say so at once
        status_forcelist=(502, 503, 504),
        allowed_methods=frozenset({"GET", "HEAD"}),
        respect_retry_after_header=True,
        raise_on_status=False,
    )
    adapter = HTTPAdapter(max_retries=retry)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    session.headers["User-Agent"] = USER_AGENT
    return session


def shown(url: str) -> str:
    """A URL as error messages may show it: without a user name and password (a server address
    may carry them) and without its query (which may carry a key). A malformed address is
    masked as text."""
    try:
        parts = urlsplit(url)
    except ValueError:  # "http://[fe80::1" and the like
        scheme, separator, rest = url.partition("://")
        if not separator:
            scheme, rest = "", url
        return scheme + separator + rest.rpartition("@")[2].partition("?")[0]
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit((parts.scheme, host, parts.path, "", ""))


def fetch(
    session: requests.Session,
    method: str,
    url: str,
    *,
    deadline: float = DEADLINE,
    timeout: tuple[float, float] = (CONNECT_TIMEOUT, READ_TIMEOUT),
    **kwargs: Any,
) -> Answer:
    """Make one call and read the whole answer within `deadline` seconds."""
    started = time.monotonic()
    try:
        response = session.request(
            method, url, timeout=timeout, stream=True, verify=session.verify, **kwargs
        )
    except RedirectRefused as error:
        raise Rejected(307, "redirect_refused", [str(error)]) from error
    except requests.exceptions.SSLError as error:
        raise CertificateError(f"the certificate of {shown(url)} could not be verified") from error
    except requests.RequestException as error:
        raise TransportError(f"no answer from {shown(url)}") from error
    try:
        body = bytearray()
        for chunk in response.iter_content(64 * 1024):
            body += chunk
            if time.monotonic() - started > deadline:
                raise TransportError(f"{shown(url)} took longer than {deadline:.0f} s")
            if len(body) > MAX_BODY:
                raise TransportError(f"{shown(url)} sent too much data")
    except requests.RequestException as error:
        raise TransportError(f"the answer from {shown(url)} was cut off") from error
    finally:
        response.close()
    return Answer(
        status=response.status_code,
        content=bytes(body),
        content_type=response.headers.get("content-type", ""),
        headers=CaseInsensitiveDict(response.headers),
    )


def retry_after(answer: Answer) -> float | None:
    """Retry-After in seconds, given as seconds or as an HTTP date (RFC 9110 10.2.3)."""
    value = (answer.headers.get("Retry-After") or "").strip()
    if not value:
        return None
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max((when - datetime.now(UTC)).total_seconds(), 0.0)


def raise_for_status(answer: Answer, code: str | None, messages: list[str], params: dict) -> None:
    """Turn an error status into the matching typed exception."""
    if answer.status < 400:
        return
    if answer.status >= 500:
        raise ServerError(answer.status, "; ".join(messages), retry_after(answer))
    kind = NotAuthenticated if answer.status == 401 else Rejected
    raise kind(
        answer.status,
        code or f"http_{answer.status}",
        messages,
        params,
        retry_after(answer),
    )
