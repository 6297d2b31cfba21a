"""The Open311 client: finds the endpoint, reads the catalogue and requests, submits.

Works against any GeoReport v2 server: JSON where offered, XML otherwise, and our extensions
only when the discovery document announces them. Nothing beyond the standard is sent to a server
that did not announce it (`extensions=true`, paging): a strict server, such as mySociety's
open311-endpoint, answers 400 to any parameter it does not know.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from citizen_app.api import open311, open311_read
from citizen_app.api.answers import Answer, format_of, raise_for_status
from citizen_app.api.calls import CallGroup
from citizen_app.api.dates import DEFAULT_TIME_ZONE, zone
from citizen_app.api.errors import ApiError, NotOffered, ParseError, Rejected, TransportError
from citizen_app.api.models import (
    Endpoint,
    Service,
    ServiceDefinition,
    ServiceRequest,
    SubmitResult,
)
from citizen_app.api.url_policy import check_url

if TYPE_CHECKING:
    import requests

TOKEN_POLL_INTERVAL = 2.0
TOKEN_POLL_TRIES = 5
# Query parameters beyond GeoReport v2, and the extension (named in discovery) that offers each.
EXTENSION_PARAMETERS = {
    "extensions": "notes",
    "page": "paging",
    "page_size": "paging",
    "updated_after": "paging",
}


class Open311Client:
    """One server. `base_url` may be the server root or the Open311 endpoint folder itself.

    The server's settings (address, key, identity, session) never change once made: another
    server is another client (`elsewhere`), swapped in whole, so a call in flight never mixes
    one server's address with another's key. Every call goes to the origin of `base_url`
    only (api/url_policy.py): the token, the API key and the citizen's details with it.
    """

    def __init__(
        self,
        base_url: str,
        *,
        api_key: str | None = None,
        jurisdiction: str | None = None,
        language: str = "ar",
        fmt: str | None = None,
        session: requests.Session | None = None,
        deadline: float = 45.0,
        ca_bundle: str = "",
        proxy: str = "",
        time_zone: str = DEFAULT_TIME_ZONE,
        allow_plain_http: bool = False,
        identity: str | None = None,
    ) -> None:
        """`ca_bundle` and `proxy`: the site's TLS trust and proxy (see api/http.py);
        `time_zone`: the jurisdiction's, for dates a server sends without an offset;
        `allow_plain_http`: the site allows http:// to other computers."""
        self.base_url = base_url.rstrip("/")
        self.api_key = api_key
        self.jurisdiction = jurisdiction
        self.language = language
        self.forced_format = fmt
        self.ca_bundle, self.proxy = ca_bundle, proxy
        self.allow_plain_http = allow_plain_http
        self._session = session
        self.deadline = deadline
        self.time_zone, self.zone = time_zone, zone(time_zone)
        self.access_token: str | None = None
        #: called on a 401 while signed in; True when it got a fresh access token
        self.renew: Callable[[], bool] | None = None
        #: a stable name for this server where its URL is not (the demo server's port)
        self.identity = identity
        self._endpoint: Endpoint | None = None
        #: every call in flight (`close`), and those carrying the citizen's token
        #: (`cancel_personal`, when the citizen leaves)
        self._calls = CallGroup()
        self._personal = CallGroup()

    def elsewhere(
        self,
        base_url: str,
        api_key: str | None,
        identity: str | None = None,
        *,
        ca_bundle: str | None = None,
        proxy: str | None = None,
    ) -> Open311Client:
        """A client for another server with this one's site settings (jurisdiction, language,
        format, deadline, plain-http rule; TLS trust and proxy unless given)."""
        return Open311Client(
            base_url,
            api_key=api_key,
            jurisdiction=self.jurisdiction,
            language=self.language,
            fmt=self.forced_format,
            deadline=self.deadline,
            ca_bundle=self.ca_bundle if ca_bundle is None else ca_bundle,
            proxy=self.proxy if proxy is None else proxy,
            time_zone=self.time_zone,
            allow_plain_http=self.allow_plain_http,
            identity=identity,
        )

    @property
    def session(self) -> requests.Session:
        """The HTTP session, made on first use: the HTTP stack (requests, urllib3: a tenth
        of a second to import) loads with the first call, on a worker, after the window is
        painted, not while the app starts."""
        if self._session is None:
            from citizen_app.api.http import new_session

            self._session = new_session(
                ca_bundle=self.ca_bundle, proxy=self.proxy, allow_plain_http=self.allow_plain_http
            )
        return self._session

    def cancel_personal(self) -> None:
        """Stop the calls in flight that carry the citizen's token (they signed out)."""
        self._personal.cancel()

    def close(self) -> None:
        """This server is no longer used: stop every call in flight, drop the connections.
        Instant (nothing waits for the server)."""
        self._calls.cancel()
        if self._session is not None:
            self._session.close()

    # --- plumbing --------------------------------------------------------------------------

    def send(
        self,
        method: str,
        url: str,
        *,
        bearer: bool = True,
        deadline: float | None = None,
        **kwargs: Any,
    ) -> Answer:
        """One call with the language and (unless `bearer` is False) the citizen's token; when
        the short-lived access token has expired, `renew` (set by the signed-in account) gets a
        new one and the call is made once more. `url` is joined to the server's address and
        must stay on its origin (UrlRefused otherwise, before anything is sent)."""
        from citizen_app.api.http import fetch

        url = check_url(url, base=self.base_url, allow_plain_http=self.allow_plain_http)
        extra = kwargs.pop("headers", {})
        for attempt in (1, 2):
            headers = {"Accept-Language": self.language, **extra}
            token = self.access_token if bearer else None
            if token:
                headers["Authorization"] = f"Bearer {token}"
            answer = fetch(
                self.session,
                method,
                url,
                deadline=self.deadline if deadline is None else deadline,
                groups=(self._calls, self._personal) if token else (self._calls,),
                headers=headers,
                **kwargs,
            )
            # No access token yet (signed in while offline) or an expired one: renew once.
            if answer.status != 401 or attempt == 2 or not bearer or not self.renew:
                return answer
            if not self.renew():
                return answer
            body = kwargs.get("data")
            if hasattr(body, "seek"):
                body.seek(0)
        return answer

    def _call(self, method: str, url: str, fmt: str, **kwargs: Any) -> tuple[Any, Answer]:
        answer = self.send(method, url, **kwargs)
        real = format_of(answer, fmt)
        data: Any = None
        if answer.content.strip():
            try:
                data = open311_read.load(answer.content, real)
            except ParseError:
                if answer.status < 400:
                    raise
        if answer.status >= 400:
            code, messages, params = (
                open311.error_messages(data) if data is not None else (None, [], {})
            )
            # Our server names an Open311 refusal's cause in a header (contact_unverified).
            code = code or open311_read.optional_text(answer.headers.get("X-Error-Code"))
            if not messages and answer.content_type.lower().startswith("text/plain"):
                # A proxy's or a framework's plain-text refusal: its words, not "HTTP 403".
                words = answer.content[: open311_read.MAX_MESSAGE * 4].decode("utf-8", "replace")
                messages = (
                    [open311_read.text(words)[: open311_read.MAX_MESSAGE]] if words.strip() else []
                )
            raise_for_status(answer, code, messages, params)
        return data, answer

    def _params(self, **params: Any) -> dict[str, Any]:
        """Query parameters without the empty ones; an extension's parameter only where the
        server announced the extension (`extensions=true` is dropped: it only asks for more;
        paging is refused: the answer would not be what was asked)."""
        if self.jurisdiction:
            params["jurisdiction_id"] = self.jurisdiction
        found = {k: v for k, v in params.items() if v is not None}
        announced = self.endpoint().extensions
        for name in [k for k in found if k in EXTENSION_PARAMETERS]:
            if EXTENSION_PARAMETERS[name] in announced:
                continue
            if name == "extensions":
                del found[name]
            else:
                raise NotOffered(
                    f"the server at {self.endpoint().url} does not announce "
                    f"{EXTENSION_PARAMETERS[name]} ({name} is not sent)"
                )
        return found

    @property
    def fmt(self) -> str:
        offered = self.endpoint().formats
        if self.forced_format:
            if self.forced_format not in offered:
                raise NotOffered(
                    f"the Open311 endpoint {self.endpoint().url} answers in "
                    f"{' and '.join(f.upper() for f in offered)} only, "
                    f"not {self.forced_format.upper()}"
                )
            return self.forced_format
        return "json" if "json" in offered else "xml"

    def _url(self, path: str) -> str:
        return f"{self.endpoint().url}/{path}.{self.fmt}"

    # --- discovery ---------------------------------------------------------------------------

    def endpoint(self) -> Endpoint:
        """Find the Open311 endpoint once: from discovery at the root, else the URL itself."""
        if self._endpoint is None:
            self._endpoint = self._discover()
        return self._endpoint

    def _discover(self) -> Endpoint:
        for fmt in ("json", "xml"):
            url = f"{self.base_url}/open311/discovery.{fmt}"
            try:
                data, _ = self._call("GET", url, fmt)
            except (Rejected, ParseError):
                continue
            found = open311.endpoint(data, self.base_url)
            if found:
                # The endpoint named by the server: only on the same origin (a document that
                # sends the app to plain http, or to another host, is refused as a whole).
                check_url(found.url, base=self.base_url, allow_plain_http=self.allow_plain_http)
                return found
        # No discovery: the URL is the endpoint folder (the one holding services.xml).
        params = {"jurisdiction_id": self.jurisdiction} if self.jurisdiction else {}
        found: dict[str, str] = {}
        for fmt in ("json", "xml"):
            try:
                self._call("GET", f"{self.base_url}/services.{fmt}", fmt, params=params)
            except (Rejected, ParseError) as error:
                found[fmt] = _refusal(error)
                continue
            formats = ("json", "xml") if fmt == "json" else ("xml",)
            return Endpoint(url=self.base_url, formats=formats, extensions=self._beside(formats[0]))
        raise Rejected(
            404,
            "not_open311",
            [
                "no Open311 discovery or endpoint at this address (services.json: "
                f"{found['json']}; services.xml: {found['xml']})"
            ],
        )

    def _beside(self, fmt: str) -> tuple[str, ...]:
        """The extensions a discovery document beside the endpoint folder names (our server
        has one there): the endpoint's own, such as notes; never the accounts, which live at a
        root this address does not name."""
        try:
            data, _ = self._call("GET", f"{self.base_url}/discovery.{fmt}", fmt)
        except (Rejected, ParseError):
            return ()
        found = open311.endpoint(data, self.base_url)
        if found is None or found.url.rstrip("/") != self.base_url:
            return ()
        return tuple(name for name in found.extensions if name != "api_v1")

    # --- Open311 resources ------------------------------------------------------------------

    def services(self, language: str | None = None) -> list[Service]:
        """The catalogue, in `language` (default: the client's language when the call goes:
        a background load passes the one it was started for)."""
        data, _ = self._call(
            "GET",
            self._url("services"),
            self.fmt,
            params=self._params(),
            headers=_language_header(language),
        )
        return open311.services(data)

    def definition(self, service_code: str, language: str | None = None) -> ServiceDefinition:
        data, _ = self._call(
            "GET",
            self._url(f"services/{service_code}"),
            self.fmt,
            params=self._params(),
            headers=_language_header(language),
        )
        return open311.definition(data, service_code)

    def requests(self, **filters: Any) -> list[ServiceRequest]:
        data, _ = self._call("GET", self._url("requests"), self.fmt, params=self._params(**filters))
        return open311.service_requests(data, self.zone)

    def request(self, request_id: str, extensions: bool = True) -> ServiceRequest | None:
        """One request; with its public history (`extensions=true`) where the server announced
        that extension."""
        params = self._params(extensions="true" if extensions else None)
        data, _ = self._call("GET", self._url(f"requests/{request_id}"), self.fmt, params=params)
        found = open311.service_requests(data, self.zone)
        return found[0] if found else None

    def token(self, token: str) -> str | None:
        data, _ = self._call("GET", self._url(f"tokens/{token}"), self.fmt, params=self._params())
        found = open311.service_requests(data, self.zone)
        return found[0].id if found else None

    def submit(
        self,
        service_code: str,
        fields: dict[str, Any],
        attributes: dict[str, Any],
        idempotency_key: str,
        bearer: bool = True,
    ) -> SubmitResult:
        """POST a request. The Idempotency-Key is the caller's, fixed when the citizen pressed
        Submit, so that a retry after a lost answer can never make a second request.
        `bearer=False` sends it without the citizen's account (made before signing in)."""
        if not self.api_key:
            raise Rejected(403, "missing_api_key", ["no API key is configured"])
        form: list[tuple[str, str]] = [("api_key", self.api_key), ("service_code", service_code)]
        if self.jurisdiction:
            form.append(("jurisdiction_id", self.jurisdiction))
        form += [(k, str(v)) for k, v in fields.items() if v not in (None, "")]
        for code, value in attributes.items():
            if isinstance(value, list | tuple):
                form += [(f"attribute[{code}][]", str(v)) for v in value]
            elif value not in (None, ""):
                form.append((f"attribute[{code}]", str(value)))
        data, _ = self._call(
            "POST",
            self._url("requests"),
            self.fmt,
            data=form,
            headers={"Idempotency-Key": idempotency_key},
            bearer=bearer,
        )
        return open311.submit_result(data)

    def wait_for_id(
        self, token: str, tries: int = TOKEN_POLL_TRIES, interval: float = TOKEN_POLL_INTERVAL
    ) -> str | None:
        """Poll a batch service's token a few times (as FixMyStreet does); None if not yet."""
        for attempt in range(tries):
            try:
                found = self.token(token)
            except (TransportError, Rejected):
                found = None
            if found:
                return found
            if attempt + 1 < tries:
                time.sleep(interval)
        return None


__all__ = ["ApiError", "Open311Client"]


def _language_header(language: str | None) -> dict[str, str]:
    return {"Accept-Language": language} if language else {}


def _refusal(error: ApiError) -> str:
    """What one probe found, for the message that says why the address is not Open311."""
    if isinstance(error, Rejected):
        words = "; ".join(error.messages)
        return f"HTTP {error.status}" + (f" {words[:200]}" if words else "")
    return "not readable as Open311"
