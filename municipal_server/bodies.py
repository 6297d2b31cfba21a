"""Reading request bodies with a size limit and an idle timeout, before anything parses them.

Starlette reads a whole body into memory when asked for it, and a client may send no
Content-Length (chunked), lie about it, or stop sending half-way and keep the connection open.
So a body is counted as it arrives and refused as soon as it is too long (413), and a body
whose next bytes do not come within the idle timeout is refused too (408), which frees the
connection instead of holding it for as long as the client likes.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.types import Message

from municipal_server.errors import ApiError


def too_large(limit: int, what: str = "body") -> ApiError:
    return ApiError(413, "too_large", f"the {what} is too large", {"max_bytes": limit})


def body_timeout(seconds: float) -> ApiError:
    return ApiError(
        408,
        "body_timeout",
        "the body stopped arriving",
        {"seconds": seconds},
        {"Connection": "close"},
    )


def refuse_declared_size(request: Request, limit: int, error: Callable[[], ApiError]) -> None:
    """Refuse at once, unread, a body whose Content-Length announces more than `limit` bytes."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise error()


async def read_body(
    request: Request, limit: int, idle: float, error: Callable[[], ApiError] | None = None
) -> bytes:
    """The body, at most `limit` bytes, each part arriving within `idle` seconds."""
    error = error or (lambda: too_large(limit))
    refuse_declared_size(request, limit, error)
    body = bytearray()
    chunks = request.stream().__aiter__()
    while True:
        try:
            chunk = await asyncio.wait_for(anext(chunks), idle)
        except StopAsyncIteration:
            break
        except TimeoutError:
            raise body_timeout(idle) from None
        body += chunk
        if len(body) > limit:
            raise error()
    return bytes(body)


def declared_charset(content_type: str) -> str | None:
    """The `charset` parameter of a Content-Type, lower case, or None."""
    for parameter in content_type.split(";")[1:]:
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "charset":
            return value.strip().strip('"').lower()
    return None


async def parse_form(request: Request, body: bytes, *, max_files: int, max_fields: int) -> FormData:
    """Starlette's form parser over a body already read (and so already bounded).

    Only UTF-8 is read (Open311 §1.1): Starlette would decode the declared charset, and UTF-7
    can spell lone surrogates that no database or answer can carry.
    """
    charset = declared_charset(request.headers.get("content-type", ""))
    if charset is not None and charset.replace("_", "-") not in ("utf-8", "utf8"):
        raise ApiError(
            415,
            "unsupported_charset",
            "send the form in UTF-8",
            {"charset": charset[:40], "allowed": ["utf-8"]},
        )

    async def replay() -> Message:
        return {"type": "http.request", "body": body, "more_body": False}

    try:
        return await Request(request.scope, replay).form(max_files=max_files, max_fields=max_fields)
    except Exception as error:  # a malformed multipart body is the client's error
        raise ApiError(400, "invalid_form", "the form could not be read") from error
