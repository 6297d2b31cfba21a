"""Server settings, read once from the environment (and CLI flags, which set the same variables).

Every knob has a safe default so that `municipal-server serve` works with no set-up.
"""

from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

DEFAULT_DATABASE_URL = "sqlite:///" + str(Path.cwd() / "municipal.db")


def _int(name: str, default: int) -> int:
    value = os.environ.get(name)
    return int(value) if value else default


def _float(name: str, default: float) -> float:
    value = os.environ.get(name)
    return float(value) if value else default


def _bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if not value:
        return default
    if value.strip().lower() in ("1", "true", "yes", "on"):
        return True
    if value.strip().lower() in ("0", "false", "no", "off"):
        return False
    raise ValueError(f"{name}: expected true or false, got {value!r}")


WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _weekdays(name: str, default: tuple[int, ...]) -> tuple[int, ...]:
    """`fri,sat` -> (4, 5) (Monday is 0, as in date.weekday())."""
    value = os.environ.get(name)
    if value is None:
        return default
    days = []
    for part in value.split(","):
        part = part.strip().lower()[:3]
        if part:
            if part not in WEEKDAYS:
                raise ValueError(f"{name}: unknown day {part!r} (use {','.join(WEEKDAYS)})")
            days.append(WEEKDAYS.index(part))
    return tuple(sorted(set(days)))


