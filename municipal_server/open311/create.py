"""Creating a service request: POST requests.{fmt} (form-encoded, api_key required).

The form is read in an async dependency (reading the body is I/O); everything touching the
database runs in the sync endpoint, which FastAPI runs in its threadpool, so the event loop is
never blocked by a slow database or a lock wait on an Idempotency-Key.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated
from urllib.parse import parse_qsl

from fastapi import APIRouter, Depends, Query, Request
from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.responses import Response

from municipal_server import bodies, ratelimit
from municipal_server.accounts import has_verified_contact
from municipal_server.audience import PUBLIC
from municipal_server.calendar_store import work_calendar
from municipal_server.catalogue.store import current_version
from municipal_server.deps import (
    ClientAddress,
    IdempotencyKey,
    LanguageDep,
    OptionalUser,
    SessionDep,
    SettingsDep,
)
from municipal_server.errors import ApiError
from municipal_server.idempotency import body_hash, run_once
from municipal_server.models import ApiKey, Service, ServiceRequest, User
from municipal_server.municipality import with_profile
from municipal_server.open311.common import PREFIX, Format, check_jurisdiction
from municipal_server.open311.forms import check_form, check_text
from municipal_server.open311.openapi import CREATED, responses
from municipal_server.open311.render import render
from municipal_server.security import new_token
from municipal_server.targets import expected_at
from municipal_server.timeutil import to_w3c, utcnow
from municipal_server.tokens import find_api_key
from municipal_server.workflow import add_event, refresh_search_text, request_number

router = APIRouter(tags=["Open311"])

MAX_FIELDS = 500
MAX_FORM_BYTES = 256 * 1024
FORM_BODY = {
    "requestBody": {
        "content": {
            "application/x-www-form-urlencoded": {
                "schema": {
                    "type": "object",
                    "required": ["api_key", "service_code"],
                    "properties": {
                        name: {"type": "string"}
                        for name in (
                            "api_key",
                            "jurisdiction_id",
                            "service_code",
                            "lat",
                            "long",
                            "address_string",
                            "address_id",
                            "email",
                            "device_id",
                            "account_id",
                            "first_name",
                            "last_name",
                            "phone",
                            "description",
                            "media_url",
                        )
                    },
                    "additionalProperties": {"type": "string"},
                }
            }
        },
        "required": True,
    }
}


async def form_items(request: Request) -> list[tuple[str, str]]:
    """The form as (name, value) pairs, repeats kept (multivaluelist attributes).

    Open311 bodies are UTF-8 whatever the Content-Type says (§1.1), so the URL-encoded body is
    decoded here rather than by Starlette, which assumes Latin-1 when no charset is given.
    """
    content_type = request.headers.get("content-type", "")
    # Counted as it arrives: a huge or endless body is refused without being held in memory.
    body = await bodies.read_body(
        request, MAX_FORM_BYTES, request.app.state.settings.body_timeout, form_too_large
    )
    if content_type.startswith("multipart/"):
        form = await bodies.parse_form(request, body, max_files=0, max_fields=MAX_FIELDS)
        pairs = [(k, v) for k, v in form.multi_items() if isinstance(v, str)]
    else:
        try:
            text = body.decode("utf-8")
            pairs = parse_qsl(text, keep_blank_values=True, max_num_fields=MAX_FIELDS)
        except (UnicodeDecodeError, ValueError) as error:
            raise ApiError(400, "invalid_form", "the form is not UTF-8 URL-encoded") from error
    check_text(pairs)
    return pairs


def form_too_large() -> ApiError:
    return ApiError(413, "too_large", "the form is too large", {"max_bytes": MAX_FORM_BYTES})


FormItems = Annotated[list[tuple[str, str]], Depends(form_items)]


def _api_key(session: Session, form: list[tuple[str, str]], query: str | None) -> ApiKey:
    """The application's key, from the form (the standard's place) or the query string (where
    some Open311 client libraries put it; the access log leaves query strings out)."""
    return find_api_key(session, next((v for k, v in form if k == "api_key" and v), query))


def _create(
    session: Session,
    settings: SettingsDep,
    service: Service,
    form: list[tuple[str, str]],
    user: User | None,
    address: str,
    language: str,
    fmt: Format,
) -> Response:
    """Validate and insert; a refused form is returned (not raised) so run_once rolls back.
    The profile is read again in this transaction: the number's prefix is exactly the one saved
    (`settings` may be up to a second old in a process that did not save it)."""
    settings = with_profile(settings, session)
    clean = check_form(service, form)
    if clean.errors:
        errors = [{"code": 400, "description": text} for text in clean.errors]
        return render(fmt, "errors", errors, 400)
    if user is None and settings.anonymous_max_per_address > 0:
        # Counted in this transaction: a refused form or a replayed key costs nothing.
        ratelimit.take(
            session,
            ratelimit.address_key(address, "anonymous"),
            settings.anonymous_max_per_address,
            settings.anonymous_window,
            "too many requests without a sign-in from this address; sign in or try later",
        )
    values = clean.values
    request = ServiceRequest(
        service=service,
        service_version=current_version(session, service),
        status="submitted",
        attributes=clean.attributes,
        user_id=user.id if user else None,
        language=language,
        updated_at=values["requested_at"],
        expected_at=expected_at(work_calendar(session, settings), service, values["requested_at"]),
        **values,
    )
    session.add(request)
    session.flush()
    request.number = request_number(settings.request_prefix, request)
    add_event(request, "status", user, status="submitted", audience=PUBLIC)
    refresh_search_text(request)
    if service.type == "batch":
        request.token = new_token()
        request.token_ready_at = utcnow() + timedelta(seconds=settings.batch_delay)
        answer = {"token": request.token}
    else:
        answer = {"service_request_id": request.number}
    answer["service_notice"] = None
    answer["account_id"] = None
    # For the submitter's receipt: the answer goes to them alone, and a private service's
    # request cannot be read back from the public lookup.
    answer["expected_datetime"] = to_w3c(request.expected_at, settings.timezone)
    return render(fmt, "service_requests", [answer])


@router.post(
    PREFIX + "/requests.{fmt}",
    responses=responses(
        "The created request: its service_request_id, or a token for batch services",
        CREATED,
        s403="Open311 error list: missing or invalid api_key, or the signed-in account has no "
        "verified e-mail or mobile number and the server asks for one "
        "(MUNICIPAL_UNVERIFIED_MAY_SUBMIT=false)",
        s401="Open311 error list: the bearer token is invalid or expired, or the server "
        "requires a sign-in to submit (MUNICIPAL_REQUIRE_SIGN_IN)",
        s429="Open311 error list: too many requests without a sign-in from this address "
        "(Retry-After says when to try again)",
        s408="Open311 error list: the form stopped arriving",
        s413="Open311 error list: the form is too large",
        s422="Open311 error list: the Idempotency-Key was used with another request",
    ),
    response_class=Response,
    openapi_extra=FORM_BODY,
)
def create_request(
    fmt: Format,
    form: FormItems,
    session: SessionDep,
    settings: SettingsDep,
    language: LanguageDep,
    user: OptionalUser,
    address: ClientAddress,
    idempotency_key: IdempotencyKey = None,
    query_api_key: Annotated[
        str | None,
        Query(
            alias="api_key",
            max_length=200,
            description="The api_key, for clients that send it in the query string (the form's "
            "wins when both are given).",
        ),
    ] = None,
):
    """Create a service request (form-encoded, api_key required).

    Without a sign-in, requests are limited per client address (429 with Retry-After), or
    refused (401) when the server requires a sign-in to submit."""
    api_key = _api_key(session, form, query_api_key)
    if user is None and settings.require_sign_in:
        raise ApiError(
            401,
            "sign_in_required",
            "sign in to submit a request: this municipality does not accept anonymous requests",
            headers={"WWW-Authenticate": 'Bearer realm="submit"'},
        )
    if user is not None and not settings.unverified_may_submit and not has_verified_contact(user):
        raise ApiError(
            403,
            "contact_unverified",
            "confirm your e-mail or mobile number before submitting a request "
            "(this municipality asks for it)",
            # Open311's error list carries no machine code: the extension header does, so an
            # app can lead the person to verify rather than show prose.
            headers={"X-Error-Code": "contact_unverified"},
        )
    check_jurisdiction(settings, next((v for k, v in form if k == "jurisdiction_id"), None))
    code = next((v.strip() for k, v in form if k == "service_code" and v.strip()), None)
    if code is None:
        raise ApiError(400, "missing_field", "service_code: required")
    service = session.scalars(
        select(Service).where(Service.code == code, Service.active.is_(True))
    ).one_or_none()
    if service is None:
        raise ApiError(404, "service_not_found", f"service_code {code!r} not found")
    # A key is the caller's own: a citizen's across their devices, otherwise the application's.
    caller = f"user:{user.id}" if user else f"key:{api_key.id}"
    # The api_key names the application, not what is asked, so it is left out of the fingerprint.
    fingerprint = body_hash(*(f"{k}={v}" for k, v in sorted(form) if k != "api_key"))
    return run_once(
        session,
        f"open311:requests.{fmt}:{caller}",
        idempotency_key,
        fingerprint,
        lambda: _create(session, settings, service, form, user, address, language, fmt),
    )
