"""The public feed served from rendered requests (open311/feed_cache.py) and from kept whole
pages (open311/feed_pages.py) is byte for byte what rendering it afresh gives, after every kind
of change to a request, in every format, language and shape; its ETag changes with any request
in the page and answers If-None-Match with 304; the clerk queue's kept counts (queue_counts)
equal counting the rows."""

from __future__ import annotations

import asyncio
import io
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from typing import Any
from urllib.parse import urlencode

import pytest
import requests
from PIL import Image
from sqlalchemy import func, literal_column, select, text
from sqlalchemy.orm import selectinload

from municipal_server.app import create_app
from municipal_server.config import Settings
from municipal_server.db import Database
from municipal_server.models import Municipality, QueueCount, ServiceRequest
from municipal_server.open311 import feed_cache, feed_pages
from municipal_server.open311.render import render
from municipal_server.open311.shapes import request_json
from municipal_server.timeutil import utcnow
from tests.conftest import Account, register
from tests.helpers import marker, new_request
from tests.live_server import LiveServer
from tests.open311_client import get

SHAPES = [
    (fmt, language, extensions)
    for fmt in ("json", "xml")
    for language in ("ar", "en")
    for extensions in ("false", "true")
]


@pytest.fixture
def database(server: LiveServer) -> Iterator[Database]:
    database = Database(server.database_url)
    yield database
    database.dispose()


def rendered_afresh(
    database: Database, numbers: list[str], fmt: str, language: str, extensions: bool
) -> bytes:
    """What the feed showed before it was cached: every request rendered from the database."""
    settings = Settings(database_url=database.url)
    with database.session() as session:
        municipality = session.get(Municipality, 1)
        rows = {
            r.number: r
            for r in session.scalars(
                select(ServiceRequest)
                .where(ServiceRequest.number.in_(numbers))
                .options(selectinload(ServiceRequest.service), selectinload(ServiceRequest.events))
            )
        }
        items = [
            request_json(rows[n], settings, language, municipality, extensions) for n in numbers
        ]
        return render(fmt, "service_requests", items).body


def listed_numbers(response: requests.Response, fmt: str) -> list[str]:
    if fmt == "json":
        return [item["service_request_id"] for item in response.json()]
    from xml.etree import ElementTree as ET

    root = ET.fromstring(response.content)
    return [r.findtext("service_request_id") for r in root.findall("request")]


def check_every_shape(server: LiveServer, database: Database, word: str) -> dict[str, str]:
    """Each shape of the page holding the test's requests equals its fresh rendering, twice
    (the second answer comes from the cache); returns the ETags by shape."""
    etags = {}
    for fmt, language, extensions in SHAPES:
        params = {"locale": language, "extensions": extensions, "page_size": "1000"}
        for _ in range(2):
            answer = get(server, f"/open311/v2/requests.{fmt}", **params)
            assert answer.status_code == 200
            numbers = listed_numbers(answer, fmt)
            expected = rendered_afresh(database, numbers, fmt, language, extensions == "true")
            assert answer.content == expected, (fmt, language, extensions)
        assert answer.headers["Cache-Control"].startswith("public")
        assert "Accept-Language" in answer.headers["Vary"]
        etags[f"{fmt}-{language}-{extensions}"] = answer.headers["ETag"]
        # One request, as a list of one, the same way.
        [number] = [n for n in numbers if word in n] or numbers[:1]
        one = get(server, f"/open311/v2/requests/{number}.{fmt}", **params)
        assert one.content == rendered_afresh(
            database, [number], fmt, language, extensions == "true"
        )
    return etags


def photo() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (10, 120, 200)).save(out, "JPEG")
    return out.getvalue()


def test_the_feed_equals_its_fresh_rendering_after_every_change(
    server: LiveServer, database: Database, clerk: Account
) -> None:
    citizen = register(server)
    word = marker()
    number = new_request(
        server, citizen, description=f'حفرة <b>&amp; "{word}" ]]>', lat="31.5", long="35.1"
    )
    seen = [check_every_shape(server, database, number)]

    def changed(action) -> None:
        response = action()
        assert response.status_code in (200, 201), response.text
        etags = check_every_shape(server, database, number)
        assert all(etags[k] != seen[-1][k] for k in etags), "an ETag stayed the same"
        seen.append(etags)

    base = f"{server.url}/api/v1/clerk/requests/{number}"
    changed(lambda: clerk.http.post(f"{base}/status", json={"status": "received"}, timeout=30))
    changed(
        lambda: clerk.http.post(
            f"{base}/status",
            json={"status": "in_progress", "note": "الفرق في الطريق", "audience": "public"},
            timeout=30,
        )
    )
    changed(
        lambda: clerk.http.post(
            f"{base}/notes", json={"note": "ملاحظة للجميع", "audience": "public"}, timeout=30
        )
    )
    changed(lambda: clerk.http.post(f"{base}/notes", json={"note": "داخلية"}, timeout=30))
    changed(
        lambda: citizen.http.post(
            f"{server.url}/api/v1/requests/{number}/attachments",
            files={"file": ("p.jpg", photo(), "image/jpeg")},
            timeout=60,
        )
    )
    changed(lambda: clerk.http.post(f"{base}/assign", json={"assignee_id": "me"}, timeout=30))


