"""Terminal output of the IT commands (`config check`, `doctor`) in Arabic, English or French.

The texts go through Qt's translation (QCoreApplication.translate, the same .ts/.qm files as the
window), so translators keep one set of files and tests/test_translations.py checks them all;
only a QCoreApplication is made (no GUI) unless the command made a QGuiApplication itself.

Everything a server says is data: `printable` strips what a terminal would act on (C0 and C1
controls, ESC/CSI/OSC sequences, bidi embeddings, overrides and isolates that would reorder the
line) and bounds the length, before any server text reaches a terminal; `say` applies it to
every line it prints.

`visual` turns Arabic into visual order with its letters joined (arabic-reshaper + python-bidi)
for terminals that do neither (the Windows console, many Linux ones). Only for the terminal:
Qt shapes and orders text itself, and would garble text treated this way.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Callable, Iterator
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
#: the most of one server text a line shows (a 20 MB error description is not printed whole)
MAX_SHOWN = 500
_ESCAPE_SEQUENCES = re.compile(
    "\x1b\\[[0-?]*[ -/]*[@-~]?"  # CSI: ESC [ parameters intermediates final
    "|\x1b[\\]PX^_][^\x07\x1b\x9c]*(?:\x07|\x1b\\\\|\x9c)?"  # OSC, DCS, SOS, PM, APC … ST
    "|\x1b[ -/]*[0-~]?"  # any other escape: ESC intermediates final
    "|\x9b[0-?]*[ -/]*[@-~]?"  # 8-bit CSI
    "|[\x90\x98\x9d\x9e\x9f][^\x07\x1b\x9c]*(?:\x07|\x9c)?"  # 8-bit OSC, DCS …
)
#: what a terminal acts on, or what reorders the text around it: C0 but TAB/LF, DEL, C1, the
#: line and paragraph separators, the bidi embeddings, overrides and isolates (LRE, RLE, PDF,
#: LRO, RLO, LRI, RLI, FSI, PDI). The marks (LRM, RLM, ALM) stay: invisible letters with a
#: direction that reorder nothing beyond themselves, and our Arabic texts need them.
_UNSAFE = "\x00-\x08\x0b-\x1f\x7f-\x9f\u2028-\u202e\u2066-\u2069"
_CONTROL = re.compile(f"[{_UNSAFE}]")
_CONTROL_BUT_LRI_PDI = re.compile(
    f"[{_UNSAFE.replace(chr(0x2066) + '-' + chr(0x2069), '')}\u2067\u2068]"
)
_SURROGATE = re.compile("[\ud800-\udfff]")
_UNSAFE_OR_SURROGATE = re.compile(f"[{_UNSAFE}\ud800-\udfff]")


def printable(
    text: str, limit: int | None = MAX_SHOWN, newlines: bool = False, isolates: bool = False
) -> str:
    """`text` from a server as a terminal may show it: escape sequences and controls removed,
    invalid Unicode replaced, at most `limit` characters. Without `newlines`, TAB and line
    breaks become spaces, so that a server cannot start a line that looks like ours;
    `isolates` keeps LRI/PDI for `visual_order` (say() removes them afterwards)."""
    text = _SURROGATE.sub("\ufffd", _ESCAPE_SEQUENCES.sub("", text))
    if not newlines:
        text = re.sub("[\t\n\r]", " ", text)
    text = (_CONTROL_BUT_LRI_PDI if isolates else _CONTROL).sub("", text)
    if limit is not None and len(text) > limit:
        text = text[:limit] + "…"
    return text


def terminal_json(value: object) -> str:
    """`value` as indented JSON a terminal cannot act on: every character `printable` would
    remove is written as a \\uXXXX escape instead (JSON escapes C0 itself), so the data stays
    exact for scripts (json.loads gives back what the server sent)."""
    text = json.dumps(value, ensure_ascii=False, indent=2)
    return _UNSAFE_OR_SURROGATE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)


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


#: a closed pipe (`… | head`): what a shell reports for a process ended by SIGPIPE
EXIT_CLOSED_PIPE = 141


def quiet_on_closed_pipe(main: Callable[[list[str]], int], argv: list[str]) -> int:
    """Run a command; when its reader goes away (`citizen-app open311 … | head`), end quietly
    with 141 instead of a BrokenPipeError traceback, and send what is still buffered nowhere
    (https://docs.python.org/3/library/signal.html#note-on-sigpipe); Ctrl+C ends with 130."""
    try:
        code = main(argv)
        sys.stdout.flush()  # inside the try: a buffered line meets the closed pipe here
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_CLOSED_PIPE
    except KeyboardInterrupt:
        return 130
    return code


def say(text: str, visual: bool = False, stream: TextIO | None = None) -> None:
    """Print a line (or lines) of ours, with whatever server text it holds made printable."""
    stream = stream or sys.stdout
    if hasattr(stream, "reconfigure"):  # a console that cannot show Arabic gets '?'
        stream.reconfigure(errors="replace")
    text = printable(text, limit=None, newlines=True, isolates=True)
    text = visual_order(text) if visual else text
    # The isolates have done their work; many consoles would draw them as boxes.
    print(text.replace(LRI, "").replace(PDI, ""), file=stream)
