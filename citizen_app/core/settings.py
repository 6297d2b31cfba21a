"""The app's settings, layered: built-in defaults < site config (written by IT staff) < user
config < environment variables < command-line flags. Paths come from platformdirs.

Problems in a config file (a syntax error, an unknown key, a wrong type) are reported in plain
words with the line number where there is one, and the bad value is ignored, so a typo in a
site file never stops the app. The keys and their checks are in site_schema.py;
docs/site-config.md documents them for IT staff.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from platformdirs import site_config_dir, user_cache_path, user_config_path, user_data_path

from citizen_app.api.dates import DEFAULT_TIME_ZONE
from citizen_app.core import site_schema
from citizen_app.core.site_schema import LANGUAGES, Problem

APP = "municipal-eservices"


@dataclass(frozen=True)
class Settings:
    server_url: str = ""  # empty: start the demo server
    jurisdiction: str = ""
    # The jurisdiction's IANA zone: dates a server sends without an offset are its local time.
    time_zone: str = DEFAULT_TIME_ZONE
    api_key: str = ""  # site config or environment only; never written by the app
    municipality_name: str = ""
    languages: tuple[str, ...] = LANGUAGES  # offered in the language switch and kiosk start
    language: str = "ar"  # one of `languages`
    digits: str = "western"  # or "arabic-indic", for Arabic screens (core/formats.py); site only
    theme: str = "system"  # or light, dark, high-contrast (ui/theme.py)
    text_size: int = 100  # per cent, 100 to 200
    kiosk: bool = False
    idle_timeout: int = 120  # seconds without input before a kiosk session ends
    idle_warning: int = 30  # seconds of warning within idle_timeout (WCAG 2.2.1: >= 20)
    kiosk_feedback: bool = True  # kiosk: ask "how was your visit?" after Finish
    admin_pin_hash: str = ""  # kiosk mode; site config only (see core/pin.py)
    ca_bundle: str = ""  # PEM file of the CAs to trust instead of the built-in ones
    proxy: str = ""
    allow_plain_http: bool = False  # site config only
    receipt_printer: str = ""  # empty: the system's default printer (core/receipt_printer.py)
    map_tile_url: str = ""  # XYZ template, https://tile.example/{z}/{x}/{y}.png
    data_dir: str = ""


ENVIRONMENT = {
    "CITIZEN_APP_SERVER": "server_url",
    "CITIZEN_APP_JURISDICTION": "jurisdiction",
    "CITIZEN_APP_TIME_ZONE": "time_zone",
    "CITIZEN_APP_API_KEY": "api_key",
    "CITIZEN_APP_LANGUAGE": "language",
    "CITIZEN_APP_KIOSK": "kiosk",
    "CITIZEN_APP_DATA_DIR": "data_dir",
    "CITIZEN_APP_CA_BUNDLE": "ca_bundle",
    "CITIZEN_APP_PROXY": "proxy",
}
NAMES = {f.name for f in fields(Settings)}


def site_file(env: Mapping[str, str]) -> Path:
    """`$CITIZEN_APP_SITE_CONFIG`, else the system's file. On Linux a desktop session may list
    several folders in XDG_CONFIG_DIRS (Ubuntu puts /etc/xdg/xdg-ubuntu first): the first one
    holding our site.toml wins, and with none the last (/etc/xdg, where packages install it)."""
    if env.get("CITIZEN_APP_SITE_CONFIG"):
        return Path(env["CITIZEN_APP_SITE_CONFIG"])
    folders = site_config_dir(APP, appauthor=False, multipath=True).split(os.pathsep)
    candidates = [Path(folder) / "site.toml" for folder in folders]
    return next((c for c in candidates if c.is_file()), candidates[-1])


def user_file(env: Mapping[str, str]) -> Path:
    return Path(
        env.get("CITIZEN_APP_USER_CONFIG")
        or user_config_path(APP, appauthor=False) / "settings.toml"
    )


def read_file(
    path: Path,
    problems: list[Problem],
    site: bool = True,
    context: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The valid values in one TOML file; everything wrong goes to `problems`."""
    try:
        found, found_problems = site_schema.read(path, site=site, context=context)
    except OSError as error:
        problems.append(Problem("unreadable", params={"detail": str(error)}, path=path))
        return {}
    problems.extend(found_problems)
    return found


def load(
    flags: Mapping[str, Any] | None = None, env: Mapping[str, str] | None = None
) -> tuple[Settings, list[Problem]]:
    """The settings and the problems found on the way (each ignored: its layer's value is
    not used)."""
    env = os.environ if env is None else env
    problems: list[Problem] = []
    settings = Settings()
    site = read_file(site_file(env), problems)
    user = read_file(user_file(env), problems, site=False, context=site)
    variables = {name: variable for variable, name in ENVIRONMENT.items() if variable in env}
    from_env, found = site_schema.validate(
        {name: env[variable] for name, variable in variables.items()},
        context=site,
        from_text=True,
    )
    for problem in found:
        problem.params["env"] = variables[problem.key]
    problems.extend(found)
    given = {k: v for k, v in (flags or {}).items() if k in NAMES and v not in (None, "")}
    for layer in (site, user, from_env, given):
        settings = replace(settings, **layer)
    if settings.language not in settings.languages:
        problems.append(
            Problem(
                "not_offered",
                "language",
                params={"value": settings.language, "languages": ", ".join(settings.languages)},
            )
        )
        settings = replace(settings, language=settings.languages[0])
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
    if set(changes) & set(site_schema.SITE_ONLY):
        raise ValueError("the API key and the PIN belong in the site configuration")
    path = user_file(env)
    current = read_file(path, [], site=False)
    current.update({k: site_schema.coerce(k, v, from_text=True) for k, v in changes.items()})
    lines = []
    for key, value in sorted(current.items()):
        if isinstance(value, tuple):
            lines.append(f"{key} = {json.dumps(list(value), ensure_ascii=False)}")
        elif isinstance(value, bool):
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
