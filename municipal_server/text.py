"""What text the server accepts: the one set of rules, applied where text comes in.

Every field is one of four kinds:

- free text (descriptions, comments, notes, reasons, `text` attributes): what a writer needs
  stays, ZWNJ and ZWJ (Persian and Arabic letter joining), LRM, RLM and ALM, isolates; what
  XML 1.0 cannot carry (C0 controls but TAB, LF and CR, NUL, U+FFFE, U+FFFF, lone surrogates)
  is refused, since one such character in one description would break the public XML feed for
  everyone, and so are the bidi overrides (U+202D, U+202E), which show characters in another
  order than they were typed and which no writer needs.
- a single line (names, e-mail, phone, addresses, codes, keys, URLs, single-line attributes):
  no control character at all (line breaks and TAB included), no format character (Unicode
  category Cf: bidi embeddings, overrides, isolates and marks, zero-width characters, BOM,
  soft hyphen), no line or paragraph separator: a `phone=\u202e2221119950` would otherwise
  show a clerk 0599111222, and an invisible character makes two equal-looking values differ.
- a name: a single line with at least one letter (an invisible or punctuation-only name is
  not a name).
- a secret (passwords): taken as typed, except lone surrogates, which cannot be encoded.

Refusals are a 400 `invalid_field` naming the field, with `reason` (`forbidden_character`,
`invisible_character`, `line_break`, `no_letter`) and the offending `character` as U+XXXX.
Outgoing XML is cleaned again by `xml_safe` (rows stored before these rules existed).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import Enum
from typing import Any

from municipal_server.errors import ApiError, invalid_field

# Characters XML 1.0 does not allow (§2.2 Char), lone surrogates included.
XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
BIDI_OVERRIDES = frozenset("\u202d\u202e")
LINE_BREAKS = frozenset("\n\r\x0b\x0c\x85\u2028\u2029")
# What search ignores: zero-width characters, bidi marks and controls, BOM, soft hyphen.
INVISIBLE = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")


class Kind(Enum):
    FREE = "free text"
    LINE = "single line"
    NAME = "name"
    SECRET = "secret"  # noqa: S105 - the name of a kind of field


# Markers for Annotated[str, ...] fields of request bodies (municipal_server.api.schemas.Strict
# applies them); a str field without one is free text.
LINE, NAME, SECRET = Kind.LINE, Kind.NAME, Kind.SECRET


@dataclass(frozen=True)
class Problem:
    reason: str
    character: str | None = None

    def sentence(self) -> str:
        return {
            "forbidden_character": f"{self.character} is a control character, not allowed",
            "line_break": f"line breaks are not allowed ({self.character})",
            "invisible_character": f"{self.character} is an invisible or direction-changing "
            "character, not allowed here",
            "no_letter": "needs at least one letter",
        }[self.reason]

    def describe(self, field: str) -> str:
        return f"{field}: {self.sentence()}"


def _code(character: str) -> str:
    return f"U+{ord(character):04X}"


def problem(value: str, kind: Kind = Kind.FREE) -> Problem | None:
    """What is wrong with `value` as text of `kind`, or None."""
    if kind is Kind.SECRET:
        if found := re.search("[\ud800-\udfff]", value):
            return Problem("forbidden_character", _code(found.group()))
        return None
    if found := XML_FORBIDDEN.search(value):
        return Problem("forbidden_character", _code(found.group()))
    if kind is Kind.FREE:
        if overrides := BIDI_OVERRIDES.intersection(value):
            return Problem("invisible_character", _code(min(overrides)))
        return None
    for character in value:
        if character in LINE_BREAKS or character == "\t":
            return Problem("line_break", _code(character))
        category = unicodedata.category(character)
        if category in ("Cc", "Cf", "Zl", "Zp"):
            return Problem("invisible_character", _code(character))
    if kind is Kind.NAME and value.strip() and not any(c.isalpha() for c in value):
        return Problem("no_letter")
    return None


def label(name: str) -> str:
    """A field's name as an error may show it: a character that cannot be shown as itself (a
    control in an attribute's code, say) is written <U+XXXX>, so the error stays valid XML."""
    return "".join(c if problem(c, Kind.LINE) is None else f"<{_code(c)}>" for c in name)


def refusal(field: str, found: Problem) -> ApiError:
    params = {"character": found.character} if found.character else {}
    error = invalid_field(field, found.reason, **params)
    error.message = found.describe(field)
    return error


def check(field: str, value: Any, kind: Kind = Kind.FREE) -> Any:
    """`value` unchanged when it is acceptable text of `kind`; a 400 naming `field` otherwise.

    Lists and dicts are checked member by member (keys as single lines)."""
    if isinstance(value, str):
        if found := problem(value, kind):
            raise refusal(field, found)
    elif isinstance(value, list | tuple):
        for item in value:
            check(field, item, kind)
    elif isinstance(value, dict):
        for key, item in value.items():
            check(field, key, Kind.LINE)
            check(field, item, kind)
    return value


def xml_safe(value: str) -> str:
    """`value` with what XML 1.0 cannot carry replaced by U+FFFD (output's last line of defence)."""
    return XML_FORBIDDEN.sub("\ufffd", value)


def fold_invisible(value: str) -> str:
    """`value` without the characters a reader cannot see (for search: «تس‌رب» is «تسرب»)."""
    return INVISIBLE.sub("", value)


# --- e-mail addresses ----------------------------------------------------------------------------

# Letters of other scripts that look like Latin ones, as they appear in spoofed addresses
# (Cyrillic and Greek; after NFKC and casefold). Small on purpose: the usual lookalikes of the
# letters and digits of an address, from Unicode's confusables.txt, not the whole table.
CONFUSABLES = str.maketrans(
    {
        # Cyrillic
        "а": "a",
        "в": "b",
        "с": "c",
        "ԁ": "d",
        "е": "e",
        "һ": "h",
        "і": "i",
        "ј": "j",
        "к": "k",
        "ӏ": "l",
        "м": "m",
        "н": "h",
        "о": "o",
        "р": "p",
        "ԛ": "q",
        "ѕ": "s",
        "т": "t",
        "ц": "u",
        "ѵ": "v",
        "ԝ": "w",
        "х": "x",
        "у": "y",
        # Greek
        "α": "a",
        "β": "b",
        "ε": "e",
        "η": "n",
        "ι": "i",
        "κ": "k",
        "ν": "v",
        "ο": "o",
        "ρ": "p",
        "τ": "t",
        "υ": "u",
        "χ": "x",
        # Latin lookalikes of Latin letters (digits are left alone: `ali1` and `alil` are
        # different people far more often than a spoof)
        "ı": "i",
        "ɑ": "a",
        "ɡ": "g",
    }
)


def email_skeleton(email: str) -> str:
    """The form two e-mail addresses share when a person could not tell them apart:
    NFKC (fullwidth and compatibility forms), casefold, then CONFUSABLES (`pаypal@` with a
    Cyrillic а is `paypal@`). Used only to compare: mail
    goes to the address as given."""
    return unicodedata.normalize("NFKC", email).casefold().translate(CONFUSABLES)
