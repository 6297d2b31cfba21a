"""Typed failures, so callers can tell "no connection" from "the server said no"."""

from __future__ import annotations

from typing import Any


class ApiError(Exception):
    """Anything that went wrong talking to the server."""


class TransportError(ApiError):
    """No answer: no connection, a timeout, or the call ran past its total deadline.

    Safe to retry later (a POST only with the same Idempotency-Key).
    """


class CertificateError(TransportError):
    """The server's TLS certificate could not be verified (not trusted, another host name,
    expired): not the citizen's connection; IT staff see which with `citizen-app doctor`."""


class ParseError(ApiError):
    """The server answered something that is not what the standard describes."""


class NotOffered(ApiError):
    """The call needs what this server does not announce (a format, paging): refused here,
    before anything is sent, since a strict server answers 400 to a parameter it does not
    know."""


class ServerError(ApiError):
    """The server failed (HTTP 5xx); retry later."""

    def __init__(self, status: int, message: str = "", retry_after: float | None = None) -> None:
        super().__init__(message or f"server error {status}")
        self.status = status
        self.retry_after = retry_after


class Rejected(ApiError):
    """The server refused the call (HTTP 4xx) with a machine code the UI can translate.

    `code` is our /api/v1 code when the server speaks it, else `http_<status>`; `messages`
    holds every description of an Open311 error list.
    """

    def __init__(
        self,
        status: int,
        code: str,
        messages: list[str],
        params: dict[str, Any] | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__("; ".join(messages) or code)
        self.status = status
        self.code = code
        self.messages = messages
        self.params = params or {}
        self.retry_after = retry_after
        #: the answer's whole JSON body, where a caller needs more than the messages (the
        #: catalogue's list of mistakes, each with its path)
        self.body: Any = None


class NotAuthenticated(Rejected):
    """401: the session ended; sign in again."""
