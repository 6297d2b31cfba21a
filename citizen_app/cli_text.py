"""Terminal output of the IT commands (`config check`, `doctor`) in Arabic, English or French.

The texts go through Qt's translation (QCoreApplication.translate, the same .ts/.qm files as the
window), so translators keep one set of files and tests/test_translations.py checks them all;
only a QCoreApplication is made (no GUI) unless the command made a QGuiApplication itself.

`visual` turns Arabic into visual order with its letters joined (arabic-reshaper + python-bidi)
for terminals that do neither (the Windows console, many Linux ones). Only for the terminal:
Qt shapes and orders text itself, and would garble text treated this way.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

from citizen_app.i18n import TRANSLATIONS

LANGUAGES = ("ar", "en", "fr")
_kept: list[object] = []  # an application made here lives as long as the process


@contextmanager
def in_language(language: str) -> Iterator[None]:
    """Our translation for `language` while the command runs (English is the source text)."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    app = QCoreApplication.instance()
    if app is None:
        app = QCoreApplication(["citizen-app"])
        _kept.append(app)
    translator = QTranslator()
    installed = translator.load(f"citizen_app_{language}", str(TRANSLATIONS))
    if installed:
        app.installTranslator(translator)
    try:
        yield
    finally:
        if installed:
            app.removeTranslator(translator)


LRI, PDI = "\u2066", "\u2069"
# A run of Latin "words" (keys, URLs, paths, values, commands): kept left to right, in one
# piece, inside Arabic sentences.
_WORD = r"[\w:/.{}$@'\"\[\]-]*[A-Za-z][\w:/.{}$@'\"\[\]-]*[\w/}'\"\]]"
LATIN_RUN = re.compile(rf"{_WORD}(?:[ ,=]+{_WORD})*")


def isolated(text: str) -> str:
    """A path or address kept in one piece, left to right, inside an Arabic sentence."""
    return f"{LRI}{text}{PDI}"


def visual_order(text: str) -> str:
    """Each line in the order a terminal without bidi should draw it, letters joined."""
    from arabic_reshaper import reshape
    from bidi import get_display

    def one(line: str) -> str:
        if LRI not in line:
            line = LATIN_RUN.sub(lambda m: isolated(m.group(0)), line)
        return get_display(reshape(line))

    return "\n".join(one(line) for line in text.split("\n"))


def say(text: str, visual: bool = False, stream: TextIO | None = None) -> None:
    stream = stream or sys.stdout
    if hasattr(stream, "reconfigure"):  # a console that cannot show Arabic gets '?'
        stream.reconfigure(errors="replace")
    text = visual_order(text) if visual else text
    # The isolates have done their work; many consoles would draw them as boxes.
    print(text.replace(LRI, "").replace(PDI, ""), file=stream)
