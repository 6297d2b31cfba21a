"""The catalogue document: checking it (every mistake, each with its path) and writing it.

Checking and normalising are one pass: a field left out gets its default and every language map
keeps only its non-empty texts, so that what is saved, exported and compared is always the same
canonical shape, and export → import → export gives the same bytes.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any

from municipal_server.catalogue.messages import Problem
from municipal_server.i18n import LANGUAGES
from municipal_server.text import Kind, problem

FORMAT = 1
#: format characters (Unicode category Cf) and line separators, escaped in files
INVISIBLE = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]")
DATATYPES = ("string", "number", "datetime", "text", "singlevaluelist", "multivaluelist")
LIST_DATATYPES = ("singlevaluelist", "multivaluelist")
TYPES = ("realtime", "batch")
VISIBILITIES = ("public", "private")  # as municipal_server.audience.VISIBILITIES
CODE = re.compile(r"^[A-Za-z0-9_.-]{1,50}$")
TARGET_DAYS = (0, 365)
ORDER = (0, 100_000)
#: lengths of texts and sizes of lists (a document is read whole into memory)
NAME_MAX, TEXT_MAX, KEYWORDS_MAX = 200, 2000, 500
MAX_GROUPS, MAX_SERVICES, MAX_ATTRIBUTES, MAX_VALUES = 200, 1000, 100, 200

GROUP_FIELDS = ("code", "names", "order")
SERVICE_FIELDS = (
    "code",
    "group",
    "names",
    "descriptions",
    "keywords",
    "type",
    "needs_location",
    "target_days",
    "visibility",
    "active",
    "order",
    "version",
    "attributes",
)
ATTRIBUTE_FIELDS = (
    "code",
    "datatype",
    "variable",
    "required",
    "order",
    "descriptions",
    "datatype_descriptions",
    "values",
)


class Checker:
    """Collects the problems of one document (or one body of the admin API)."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(self, path: str, code: str, /, **params: Any) -> None:
        self.problems.append(Problem(path, code, params))

    # --- shapes -----------------------------------------------------------------------------

    def fields(self, value: Any, path: str, allowed: Iterable[str]) -> dict[str, Any] | None:
        if not isinstance(value, dict):
            self.add(path, "not_object")
            return None
        for key in value:
            if key not in allowed:
                self.add(join(path, str(key)[:50]), "unknown_field")
        return value

    def code(self, value: Any, path: str) -> str | None:
        if value is None:
            self.add(path, "required")
        elif not isinstance(value, str):
            self.add(path, "not_text")
        elif not CODE.match(value):
            self.add(path, "code")
        else:
            return value
        return None

    def text(self, value: Any, path: str, kind: Kind, limit: int) -> str | None:
        if not isinstance(value, str):
            self.add(path, "not_text")
            return None
        value = value.strip()
        if found := problem(value, kind):
            self.add(path, found.reason, character=found.character)
            return None
        if len(value) > limit:
            self.add(path, "too_long", max=limit)
            return None
        return value

    def languages(
        self,
        value: Any,
        path: str,
        *,
        arabic: bool,
        kind: Kind = Kind.LINE,
        limit: int = NAME_MAX,
    ) -> dict[str, str]:
        """A map of texts by language: only ar/en/fr, empty texts dropped, Arabic required
        where `arabic` says so."""
        if value is None:
            value = {}
        if not isinstance(value, dict):
            self.add(path, "not_object")
            return {}
        texts: dict[str, str] = {}
        for language, text in value.items():
            if language not in LANGUAGES:
                self.add(join(path, str(language)[:50]), "unknown_language")
                continue
            clean = self.text(text, join(path, language), kind, limit)
            if clean:
                texts[language] = clean
        if (
            arabic
            and "ar" not in texts
            and not any(p.path == join(path, "ar") for p in self.problems)
        ):
            self.add(join(path, "ar"), "arabic_missing")
        return {language: texts[language] for language in LANGUAGES if language in texts}

    def boolean(self, value: Any, path: str, default: bool) -> bool:
        if value is None:
            return default
        if not isinstance(value, bool):
            self.add(path, "not_bool")
            return default
        return value

    def integer(self, value: Any, path: str, default: int, bounds: tuple[int, int]) -> int:
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, int):
            self.add(path, "not_integer")
            return default
        if not bounds[0] <= value <= bounds[1]:
            self.add(path, "range", min=bounds[0], max=bounds[1])
            return default
        return value

    def choice(self, value: Any, path: str, default: str, allowed: tuple[str, ...]) -> str:
        if value is None:
            return default
        if value not in allowed:
            self.add(path, "choice", value=str(value)[:50], allowed=", ".join(allowed))
            return default
        return value

    def items(self, value: Any, path: str, limit: int) -> list[Any]:
        if value is None:
            return []
        if not isinstance(value, list):
            self.add(path, "not_list")
            return []
        if len(value) > limit:
            self.add(path, "too_many", max=limit)
            return []
        return value

    def unique(self, codes: list[tuple[str | None, str]]) -> None:
        """Each code once: the second and later uses are named."""
        seen: set[str] = set()
        for code, path in codes:
            if code is None:
                continue
            if code in seen:
                self.add(path, "duplicate", code=code)
            seen.add(code)

    # --- the catalogue's parts --------------------------------------------------------------

    def group(self, raw: Any, path: str, code: str | None = None) -> dict[str, Any] | None:
        """A department; `code` is the address's (PUT groups/{code}) when the body has none."""
        body = self.fields(raw, path, GROUP_FIELDS)
        if body is None:
            return None
        found = self._own_code(body, path, code)
        return {
            "code": found,
            "names": self.languages(body.get("names"), join(path, "names"), arabic=True),
            "order": self.integer(body.get("order"), join(path, "order"), 0, ORDER),
        }

    def service(
        self, raw: Any, path: str, groups: set[str], code: str | None = None
    ) -> dict[str, Any] | None:
        """A service; its `group` must be one of `groups`."""
        body = self.fields(raw, path, SERVICE_FIELDS)
        if body is None:
            return None
        found = self._own_code(body, path, code)
        group = self.code(body.get("group"), join(path, "group"))
        if group is not None and group not in groups:
            self.add(join(path, "group"), "unknown_group", code=group)
        attributes_path = join(path, "attributes")
        raw_attributes = self.items(body.get("attributes"), attributes_path, MAX_ATTRIBUTES)
        attributes = [
            self.attribute(item, f"{attributes_path}[{n}]", n + 1)
            for n, item in enumerate(raw_attributes)
        ]
        self.unique(
            [
                (a["code"] if a else None, f"{attributes_path}[{n}].code")
                for n, a in enumerate(attributes)
            ]
        )
        return {
            "code": found,
            "group": group,
            "names": self.languages(body.get("names"), join(path, "names"), arabic=True),
            "descriptions": self.languages(
                body.get("descriptions"),
                join(path, "descriptions"),
                arabic=False,
                kind=Kind.FREE,
                limit=TEXT_MAX,
            ),
            "keywords": self.languages(
                body.get("keywords"), join(path, "keywords"), arabic=False, limit=KEYWORDS_MAX
            ),
            "type": self.choice(body.get("type"), join(path, "type"), "realtime", TYPES),
            "needs_location": self.boolean(
                body.get("needs_location"), join(path, "needs_location"), True
            ),
            "target_days": self.integer(
                body.get("target_days"), join(path, "target_days"), 7, TARGET_DAYS
            ),
            "visibility": self.choice(
                body.get("visibility"), join(path, "visibility"), "public", VISIBILITIES
            ),
            "active": self.boolean(body.get("active"), join(path, "active"), True),
            "order": self.integer(body.get("order"), join(path, "order"), 0, ORDER),
            "attributes": sorted(
                (a for a in attributes if a is not None), key=lambda a: (a["order"], a["code"])
            ),
        }

    def attribute(self, raw: Any, path: str, position: int) -> dict[str, Any] | None:
        body = self.fields(raw, path, ATTRIBUTE_FIELDS)
        if body is None:
            return None
        code = self.code(body.get("code"), join(path, "code"))
        datatype = body.get("datatype")
        if datatype is None:
            self.add(join(path, "datatype"), "required")
        elif datatype not in DATATYPES:
            self.add(
                join(path, "datatype"),
                "datatype",
                value=str(datatype)[:50],
                allowed=", ".join(DATATYPES),
            )
        variable = self.boolean(body.get("variable"), join(path, "variable"), True)
        required = self.boolean(body.get("required"), join(path, "required"), False)
        if required and not variable:
            self.add(join(path, "required"), "informational_required")
        values_path = join(path, "values")
        raw_values = self.items(body.get("values"), values_path, MAX_VALUES)
        values = [self.value(item, f"{values_path}[{n}]") for n, item in enumerate(raw_values)]
        self.unique(
            [(v["key"] if v else None, f"{values_path}[{n}].key") for n, v in enumerate(values)]
        )
        if datatype in LIST_DATATYPES and variable and not raw_values:
            self.add(values_path, "values_missing")
        elif datatype in DATATYPES and datatype not in LIST_DATATYPES and raw_values:
            self.add(values_path, "values_not_allowed")
        if code is None or datatype not in DATATYPES:
            return None
        return {
            "code": code,
            "datatype": datatype,
            "variable": variable,
            "required": required,
            "order": self.integer(body.get("order"), join(path, "order"), position, ORDER),
            "descriptions": self.languages(
                body.get("descriptions"),
                join(path, "descriptions"),
                arabic=True,
                kind=Kind.FREE,
                limit=TEXT_MAX,
            ),
            "datatype_descriptions": self.languages(
                body.get("datatype_descriptions"),
                join(path, "datatype_descriptions"),
                arabic=False,
                kind=Kind.FREE,
                limit=TEXT_MAX,
            ),
            "values": [v for v in values if v is not None],
        }

    def value(self, raw: Any, path: str) -> dict[str, Any] | None:
        body = self.fields(raw, path, ("key", "names"))
        if body is None:
            return None
        key = self.code(body.get("key"), join(path, "key"))
        names = self.languages(body.get("names"), join(path, "names"), arabic=True)
        return None if key is None else {"key": key, "names": names}

    def _own_code(self, body: dict[str, Any], path: str, code: str | None) -> str | None:
        if code is None:
            return self.code(body.get("code"), join(path, "code"))
        if "code" in body and body["code"] != code:
            self.add(join(path, "code"), "code_mismatch", code=code)
        return self.code(code, join(path, "code"))

    def document(self, raw: Any) -> dict[str, Any]:
        body = self.fields(raw, "", ("format", "groups", "services")) or {}
        if body.get("format") != FORMAT:
            self.add("format", "format" if "format" in body else "required")
        raw_groups = self.items(body.get("groups"), "groups", MAX_GROUPS)
        groups = [self.group(item, f"groups[{n}]") for n, item in enumerate(raw_groups)]
        self.unique([(g["code"] if g else None, f"groups[{n}].code") for n, g in enumerate(groups)])
        known = {g["code"] for g in groups if g and g["code"]}
        raw_services = self.items(body.get("services"), "services", MAX_SERVICES)
        services = [
            self.service(item, f"services[{n}]", known) for n, item in enumerate(raw_services)
        ]
        self.unique(
            [(s["code"] if s else None, f"services[{n}].code") for n, s in enumerate(services)]
        )
        return {
            "format": FORMAT,
            "groups": sorted((g for g in groups if g), key=lambda g: (g["order"], g["code"])),
            "services": sorted(
                (s for s in services if s), key=lambda s: (s["order"], s["code"] or "")
            ),
        }


def join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def check_document(raw: Any) -> tuple[dict[str, Any], list[Problem]]:
    """The canonical document and the problems found (the document is only good when there
    are none)."""
    checker = Checker()
    document = checker.document(raw)
    return document, checker.problems


def parse_file_text(text: str) -> tuple[Any, list[Problem]]:
    """A file's JSON, or the reason it is not JSON (with its line and column)."""
    try:
        return json.loads(text), []
    except json.JSONDecodeError as error:
        detail = f"line {error.lineno}, column {error.colno}: {error.msg}"
        return None, [Problem("", "not_json", {"detail": detail})]


def dump(document: dict[str, Any]) -> str:
    """The file's text: UTF-8 JSON, Arabic as itself, two-space indents, fields in the
    document's order (so a diff in version control shows what changed). Invisible characters
    (bidi isolates and marks, zero-width joiners) are written as \\uXXXX escapes, so that a
    reviewer sees them."""
    text = json.dumps(document, ensure_ascii=False, indent=2)
    return INVISIBLE.sub(lambda found: f"\\u{ord(found.group()):04x}", text) + "\n"
