"""Discovery document, service list and service definitions."""

from __future__ import annotations

from fastapi import APIRouter
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload
from starlette.responses import Response

from municipal_server.config import Settings
from municipal_server.deps import LanguageDep, SessionDep, SettingsDep
from municipal_server.errors import ApiError
from municipal_server.i18n import localized
from municipal_server.models import Municipality, Service
from municipal_server.open311.common import PREFIX, SPEC, Format, check_jurisdiction
from municipal_server.open311.openapi import DEFINITION, DISCOVERY, SERVICES, responses
from municipal_server.open311.render import JSON_TYPE, XML_TYPE, render
from municipal_server.open311.shapes import definition_json, service_json
from municipal_server.timeutil import to_w3c, utcnow

router = APIRouter(tags=["Open311"])

EXTENSIONS = [
    {
        "name": "api_v1",
        "description": "Accounts, my requests, history, attachments, comments, rating, reopen "
        "and the clerk workspace under /api/v1; described by /openapi.json.",
    },
    {
        "name": "idempotency_key",
        "description": "POST requests honours an Idempotency-Key header: the same key and body "
        "return the first response and create nothing; the same key with another body is "
        "refused with HTTP 422.",
    },
    {
        "name": "bearer_account",
        "description": "A POST with 'Authorization: Bearer <access token>' from /api/v1/auth/token "
        "links the request to the citizen's account.",
    },
    {
        "name": "optional_location",
        "description": "Services with needs_location=false (certificates, enquiries) accept a "
        "request without lat/long, address_string or address_id.",
    },
    {
        "name": "localisation",
        "description": "Names, descriptions, attribute texts and value names in ar (default), "
        "en and fr, chosen by the locale parameter or Accept-Language.",
    },
    {
        "name": "paging",
        "description": "GET requests takes page (from 1) and page_size (1 to 1000, default "
        "1000) and updated_after (W3C date-time).",
    },
    {
        "name": "notes",
        "description": "GET requests with extensions=true adds extended_status (submitted, "
        "received, in_progress, on_hold, resolved, closed, rejected, duplicate) and notes: "
        "the public history [{datetime, type, status, description}].",
    },
    {
        "name": "service_fields",
        "description": "Services carry group_code, needs_location, target_days (days) and "
        "visibility.",
    },
    {
        "name": "private_services",
        "description": "A service with visibility=private (a certificate, a permit enquiry) is "
        "a private transaction: its requests are never in GET requests, and GET "
        "requests/{id} answers 404 for them; the citizen follows them under /api/v1.",
    },
    {
        "name": "municipality_profile",
        "description": "GET /api/v1/municipality gives the municipality's name and contact "
        "line (localised), its names in ar/en/fr and its logo's address (a PNG at "
        "/api/v1/municipality/logo, or null); the discovery changeset moves when they change.",
    },
]


def _discovery(session: Session, settings: Settings, language: str, fmt: str):
    """The document; the endpoint's address is the configured public URL (MUNICIPAL_PUBLIC_URL,
    https behind the TLS proxy), never the request's Host header, which a client or a
    misrouted proxy chooses. Without one it is the endpoint's path, which a client resolves
    against the address it used."""
    municipality = session.get(Municipality, 1)
    changeset = to_w3c(municipality.changeset if municipality else utcnow(), settings.timezone)
    base = settings.public_url
    body = {
        "changeset": changeset,
        "contact": localized(municipality.contact, language) if municipality else "",
        "key_service": "Ask the municipality's IT department for an API key.",
        "endpoints": [
            {
                "specification": SPEC,
                "url": base + PREFIX,
                "changeset": changeset,
                "type": "production",
                "formats": [XML_TYPE.split(";")[0], JSON_TYPE.split(";")[0]],
            }
        ],
        "jurisdiction_id": settings.jurisdiction_id,
        "extensions": EXTENSIONS,
    }
    return render(fmt, "discovery", body)


@router.get(
    "/open311/discovery.{fmt}",
    responses=responses("Service Discovery document", DISCOVERY),
    response_class=Response,
)
def discovery(session: SessionDep, settings: SettingsDep, language: LanguageDep, fmt: Format):
    """Open311 Service Discovery: endpoints, formats and this server's extensions."""
    return _discovery(session, settings, language, fmt)


@router.get(
    PREFIX + "/discovery.{fmt}",
    responses=responses("Service Discovery document", DISCOVERY),
    response_class=Response,
)
def discovery_in_endpoint(
    session: SessionDep, settings: SettingsDep, language: LanguageDep, fmt: Format
):
    """The same discovery document, reachable from the endpoint folder itself."""
    return _discovery(session, settings, language, fmt)


@router.get(
    PREFIX + "/services.{fmt}",
    responses=responses("The service list", SERVICES),
    response_class=Response,
)
def services(
    fmt: Format,
    session: SessionDep,
    settings: SettingsDep,
    language: LanguageDep,
    jurisdiction_id: str | None = None,
):
    """The service catalogue, localised."""
    check_jurisdiction(settings, jurisdiction_id)
    rows = session.scalars(
        select(Service)
        .where(Service.active.is_(True))
        .options(selectinload(Service.attributes))
        .order_by(Service.sort_order, Service.code)
    )
    return render(fmt, "services", [service_json(s, language) for s in rows])


@router.get(
    PREFIX + "/services/{service_code}.{fmt}",
    responses=responses("A service definition", DEFINITION),
    response_class=Response,
)
def service_definition(
    service_code: str,
    fmt: Format,
    session: SessionDep,
    settings: SettingsDep,
    language: LanguageDep,
    jurisdiction_id: str | None = None,
):
    """A service definition: the attributes the request form is built from."""
    check_jurisdiction(settings, jurisdiction_id)
    service = session.scalars(
        select(Service).where(Service.code == service_code, Service.active.is_(True))
    ).one_or_none()
    if service is None:
        raise ApiError(404, "service_not_found", f"service_code {service_code!r} not found")
    return render(fmt, "service_definition", definition_json(service, language))
