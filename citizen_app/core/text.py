"""Folding text for the catalogue search: Arabic letter variants, diacritics and digits.

The server has its own folding for the clerk's search; client and server share only HTTP.
"""

from __future__ import annotations

import re

_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_LETTERS = str.maketrans(
    "أإآٱةىئؤ"
    + "".join(chr(0x0660 + d) for d in range(10))
    + "".join(chr(0x06F0 + d) for d in range(10)),
    "ااااهييو" + "0123456789" * 2,
)
_DIGITS = str.maketrans(
    "".join(chr(0x0660 + d) for d in range(10)) + "".join(chr(0x06F0 + d) for d in range(10)),
    "0123456789" * 2,
)


def fold(text: str) -> str:
    """`إنارة` and `انارة`, `مدرسة` and `مدرسه`, `مستشفى` and `مستشفي`, `٣` and `3` alike."""
    return " ".join(_MARKS.sub("", text).translate(_LETTERS).casefold().split())


def ascii_digits(text: str) -> str:
    """What the citizen typed with Arabic-Indic digits, as the ASCII digits servers expect."""
    return text.translate(_DIGITS)


def isolate(text: str) -> str:
    """Wrap a left-to-right value (request number, phone, e-mail) so that it reads correctly
    inside Arabic text (U+2066 LEFT-TO-RIGHT ISOLATE … U+2069 POP DIRECTIONAL ISOLATE)."""
    return f"\u2066{text}\u2069"
