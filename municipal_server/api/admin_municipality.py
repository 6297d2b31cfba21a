"""The municipality's profile: edited by administrators (names and contact line in ar/en/fr,
time zone, request number prefix, logo) and read by everyone's app (names, contact, logo) for
its header and receipts. Changes apply in every server process from the next request on."""

from __future__ import annotations

from functools import partial
from typing import Annotated

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from municipal_server import audit
from municipal_server import municipality as profile
from municipal_server.api.schemas import Strict, errors
from municipal_server.deps import (
    AdminUser,
    LanguageDep,
    SessionDep,
    SettingsDep,
    admin_for_token,
    bearer_token,
)
from municipal_server.errors import invalid_field, not_found, unauthenticated
from municipal_server.i18n import LANGUAGES, localized
from municipal_server.models import Municipality
from municipal_server.text import LINE, LINE_BREAKS
from municipal_server.timeutil import to_w3c, utcnow
from municipal_server.uploads import UPLOAD_BODY, decode_cost, read_file_part, refuse_declared_size

router = APIRouter(tags=["administration"])

LOGO_PATH = "/api/v1/municipality/logo"
#: the logo's address changes with its content (?v=), so a copy may be kept a long time
LOGO_CACHE = "public, max-age=86400"

Name = Annotated[str, Field(max_length=200)]
ContactLine = Annotated[str, Field(max_length=300)]


class ProfileIn(Strict):
    names: Annotated[dict[str, Name], LINE]
    # Free text (it may isolate a phone number with LRI … PDI, as the demo's does), so that
    # only controls and bidi overrides are refused; line breaks are refused below.
    contact: dict[str, ContactLine]
    timezone: Annotated[str, Field(max_length=64), LINE]
    request_prefix: Annotated[str, Field(max_length=8), LINE]


class ProfileOut(BaseModel):
    names: dict[str, str]
    contact: dict[str, str]
    timezone: str
    request_prefix: str
    #: a request exists: the prefix can no longer change
    prefix_locked: bool
    #: the time zone and prefix are still the server's first-run settings
    from_defaults: bool
    #: the logo's address (changes with the picture), or None
    logo: str | None
    changeset: str


class PublicProfile(BaseModel):
    #: in the language asked for (locale= or Accept-Language), Arabic otherwise
    name: str
    contact: str
    names: dict[str, str]
    contacts: dict[str, str]
    logo: str | None
    changeset: str


def _logo_url(row: Municipality | None) -> str | None:
    return f"{LOGO_PATH}?v={row.logo_sha256[:16]}" if row and row.logo_sha256 else None


def _profile_out(session, settings) -> ProfileOut:
    row = profile.row(session)
    effective = profile.with_profile(settings, session)
    return ProfileOut(
        names=dict(row.names) if row else {},
        contact=dict(row.contact) if row else {},
        timezone=effective.timezone,
        request_prefix=effective.request_prefix,
        prefix_locked=profile.has_requests(session),
        from_defaults=row is None or (row.timezone is None and row.request_prefix is None),
        logo=_logo_url(row),
        changeset=to_w3c(row.changeset if row else utcnow(), effective.timezone),
    )


def _as_record(out: ProfileOut) -> dict:
    return out.model_dump(include={"names", "contact", "timezone", "request_prefix"})


def _texts(field: str, given: dict[str, str], required: bool) -> dict[str, str]:
    for language in given:
        if language not in LANGUAGES:
            raise invalid_field(f"{field}.{language}", "language", allowed=list(LANGUAGES))
    texts = {language: given.get(language, "").strip() for language in LANGUAGES}
    if required and not texts["ar"]:
        raise invalid_field(f"{field}.ar", "required")
    return texts


# --- administrators ----------------------------------------------------------------------------


@router.get("/admin/municipality", response_model=ProfileOut, responses=errors(401, 403))
def get_profile(admin: AdminUser, session: SessionDep, settings: SettingsDep) -> ProfileOut:
    """The profile in force; `from_defaults` while the time zone and prefix are the server's
    first-run settings (MUNICIPAL_TIMEZONE, MUNICIPAL_REQUEST_PREFIX)."""
    return _profile_out(session, settings)


@router.put(
    "/admin/municipality", response_model=ProfileOut, responses=errors(400, 401, 403, 409, 422)
)
def put_profile(
    body: ProfileIn,
    admin: AdminUser,
    session: SessionDep,
    settings: SettingsDep,
    request: Request,
) -> ProfileOut:
    """Save names (an Arabic name is required), contact line, time zone (an IANA name such as
    Asia/Hebron) and request number prefix (2 to 8 Latin capitals and digits, starting with a
    letter; 409 prefix_locked once a request exists, unless unchanged)."""
    names = _texts("names", body.names, required=True)
    contact = _texts("contact", body.contact, required=False)
    for language, text in contact.items():
        if any(c in LINE_BREAKS for c in text):
            raise invalid_field(f"contact.{language}", "line_break")
    zone = body.timezone.strip()
    if not profile.is_time_zone(zone):
        raise invalid_field("timezone", "unknown_timezone", example="Asia/Hebron")
    prefix = body.request_prefix.strip()
    if not profile.PREFIX.fullmatch(prefix):
        raise invalid_field("request_prefix", "format", example="HEB")
    before = _profile_out(session, settings)
    if prefix != before.request_prefix and before.prefix_locked:
        raise profile.prefix_locked()
    row = profile.ensure_row(session)
    if (names, contact) != (row.names, row.contact):
        row.changeset = utcnow()  # discovery's changeset: what clients show has changed
    row.names, row.contact, row.timezone, row.request_prefix = names, contact, zone, prefix
    session.flush()
    after = _profile_out(session, settings)
    audit.record(
        session, admin, "municipality.update", "municipality", _as_record(before), _as_record(after)
    )
    session.commit()
    request.app.state.profile.forget()
    return after


