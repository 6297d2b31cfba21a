"""The /api/v1 extensions: accounts, my requests and what a citizen does with them.

Only used when the discovery document announces them; the access token is kept on the
Open311 client so that a signed-in citizen's submissions are linked to the account.

`Extensions.client` is the one place where the app's current server lives: switching servers
replaces it in one assignment. Each call reads it once, so a call never mixes two servers; a
task making several calls that belong together (a submission and its photos, a sign-in and
its token) uses `pinned()`.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from citizen_app.api.answers import Answer, raise_for_status
from citizen_app.api.client import Open311Client
from citizen_app.api.errors import ParseError, Rejected
from citizen_app.api.open311 import error_messages
from citizen_app.api.open311_read import load_json
from citizen_app.api.url_policy import check_url

#: a sign-out never waits long for the server (it is fire-and-forget, but holds a thread)
REVOKE_DEADLINE = 10.0
#: the slowest line an upload is given time for, in bytes per second (16 kbit/s: a congested
#: mobile link). The body drains from the computer's send buffers at the line's pace and the
#: answer comes only after its last byte: a fixed read timeout (20 s) and deadline (45 s) made
#: any photo above about 160 kB fail, again at every retry, on a 64 kbit/s line
#: (bench/slow_line_bench.py).
SLOWEST_UPLOAD = 2_000


@dataclass(frozen=True)
class Session:
    access_token: str
    refresh_token: str
    user: dict[str, Any]
    #: the server that gave it (pinned): to end it there, whatever is switched meanwhile
    origin: Extensions = field(repr=False, compare=False)


@dataclass(frozen=True)
class Page:
    """A page of my requests; `etag` to ask next time whether anything changed."""

    items: list[dict[str, Any]]
    total: int
    etag: str | None
    unchanged: bool = False


class Extensions:
    def __init__(self, client: Open311Client) -> None:
        self.client = client

    def pinned(self) -> Extensions:
        """The same calls, kept on the server in use now whatever is switched meanwhile."""
        return Extensions(self.client)

    @property
    def available(self) -> bool:
        return self.client.endpoint().extensions_url is not None

    def _call(self, method: str, path: str, **kwargs: Any) -> tuple[Any, Answer]:
        client = self.client
        base = client.endpoint().extensions_url
        if base is None:
            raise Rejected(404, "no_extensions", ["this server offers no accounts"])
        answer = client.send(method, base + path, **kwargs)
        data = None
        if answer.content and "json" in answer.content_type:
            try:  # within the memory budget, as every answer from a server
                data = load_json(answer.content)
            except ParseError:
                if answer.status < 400:
                    raise
        if answer.status >= 400:
            code, messages, params = error_messages(data) if data is not None else (None, [], {})
            try:
                raise_for_status(answer, code, messages, params)
            except Rejected as error:
                error.body = data
                raise
        return data, answer

    def send_feedback(self, score: int, language: str) -> None:
        """A kiosk visitor's anonymous answer (1 not good, 2 acceptable, 3 good): sent with the
        app's key only, never with a citizen's token."""
        pinned = self.pinned()
        body = {"api_key": pinned.client.api_key or "", "score": score, "language": language}
        pinned._call("POST", "/feedback", json=body, bearer=False)

    # --- accounts ---------------------------------------------------------------------------

    def register(
        self,
        name: str,
        password: str,
        *,
        email: str = "",
        phone: str = "",
        national_id: str = "",
        language: str = "ar",
        idempotency_key: str,
    ) -> dict:
        """The server's answer: `user` (the new profile) and `codes_sent`, the addresses
        ("email", "phone") it sent a confirmation code to (none from an older server)."""
        body = {"name": name, "password": password, "language": language}
        body.update(
            {
                k: v
                for k, v in (("email", email), ("phone", phone), ("national_id", national_id))
                if v
            }
        )
        data, _ = self._call(
            "POST",
            "/auth/register",
            json=body,
            headers={"Idempotency-Key": idempotency_key},
            bearer=False,
        )
        return data

    def _session(self, data: dict[str, Any]) -> Session:
        """The session a sign-in gave, its access token on the client that asked (`pinned`:
        not a server switched to meanwhile)."""
        session = Session(data["access_token"], data["refresh_token"], data["user"], self)
        self.client.access_token = session.access_token
        return session

    def sign_in(self, login: str, password: str) -> Session:
        # The sign-in calls carry no bearer token, so a 401 there never triggers a renewal.
        pinned = self.pinned()
        data, _ = pinned._call(
            "POST", "/auth/token", json={"login": login, "password": password}, bearer=False
        )
        return pinned._session(data)

    def refresh(self, refresh_token: str) -> Session:
        pinned = self.pinned()
        data, _ = pinned._call(
            "POST", "/auth/refresh", json={"refresh_token": refresh_token}, bearer=False
        )
        return pinned._session(data)

    def revoke(self, refresh_token: str | None, deadline: float = REVOKE_DEADLINE) -> None:
        """End a session on the server by its refresh token, within a short `deadline`. No
        bearer is sent: by now the client may carry the next person's."""
        if refresh_token:
            body = {"refresh_token": refresh_token}
            self._call("POST", "/auth/logout", json=body, bearer=False, deadline=deadline)

    def me(self) -> dict[str, Any]:
        return self._call("GET", "/me")[0]

    def update_me(self, changes: dict[str, Any]) -> dict[str, Any]:
        """Change fields of one's profile (PATCH /me); the profile as it now is."""
        return self._call("PATCH", "/me", json=changes)[0]

    def change_password(self, current: str, new: str) -> None:
        """POST /me/password: this session stays signed in, every other one ends."""
        body = {"current_password": current, "new_password": new}
        self._call("POST", "/me/password", json=body)

    # --- proving an e-mail or phone -----------------------------------------------------------

    def send_verification_code(self, field: str) -> None:
        """A code to the e-mail or phone (`field`) waiting to be verified (a pending new one, or
        the current one while unverified). 409 `nothing_to_verify`, 503 `channel_unavailable`
        (the municipality sends no e-mail or no SMS)."""
        self._call("POST", "/me/verify/send", json={"channel": field})

    def verify_contact(self, field: str, code: str) -> dict[str, Any]:
        """The code that came to the e-mail or phone; the profile as it now is."""
        return self._call("POST", "/me/verify", json={"channel": field, "code": code})[0]

    # --- a forgotten password, sessions, my data, leaving -----------------------------------

    def ask_password_reset(self, login: str) -> None:
        """A code to the account's e-mail or phone (the server says the same whether or not
        there is an account)."""
        self._call("POST", "/auth/password-reset", json={"login": login}, bearer=False)

    def reset_password(self, login: str, code: str, password: str) -> None:
        """A new password with the code; every session of the account ends."""
        body = {"login": login, "code": code, "password": password}
        self._call("POST", "/auth/password-reset/confirm", json=body, bearer=False)

    def sessions(self) -> list[dict[str, Any]]:
        return self._call("GET", "/me/sessions")[0]["items"]

    def end_other_sessions(self) -> None:
        self._call("POST", "/me/sessions/end-others")

    def export(self) -> bytes:
        """Everything the municipality holds about me: a ZIP (me.json and photos/)."""
        return self._call("GET", "/me/export")[1].content

    def leave(self, password: str) -> None:
        """Delete the account; its requests stay with the municipality, anonymised."""
        self._call("DELETE", "/me", json={"password": password})

    # --- my requests ------------------------------------------------------------------------

    def my_requests(self, page: int = 1, page_size: int = 50, etag: str | None = None) -> Page:
        headers = {"If-None-Match": etag} if etag else {}
        data, answer = self._call(
            "GET", "/me/requests", params={"page": page, "page_size": page_size}, headers=headers
        )
        if answer.status == 304:
            return Page([], 0, etag, unchanged=True)
        return Page(data["items"], data["total"], answer.headers.get("ETag"))

    def request(self, number: str) -> dict[str, Any]:
        return self._call("GET", f"/requests/{number}")[0]

    def comment(self, number: str, text: str, idempotency_key: str) -> dict[str, Any]:
        return self._post(f"/requests/{number}/comments", {"text": text}, idempotency_key)

    def rate(self, number: str, stars: int, comment: str, idempotency_key: str) -> dict[str, Any]:
        body = {"stars": stars, **({"comment": comment} if comment else {})}
        return self._post(f"/requests/{number}/rating", body, idempotency_key)

    def reopen(self, number: str, reason: str, idempotency_key: str) -> dict[str, Any]:
        return self._post(f"/requests/{number}/reopen", {"reason": reason}, idempotency_key)

    def answer_fixed(
        self, number: str, fixed: bool, reason: str, idempotency_key: str
    ) -> dict[str, Any]:
        """The citizen's answer to "is the problem fixed?" (a "no" needs a reason: the server
        answers 422 `reason_required` without one); the request as it is now."""
        body: dict[str, Any] = {"fixed": True} if fixed else {"fixed": False, "reason": reason}
        return self._post(f"/requests/{number}/fixed", body, idempotency_key)

    def _post(self, path: str, body: dict[str, Any], key: str) -> dict[str, Any]:
        return self._call("POST", path, json=body, headers={"Idempotency-Key": key})[0]

    def upload_photo(
        self,
        number: str,
        jpeg: bytes,
        idempotency_key: str,
        progress: Callable[[int, int], None] | None = None,
    ) -> dict[str, Any]:
        """Send one photo (already downscaled); `progress(sent, total)` as the bytes go."""
        boundary = "----eservices" + idempotency_key.replace("-", "")[:24]
        head = (
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; '
            f'filename="photo.jpg"\r\nContent-Type: image/jpeg\r\n\r\n'
        ).encode()
        body = head + jpeg + f"\r\n--{boundary}--\r\n".encode()

        reader = _ProgressReader(body, progress)
        headers = {
            "Content-Type": f"multipart/form-data; boundary={boundary}",
            "Content-Length": str(len(body)),
            "Idempotency-Key": idempotency_key,
        }
        from citizen_app.api.http import CONNECT_TIMEOUT, READ_TIMEOUT

        draining = len(body) / SLOWEST_UPLOAD  # seconds the slowest line takes to carry it
        return self._call(
            "POST",
            f"/requests/{number}/attachments",
            data=reader,
            headers=headers,
            deadline=self.client.deadline + draining,
            timeout=(CONNECT_TIMEOUT, READ_TIMEOUT + draining),
        )[0]

    def photo(self, url: str) -> bytes:
        """An attachment by the URL the server gave (usually a path such as /uploads/…):
        joined to the server's address, never fetched from another origin (UrlRefused)."""
        client = self.client
        root = (client.endpoint().extensions_url or client.base_url).removesuffix("/api/v1")
        url = check_url(url, base=root + "/", allow_plain_http=client.allow_plain_http)
        answer = client.send("GET", url)
        raise_for_status(answer, None, [], {})
        return answer.content


class _ProgressReader(io.BytesIO):
    """A request body that reports how much of it was read (that is, sent)."""

    def __init__(self, body: bytes, progress: Callable[[int, int], None] | None) -> None:
        super().__init__(body)
        self._total = len(body)
        self._progress = progress

    def __len__(self) -> int:
        return self._total

    def read(self, size: int | None = -1) -> bytes:
        chunk = super().read(size)
        if self._progress and chunk:
            self._progress(self.tell(), self._total)
        return chunk