def _dates(name: str) -> frozenset[date]:
    """`2026-12-25,2027-01-01` -> those dates (ISO 8601, comma or blank separated)."""
    value = os.environ.get(name, "")
    try:
        return frozenset(date.fromisoformat(p) for p in value.replace(",", " ").split())
    except ValueError as error:
        raise ValueError(f"{name}: {error}") from error


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
    # The municipality's calendar (see municipal_server/workdays.py): weekly rest days
    # (0 = Monday ... 6 = Sunday; Friday and Saturday by default) and public holidays.
    rest_days: tuple[int, ...] = (4, 5)
    holidays: frozenset[date] = field(default_factory=frozenset)
    # Notifications (municipal_server/notifications/). E-mail is off without an SMTP host,
    # SMS off without a gateway URL. Secrets are kept out of repr() so they never reach a log.
    smtp_host: str = ""
    smtp_port: int = 587
    smtp_security: str = "starttls"  # starttls | ssl | none
    smtp_user: str = ""
    smtp_password: str = field(default="", repr=False)
    smtp_from: str = ""
    smtp_ca_file: str = ""
    smtp_timeout: float = 20.0
    sms_url: str = field(default="", repr=False)  # may carry a key in its query
    sms_method: str = "POST"
    sms_content_type: str = "application/json"
    sms_body: str = '{"to": "{to}", "text": "{text}", "reference": "{id}"}'
    sms_auth_header: str = field(default="", repr=False)  # e.g. "Authorization: Bearer ..."
    sms_sender: str = ""
    sms_timeout: float = 20.0
    # The background sender inside `serve` (also `municipal-server send-notifications`).
    notify_worker: bool = True
    notify_interval: float = 30.0
    notify_retry_base: float = 30.0  # seconds before the first retry; doubles each time
    notify_retry_max: float = 3600.0
    notify_max_attempts: int = 30
    notify_lease: float = 300.0  # a claimed message not marked sent by then is tried again
    notify_keep_days: float = 30.0  # sent messages (addresses, texts) are deleted after this
    # Days after a request is resolved before its citizen is asked whether it is fixed.
    fixed_check_days: float = 3.0

    # --- Abuse limits (ratelimit.py, uploads.py), counted in the database so that every
    # process enforces them together. A limit of 0 switches that limit off.
    # Open311 POSTs without a sign-in, per client address and window (429 past it).
    anonymous_max_per_address: int = 50
    anonymous_window: int = 3600
    # Registration attempts (accepted or not, 409 included) per client address and window.
    register_max_per_address: int = 20
    register_window: int = 3600
    # Photos one citizen may be sending at the same time (429 past it).
    upload_max_concurrent: int = 2
    # Pixels all uploads of one server process may be decoding at once; a photo waits its
    # turn (at most upload_decode_wait seconds, then 503 with Retry-After).
    upload_decode_pixels: int = 24_000_000
    upload_decode_wait: float = 60.0
    # true: creating a request (Open311 POST) needs a signed-in citizen (401 without).
    require_sign_in: bool = False

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
            rest_days=_weekdays("MUNICIPAL_REST_DAYS", cls.rest_days),
            holidays=_dates("MUNICIPAL_HOLIDAYS"),
            smtp_host=os.environ.get("MUNICIPAL_SMTP_HOST", ""),
            smtp_port=_int("MUNICIPAL_SMTP_PORT", cls.smtp_port),
            smtp_security=os.environ.get("MUNICIPAL_SMTP_SECURITY", cls.smtp_security).lower(),
            smtp_user=os.environ.get("MUNICIPAL_SMTP_USER", ""),
            smtp_password=os.environ.get("MUNICIPAL_SMTP_PASSWORD", ""),
            smtp_from=os.environ.get("MUNICIPAL_SMTP_FROM", ""),
            smtp_ca_file=os.environ.get("MUNICIPAL_SMTP_CA_FILE", ""),
            smtp_timeout=_float("MUNICIPAL_SMTP_TIMEOUT", cls.smtp_timeout),
            sms_url=os.environ.get("MUNICIPAL_SMS_URL", ""),
            sms_method=os.environ.get("MUNICIPAL_SMS_METHOD", cls.sms_method).upper(),
            sms_content_type=os.environ.get("MUNICIPAL_SMS_CONTENT_TYPE", cls.sms_content_type),
            sms_body=os.environ.get("MUNICIPAL_SMS_BODY", cls.sms_body),
            sms_auth_header=os.environ.get("MUNICIPAL_SMS_AUTH_HEADER", ""),
            sms_sender=os.environ.get("MUNICIPAL_SMS_SENDER", ""),
            sms_timeout=_float("MUNICIPAL_SMS_TIMEOUT", cls.sms_timeout),
            notify_worker=_bool("MUNICIPAL_NOTIFY_WORKER", cls.notify_worker),
            notify_interval=_float("MUNICIPAL_NOTIFY_INTERVAL", cls.notify_interval),
            notify_retry_base=_float("MUNICIPAL_NOTIFY_RETRY_BASE", cls.notify_retry_base),
            notify_retry_max=_float("MUNICIPAL_NOTIFY_RETRY_MAX", cls.notify_retry_max),
            notify_max_attempts=_int("MUNICIPAL_NOTIFY_MAX_ATTEMPTS", cls.notify_max_attempts),
            notify_lease=_float("MUNICIPAL_NOTIFY_LEASE", cls.notify_lease),
            notify_keep_days=_float("MUNICIPAL_NOTIFY_KEEP_DAYS", cls.notify_keep_days),
            fixed_check_days=_float("MUNICIPAL_FIXED_CHECK_DAYS", cls.fixed_check_days),
            # --- Abuse limits.
            anonymous_max_per_address=_int(
                "MUNICIPAL_ANONYMOUS_MAX_PER_ADDRESS", cls.anonymous_max_per_address
            ),
            anonymous_window=_int("MUNICIPAL_ANONYMOUS_WINDOW", cls.anonymous_window),
            register_max_per_address=_int(
                "MUNICIPAL_REGISTER_MAX_PER_ADDRESS", cls.register_max_per_address
            ),
            register_window=_int("MUNICIPAL_REGISTER_WINDOW", cls.register_window),
            upload_max_concurrent=_int(
                "MUNICIPAL_UPLOAD_MAX_CONCURRENT", cls.upload_max_concurrent
            ),
            upload_decode_pixels=_int("MUNICIPAL_UPLOAD_DECODE_PIXELS", cls.upload_decode_pixels),
            upload_decode_wait=_float("MUNICIPAL_UPLOAD_DECODE_WAIT", cls.upload_decode_wait),
            require_sign_in=_bool("MUNICIPAL_REQUIRE_SIGN_IN", cls.require_sign_in),
        )

    @property
    def email_enabled(self) -> bool:
        return bool(self.smtp_host and self.smtp_from)

    @property
    def sms_enabled(self) -> bool:
        return bool(self.sms_url)
