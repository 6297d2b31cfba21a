"""Whole pages of the public list (GET /open311/v2/requests.json and .xml), answered again
without FastAPI while the feed has not changed.

The database counts every change of what the feed shows (`feed_changes`, kept by triggers on
requests, their history, services and the municipality: queue_triggers.py), so the sum of
that counter names the feed's state for every server process alike. A page the route
answered with 200 is kept under (format, the query string as sent, the language
Accept-Language picks, that sum); the next request for it reads the sum again, with one
query of 16 rows on a connection of this module's own (SQLite: in the event loop, it takes
no lock and cannot wait; PostgreSQL: an asynchronous connection), and when it has not moved
answers with the kept bytes and headers, or a 304 for a matching If-None-Match, without the
middleware stack, dependencies, a session or a worker thread (bench/RESULTS.md: they were
three quarters of a page's time).

Never stale: the sum is read before the route renders, so a kept page is at least as new as
the sum it is kept under, and any later change moves the sum. Time alone changes an answer
only through the 90-day window of a list without dates: the route says until when its page
holds (`hold_until`), and the page is not reused after that. Only answers the route itself
gave with 200 are kept, under the exact query string, so whatever the route refuses (an
unknown status, a bad date, a character the text rules refuse) is refused again by it.
When the counter cannot be read (a database being migrated, PostgreSQL restarting), the
request goes to the route as before.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import threading
from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import make_url
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from municipal_server.i18n import pick_language
from municipal_server.open311.common import PREFIX
from municipal_server.open311.feed_cache import matches, not_modified
from municipal_server.timeutil import utcnow

log = logging.getLogger("municipal_server")

PATHS = {PREFIX + "/requests.json": "json", PREFIX + "/requests.xml": "xml"}
#: where the route finds what to tell this module about its answer (see hold_until)
SCOPE_KEY = "municipal.feed_page"
#: bytes of kept pages per process (a page of 50 is about 30 kB; of 1,000, about 600 kB)
CAPACITY_BYTES = 32 * 1024 * 1024
MARKER_QUERY = "SELECT sum(n) FROM feed_changes"
#: connections of its own to PostgreSQL for reading the counter
POSTGRES_CONNECTIONS = 4


def hold_until(scope: dict[str, Any], until: datetime | None) -> None:
    """Called by the route: its answer may be kept, and holds until `until` (None: until the
    feed changes)."""
    holder = scope.get(SCOPE_KEY)
    if holder is not None:
        holder["keep"], holder["until"] = True, until


@dataclass(frozen=True)
class KeptPage:
    marker: int
    until: datetime | None
    etag: str
    start: Message
    body: bytes


class KeptPages:
    """A bounded LRU of kept pages (by their bytes), and the counter's reader."""

    def __init__(self, database_url: str, capacity: int = CAPACITY_BYTES) -> None:
        self.capacity = capacity
        self._pages: OrderedDict[tuple[Any, ...], KeptPage] = OrderedDict()
        self._size = 0
        self._failing = False
        self._lock = threading.Lock()
        url = make_url(database_url)
        self._reader: _SqliteCounter | _PostgresCounter | None = None
        if url.get_backend_name() == "sqlite":
            if url.database not in (None, "", ":memory:"):  # each connection its own database
                self._reader = _SqliteCounter(url.database)
        else:
            plain = url.set(drivername="postgresql").render_as_string(hide_password=False)
            self._reader = _PostgresCounter(plain)

    async def marker(self) -> int | None:
        """The feed's change counter now; None when it cannot be read."""
        if self._reader is None:
            return None
        try:
            marker = await self._reader.read()
        except Exception as error:  # the route answers instead, as before
            if not self._failing:  # once, not for every request while it lasts
                log.warning("the public feed's change counter cannot be read: %s", error)
            self._failing = True
            return None
        if self._failing:
            log.info("the public feed's change counter can be read again")
        self._failing = False
        return marker

    def get(self, key: tuple[Any, ...]) -> KeptPage | None:
        with self._lock:
            page = self._pages.get(key)
            if page is not None:
                self._pages.move_to_end(key)
            return page

    def put(self, key: tuple[Any, ...], page: KeptPage) -> None:
        with self._lock:
            old = self._pages.pop(key, None)
            if old is not None:
                self._size -= len(old.body)
            if len(page.body) > self.capacity:
                return
            self._pages[key] = page
            self._size += len(page.body)
            while self._size > self.capacity:
                _, dropped = self._pages.popitem(last=False)
                self._size -= len(dropped.body)

    def __len__(self) -> int:
        return len(self._pages)

    async def close(self) -> None:
        if self._reader is not None:
            await self._reader.close()


