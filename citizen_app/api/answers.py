"""An HTTP answer read whole, and the typed error for its status: what the API modules need
of an answer, without the HTTP stack itself (api/http.py, which imports requests: it loads on
the first call, after the window is painted)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from citizen_app.api.errors import NotAuthenticated, Rejected, ServerError


@dataclass(frozen=True)
class Answer:
    status: int
    content: bytes
    content_type: str
    headers: Mapping[str, str]  # case-insensitive


def format_of(answer: Answer, asked: str) -> str:
    """The answer's format, xml or json: as its type says, as its body looks, or as asked."""
    kind = answer.content_type.lower()
    if "xml" in kind:
        return "xml"
    if "json" in kind:
        return "json"
    return "xml" if answer.content.lstrip().startswith(b"<") else asked


def retry_after(answer: Answer) -> float | None:
    """Retry-After in seconds, given as seconds or as an HTTP date (RFC 9110 10.2.3)."""
    value = (answer.headers.get("Retry-After") or "").strip()
    if not value:
        return None
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    import email.utils  # rarely needed: not loaded at start-up

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
