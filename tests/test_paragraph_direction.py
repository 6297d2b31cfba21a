"""Every label on every main screen (as `make screenshots` draws them, with demo data) reads in
the app's direction. An isolate is invisible to the direction of the paragraph around it
(Unicode's rule P2, which Qt follows): a label holding only someone else's words, isolated by
ui/bidi.foreign, used to find no letter outside the isolate and fall back to left to right, so
in Arabic the service's questions, their hints, its description and the clerk's lines stood at
the left edge with their "*" on the wrong side (seen in a real window at 1366×768)."""

from __future__ import annotations

import re
import unicodedata

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from citizen_app.ui.bidi import foreign
from tests.screens import each_screen

OPENERS, PDI = "\u2066\u2067\u2068", "\u2069"
TAGS = re.compile(r"<[^>]+>")
LINES = re.compile(r"\n|<br\s*/?>|</p>|</div>|</tr>", re.IGNORECASE)


def paragraph_direction(text: str) -> str | None:
    """'rtl' or 'ltr' from the first strong letter outside isolates; None when there is none
    (Qt then lays the paragraph out left to right, whatever the app's direction)."""
    depth = 0
    for char in text:
        if char in OPENERS:
            depth += 1
        elif char == PDI:
            depth = max(depth - 1, 0)
        elif depth == 0:
            kind = unicodedata.bidirectional(char)
            if kind == "L":
                return "ltr"
            if kind in ("R", "AL"):
                return "rtl"
    return None


def undirected_lines(window: QWidget) -> list[str]:
    """The visible labels' lines that hold words but no letter outside an isolate."""
    found = []
    for label in window.findChildren(QLabel):
        if not label.isVisible():
            continue
        for line in LINES.split(label.text() or ""):
            line = TAGS.sub("", line)
            isolated = any(c in OPENERS for c in line)
            if isolated and paragraph_direction(line) is None:
                found.append(f"{label.objectName() or type(label.parent()).__name__}: {line!r}")
    return found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\u2068تسرب مياه\u2069", None),  # isolated only: no direction of its own
        ("\u200f\u2068Leak\u2069", "rtl"),
        ("\u2066HEB-1\u2069 — طلب", "rtl"),
        ("Request \u2068طلب\u2069", "ltr"),
    ],
)
def test_the_rule(text: str, expected: str | None) -> None:
    assert paragraph_direction(text) == expected


def test_their_words_read_in_the_apps_direction(qapp) -> None:
    from citizen_app.i18n import apply_language

    apply_language("ar")
    assert paragraph_direction(foreign("Water leak")) == "rtl"
    assert paragraph_direction(foreign("تسرب\nمياه").split("\n")[1]) == "rtl"
    apply_language("en")
    try:
        assert paragraph_direction(foreign("تسرب مياه")) == "ltr"
    finally:
        apply_language("ar")


def test_no_label_on_any_screen_loses_the_apps_direction(qapp) -> None:
    found: dict[str, list[str]] = {}
    each_screen(
        qapp,
        lambda language, name, widget: found.setdefault(
            f"{language}/{name}", undirected_lines(widget)
        ),
        ("ar", "en"),
    )
    assert len(found) >= 28  # every main screen was seen, in both languages
    wrong = {name: lines for name, lines in found.items() if lines}
    assert not wrong, "\n".join(f"{k}: {v}" for k, v in wrong.items())
