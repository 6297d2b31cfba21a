"""The app's settings, layered: built-in defaults < site config (written by IT staff) < user
config < environment variables < command-line flags. Paths come from platformdirs.

Problems in a config file (a syntax error, an unknown key, a wrong type) are reported in plain
words with the line number where there is one, and the bad value is ignored, so a typo in a
site file never stops the app.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from platformdirs import site_config_path, user_cache_path, user_config_path, user_data_path

from citizen_app.api.tiles import check_template

APP = "municipal-eservices"


@dataclass(frozen=True)
class Settings:
    server_url: str = ""  # empty: start the demo server
    jurisdiction: str = ""
    api_key: str = ""  # site config or environment only; never written by the app
    language: str = "ar"
    kiosk: bool = False
    idle_timeout: int = 120  # seconds, kiosk mode
    kiosk_feedback: bool = True  # kiosk mode: ask "how was your visit?" after Finish
    admin_pin_hash: str = ""  # kiosk mode: `citizen-app pin-hash` makes it; site config only
    ca_bundle: str = ""
    proxy: str = ""
    municipality_name: str = ""
    receipt_printer: str = ""  # core/receipt_printer.py: a system printer or an ESC/POS one
    data_dir: str = ""
    map_tile_url: str = ""  # XYZ template, "https://…/{z}/{x}/{y}.png"; empty: no map


CHOICES = {"language": ("ar", "en", "fr")}
ENVIRONMENT = {
    "CITIZEN_APP_SERVER": "server_url",
    "CITIZEN_APP_JURISDICTION": "jurisdiction",
    "CITIZEN_APP_API_KEY": "api_key",
    "CITIZEN_APP_LANGUAGE": "language",
    "CITIZEN_APP_KIOSK": "kiosk",
    "CITIZEN_APP_DATA_DIR": "data_dir",
}
TYPES = {f.name: type(f.default) for f in fields(Settings)}


def site_file(env: Mapping[str, str]) -> Path:
    return Path(
        env.get("CITIZEN_APP_SITE_CONFIG") or site_config_path(APP, appauthor=False) / "site.toml"
    )


def user_file(env: Mapping[str, str]) -> Path:
    return Path(
        env.get("CITIZEN_APP_USER_CONFIG")
        or user_config_path(APP, appauthor=False) / "settings.toml"
    )


def _coerce(name: str, value: Any) -> Any:
    kind = TYPES[name]
    if kind is bool and isinstance(value, str):
        lowered = value.strip().lower()
        if lowered in ("1", "true", "yes", "on"):
            return True
        if lowered in ("0", "false", "no", "off", ""):
            return False
        raise ValueError("should be true or false")
    if kind is int and isinstance(value, str):
        return int(value)
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise ValueError(
            f"should be {'a number' if kind is int else 'text' if kind is str else 'true or false'}"
        )
    if name in CHOICES and value not in CHOICES[name]:
        raise ValueError("should be one of " + ", ".join(CHOICES[name]))
    if name == "map_tile_url" and value:
        check_template(value)
    return value


def _line_of(text: str, key: str) -> int | None:
    for number, line in enumerate(text.splitlines(), start=1):
        if re.match(rf"\s*{re.escape(key)}\s*=", line):
            return number
    return None


def read_file(path: Path, problems: list[str]) -> dict[str, Any]:
    """The valid values in one TOML file; everything wrong goes to `problems`."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except OSError as error:
        problems.append(f"{path}: cannot be read ({error.strerror})")
        return {}
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        problems.append(f"{path}: not valid TOML ({error}); the file is ignored")
        return {}
    found = {}
    for key, value in data.items():
        where = f"{path} line {_line_of(text, key) or '?'}"
        if key not in TYPES:
            problems.append(f"{where}: unknown setting '{key}'")
            continue
        try:
            found[key] = _coerce(key, value)
        except ValueError as error:
            problems.append(f"{where}: '{key}' {error}; ignored")
    return found


def load(
    flags: Mapping[str, Any] | None = None, env: Mapping[str, str] | None = None
) -> tuple[Settings, list[str]]:
    env = os.environ if env is None else env
    problems: list[str] = []
    settings = Settings()
    site = read_file(site_file(env), problems)
    user = read_file(user_file(env), problems)
    for key in ("api_key", "admin_pin_hash"):  # the municipality's: site config only
        user.pop(key, None)
    from_env = {}
    for variable, name in ENVIRONMENT.items():
        if variable in env:
            try:
                from_env[name] = _coerce(name, env[variable])
            except ValueError as error:
                problems.append(f"{variable} {error}; ignored")
    given = {k: v for k, v in (flags or {}).items() if k in TYPES and v not in (None, "")}
    for layer in (site, user, from_env, given):
        settings = replace(settings, **layer)
    return settings, problems


def data_dir(settings: Settings) -> Path:
    return Path(settings.data_dir) if settings.data_dir else user_data_path(APP, appauthor=False)


def cache_dir(settings: Settings) -> Path:
    """Files the app can fetch again (map tiles): beside the data when a data folder is set."""
    if settings.data_dir:
        return Path(settings.data_dir) / "cache"
    return user_cache_path(APP, appauthor=False)


def save_user(changes: Mapping[str, Any], env: Mapping[str, str] | None = None) -> None:
    """Merge `changes` into the user config file, atomically (temp file, fsync, rename)."""
    env = os.environ if env is None else env
    if "api_key" in changes:
        raise ValueError("the API key belongs in the site configuration")
    path = user_file(env)
    current = read_file(path, [])
    current.update({k: _coerce(k, v) for k, v in changes.items()})
    lines = []
    for key, value in sorted(current.items()):
        if isinstance(value, bool):
            lines.append(f"{key} = {'true' if value else 'false'}")
        elif isinstance(value, int):
            lines.append(f"{key} = {value}")
        else:
            escaped = str(value).replace("\\", "\\\\").replace('"', '\\"')
            lines.append(f'{key} = "{escaped}"')
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(temp, "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")
        out.flush()
        os.fsync(out.fileno())
    os.replace(temp, path)