def test_a_service_made_private_leaves_the_feed_and_comes_back(
    server: LiveServer, database: Database
) -> None:
    number = new_request(server)
    page = {"page_size": "1000"}
    first = get(server, "/open311/v2/requests.json", **page)
    assert number in listed_numbers(first, "json")

    def visibility(value: str) -> None:
        with database.engine.begin() as db:
            db.execute(
                text("UPDATE services SET visibility = :v WHERE code = 'water-leak'"), {"v": value}
            )

    visibility("private")
    try:
        hidden = get(server, "/open311/v2/requests.json", **page)
        assert number not in listed_numbers(hidden, "json")
        assert hidden.headers["ETag"] != first.headers["ETag"]
        assert get(server, f"/open311/v2/requests/{number}.xml").status_code == 404
        assert hidden.content == rendered_afresh(
            database, listed_numbers(hidden, "json"), "json", "ar", False
        )
    finally:
        visibility("public")
    again = get(server, "/open311/v2/requests.json", **page)
    assert number in listed_numbers(again, "json")
    assert again.content == first.content or again.headers["ETag"] != hidden.headers["ETag"]


def test_if_none_match_gets_304_until_a_request_in_the_page_changes(
    server: LiveServer, clerk: Account
) -> None:
    number = new_request(server)
    path = f"/open311/v2/requests/{number}.json"
    first = get(server, path)
    etag = first.headers["ETag"]
    unchanged = get(server, path, headers={"If-None-Match": etag})
    assert unchanged.status_code == 304 and not unchanged.content
    assert unchanged.headers["ETag"] == etag
    assert get(server, path, headers={"If-None-Match": f'"other", W/{etag}'}).status_code == 304
    # Another language is another answer, with its own tag.
    assert get(server, path, headers={"If-None-Match": etag}, locale="en").status_code == 200
    note = {"note": "تم الاطلاع", "audience": "public"}
    answer = clerk.http.post(
        f"{server.url}/api/v1/clerk/requests/{number}/notes", json=note, timeout=30
    )
    assert answer.status_code == 200, answer.text
    after = get(server, path, headers={"If-None-Match": etag})
    assert after.status_code == 200 and after.headers["ETag"] != etag
    assert after.json()[0]["status_notes"] == "تم الاطلاع"


def kept_counts(database: Database) -> tuple[dict, dict]:
    """(queue_counts as kept, the same counted from the rows), zero counts left out."""
    assignee = func.coalesce(ServiceRequest.assignee_id, literal_column("0"))
    stripe = ServiceRequest.id % 16
    with database.session() as session:
        kept = session.execute(
            select(
                QueueCount.service_id,
                QueueCount.assignee_id,
                QueueCount.status,
                QueueCount.stripe,
                QueueCount.n,
            )
        ).all()
        counted = session.execute(
            select(ServiceRequest.service_id, assignee, ServiceRequest.status, stripe, func.count())
            .where(ServiceRequest.number.is_not(None))
            .group_by(ServiceRequest.service_id, assignee, ServiceRequest.status, stripe)
        ).all()
    return {tuple(k): n for *k, n in kept if n}, {tuple(k): n for *k, n in counted}


def test_the_kept_queue_counts_equal_counting_the_rows(
    server: LiveServer, database: Database, clerk: Account
) -> None:
    numbers = [new_request(server) for _ in range(3)]
    base = f"{server.url}/api/v1/clerk/requests"
    steps = [
        ("status", {"status": "received"}),
        ("assign", {"assignee_id": "me"}),
        ("status", {"status": "in_progress"}),
        ("assign", {"assignee_id": None}),
        ("status", {"status": "resolved"}),
    ]
    for number in numbers[:2]:
        for action, body in steps:
            answer = clerk.http.post(f"{base}/{number}/{action}", json=body, timeout=30)
            assert answer.status_code == 200, answer.text
            kept, counted = kept_counts(database)
            assert kept == counted
    clerk.http.post(f"{base}/{numbers[2]}/assign", json={"assignee_id": "me"}, timeout=30)
    kept, counted = kept_counts(database)
    assert kept == counted
    # What the queue answers, read from the kept counts, equals counting with a scan (a date
    # filter makes it count the rows).
    for params in ({}, {"assignee": "me"}, {"assignee": "none"}, {"service": "water-leak"}):
        quick = clerk.http.get(base, params={**params, "page_size": 1}, timeout=30).json()
        scanned = clerk.http.get(
            base, params={**params, "page_size": 1, "from": "2000-01-01T00:00:00Z"}, timeout=30
        ).json()
        assert quick["counts"] == scanned["counts"] and quick["total"] == scanned["total"]


def test_a_read_only_session_refuses_to_write(server: LiveServer, database: Database) -> None:
    with database.read_session() as session:
        session.get(Municipality, 1).rest_days = [4]
        with pytest.raises(RuntimeError, match="read-only"):
            session.flush()


