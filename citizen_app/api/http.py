"""One HTTP layer for every call: where it may go, a total deadline, cancelling, retries for
reads, typed errors.

A call's deadline holds for the whole call — connecting, headers, body, the retries and their
Retry-After waits — however a server drips its bytes: requests' read timeout bounds only the
gap between two bytes, so a watchdog thread shuts the call's socket down when its time is up,
which wakes whatever recv is waiting. The same shutdown cancels calls that belong to someone
who left (`calls.CallGroup.cancel`) and every call at quit (`cancel_everything`).

Only GETs are retried automatically, and only while the wait fits in the deadline; a POST is
repeated only by the outbox, with its Idempotency-Key.

TLS is always verified, against `ca_bundle` when the site gives one, never against a CA file
named by REQUESTS_CA_BUNDLE or CURL_CA_BUNDLE (requests would let those replace the built-in
list; the proxy of the environment is still honoured when the site names none). A redirect is
followed only to a URL the rule of api/url_policy.py allows; to another host it carries no
credentials: requests drops the Authorization header itself, and a redirect that would re-send
a body (307/308 with the form, its API key and the citizen's details) there is refused.
"""

from __future__ import annotations

import random
import socket
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from requests.sessions import merge_setting
from requests.structures import CaseInsensitiveDict
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import MaxRetryError, ResponseError
from urllib3.util.retry import Retry

from citizen_app import __version__
from citizen_app.api import calls
from citizen_app.api.answers import Answer, raise_for_status, retry_after
from citizen_app.api.errors import CertificateError, Rejected, TransportError
from citizen_app.api.url_policy import UrlRefused, check_url, is_loopback, shown

# also here for the modules that took them from here
__all__ = ["Answer", "is_loopback", "raise_for_status", "retry_after", "shown"]

USER_AGENT = f"municipal-eservices-desktop/{__version__}"
CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 20.0
DEADLINE = 45.0
MAX_BODY = 32 * 1024 * 1024
CHUNK = 8 * 1024  # small reads: a slow body is seen arriving, not waited for in 64 KiB lumps


class Cancelled(TransportError):
    """The call was cancelled: the person it was for left (signed out, the kiosk wiped), the
    server was switched, or the app is quitting. Nobody waits for its answer."""


class RedirectRefused(requests.RequestException):
    """A redirect went where the client may not follow (see _Session.rebuild_auth)."""


# --- calls in flight -------------------------------------------------------------------------


class _Connection(HTTPConnection):
    """Tells the thread's call which socket it uses, on a new connection and a reused one."""

    def _new_conn(self) -> socket.socket:
        sock = super()._new_conn()
        call = calls.this_call()
        if call is not None:
            call.attach(self, sock)
        return sock

    def request(self, *args: Any, **kwargs: Any) -> None:
        call = calls.this_call()
        if call is not None and self.sock is not None:
            call.attach(self, self.sock)
        super().request(*args, **kwargs)


class _TlsConnection(_Connection, HTTPSConnection):
    pass


class _Pool(HTTPConnectionPool):
    ConnectionCls = _Connection


class _TlsPool(HTTPSConnectionPool):
    ConnectionCls = _TlsConnection


_POOLS = {"http": _Pool, "https": _TlsPool}


class _Adapter(HTTPAdapter):
    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = _POOLS

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        manager = super().proxy_manager_for(proxy, **proxy_kwargs)
        manager.pool_classes_by_scheme = _POOLS
        return manager


_jitter = random.Random()  # noqa: S311 - spreading retries, not a secret


class _Retry(Retry):
    """Retries only while the wait before the next try (Retry-After or backoff) ends before the
    call's deadline; otherwise the answer (a 503 with its Retry-After) goes to the caller."""

    def get_backoff_time(self) -> float:
        """urllib3's backoff, its jitter drawn from a generator of our own: the process-wide
        one belongs to whoever seeded it (a test's property-based generator, for one)."""
        jitter, self.backoff_jitter = self.backoff_jitter, 0.0
        try:
            value = super().get_backoff_time()
        finally:
            self.backoff_jitter = jitter
        if value and jitter:
            value = min(self.backoff_max, value + _jitter.random() * jitter)
        return value

    def increment(
        self, method=None, url=None, response=None, error=None, _pool=None, _stacktrace=None
    ):
        following = super().increment(method, url, response, error, _pool, _stacktrace)
        call = calls.this_call()
        if call is not None:
            wait = None
            if response is not None and self.respect_retry_after_header:
                wait = following.get_retry_after(response)
            wait = following.get_backoff_time() if wait is None else wait
            if call.stopped is not None or wait >= call.remaining():
                raise MaxRetryError(_pool, url, error or ResponseError("no time left to retry"))
        return following


