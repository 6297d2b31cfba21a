"""The last known catalogue, service definitions and my requests, for reading offline.

Each successful read is kept with the time it was fetched; when the server cannot be reached
(no connection, or it is failing) the kept copy is returned instead, marked as such, so the
screens can say "as of …". My requests are kept with their ETag, so the next refresh asks
"changed since?" and an unchanged list costs a few hundred bytes.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any, Generic, TypeVar

from citizen_app.api.accounts import Extensions, Page
from citizen_app.api.errors import ServerError, TransportError
from citizen_app.api.models import (
    Attribute,
    AttributeValue,
    Endpoint,
    Service,
    ServiceDefinition,
)
from citizen_app.core.local_db import LocalDatabase, now_iso

T = TypeVar("T")
_SURROGATE = re.compile("[\ud800-\udfff]")
PAGE_SIZE = 200  # the most the server gives in one page
# What the My requests list shows, and all that is kept of it on disk: no description, address,
# position or names (what a citizen typed stays on the server).
KEPT_FIELDS = (
    "id",
    "service_code",
    "service_name",
    "status",
    "open311_status",
    "requested_datetime",
    "updated_datetime",
    "expected_datetime",
    "resolved_datetime",
)


@dataclass(frozen=True)
class Known(Generic[T]):
    value: T
    updated_at: str  # when it came from the server (ISO 8601, UTC)
    offline: bool  # the server could not be reached: this is the kept copy


@dataclass(frozen=True)
class Cached:
    body: Any
    etag: str | None
    updated_at: str


class OfflineCache:
    def __init__(self, db: LocalDatabase) -> None:
        self.db = db

    def put(self, key: str, body: Any, etag: str | None = None) -> str:
        """Keep `body` as JSON. Text a server sent is kept exactly; invalid Unicode in it (a
        lone surrogate, which SQLite cannot store as UTF-8) is kept as a JSON escape."""
        stamp = now_iso()
        kept = json.dumps(body, ensure_ascii=False)
        if _SURROGATE.search(kept):
            kept = json.dumps(body)
        with self.db.transaction() as db:
            db.execute(
                "INSERT INTO cache (key, etag, body, updated_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, body = excluded.body,"
                " updated_at = excluded.updated_at",
                (key, etag, kept, stamp),
            )
        return stamp

    def touch(self, key: str) -> None:
        """The server said "unchanged": the kept copy is current as of now."""
        with self.db.transaction() as db:
            db.execute("UPDATE cache SET updated_at = ? WHERE key = ?", (now_iso(), key))

    def get(self, key: str) -> Cached | None:
        rows = self.db.query("SELECT body, etag, updated_at FROM cache WHERE key = ?", (key,))
        if not rows:
            return None
        body, etag, stamp = rows[0]
        return Cached(json.loads(body), etag, stamp)

    def forget(self, prefix: str) -> None:
        """Drop a signed-out citizen's kept requests (personal data)."""
        with self.db.transaction() as db:
            db.execute("DELETE FROM cache WHERE substr(key, 1, ?) = ?", (len(prefix), prefix))
        self.db.forget_deleted()

    def read_through(
        self,
        key: str,
        load: Callable[[], T],
        dump: Callable[[T], Any],
        restore: Callable[[Any], T],
    ) -> Known[T]:
        """`load()` from the server and keep it; when the server is out of reach, the kept
        copy (the error is raised again when there is none)."""
        try:
            value = load()
        except (TransportError, ServerError):
            kept = self.get(key)
            if kept is None:
                raise
            return Known(restore(kept.body), kept.updated_at, offline=True)
        return Known(value, self.put(key, dump(value)), offline=False)


def dump_services(services: list[Service]) -> list[dict[str, Any]]:
    return [asdict(s) for s in services]


def restore_services(body: list[dict[str, Any]]) -> list[Service]:
    return [Service(**{**s, "keywords": tuple(s["keywords"])}) for s in body]


def restore_definition(body: dict[str, Any]) -> ServiceDefinition:
    return ServiceDefinition(
        body["service_code"],
        tuple(
            Attribute(**{**a, "values": tuple(AttributeValue(**v) for v in a["values"])})
            for a in body["attributes"]
        ),
    )


def restore_endpoint(body: dict[str, Any]) -> Endpoint:
    return Endpoint(
        **{
            **body,
            "formats": tuple(body["formats"]),
            "extensions": tuple(body.get("extensions", ())),  # absent from older copies
        }
    )


def my_requests(
    cache: OfflineCache, extensions: Extensions, key: str, etag: str | None
) -> Known[Page]:
    """The citizen's requests: asked with the last ETag (from this run, else the kept copy's),
    so an unchanged list comes back as "304 Not Modified" with no body; the kept copy when the
    server is out of reach."""
    kept = cache.get(key)
    try:
        page = extensions.my_requests(
            page_size=PAGE_SIZE, etag=etag or (kept.etag if kept is not None else None)
        )
    except (TransportError, ServerError):
        if kept is None:
            raise
        return Known(Page(kept.body, len(kept.body), kept.etag), kept.updated_at, offline=True)
    if page.unchanged:
        cache.touch(key)
        if etag is None and kept is not None:  # first look in this run: show the kept list
            return Known(Page(kept.body, len(kept.body), kept.etag), now_iso(), offline=False)
        return Known(page, now_iso(), offline=False)
    # The ETag covers the whole list, so only a changed list needs its further pages.
    items, number = list(page.items), 2
    while len(items) < page.total:
        more = extensions.my_requests(page=number, page_size=PAGE_SIZE)
        if not more.items:
            break
        items += more.items
        number += 1
    page = Page(items, page.total, page.etag)
    kept_items = [{k: item.get(k) for k in KEPT_FIELDS} for item in items]
    return Known(page, cache.put(key, kept_items, page.etag), offline=False)
