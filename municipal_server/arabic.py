"""Arabic text folding for search: letter variants, diacritics, digits and invisible
characters compare equal."""

from __future__ import annotations

import re

from municipal_server.text import fold_invisible

_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ة": "ه",
        "ى": "ي",
        "ئ": "ي",
        "ؤ": "و",
        **{chr(0x0660 + d): str(d) for d in range(10)},  # Arabic-Indic digits
        **{chr(0x06F0 + d): str(d) for d in range(10)},  # Eastern Arabic-Indic (Persian) digits
    }
)
_SPACES = re.compile(r"\s+")


def normalize(text: str) -> str:
    """Fold `text` for comparison: `مدرسة` and `مَدْرَسه`, `إنارة` and `انارة`, `٣` and `3`,
    `تس‌رب` (with a ZWNJ) and `تسرب`."""
    text = _DIACRITICS.sub("", fold_invisible(text)).translate(_FOLD).casefold()
    return _SPACES.sub(" ", text).strip()


def ascii_digits(text: str) -> str:
    """Arabic-Indic digits to ASCII, leaving everything else alone."""
    return text.translate(
        {**{0x0660 + d: str(d) for d in range(10)}, **{0x06F0 + d: str(d) for d in range(10)}}
    )