PAGE = {"page_size": "50"}
# Changes made by hand in SQL (as an administrator or a bulk load might): the feed's change
# counter moves with each, whichever table it is in (queue_triggers.FEED_TABLES).
HAND_CHANGES = [
    "UPDATE service_requests SET description = description || ' (مصحح)' WHERE number = :n",
    "UPDATE request_events SET note = 'للجميع', audience = 'public', kind = 'note' "
    "WHERE id = (SELECT max(e.id) FROM request_events e JOIN service_requests r "
    "ON r.id = e.request_id WHERE r.number = :n)",
    "UPDATE services SET code = code WHERE code = 'water-leak'",
    "UPDATE municipality SET names = names",
    "DELETE FROM request_events WHERE id = (SELECT max(e.id) FROM request_events e "
    "JOIN service_requests r ON r.id = e.request_id WHERE r.number = :n)",
]


@dataclass
class Answer:
    status_code: int
    headers: dict[str, str]
    content: bytes


class InProcess:
    """GETs to the app in this process, on one event loop, as uvicorn would ask them."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.loop = asyncio.new_event_loop()

    def get(
        self, path: str, params: dict[str, str], headers: dict[str, str] | None = None
    ) -> Answer:
        scope = {
            "type": "http",
            "asgi": {"version": "3.0"},
            "http_version": "1.1",
            "method": "GET",
            "scheme": "http",
            "path": path,
            "raw_path": path.encode(),
            "query_string": urlencode(params).encode(),
            "root_path": "",
            "headers": [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()],
            "client": ("127.0.0.1", 50000),
            "server": ("127.0.0.1", 80),
        }
        messages: list[dict] = []

        async def receive() -> dict:
            return {"type": "http.request", "body": b"", "more_body": False}

        async def send(message: dict) -> None:
            messages.append(message)

        self.loop.run_until_complete(self.app(scope, receive, send))
        start = messages[0]
        return Answer(
            start["status"],
            {k.decode().lower(): v.decode() for k, v in start["headers"]},
            b"".join(m.get("body", b"") for m in messages[1:]),
        )

    def close(self) -> None:
        self.loop.run_until_complete(self.app.state.kept_pages.close())
        self.loop.close()


def test_a_kept_page_is_answered_without_the_route_until_the_feed_changes(
    server: LiveServer, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The whole-page cache (open311/feed_pages.py), in process so that the route's calls can
    be counted: a second ask is answered from the kept page, byte for byte and header for
    header; any change moves the feed's counter and the route answers again, as a fresh
    rendering would; refusals stay the route's; the 90-day window ends a kept page."""
    number = new_request(server)
    calls: list[str] = []
    page = feed_cache.page

    def counted(*args, **kwargs):
        calls.append("page")
        return page(*args, **kwargs)

    monkeypatch.setattr(feed_cache, "page", counted)
    path = "/open311/v2/requests.xml"
    client = InProcess(create_app(Settings(database_url=server.database_url)))
    try:
        first = client.get(path, params=PAGE)
        assert first.status_code == 200 and len(calls) == 1
        again = client.get(path, params=PAGE)
        assert len(calls) == 1, "the kept page was not used"
        assert again.content == first.content and again.headers == first.headers
        assert again.headers["x-content-type-options"] == "nosniff"
        tag = first.headers["etag"]
        unchanged = client.get(path, params=PAGE, headers={"If-None-Match": tag})
        assert unchanged.status_code == 304 and not unchanged.content and len(calls) == 1
        assert unchanged.headers["etag"] == tag
        assert unchanged.headers["cache-control"] == first.headers["cache-control"]
        # Another language, another query string: each its own page.
        english = client.get(path, params=PAGE, headers={"Accept-Language": "en"})
        assert len(calls) == 2 and english.content != first.content
        for statement in HAND_CHANGES:
            before = len(calls)
            with database.engine.begin() as db:
                db.execute(text(statement), {"n": number})
            answer = client.get(path, params=PAGE)
            assert len(calls) == before + 1, statement
            numbers = listed_numbers(answer, "xml")
            assert number in numbers
            assert answer.content == rendered_afresh(database, numbers, "xml", "ar", False)
            assert client.get(path, params=PAGE).content == answer.content
            assert len(calls) == before + 1
        # What the route refuses stays refused, every time.
        for _ in range(2):
            refused = client.get("/open311/v2/requests.json", params={"status": "lost"})
            assert refused.status_code == 400
        # Time alone: a list of the last 90 days is kept until its oldest request leaves the
        # window; a list between two dates does not change with time.
        dated = {**PAGE, "start_date": "2000-01-01T00:00:00Z", "end_date": "2000-02-01T00:00:00Z"}
        client.get(path, params=dated)
        before = len(calls)
        later = utcnow() + timedelta(days=91)
        monkeypatch.setattr(feed_pages, "utcnow", lambda: later)
        client.get(path, params=dated)
        assert len(calls) == before
        client.get(path, params=PAGE)
        assert len(calls) == before + 1
    finally:
        client.close()
