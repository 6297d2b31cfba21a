"""The public feed's answers assembled from rendered requests, with ETags.

Every request's public JSON and XML form is rendered once per change and kept in a bounded
in-memory cache under (id, revision, what else shapes it): `revision` is bumped by the database
(queue_triggers.py) whenever the request's row or its history changes, so every server process
reads the same key and none serves a request as it was before a change, whichever process
made it. A page asks the database only for its rows' (id, revision) along the index, takes
the rendered forms it has, renders the few it lacks, and joins them: byte for byte what
rendering the whole list would give (tests/test_feed_cache.py).

What else shapes a rendered request: the format, the language, `extensions`, the time zone
and the catalogue (the service's name, the municipality's name), which changes with
municipality.changeset; all are in the key.

The ETag is a digest of that key for the whole page, so a consumer that polls with
`If-None-Match` gets a 304 without anything being rendered, and any change to a request in
the page, or to which requests the page holds, gives another ETag.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Hashable
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, selectinload
from starlette.requests import Request
from starlette.responses import Response

from municipal_server.audience import in_public_feed
from municipal_server.config import Settings
from municipal_server.models import Municipality, Service, ServiceRequest
from municipal_server.open311.render import (
    JSON_TYPE,
    XML_DECLARATION,
    XML_TYPE,
    json_bytes,
    render,
    xml_element,
)
from municipal_server.open311.shapes import request_json

#: Rendered requests kept per process: a few hundred bytes to a few kB each.
CAPACITY = 20_000
#: A public list may change at any moment; a cache may keep it a few seconds, then asks again
#: with If-None-Match (a 304 costs one indexed query and no rendering).
LIST_CACHE_CONTROL = "public, max-age=5"
ROOT = "service_requests"


class RenderedRequests:
    """A bounded, thread-safe LRU of rendered requests (the routes run in a thread pool)."""

    def __init__(self, capacity: int = CAPACITY) -> None:
        self.capacity = capacity
        self._items: OrderedDict[Hashable, bytes] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> bytes | None:
        with self._lock:
            value = self._items.get(key)
            if value is not None:
                self._items.move_to_end(key)
            return value

    def put(self, key: Hashable, value: bytes) -> None:
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self.capacity:
                self._items.popitem(last=False)

    def __len__(self) -> int:
        return len(self._items)


def rendered(fmt: str, item: dict[str, Any]) -> bytes:
    """One request as a member of the list, exactly as render() writes it there."""
    return xml_element("request", item) if fmt == "xml" else json_bytes(item)


def assembled(fmt: str, parts: list[bytes]) -> bytes:
    if fmt == "xml":
        return XML_DECLARATION + b"<service_requests>" + b"".join(parts) + b"</service_requests>"
    return b"[" + b",".join(parts) + b"]"


def matches(if_none_match: str | None, etag: str) -> bool:
    if not if_none_match:
        return False
    tags = [t.strip().removeprefix("W/") for t in if_none_match.split(",")]
    return etag in tags or "*" in tags


class Page(NamedTuple):
    response: Response
    count: int
    #: when the oldest request of the page was made (None: the page is empty)
    oldest: datetime | None


def page(
    request: Request,
    session: Session,
    query: Select,
    settings: Settings,
    language: str,
    extensions: bool,
    fmt: str,
) -> Page:
    """The answer for `query` (public requests, ordered and paged), how many it holds and
    when the oldest was made; with If-None-Match naming the current ETag, a 304."""
    cache: RenderedRequests = request.app.state.rendered_requests
    changeset = session.scalar(select(Municipality.changeset).where(Municipality.id == 1))
    shape = (fmt, language, extensions, settings.timezone, str(changeset))
    rows = session.execute(
        query.with_only_columns(
            ServiceRequest.id, ServiceRequest.revision, ServiceRequest.requested_at
        )
    ).all()
    revisions = [(row_id, revision) for row_id, revision, _ in rows]
    oldest = min((at for _, _, at in rows), default=None)
    etag = _etag(shape, revisions)
    if matches(request.headers.get("if-none-match"), etag):
        return Page(not_modified(etag), len(revisions), oldest)
    if not revisions:
        return Page(render(fmt, ROOT, [], **_headers(etag)), 0, None)
    parts: dict[int, bytes] = {}
    for row_id, revision in revisions:
        if (part := cache.get((row_id, revision, shape))) is not None:
            parts[row_id] = part
    missing = [row_id for row_id, _ in revisions if row_id not in parts]
    if missing:
        municipality = session.get(Municipality, 1)
        current = dict(revisions)
        loaded = session.scalars(
            select(ServiceRequest)
            .join(Service, ServiceRequest.service_id == Service.id)
            .where(ServiceRequest.id.in_(missing), in_public_feed())
            .options(selectinload(ServiceRequest.service), selectinload(ServiceRequest.events))
        )
        for row in loaded:
            part = rendered(fmt, request_json(row, settings, language, municipality, extensions))
            cache.put((row.id, row.revision, shape), part)
            parts[row.id] = part
            current[row.id] = row.revision
        # A request changed (or left the feed) between the two queries: the page shows what
        # the second one read, under the tag of that.
        revisions = [(row_id, current[row_id]) for row_id, _ in revisions if row_id in parts]
        etag = _etag(shape, revisions)
    body = assembled(fmt, [parts[row_id] for row_id, _ in revisions])
    media = XML_TYPE if fmt == "xml" else JSON_TYPE
    return Page(Response(body, media_type=media, headers=_headers(etag)), len(revisions), oldest)


def not_modified(etag: str) -> Response:
    return Response(status_code=304, headers=_headers(etag))


def _etag(shape: tuple[Any, ...], revisions: list[tuple[int, int]]) -> str:
    digest = hashlib.blake2b(repr((shape, revisions)).encode(), digest_size=16).hexdigest()
    return f'"{digest}"'


def _headers(etag: str) -> dict[str, str]:
    # The language comes from Accept-Language when `locale` is absent.
    return {"ETag": etag, "Cache-Control": LIST_CACHE_CONTROL, "Vary": "Accept-Language"}
