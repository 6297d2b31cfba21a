"""The public feed served from rendered requests (open311/feed_cache.py) is byte for byte what
rendering it afresh gives, after every kind of change to a request, in every format, language
and shape; its ETag changes with any request in the page and answers If-None-Match with 304;
the clerk queue's kept counts (queue_counts) equal counting the rows."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pytest
import requests
from PIL import Image
from sqlalchemy import func, literal_column, select, text
from sqlalchemy.orm import selectinload

from municipal_server.config import Settings
from municipal_server.db import Database
from municipal_server.models import Municipality, QueueCount, ServiceRequest
from municipal_server.open311.render import render
from municipal_server.open311.shapes import request_json
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
