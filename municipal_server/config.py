"""Server settings, read and checked once, at start, from the environment (pydantic-settings).

Every knob has a safe default so that `municipal-server serve` works with no set-up. A value
the server cannot use stops it at once with the variable's name and what it accepts
(`SettingsError`), rather than failing later or, worse, quietly doing something else: an SMTP
password is never sent without TLS, so `MUNICIPAL_SMTP_SECURITY=none` with a password is
refused, and so is any security mode but starttls, ssl and none.

Each setting `x` is read from `MUNICIPAL_X` (the database from `DATABASE_URL`). Built directly,
`Settings(...)` takes the values given and the defaults, and ignores the environment, so that
tests and embedders get exactly what they ask for.
"""

from __future__ import annotations

import ipaddress
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

from pydantic import BeforeValidator, Field, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

DEFAULT_DATABASE_URL = "sqlite:///" + str(Path.cwd() / "municipal.db")
ENV_PREFIX = "MUNICIPAL_"
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
Network = ipaddress.IPv4Network | ipaddress.IPv6Network


class SettingsError(ValueError):
    """A setting the server cannot start with; the message names the variable."""


def env_name(field: str) -> str:
    return "DATABASE_URL" if field == "database_url" else ENV_PREFIX + field.upper()


def _weekdays(value: Any) -> Any:
    """`fri,sat` -> (4, 5) (Monday is 0, as in date.weekday()); days may be spelt out."""
    if not isinstance(value, str):
        return value
    days = []
    for part in value.split(","):
        part = part.strip().lower()[:3]
        if part:
            if part not in WEEKDAYS:
                raise ValueError(f"unknown day {part!r} (use {','.join(WEEKDAYS)})")
            days.append(WEEKDAYS.index(part))
    return tuple(sorted(set(days)))


def _dates(value: Any) -> Any:
    """`2026-12-25,2027-01-01` -> those dates (ISO 8601, comma or blank separated)."""
    if not isinstance(value, str):
        return value
    try:
        return frozenset(date.fromisoformat(p) for p in value.replace(",", " ").split())
    except ValueError as error:
        raise ValueError(f"{error} (use YYYY-MM-DD, comma separated)") from error