class _Session(requests.Session):
    """`allow_plain_http`: the site allows http:// to other computers (for redirects)."""

    allow_plain_http = False

    def rebuild_auth(self, prepared: requests.PreparedRequest, response: requests.Response):
        # Called for each redirect once the new request is prepared; its body is still set
        # only for 307/308, which re-send it.
        try:
            check_url(prepared.url or "", allow_plain_http=self.allow_plain_http)
        except UrlRefused as refused:
            where = shown(response.request.url or "")
            raise RedirectRefused(f"not following {where} to {refused.url}") from None
        if prepared.body is not None and self.should_strip_auth(response.request.url, prepared.url):
            raise RedirectRefused(f"not following {response.request.url} to {prepared.url}")
        super().rebuild_auth(prepared, response)

    def merge_environment_settings(self, url, proxies, stream, verify, cert):
        found = super().merge_environment_settings(url, proxies, stream, verify, cert)
        # Only the site's ca_bundle adds trust (SECURITY.md): REQUESTS_CA_BUNDLE and
        # CURL_CA_BUNDLE, which requests reads here, do not.
        found["verify"] = merge_setting(verify, self.verify)
        if self.proxies:  # the site's proxy, over the environment's
            found["proxies"] = merge_setting(proxies, self.proxies)
        return found


def new_session(
    retries: int = 3, ca_bundle: str = "", proxy: str = "", allow_plain_http: bool = False
) -> requests.Session:
    """`retries`: how often a failed GET is tried again (fewer for what is cheap to miss);
    `ca_bundle`: a PEM file of the certificate authorities to trust (instead of the built-in
    list); `proxy`: an http(s):// proxy for every call; `allow_plain_http`: redirects may lead
    to http:// on other computers (the site allows it)."""
    session = _Session()
    session.verify = ca_bundle or True
    session.allow_plain_http = allow_plain_http
    if proxy:
        session.proxies = {"http": proxy, "https": proxy}
    retry = _Retry(
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
    adapter = _Adapter(max_retries=retry)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    session.headers["User-Agent"] = USER_AGENT
    return session


def fetch(
    session: requests.Session,
    method: str,
    url: str,
    *,
    deadline: float = DEADLINE,
    timeout: tuple[float, float] = (CONNECT_TIMEOUT, READ_TIMEOUT),
    groups: tuple[calls.CallGroup, ...] = (),
    **kwargs: Any,
) -> Answer:
    """Make one call and read the whole answer within `deadline` seconds, or raise
    TransportError (Cancelled when one of `groups` is cancelled, or the app quits,
    meanwhile)."""
    call = calls.Call(deadline)
    groups = (calls.everything, *groups)
    for each in groups:
        each.add(call)
    if calls.quitting.is_set():
        call.stop("cancelled")
    calls.watchdog.watch(call)
    calls.current.call = call
    try:
        return _read(session, method, url, call, timeout, kwargs)
    except requests.RequestException as error:  # a stopped call fails in any of many ways
        raise _stopped(call, url) or TransportError(f"no answer from {shown(url)}") from error
    finally:
        calls.current.call = None
        call.finish()
        for each in groups:
            each.discard(call)


def _stopped(call: calls.Call, url: str) -> TransportError | None:
    if call.stopped == "cancelled":
        return Cancelled(f"the call to {shown(url)} was cancelled")
    if call.stopped == "deadline":
        return TransportError(f"{shown(url)} took longer than the deadline")
    return None


def _read(
    session: requests.Session,
    method: str,
    url: str,
    call: calls.Call,
    timeout: tuple[float, float],
    kwargs: dict[str, Any],
) -> Answer:
    if call.stopped is not None:
        raise _stopped(call, url)  # type: ignore[misc]  # cancelled before it began
    budget = max(call.remaining(), 0.01)
    try:
        response = session.request(
            method,
            url,
            timeout=(min(timeout[0], budget), min(timeout[1], budget)),
            stream=True,
            **kwargs,
        )
    except RedirectRefused as error:
        raise Rejected(307, "redirect_refused", [str(error)]) from error
    except requests.exceptions.SSLError as error:
        if call.stopped is not None:
            raise
        raise CertificateError(f"the certificate of {shown(url)} could not be verified") from error
    try:
        body = bytearray()
        for chunk in response.iter_content(CHUNK):
            body += chunk
            if call.stopped is not None or call.remaining() <= 0:
                call.stop("deadline")
                raise _stopped(call, url)  # type: ignore[misc]
            if len(body) > MAX_BODY:
                raise TransportError(f"{shown(url)} sent too much data")
    except requests.RequestException as error:
        raise _stopped(call, url) or TransportError(
            f"the answer from {shown(url)} was cut off"
        ) from error
    finally:
        response.close()
    if call.stopped is not None:  # the watchdog closed the body early: it may be cut short
        raise _stopped(call, url)  # type: ignore[misc]
    return Answer(
        status=response.status_code,
        content=bytes(body),
        content_type=response.headers.get("content-type", ""),
        headers=CaseInsensitiveDict(response.headers),
    )