def _admin(request: Request, token: str) -> None:
    """401/403 as for any administrator route, in a short transaction of its own."""
    with request.app.state.database.session() as session:
        admin_for_token(request, session, token)


def _store_logo(request: Request, token: str, logo: profile.Logo) -> ProfileOut:
    with request.app.state.database.session() as session:
        admin = admin_for_token(request, session, token)
        settings = request.app.state.settings
        row = profile.ensure_row(session)
        before = row.logo_sha256
        row.logo, row.logo_sha256, row.changeset = logo.png, logo.sha256, utcnow()
        session.flush()
        audit.record(
            session,
            admin,
            "municipality.logo",
            "municipality",
            {"logo_sha256": before},
            {"logo_sha256": logo.sha256, "bytes": len(logo.png)},
        )
        session.commit()
        return _profile_out(session, settings)


@router.put(
    "/admin/municipality/logo",
    response_model=ProfileOut,
    responses=errors(400, 401, 403, 408, 413, 415, 422, 503),
    openapi_extra=UPLOAD_BODY,
)
async def put_logo(request: Request) -> ProfileOut:
    """Replace the logo: a PNG or JPEG file (multipart field `file`) of at most 1 MiB and
    4 megapixels, stored as a new PNG of at most 512 pixels a side made from its pixels alone
    (no metadata or hidden payload survives). No database transaction is open while the file
    arrives or is decoded."""
    token = bearer_token(request)
    if token is None:
        raise unauthenticated()
    await run_in_threadpool(_admin, request, token)
    refuse_declared_size(request, profile.LOGO_MAX_BYTES)
    timeout = request.app.state.settings.body_timeout
    data = await read_file_part(request, profile.LOGO_MAX_BYTES, timeout)
    opened = await run_in_threadpool(profile.open_logo, data)
    del data
    logo = await request.app.state.decode_budget.run(
        decode_cost(opened), partial(profile.clean_logo, opened)
    )
    return await run_in_threadpool(_store_logo, request, token, logo)


@router.delete("/admin/municipality/logo", response_model=ProfileOut, responses=errors(401, 403))
def delete_logo(admin: AdminUser, session: SessionDep, settings: SettingsDep) -> ProfileOut:
    """Remove the logo (the app shows the name alone)."""
    row = profile.row(session)
    if row is not None and row.logo_sha256:
        before = row.logo_sha256
        row.logo, row.logo_sha256, row.changeset = None, None, utcnow()
        audit.record(
            session,
            admin,
            "municipality.logo",
            "municipality",
            {"logo_sha256": before},
            {"logo_sha256": None},
        )
        session.commit()
    return _profile_out(session, settings)


# --- everyone ----------------------------------------------------------------------------------


@router.get("/municipality", response_model=PublicProfile, tags=["municipality"])
def public_profile(
    session: SessionDep, settings: SettingsDep, language: LanguageDep
) -> PublicProfile:
    """The municipality's name and contact line in the language asked for, all its names and
    contact lines ({language: text}, for an app that switches language), and its logo's
    address (None without one): what the app shows in its header and on receipts."""
    row = profile.row(session)
    return PublicProfile(
        name=localized(row.names, language) if row else "",
        contact=localized(row.contact, language) if row else "",
        names=dict(row.names) if row else {},
        contacts=dict(row.contact) if row else {},
        logo=_logo_url(row),
        changeset=to_w3c(row.changeset if row else utcnow(), settings.timezone),
    )


@router.get(
    "/municipality/logo",
    response_class=Response,
    tags=["municipality"],
    responses={
        200: {"content": {"image/png": {}}, "description": "The logo (PNG)"},
        304: {"description": "Not modified (If-None-Match)"},
        **errors(404),
    },
)
def logo(request: Request, session: SessionDep) -> Response:
    """The logo as PNG, with an ETag; 404 when the municipality has none."""
    row = profile.row(session)
    if row is None or not row.logo_sha256:
        raise not_found("logo")
    etag = f'"{row.logo_sha256}"'
    headers = {"ETag": etag, "Cache-Control": LOGO_CACHE}
    if etag in request.headers.get("if-none-match", ""):
        return Response(status_code=304, headers=headers)
    return Response(row.logo, media_type="image/png", headers=headers)
