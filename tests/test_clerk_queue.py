"""The clerk's queue: search, filters, sort, paging and counts.

The session server is shared with other tests, so each test tags its requests with a unique
marker word and always filters by it (q=marker).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from municipal_server.statuses import STATUSES
from tests.clerk_api import act, edit_rows, ids, queue, queue_response
from tests.conftest import Account
from tests.helpers import marker, new_request
from tests.live_server import LiveServer


@pytest.mark.parametrize(
    "query",
    ["انارة", "مطفاه", "إِنَارَةُ", "الشارع مطفأة", "أنارة", "مُطْفَأَة", "إنارة الشارع مطفأة"],
)
def test_search_folds_arabic_letter_variants_and_diacritics(
    server: LiveServer, clerk: Account, query: str
) -> None:
    word = marker()
    number = new_request(server, description=f"إنارة الشارع مطفأة {word}")
    assert number in ids(queue(server, clerk, q=query, page_size="500"))
    assert ids(queue(server, clerk, q=word, service="water-leak")) == [number]


def test_search_takes_wildcards_literally(server: LiveServer, clerk: Account) -> None:
    word = marker()
    number = new_request(server, description=f"{word} 50%_off")
    assert ids(queue(server, clerk, q=f"{word} 50%_off")) == [number]
    assert queue(server, clerk, q=f"{word} 5_%")["total"] == 0
    assert queue(server, clerk, q=f"{word}%")["total"] == 0
    assert ids(queue(server, clerk, q=f"{word} 50%")) == [number]
    assert ids(queue(server, clerk, q=number)) == [number]  # by its number too


def test_filters_counts_and_totals(server: LiveServer, clerk: Account, admin: Account) -> None:
    word = marker()
    leaks = [new_request(server, description=f"{word} {n}") for n in range(3)]
    certificate = new_request(
        server, service_code="residence-certificate", description=word, **{"attribute[copies]": "1"}
    )
    act(server, clerk, leaks[0], "status", {"status": "received"})
    act(server, clerk, leaks[1], "assign", {"assignee_id": "me"})
    act(server, clerk, leaks[2], "assign", {"assignee_id": admin.user["id"]})

    everything = queue(server, clerk, q=word)
    assert everything["total"] == 4
    assert {k: v for k, v in everything["counts"].items() if v} == {"submitted": 3, "received": 1}
    received = queue(server, clerk, q=word, status="received")
    assert ids(received) == [leaks[0]] and received["total"] == 1
    assert received["counts"] == everything["counts"]  # counts ignore the status filter
    both = queue(server, clerk, q=word, status="received,submitted")
    assert both["total"] == 4
    assert ids(queue(server, clerk, q=word, assignee="me")) == [leaks[1]]
    assert ids(queue(server, clerk, q=word, assignee=str(admin.user["id"]))) == [leaks[2]]
    assert queue(server, clerk, q=word, assignee="none")["total"] == 2
    assert ids(queue(server, clerk, q=word, service="residence-certificate")) == [certificate]
    assert queue(server, clerk, q=word, service="residence-certificate,water-leak")["total"] == 4
    assert queue(server, clerk, q=word, service="no-such-service")["total"] == 0
    assert ids(queue(server, clerk, q=word, group="certificates")) == [certificate]
    water = queue(server, clerk, q=word, group="water")
    assert water["total"] == 3 and water["counts"]["received"] == 1


def test_date_range_and_overdue(server: LiveServer, clerk: Account) -> None:
    word = marker()
    old, recent, late = (new_request(server, description=word) for _ in range(3))
    edit_rows(
        server, [old], lambda r: setattr(r, "requested_at", datetime(2025, 3, 1, 9, tzinfo=UTC))
    )
    past = datetime.now(UTC) - timedelta(days=1)
    act(server, clerk, late, "expected", {"expected_datetime": past.isoformat()})
    future = (datetime.now(UTC) + timedelta(days=3)).isoformat()
    act(server, clerk, recent, "expected", {"expected_datetime": future})

    assert ids(queue(server, clerk, q=word, to="2025-03-02T00:00:00+02:00")) == [old]
    since = queue(server, clerk, q=word, **{"from": "2025-03-01T12:00:00Z"})
    assert sorted(ids(since)) == sorted([recent, late])
    window = queue(server, clerk, q=word, **{"from": "2025-02-28", "to": "2025-03-01T09:00:00Z"})
    assert ids(window) == [old]
    assert ids(queue(server, clerk, q=word, overdue="true")) == [late]
    act(server, clerk, late, "status", {"status": "rejected"})
    assert queue(server, clerk, q=word, overdue="true")["total"] == 0  # closed is never late


def test_sorting_and_paging(server: LiveServer, clerk: Account) -> None:
    word = marker()
    numbers = [new_request(server, description=word) for _ in range(4)]
    numbers.append(
        new_request(
            server,
            service_code="residence-certificate",
            description=word,
            **{"attribute[copies]": "1"},
        )
    )
    act(server, clerk, numbers[1], "status", {"status": "received"})
    act(server, clerk, numbers[2], "expected", {"expected_datetime": "2031-01-01T00:00:00Z"})
    act(server, clerk, numbers[3], "expected", {"expected_datetime": "2030-01-01T00:00:00Z"})
    act(server, clerk, numbers[0], "notes", {"note": "latest change"})

    by_number = ids(queue(server, clerk, q=word, sort="number"))
    assert by_number == numbers
    assert ids(queue(server, clerk, q=word, sort="-number")) == numbers[::-1]
    assert ids(queue(server, clerk, q=word)) == numbers[::-1]  # default: newest first
    assert ids(queue(server, clerk, q=word, sort="-updated"))[0] == numbers[0]
    for key, field in (
        ("requested", "requested_datetime"),
        ("updated", "updated_datetime"),
        ("status", "status"),
        ("service", "service_code"),
    ):
        rows = queue(server, clerk, q=word, sort=key)["items"]
        values = [row[field] for row in rows]
        if key == "status":  # workflow order, not alphabetical
            values = [STATUSES.index(v) for v in values]
        assert values == sorted(values), key
        down = [row[field] for row in queue(server, clerk, q=word, sort=f"-{key}")["items"]]
        if key == "status":
            down = [STATUSES.index(v) for v in down]
        assert down == sorted(values, reverse=True), key
    # new requests are promised requested + the service's target days; without a promised
    # date a request comes last in both directions
    edit_rows(server, [numbers[4]], lambda r: setattr(r, "expected_at", None))
    soon = [numbers[0], numbers[1], numbers[3], numbers[2]]
    assert ids(queue(server, clerk, q=word, sort="expected")) == [*soon, numbers[4]]
    assert ids(queue(server, clerk, q=word, sort="-expected")) == [*soon[::-1], numbers[4]]

    pages = [
        queue(server, clerk, q=word, sort="number", page_size="2", page=str(n)) for n in (1, 2, 3)
    ]
    assert [ids(p) for p in pages] == [numbers[:2], numbers[2:4], numbers[4:]]
    assert all(p["total"] == 5 and p["page_size"] == 2 for p in pages)
    assert [p["page"] for p in pages] == [1, 2, 3]
    # Further down, a page without its counts: the same rows, nothing counted.
    bare = queue(server, clerk, q=word, sort="number", page_size="2", page="2", counts="false")
    assert ids(bare) == numbers[2:4]
    assert (bare["total"], bare["counts"]) == (None, None)
    assert queue(server, clerk, q=word, page="9")["items"] == []
    default = queue(server, clerk, q=word)
    assert (default["page"], default["page_size"]) == (1, 50)


def test_items_are_request_summaries(server: LiveServer, clerk: Account) -> None:
    word = marker()
    number = new_request(server, description=word)
    act(server, clerk, number, "assign", {"assignee_id": "me"})
    (row,) = queue(server, clerk, q=word, locale="en")["items"]
    assert row["id"] == number
    assert row["service_code"] == "water-leak" and row["service_name"] == "Water leak"
    assert row["assignee"] == {"id": clerk.user["id"], "name": clerk.user["name"]}
    assert row["open311_status"] == "open"


@pytest.mark.parametrize(
    ("params", "status"),
    [
        ({"status": "lost"}, 400),
        ({"status": "received,lost"}, 400),
        ({"sort": "colour"}, 400),
        ({"sort": "--number"}, 400),
        ({"from": "soon"}, 400),
        ({"to": "2026-13-01T00:00:00Z"}, 400),
        ({"from": "0001-01-01T00:00:00+01:00"}, 400),
        ({"to": "2026-01-01T00:00:00"}, 400),
        ({"assignee": "bob"}, 400),
        ({"assignee": "²"}, 400),
        ({"q": "a\x00b"}, 400),
        ({"service": "water\x00"}, 400),
        ({"page": "0"}, 422),
        ({"page_size": "501"}, 422),
        ({"page_size": "0"}, 422),
        ({"overdue": "maybe"}, 422),
    ],
)
def test_bad_parameters_are_client_errors(
    server: LiveServer, clerk: Account, params: dict[str, str], status: int
) -> None:
    response = queue_response(server, clerk, **params)
    assert response.status_code == status, response.text
    assert response.json()["error"]["code"] in ("invalid_field", "validation_error")


def test_page_size_up_to_500(server: LiveServer, clerk: Account) -> None:
    assert queue(server, clerk, page_size="500")["page_size"] == 500
