"""Parsing stops at a memory budget, not only at 32 MB of bytes: a body whose parsed form would
not fit is refused before it is parsed. Peak RSS measured in a fresh process (getrusage)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from citizen_app.api import open311, open311_read
from tests.live_server import ROOT

pytestmark = pytest.mark.timeout(300)
MB = 1024 * 1024
PROBE = """
import resource, sys
from citizen_app.api import open311, open311_read
from citizen_app.api.errors import ParseError
unit, fmt, count, head, tail = sys.argv[1:]
body = head.encode() + unit.encode() * int(count) + tail.encode()
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
try:
    open311.services(open311_read.load(body, fmt))
    outcome = "read"
except ParseError:
    outcome = "refused"
grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
print(outcome, grown * 1024)
"""
# (unit, format, end-to-end cost of one unit as the budget counts it, head, tail)
SHAPES = {
    "empty objects": (
        "{},",
        "json",
        open311_read.CONTAINER_COST + open311_read.VALUE_COST,
        "[",
        "{}]",
    ),
    "short strings": ('"ab",', "json", open311_read.VALUE_COST, "[", "1]"),
    "numbers": ("1.5,", "json", open311_read.VALUE_COST, "[", "1]"),
    "small records": (
        '{"a":"bc"},',
        "json",
        open311_read.CONTAINER_COST + 2 * open311_read.VALUE_COST,
        "[",
        "{}]",
    ),
    "empty elements": ("<a/>", "xml", open311_read.ELEMENT_COST, "<services>", "</services>"),
}


def probe(unit: str, fmt: str, count: int, head: str, tail: str) -> tuple[str, int]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, unit, fmt, str(count), head, tail],
        capture_output=True, text=True, cwd=ROOT, timeout=240, check=True,
    )  # fmt: skip
    outcome, grown = done.stdout.split()
    return outcome, int(grown)


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_32_mb_of_small_items_is_refused_before_parsing(shape: str) -> None:
    """Before: 32 MB of `{},` took the process from 78 MB to 1.6 GB; `<a/>` to 1.3 GB."""
    unit, fmt, _, head, tail = SHAPES[shape]
    outcome, grown = probe(unit, fmt, 32 * MB // len(unit), head, tail)
    assert outcome == "refused"
    assert grown < 20 * MB


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_the_worst_body_within_the_budget_stays_bounded(shape: str) -> None:
    unit, fmt, cost, head, tail = SHAPES[shape]
    outcome, grown = probe(unit, fmt, int(open311_read.MEMORY_BUDGET / cost * 0.95), head, tail)
    assert outcome == "read"
    assert grown < 200 * MB  # measured: 60 to 150 MB


def test_a_full_page_of_real_requests_is_within_the_budget() -> None:
    """1,000 requests (the most a page holds) with long descriptions and their history."""
    note = {"datetime": "2026-03-01T10:15:00+02:00", "type": "status", "status": "received",
            "description": "تم تحويل الطلب إلى القسم المختص"}  # fmt: skip
    request = {
        "service_request_id": "HEB-2026-000001", "status": "open", "service_code": "water-leak",
        "service_name": "تسرب مياه", "description": "تسرب " * 800, "address": "شارع عين سارة",
        "requested_datetime": "2026-03-01T10:15:00+02:00", "lat": 31.53, "long": 35.09,
        "media_url": ["https://x/1.jpg", "https://x/2.jpg"], "notes": [note] * 10,
        "extended_status": "in_progress", "agency_responsible": "قسم المياه",
    }  # fmt: skip
    body = json.dumps([request] * 1000, ensure_ascii=False).encode()
    assert len(body) > 8 * MB
    assert len(open311.service_requests(open311_read.load(body, "json"))) == 1000
