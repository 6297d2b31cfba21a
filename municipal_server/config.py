"""Server settings, read once from the environment (and CLI flags, which set the same variables).

Every knob has a safe default so that `municipal-server serve` works with no set-up.
"""

from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_DATABASE_URL = "sqlite:///" + str(Path.cwd() / "municipal.db")


def _int(name: str, default: int) -> int:
    value = os.environ.get(name)
    return int(value) if value else default


def _float(name: str, default: float) -> float:
    value = os.environ.get(name)
    return float(value) if value else default


def _networks(value: str) -> tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]:
    return tuple(ipaddress.ip_network(part.strip()) for part in value.split(",") if part.strip())


@dataclass(frozen=True)
class Settings:
    database_url: str = DEFAULT_DATABASE_URL
    # Identity of the municipality this server speaks for.
    jurisdiction_id: str = "hebron.ps"
    request_prefix: str = "HEB"
    timezone: str = "Asia/Hebron"
    # Tokens.
    access_token_ttl: int = 15 * 60
    refresh_token_ttl: int = 30 * 24 * 3600
    # Sign-in limits: failures within the window before 429.
    login_window: int = 15 * 60
    login_max_per_account: int = 5
    login_max_per_address: int = 30
    trusted_proxies: tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...] = field(
        default_factory=tuple
    )
    # Uploads.
    max_upload_bytes: int = 10 * 1024 * 1024
    max_image_pixels: int = 40_000_000
    # PNG and WebP are decoded whole (a JPEG at a reduced scale): a smaller pixel budget.
    max_lossless_pixels: int = 12_000_000
    max_stored_side: int = 2048
    max_attachments_per_request: int = 10
    # Bytes of photos (as stored) one citizen may add in 24 hours; 0 for no limit.
    user_upload_quota: int = 100 * 1024 * 1024
    # Seconds a request body may pause before the server gives up on it (408).
    body_timeout: float = 30.0
    # Seconds before a batch service's token resolves to a request id.
    batch_delay: float = 2.0

    @classmethod
    def from_env(cls) -> Settings:
        return cls(
            database_url=os.environ.get("DATABASE_URL") or DEFAULT_DATABASE_URL,
            jurisdiction_id=os.environ.get("MUNICIPAL_JURISDICTION_ID", cls.jurisdiction_id),
            request_prefix=os.environ.get("MUNICIPAL_REQUEST_PREFIX", cls.request_prefix),
            timezone=os.environ.get("MUNICIPAL_TIMEZONE", cls.timezone),
            access_token_ttl=_int("MUNICIPAL_ACCESS_TOKEN_TTL", cls.access_token_ttl),
            refresh_token_ttl=_int("MUNICIPAL_REFRESH_TOKEN_TTL", cls.refresh_token_ttl),
            login_window=_int("MUNICIPAL_LOGIN_WINDOW", cls.login_window),
            login_max_per_account=_int(
                "MUNICIPAL_LOGIN_MAX_PER_ACCOUNT", cls.login_max_per_account
            ),
            login_max_per_address=_int(
                "MUNICIPAL_LOGIN_MAX_PER_ADDRESS", cls.login_max_per_address
            ),
            trusted_proxies=_networks(os.environ.get("MUNICIPAL_TRUSTED_PROXIES", "")),
            max_upload_bytes=_int("MUNICIPAL_MAX_UPLOAD_BYTES", cls.max_upload_bytes),
            max_image_pixels=_int("MUNICIPAL_MAX_IMAGE_PIXELS", cls.max_image_pixels),
            max_lossless_pixels=_int("MUNICIPAL_MAX_LOSSLESS_PIXELS", cls.max_lossless_pixels),
            user_upload_quota=_int("MUNICIPAL_USER_UPLOAD_QUOTA", cls.user_upload_quota),
            body_timeout=_float("MUNICIPAL_BODY_TIMEOUT", cls.body_timeout),
            batch_delay=_float("MUNICIPAL_BATCH_DELAY", cls.batch_delay),
        )
