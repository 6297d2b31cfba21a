"""Text of mixed direction: the app's own values and other people's words inside its sentences.

Two kinds of run never reorder what is around them, in any language:
- `ltr`: a left-to-right value the app shows (request number, phone, e-mail, address of a
  server), in LEFT-TO-RIGHT ISOLATE … POP DIRECTIONAL ISOLATE (U+2066 … U+2069);
- `foreign`: words someone else wrote (a citizen's description, a service name or a clerk's
  name from the server, a note), in FIRST STRONG ISOLATE … PDI (U+2068 … U+2069), so they take
  their own direction and any embedding or override they carry ends at the PDI: a service name
  ending in U+202E cannot reverse the request number after it.

An isolate is invisible to the direction of the paragraph around it (Unicode's rule P2, which
Qt follows), and a paragraph with no letter outside isolates is laid out left to right. So each
line of their words starts with a mark of the app's direction (RIGHT-TO-LEFT MARK in Arabic,
LEFT-TO-RIGHT MARK otherwise), outside the isolate: a label holding only their words, or their
words and our values, still reads in the app's direction. Inside a sentence of ours the mark
agrees with the sentence and changes nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from citizen_app.core import formats
from citizen_app.core.text import isolate

FSI, PDI = "\u2068", "\u2069"
LRM, RLM = "\u200e", "\u200f"


def direction_mark() -> str:
    """The mark of the app's direction: RLM in Arabic, LRM in English and French."""
    rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    return RLM if rtl else LRM


def ltr(text: str) -> str:
    """A left-to-right value, isolated."""
    return isolate(text)


def ltr_line(text: str) -> str:
    """A left-to-right value on a line of its own, isolated after the app's direction mark:
    the line still reads in the app's direction (see above)."""
    return direction_mark() + isolate(text)


def request_number(number: str) -> str:
    """A request number as shown: in the app's digits, isolated (HEB-2026-000123)."""
    return isolate(formats.digits(number))


def foreign(text: str | None) -> str:
    """Someone else's words, isolated, as they were written, each line after a mark of the
    app's direction. Each line is isolated on its own (a line break ends every isolate); a PDI
    of theirs without its opening mark is dropped (it would close ours), and isolates they
    leave open are closed before ours."""
    if not text:
        return ""
    mark = direction_mark()
    return "\n".join(mark + _isolated_line(line) for line in text.splitlines())


def _isolated_line(line: str) -> str:
    kept, depth = [], 0
    for char in line:
        if char in "\u2066\u2067\u2068":
            depth += 1
        elif char == PDI:
            if depth == 0:
                continue
            depth -= 1
        kept.append(char)
    return f"{FSI}{''.join(kept)}{PDI * depth}{PDI}"


def question_and_answer(question: str, answer: str) -> str:
    """«أين التسرب؟ في الشارع», «رقم العمود: EL-2045»: a colon only after a question that does
    not already end in a question mark or a colon (their words, both isolated)."""
    ends = question.rstrip()[-1:]
    joint = " " if ends in ("?", "؟", ":", "：") else ": "
    return f"{foreign(question)}{joint}{foreign(answer)}"
