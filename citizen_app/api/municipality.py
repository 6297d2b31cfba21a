"""The municipality's profile from our /api/v1 extension: its names and contact line in ar/en/fr
and its logo, for the window's header and the receipts. Public: no sign-in.

Blocking calls: run them in background tasks.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from typing import Any

from citizen_app.api.accounts import Extensions

#: a logo larger than this is not taken from any server (ours stores at most 512×512 PNG)
MAX_LOGO_BYTES = 2 * 1024 * 1024


@dataclass(frozen=True)
class Profile:
    names: dict[str, str] = field(default_factory=dict)
    contacts: dict[str, str] = field(default_factory=dict)
    #: the logo's PNG, b"" without one
    logo: bytes = b""

    def name(self, language: str) -> str:
        return pick(self.names, language)

    def contact(self, language: str) -> str:
        return pick(self.contacts, language)


def pick(texts: dict[str, str], language: str) -> str:
    """In `language`, else Arabic, else any there is (as the server chooses)."""
    return texts.get(language) or texts.get("ar") or next(iter(texts.values()), "")


def dump(profile: Profile) -> dict[str, Any]:
    """For the offline copy (JSON)."""
    logo = base64.b64encode(profile.logo).decode("ascii")
    return {"names": profile.names, "contacts": profile.contacts, "logo": logo}


def restore(body: dict[str, Any]) -> Profile:
    return Profile(body["names"], body["contacts"], base64.b64decode(body["logo"]))


def _texts(value: Any) -> dict[str, str]:
    if not isinstance(value, dict):
        return {}
    return {str(k): v for k, v in value.items() if isinstance(v, str) and v}


class MunicipalityApi:
    def __init__(self, extensions: Extensions) -> None:
        self.extensions = extensions

    def profile(self) -> Profile:
        """Names, contact lines and logo (one more call when there is a logo)."""
        data = self.extensions._call("GET", "/municipality", bearer=False)[0]
        logo = b""
        if isinstance(data.get("logo"), str):
            logo = self.extensions.photo(data["logo"])
            if len(logo) > MAX_LOGO_BYTES:
                logo = b""
        return Profile(_texts(data.get("names")), _texts(data.get("contacts")), logo)
