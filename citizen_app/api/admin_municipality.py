"""The administrator's side of the municipality's profile: names and contact line in ar/en/fr,
time zone, request number prefix and logo. Blocking calls: run them in background tasks."""

from __future__ import annotations

from typing import Any

from citizen_app.api.accounts import Extensions


class MunicipalityAdminApi:
    def __init__(self, extensions: Extensions) -> None:
        self.extensions = extensions

    def profile(self) -> dict[str, Any]:
        """`names`, `contact` ({language: text}), `timezone`, `request_prefix`,
        `prefix_locked` (a request exists), `from_defaults`, `logo` (its address or None)."""
        return self.extensions._call("GET", "/admin/municipality")[0]

    def save(
        self, names: dict[str, str], contact: dict[str, str], timezone: str, request_prefix: str
    ) -> dict[str, Any]:
        body = {
            "names": names,
            "contact": contact,
            "timezone": timezone,
            "request_prefix": request_prefix,
        }
        return self.extensions._call("PUT", "/admin/municipality", json=body)[0]

    def upload_logo(self, data: bytes, content_type: str) -> dict[str, Any]:
        """A PNG or JPEG file as chosen; the server checks and re-encodes it."""
        files = {"file": ("logo", data, content_type)}
        return self.extensions._call("PUT", "/admin/municipality/logo", files=files)[0]

    def remove_logo(self) -> dict[str, Any]:
        return self.extensions._call("DELETE", "/admin/municipality/logo")[0]

    def logo(self, url: str) -> bytes:
        return self.extensions.photo(url)