class _SqliteCounter:
    """One connection, asked from the event loop: in WAL mode a read takes no lock, and with
    no busy timeout it never waits (a busy database raises, and the route answers)."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._connection: sqlite3.Connection | None = None

    async def read(self) -> int | None:
        if self._connection is None:
            connection = sqlite3.connect(
                self.path, timeout=0, isolation_level=None, check_same_thread=False
            )
            connection.execute("PRAGMA query_only=ON")
            self._connection = connection
        try:
            # fetchall: the statement runs to its end, so no read transaction stays open on
            # this connection (one that did would keep reading an old counter)
            return self._connection.execute(MARKER_QUERY).fetchall()[0][0]
        except sqlite3.Error:
            self._connection.close()
            self._connection = None
            raise

    async def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None


class _PostgresCounter:
    """A few asynchronous connections in autocommit: each read is one round trip."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._idle: list[Any] = []
        self._slots: asyncio.Semaphore | None = None

    async def read(self) -> int | None:
        import psycopg

        if self._slots is None:
            self._slots = asyncio.Semaphore(POSTGRES_CONNECTIONS)
        async with self._slots:
            connection = (
                self._idle.pop()
                if self._idle
                else await psycopg.AsyncConnection.connect(
                    self.url, autocommit=True, connect_timeout=5
                )
            )
            try:
                row = await (await connection.execute(MARKER_QUERY)).fetchone()
            except BaseException:
                await connection.close()
                raise
            self._idle.append(connection)
            return row[0]

    async def close(self) -> None:
        while self._idle:
            await self._idle.pop().close()


class FeedPages:
    """The ASGI middleware in front of the app (inside SecurityHeaders, which adds its
    headers to these answers as to any other)."""

    def __init__(self, app: ASGIApp, pages: KeptPages) -> None:
        self.app = app
        self.pages = pages

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        fmt = PATHS.get(scope.get("path", "")) if scope["type"] == "http" else None
        if fmt is None or scope["method"] != "GET":
            await self.app(scope, receive, send)
            return
        marker = await self.pages.marker()
        if marker is None:
            await self.app(scope, receive, send)
            return
        headers = _headers(scope)
        language = pick_language(None, headers.get(b"accept-language", b"").decode("latin-1"))
        key = (fmt, scope.get("query_string", b""), language)
        kept = self.pages.get(key)
        if (
            kept is not None
            and kept.marker == marker
            and (kept.until is None or utcnow() < kept.until)
        ):
            if_none_match = headers.get(b"if-none-match")
            if if_none_match and matches(if_none_match.decode("latin-1"), kept.etag):
                await not_modified(kept.etag)(scope, receive, send)
                return
            # (a copy: SecurityHeaders adds its headers to the message it is given)
            await send({**kept.start, "headers": list(kept.start["headers"])})
            await send({"type": "http.response.body", "body": kept.body})
            return
        await self._answer_and_keep(scope, receive, send, key, marker)

    async def _answer_and_keep(
        self, scope: Scope, receive: Receive, send: Send, key: tuple[Any, ...], marker: int
    ) -> None:
        holder: dict[str, Any] = {}
        scope[SCOPE_KEY] = holder
        start: Message | None = None
        chunks: list[bytes] = []

        async def keeping(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = {**message, "headers": list(message.get("headers", []))}
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                if not message.get("more_body", False) and _keepable(start, holder):
                    etag = dict(start["headers"]).get(b"etag", b"").decode("latin-1")
                    page = KeptPage(marker, holder["until"], etag, start, b"".join(chunks))
                    self.pages.put(key, page)
            await send(message)

        await self.app(scope, receive, keeping)


def _keepable(start: Message | None, holder: dict[str, Any]) -> bool:
    return start is not None and start["status"] == 200 and holder.get("keep", False)


def _headers(scope: Scope) -> dict[bytes, bytes]:
    return {name.lower(): value for name, value in scope.get("headers", [])}