def _networks(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    return tuple(ipaddress.ip_network(part.strip()) for part in value.split(",") if part.strip())


def _word(value: Any) -> Any:
    """Enumerated words compare without case or surrounding blanks (`"StartTLS "`)."""
    return value.strip().lower() if isinstance(value, str) else value


Seconds = Annotated[float, Field(gt=0, description="seconds, a positive number (e.g. 30)")]
WholeSeconds = Annotated[int, Field(description="a whole number of seconds (e.g. 900)")]
Delay = Annotated[float, Field(ge=0, description="seconds, 0 or more (e.g. 30)")]
Count = Annotated[int, Field(ge=0, description="a whole number (e.g. 5)")]


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix=ENV_PREFIX,
        frozen=True,
        extra="ignore",
        validate_by_name=True,
        validate_default=False,
    )

    database_url: str = Field(
        DEFAULT_DATABASE_URL, validation_alias="DATABASE_URL", description="a SQLAlchemy URL"
    )
    # Identity of the municipality this server speaks for.
    jurisdiction_id: str = "hebron.ps"
    request_prefix: str = "HEB"
    timezone: str = Field("Asia/Hebron", description="an IANA time zone such as Asia/Hebron")
    # The address citizens' apps reach this server at (https://… behind the TLS proxy). The
    # discovery document names it; without it, it names the endpoint by its path only, which
    # a client resolves against the address it used. Never taken from the Host header.
    public_url: str = Field(
        "", description="an absolute http(s) URL without query, e.g. https://eservices.hebron.ps"
    )
    # /docs and /redoc: off unless asked for, and then only with Swagger UI's files served
    # from this server (docs_assets: a folder holding swagger-ui-bundle.js and swagger-ui.css),
    # never from a CDN. /openapi.json is always served.
    docs: Annotated[bool, Field(description="true or false")] = False
    docs_assets: str = Field("", description="a folder with swagger-ui-bundle.js, swagger-ui.css")
    # Tokens.
    access_token_ttl: WholeSeconds = 15 * 60
    refresh_token_ttl: WholeSeconds = 30 * 24 * 3600
    # Sign-in limits: failures within the window before 429.
    login_window: Annotated[WholeSeconds, Field(gt=0)] = 15 * 60
    login_max_per_account: Count = 5
    login_max_per_address: Count = 30
    trusted_proxies: Annotated[
        tuple[Network, ...],
        NoDecode,
        BeforeValidator(_networks),
        Field(description="comma-separated addresses or networks, e.g. 10.0.0.1/32"),
    ] = ()
    # Uploads.
    max_upload_bytes: Count = 10 * 1024 * 1024
    max_image_pixels: Count = 40_000_000
    # PNG and WebP are decoded whole (a JPEG at a reduced scale): a smaller pixel budget.
    max_lossless_pixels: Count = 12_000_000
    max_stored_side: Count = 2048
    max_attachments_per_request: Count = 10
    # Bytes of photos (as stored) one citizen may add in 24 hours; 0 for no limit.
    user_upload_quota: Count = 100 * 1024 * 1024
    # Seconds a request body may pause before the server gives up on it (408).
    body_timeout: Seconds = 30.0
    # Seconds before a batch service's token resolves to a request id.
    batch_delay: Delay = 2.0
    # Seconds a client is asked to wait (Retry-After) when the server's disk is full (507).
    disk_full_retry_after: Annotated[WholeSeconds, Field(gt=0)] = 300
    # The municipality's calendar (see municipal_server/workdays.py): weekly rest days
    # (0 = Monday ... 6 = Sunday; Friday and Saturday by default) and public holidays.
    rest_days: Annotated[
        tuple[int, ...],
        NoDecode,
        BeforeValidator(_weekdays),
        Field(description="comma-separated days, e.g. fri,sat"),
    ] = (4, 5)
    holidays: Annotated[
        frozenset[date],
        NoDecode,
        BeforeValidator(_dates),
        Field(description="comma-separated dates, e.g. 2026-12-25,2027-01-01"),
    ] = frozenset()
    # Notifications (municipal_server/notifications/). E-mail is off without an SMTP host,
    # SMS off without a gateway URL. Secrets are kept out of repr() so they never reach a log.
    smtp_host: str = ""
    smtp_port: Annotated[int, Field(gt=0, lt=65536, description="a TCP port, 1 to 65535")] = 587
    smtp_security: Annotated[
        Literal["starttls", "ssl", "none"],
        BeforeValidator(_word),
        Field(description="starttls, ssl or none (none only without a password)"),
    ] = "starttls"
    smtp_user: str = ""
    smtp_password: str = Field("", repr=False)
    smtp_from: str = ""
    smtp_ca_file: str = ""
    smtp_timeout: Seconds = 20.0
    sms_url: str = Field("", repr=False)  # may carry a key in its query
    sms_method: Annotated[
        Literal["GET", "POST", "PUT"],
        BeforeValidator(lambda v: v.strip().upper() if isinstance(v, str) else v),
        Field(description="GET, POST or PUT"),
    ] = "POST"
    sms_content_type: str = "application/json"
    sms_body: str = '{"to": "{to}", "text": "{text}", "reference": "{id}"}'
    sms_auth_header: str = Field("", repr=False)  # e.g. "Authorization: Bearer ..."
    sms_sender: str = ""
    sms_timeout: Seconds = 20.0
    # The background sender inside `serve` (also `municipal-server send-notifications`).
    notify_worker: Annotated[bool, Field(description="true or false")] = True
    notify_interval: Delay = 30.0
    notify_retry_base: Delay = 30.0  # seconds before the first retry; doubles each time
    notify_retry_max: Delay = 3600.0
    notify_max_attempts: Count = 30
    notify_lease: Delay = 300.0  # a claimed message not marked sent by then is tried again
    notify_keep_days: Annotated[float, Field(gt=0, description="days, e.g. 30")] = 30.0
    # Days after a request is resolved before its citizen is asked whether it is fixed.
    fixed_check_days: Annotated[float, Field(ge=0, description="days, e.g. 3")] = 3.0

    @classmethod
    def settings_customise_sources(cls, settings_cls, init_settings, **_others):  # type: ignore[override]
        """Built directly: only the values given (`from_env` reads the environment)."""
        return (init_settings,)

    @model_validator(mode="before")
    @classmethod
    def _empty_means_default(cls, data: Any) -> Any:
        """An empty number, flag or choice (`MUNICIPAL_SMTP_PORT=`) is the default, as before;
        empty text, day lists and date lists are themselves (`MUNICIPAL_REST_DAYS=` is none)."""
        if not isinstance(data, dict):
            return data

        def defaulted(key: str, value: Any) -> bool:
            field = cls.model_fields.get(key)
            if value != "" or field is None:
                return False
            choice = key in ("smtp_security", "sms_method")
            return choice or not isinstance(field.default, (str, tuple, frozenset))

        return {key: value for key, value in data.items() if not defaulted(key, value)}

    @field_validator("public_url")
    @classmethod
    def _public_url(cls, value: str) -> str:
        value = value.strip().rstrip("/")
        if not value:
            return ""
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError("must be an absolute http:// or https:// URL")
        if parts.query or parts.fragment or parts.username or parts.password:
            raise ValueError("must have no query, fragment or user name")
        return value

    @model_validator(mode="after")
    def _coherent(self) -> Settings:
        if self.smtp_security == "none" and (self.smtp_password or self.smtp_user):
            raise ValueError(
                "MUNICIPAL_SMTP_SECURITY=none with MUNICIPAL_SMTP_USER or MUNICIPAL_SMTP_PASSWORD "
                "would send the password in clear: use starttls or ssl"
            )
        if self.docs:
            folder = Path(self.docs_assets) if self.docs_assets else None
            missing = [
                name
                for name in ("swagger-ui-bundle.js", "swagger-ui.css")
                if folder is None or not (folder / name).is_file()
            ]
            if missing:
                raise ValueError(
                    "MUNICIPAL_DOCS=true needs MUNICIPAL_DOCS_ASSETS, a folder holding "
                    + " and ".join(missing)
                    + " (the server never loads them from a CDN)"
                )
        return self

    # --- Abuse limits (ratelimit.py, uploads.py), counted in the database so that every
    # process enforces them together. A limit of 0 switches that limit off.
    # Open311 POSTs without a sign-in, per client address and window (429 past it).
    anonymous_max_per_address: Count = 50
    anonymous_window: Annotated[WholeSeconds, Field(gt=0)] = 3600
    # Registration attempts (accepted or not, 409 included) per client address and window.
    register_max_per_address: Count = 20
    register_window: Annotated[WholeSeconds, Field(gt=0)] = 3600
    # Photos one citizen may be sending at the same time (429 past it).
    upload_max_concurrent: Count = 2
    # Pixels all uploads of one server process may be decoding at once; a photo waits its
    # turn (at most upload_decode_wait seconds, then 503 with Retry-After).
    upload_decode_pixels: Annotated[Count, Field(gt=0)] = 24_000_000
    upload_decode_wait: Seconds = 60.0
    # true: creating a request (Open311 POST) needs a signed-in citizen (401 without).
    require_sign_in: Annotated[bool, Field(description="true or false")] = False
    # false: a signed-in account submits only once it has a verified e-mail or mobile number
    # (403 `contact_unverified` otherwise). True by default, as before verification existed: a
    # server without mail or SMS set up could not let anyone verify, and unverified addresses
    # are never written to either way. See SECURITY.md.
    unverified_may_submit: Annotated[bool, Field(description="true or false")] = True

    @classmethod
    def from_env(cls) -> Settings:
        """The settings of this process's environment; SettingsError names what is wrong."""
        try:
            read = _FromEnvironment()
        except ValidationError as error:
            raise SettingsError(describe(error)) from None
        return cls.model_construct(**{name: getattr(read, name) for name in cls.model_fields})

    @property
    def email_enabled(self) -> bool:
        return bool(self.smtp_host and self.smtp_from)

    @property
    def sms_enabled(self) -> bool:
        return bool(self.sms_url)


def describe(error: ValidationError) -> str:
    """One line per wrong setting: `MUNICIPAL_LOGIN_WINDOW='15m': … (accepted: …)`."""
    lines = []
    for problem in error.errors(include_url=False):
        location = problem.get("loc") or ()
        field = str(location[0]) if location else ""
        known = Settings.model_fields.get(field)
        if known is None:  # a rule across settings: its message names the variables
            lines.append(str(problem.get("msg", "")).removeprefix("Value error, "))
            continue
        secret = known.repr is False
        shown = "" if secret else f"={problem.get('input')!r}"
        reason = str(problem.get("msg", "")).removeprefix("Value error, ")
        accepted = known.description or _accepted(known.annotation)
        lines.append(
            f"{env_name(field)}{shown}: {reason}" + (f" (accepted: {accepted})" * bool(accepted))
        )
    return "invalid server settings:\n  " + "\n  ".join(lines)


def _accepted(annotation: Any) -> str:
    return {int: "a whole number", float: "a number", bool: "true or false"}.get(annotation, "")


class _FromEnvironment(Settings):
    @classmethod
    def settings_customise_sources(cls, settings_cls, init_settings, env_settings, **_others):  # type: ignore[override]
        return (init_settings, env_settings)
