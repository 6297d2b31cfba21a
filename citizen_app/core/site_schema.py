"""The schema of the configuration files: each key's type, limits and checks.

Validation gives structured problems (a code, the key, the line and the values involved), so
that the app can log them in English and `citizen-app config check` can explain them in the
reader's language (core/site_messages.py words them). docs/site-config.md documents every key.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from citizen_app.api.dates import zone
from citizen_app.api.url_policy import is_loopback, shown
from citizen_app.core import pin
from citizen_app.core.receipt_printer import parse_target

LANGUAGES = ("ar", "en", "fr")
DIGITS = ("western", "arabic-indic")  # core/formats.py's choices
THEMES = ("system", "light", "dark", "high-contrast")  # ui/theme.py's
TEXT_SIZE = (100, 200)  # per cent of the normal text size
TEXT, NUMBER, BOOL, LANGUAGE_LIST = "text", "number", "bool", "languages"


@dataclass
class Problem:
    """One mistake. `code` says which (see site_messages.py); `params` the values involved."""

    code: str
    key: str = ""
    line: int | None = None
    params: dict[str, Any] = field(default_factory=dict)
    path: Path | None = None

    def __str__(self) -> str:
        from citizen_app.core.site_messages import located

        return located(self)


@dataclass(frozen=True)
class Key:
    kind: str
    site_only: bool = False  # the municipality's: never read from the user's file
    minimum: int | None = None
    check: Callable[[Any, Mapping[str, Any]], Problem | None] | None = None


def _url_problem(key: str, value: str, schemes: tuple[str, ...]) -> Problem | None:
    try:
        parts = urlsplit(value)
        host = parts.hostname or ""
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        return Problem("bad_url_host", key, params={"value": shown(value)})
    if parts.scheme not in schemes:
        return Problem(
            "bad_url_scheme", key, params={"value": shown(value), "schemes": ", ".join(schemes)}
        )
    if not host or " " in value:
        return Problem("bad_url_host", key, params={"value": shown(value)})
    return None


def _web_address(key: str, value: str, values: Mapping[str, Any]) -> Problem | None:
    found = _url_problem(key, value, ("https", "http"))
    if found is not None:
        return found
    parts = urlsplit(value)
    if (
        parts.scheme == "http"
        and not values.get("allow_plain_http")
        and not is_loopback(parts.hostname or "")
    ):
        return Problem("plain_http", key, params={"value": shown(value)})
    return found


def _server_url(value: str, values: Mapping[str, Any]) -> Problem | None:
    return _web_address("server_url", value, values)


def _proxy(value: str, _: Mapping[str, Any]) -> Problem | None:
    # http:// to a proxy is usual: HTTPS goes through it in a CONNECT tunnel, still encrypted.
    return _url_problem("proxy", value, ("http", "https"))


def _map_tile_url(value: str, values: Mapping[str, Any]) -> Problem | None:
    found = _web_address("map_tile_url", value, values)
    if found is None and not all(part in value for part in ("{z}", "{x}", "{y}")):
        return Problem("tile_template", "map_tile_url", params={"value": value})
    return found


def _ca_bundle(value: str, _: Mapping[str, Any]) -> Problem | None:
    import ssl  # 5 MiB of OpenSSL: only when a site names a CA file, not at every start

    path = Path(value).expanduser()
    if not path.is_file():
        return Problem("ca_missing", "ca_bundle", params={"value": value})
    try:
        ssl.create_default_context(cafile=str(path))
        text = path.read_text(encoding="ascii", errors="replace")
    except (ssl.SSLError, OSError, ValueError):
        return Problem("ca_not_pem", "ca_bundle", params={"value": value})
    if "-----BEGIN CERTIFICATE-----" not in text:
        return Problem("ca_not_pem", "ca_bundle", params={"value": value})
    return None


def _time_zone(value: str, _: Mapping[str, Any]) -> Problem | None:
    try:
        zone(value)
    except ValueError:
        return Problem("bad_time_zone", "time_zone", params={"value": value})
    return None


def _receipt_printer(value: str, _: Mapping[str, Any]) -> Problem | None:
    try:
        parse_target(value)
    except ValueError as error:
        return Problem("bad_printer", "receipt_printer", params={"detail": str(error)})
    return None


def _admin_pin_hash(value: str, _: Mapping[str, Any]) -> Problem | None:
    return None if pin.well_formed(value) else Problem("bad_pin_hash", "admin_pin_hash")


def _language(value: str, values: Mapping[str, Any]) -> Problem | None:
    offered = values.get("languages") or LANGUAGES
    if value not in LANGUAGES:
        return Problem("not_a_language", "language", params={"value": value})
    if value not in offered:
        return Problem(
            "not_offered", "language", params={"value": value, "languages": ", ".join(offered)}
        )
    return None


def _digits(value: str, _: Mapping[str, Any]) -> Problem | None:
    if value not in DIGITS:
        return Problem("bad_digits", "digits", params={"value": value})
    return None


def _theme(value: str, _: Mapping[str, Any]) -> Problem | None:
    if value not in THEMES:
        return Problem("bad_theme", "theme", params={"value": value})
    return None


def _text_size(value: int, _: Mapping[str, Any]) -> Problem | None:
    if value > TEXT_SIZE[1]:
        return Problem("too_large", "text_size", params={"value": value, "maximum": TEXT_SIZE[1]})
    return None


KEYS: dict[str, Key] = {
    "server_url": Key(TEXT, check=_server_url),
    "jurisdiction": Key(TEXT),
    "time_zone": Key(TEXT, check=_time_zone),
    "api_key": Key(TEXT, site_only=True),
    "municipality_name": Key(TEXT),
    "languages": Key(LANGUAGE_LIST),
    "language": Key(TEXT, check=_language),
    "digits": Key(TEXT, site_only=True, check=_digits),
    "theme": Key(TEXT, check=_theme),
    "text_size": Key(NUMBER, minimum=TEXT_SIZE[0], check=_text_size),
    "kiosk": Key(BOOL),
    "idle_timeout": Key(NUMBER, minimum=30),
    "idle_warning": Key(NUMBER, minimum=20),  # WCAG 2.2.1: at least 20 s to react
    "admin_pin_hash": Key(TEXT, site_only=True, check=_admin_pin_hash),
    "ca_bundle": Key(TEXT, check=_ca_bundle),
    "proxy": Key(TEXT, check=_proxy),
    "allow_plain_http": Key(BOOL, site_only=True),
    "kiosk_feedback": Key(BOOL),
    "receipt_printer": Key(TEXT, check=_receipt_printer),
    "map_tile_url": Key(TEXT, check=_map_tile_url),
    "data_dir": Key(TEXT),
}
SITE_ONLY = tuple(name for name, key in KEYS.items() if key.site_only)


def coerce(name: str, value: Any, from_text: bool = False) -> Any:
    """`value` as the key's type; `from_text`: parse text (from the environment: "yes", "90",
    "ar,en"). ValueError with the expected kind ("text", "number", "bool", "languages")."""
    kind = KEYS[name].kind
    if from_text and isinstance(value, str) and kind != TEXT:
        value = _parse_text(kind, value)
    if kind == LANGUAGE_LIST:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ValueError(kind)
        return tuple(dict.fromkeys(value))
    expected = {TEXT: str, NUMBER: int, BOOL: bool}[kind]
    if not isinstance(value, expected) or (kind == NUMBER and isinstance(value, bool)):
        raise ValueError(kind)
    return value


def _parse_text(kind: str, value: str) -> Any:
    lowered = value.strip().lower()
    if kind == BOOL:
        if lowered in ("1", "true", "yes", "on"):
            return True
        if lowered in ("0", "false", "no", "off", ""):
            return False
    elif kind == NUMBER:
        try:
            return int(lowered)
        except ValueError:
            pass
    elif kind == LANGUAGE_LIST:
        return [part.strip() for part in value.split(",") if part.strip()]
    raise ValueError(kind)


def line_of(text: str, key: str) -> int | None:
    for number, line in enumerate(text.splitlines(), start=1):
        if re.match(rf"\s*{re.escape(key)}\s*=", line):
            return number
    return None


def parse(text: str, path: Path | None = None) -> tuple[dict[str, Any], Problem | None]:
    """The TOML table, or a syntax problem with its line."""
    import tomllib  # only when there is a file to read: most desktops have none

    try:
        return tomllib.loads(text), None
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        found = re.search(r"\(at line (\d+), column (\d+)\)", message)
        detail = re.sub(r"\s*\(at line \d+, column \d+\)|\s*\(at end of document\)", "", message)
        line = int(found.group(1)) if found else len(text.splitlines()) or 1
        return {}, Problem("syntax", line=line, params={"detail": detail}, path=path)


def validate(
    data: Mapping[str, Any],
    text: str = "",
    *,
    site: bool = True,
    path: Path | None = None,
    context: Mapping[str, Any] | None = None,
    from_text: bool = False,
) -> tuple[dict[str, Any], list[Problem]]:
    """The valid values in `data` (one file's table) and the problems of the rest. `context`:
    values from a lower layer that checks consult (the site's allow_plain_http for the user's
    file). `from_text`: the values are text to parse (environment variables)."""
    problems: list[Problem] = []
    found: dict[str, Any] = {}

    def report(problem: Problem) -> None:
        problem.line = problem.line or line_of(text, problem.key)
        problem.path = path
        problems.append(problem)

    for name, value in data.items():
        key = KEYS.get(name)
        if key is None:
            import difflib

            close = difflib.get_close_matches(name, KEYS, n=1, cutoff=0.6)
            report(Problem("unknown_key", name, params={"suggestion": close[0] if close else ""}))
            continue
        if key.site_only and not site:
            report(Problem("site_only", name))
            continue
        try:
            value = coerce(name, value, from_text)
        except ValueError as error:
            report(Problem("wrong_type", name, params={"expected": str(error)}))
            continue
        if key.minimum is not None and value < key.minimum:
            report(Problem("too_small", name, params={"value": value, "minimum": key.minimum}))
            continue
        if name == "languages":
            wrong = [v for v in value if v not in LANGUAGES]
            if wrong or not value:
                report(Problem("bad_languages", name, params={"value": ", ".join(wrong)}))
                continue
        found[name] = value
    for name in [n for n in found if KEYS[n].check and found[n] != ""]:
        problem = KEYS[name].check(found[name], {**(context or {}), **found})
        if problem is not None:
            report(problem)
            # A plain-http server stays, so that the window refuses it where it is seen
            # instead of the app quietly starting the demo municipality.
            if (name, problem.code) != ("server_url", "plain_http"):
                del found[name]
    if found.get("idle_warning", 0) >= found.get("idle_timeout", 10**9):
        report(
            Problem(
                "warning_too_long",
                "idle_warning",
                params={"value": found["idle_warning"], "timeout": found["idle_timeout"]},
            )
        )
        del found["idle_warning"]
    return found, problems


def read(
    path: Path, *, site: bool = True, context: Mapping[str, Any] | None = None
) -> tuple[dict[str, Any], list[Problem]]:
    """One file's valid values and problems; a missing file is empty. OSError when it exists
    but cannot be read."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}, []
    except UnicodeDecodeError as error:
        raise OSError(f"not UTF-8 text ({error.reason})") from error
    data, syntax = parse(text, path)
    if syntax is not None:
        return {}, [syntax]
    return validate(data, text, site=site, path=path, context=context)
