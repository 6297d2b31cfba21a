"""Service requests: create (POST), list and read (GET), and batch tokens."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated
from urllib.parse import parse_qsl

from fastapi import APIRouter, Depends, Query, Request
from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, selectinload
from starlette.responses import Response

from municipal_server.deps import (
    IdempotencyKey,
    LanguageDep,
    OptionalUser,
    SessionDep,
    SettingsDep,
)
from municipal_server.errors import ApiError, date_param
from municipal_server.idempotency import body_hash, run_once
from municipal_server.models import ApiKey, Municipality, Service, ServiceRequest
from municipal_server.open311.common import ERRORS, PREFIX, Format, check_jurisdiction
from municipal_server.open311.forms import check_form
from municipal_server.open311.render import render
from municipal_server.open311.shapes import request_json
from municipal_server.security import new_token, token_hash
from municipal_server.statuses import OPEN
from municipal_server.timeutil import utcnow
from municipal_server.workflow import add_event, refresh_search_text, request_number

router = APIRouter(tags=["Open311"])

MAX_PAGE_SIZE = 1000
MAX_FIELDS = 500
MAX_FORM_BYTES = 256 * 1024
MAX_RANGE = timedelta(days=90)
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
    if content_type.startswith("multipart/"):
        try:
            form = await request.form(max_files=0, max_fields=MAX_FIELDS)
        except Exception as error:  # a malformed body is the client's error
            raise ApiError(400, "invalid_form", "the form could not be read") from error
        return [(k, v) for k, v in form.multi_items() if isinstance(v, str)]
    body = await request.body()
    if len(body) > MAX_FORM_BYTES:
        raise ApiError(413, "too_large", "the form is too large")
    try:
        pairs = parse_qsl(body.decode("utf-8"), keep_blank_values=True, max_num_fields=MAX_FIELDS)
    except (UnicodeDecodeError, ValueError) as error:
        raise ApiError(400, "invalid_form", "the form is not UTF-8 URL-encoded") from error
    return pairs


FormItems = Annotated[list[tuple[str, str]], Depends(form_items)]


def _api_key(session: Session, form: list[tuple[str, str]]) -> ApiKey:
    given = next((v for k, v in form if k == "api_key" and v), None)
    key = None
    if given:
        key = session.scalars(
            select(ApiKey).where(ApiKey.key_hash == token_hash(given), ApiKey.revoked_at.is_(None))
        ).one_or_none()
    if key is None:
        raise ApiError(403, "invalid_api_key", "api_key missing or invalid")
    return key


def _create(
    session: Session,
    settings: SettingsDep,
    service: Service,
    form: list[tuple[str, str]],
    user_id: int | None,
    language: str,
    fmt: Format,
) -> Response:
    clean = check_form(service, form)
    if clean.errors:
        errors = [{"code": 400, "description": text} for text in clean.errors]
        return render(fmt, "errors", errors, 400)
    values = clean.values
    request = ServiceRequest(
        service=service,
        status="submitted",
        attributes=clean.attributes,
        user_id=user_id,
        language=language,
        updated_at=values["requested_at"],
        expected_at=values["requested_at"] + timedelta(days=service.target_days),
        **values,
    )
    session.add(request)
    session.flush()
    request.number = request_number(settings.request_prefix, request)
    add_event(request, "status", None, status="submitted")
    refresh_search_text(request)
    if service.type == "batch":
        request.token = new_token()
        request.token_ready_at = utcnow() + timedelta(seconds=settings.batch_delay)
        answer = {"token": request.token}
    else:
        answer = {"service_request_id": request.number}
    answer["service_notice"] = None
    answer["account_id"] = None
    return render(fmt, "service_requests", [answer])


@router.post(
    PREFIX + "/requests.{fmt}",
    responses={
        **ERRORS,
        401: {"description": "invalid bearer token"},
        413: {"description": "form too large"},
        422: {"description": "Idempotency-Key reused with another body"},
    },
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
    idempotency_key: IdempotencyKey = None,
):
    """Create a service request (form-encoded, api_key required)."""
    api_key = _api_key(session, form)
    check_jurisdiction(settings, next((v for k, v in form if k == "jurisdiction_id"), None))
    code = next((v.strip() for k, v in form if k == "service_code" and v.strip()), None)
    if code is None:
        raise ApiError(400, "missing_field", "service_code: required")
    service = session.scalars(
        select(Service).where(Service.code == code, Service.active.is_(True))
    ).one_or_none()
    if service is None:
        raise ApiError(404, "service_not_found", f"service_code {code!r} not found")
    caller = f"user:{user.id}" if user else f"key:{api_key.id}"
    fingerprint = body_hash(*(f"{k}={v}" for k, v in sorted(form) if k != "api_key"))
    return run_once(
        session,
        f"open311:requests.{fmt}:{caller}",
        idempotency_key,
        fingerprint,
        lambda: _create(session, settings, service, form, user.id if user else None, language, fmt),
    )


def _listed(query: Select, session: Session, settings, language: str, extensions: bool, fmt):
    municipality = session.get(Municipality, 1)
    rows = session.scalars(
        query.options(selectinload(ServiceRequest.service), selectinload(ServiceRequest.events))
    )
    items = [request_json(r, settings, language, municipality, extensions) for r in rows]
    return render(fmt, "service_requests", items)


@router.get(PREFIX + "/requests.{fmt}", responses=ERRORS, response_class=Response)
def list_requests(
    fmt: Format,
    session: SessionDep,
    settings: SettingsDep,
    language: LanguageDep,
    jurisdiction_id: str | None = None,
    service_request_id: str | None = None,
    service_code: str | None = None,
    start_date: str | None = None,
    end_date: str | None = None,
    status: str | None = None,
    updated_after: str | None = None,
    page: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
    page_size: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = MAX_PAGE_SIZE,
    extensions: bool = False,
):
    """Public list of requests (no personal data), newest first."""
    check_jurisdiction(settings, jurisdiction_id)
    query = select(ServiceRequest).where(ServiceRequest.number.is_not(None))
    if service_request_id and service_request_id.strip():
        ids = [part.strip() for part in service_request_id.split(",") if part.strip()]
        query = query.where(ServiceRequest.number.in_(ids[:MAX_PAGE_SIZE]))
        return _listed(
            query.order_by(ServiceRequest.id.desc()), session, settings, language, extensions, fmt
        )
    start, end = date_param("start_date", start_date), date_param("end_date", end_date)
    if start and end and end - start > MAX_RANGE:
        raise ApiError(400, "date_range_too_long", "start_date to end_date exceeds 90 days")
    if start and end and end < start:
        raise ApiError(400, "invalid_date", "end_date is before start_date")
    if start is None and end is None:
        start = utcnow() - MAX_RANGE
    elif start is None:
        start = end - MAX_RANGE
    elif end is None and start < utcnow() - MAX_RANGE:
        end = start + MAX_RANGE
    query = query.where(ServiceRequest.requested_at >= start)
    if end:
        query = query.where(ServiceRequest.requested_at <= end)
    after = date_param("updated_after", updated_after)
    if after:
        query = query.where(ServiceRequest.updated_at > after)
    if service_code and service_code.strip():
        codes = [c.strip() for c in service_code.split(",") if c.strip()]
        query = query.join(Service).where(Service.code.in_(codes))
    if status and status.strip():
        wanted = {s.strip().lower() for s in status.split(",") if s.strip()}
        if not wanted <= {"open", "closed"}:
            raise ApiError(400, "invalid_status", "status: open or closed")
        if wanted == {"open"}:
            query = query.where(ServiceRequest.status.in_(OPEN))
        elif wanted == {"closed"}:
            query = query.where(ServiceRequest.status.not_in(OPEN))
    query = query.order_by(ServiceRequest.requested_at.desc(), ServiceRequest.id.desc())
    query = query.offset((page - 1) * page_size).limit(page_size)
    return _listed(query, session, settings, language, extensions, fmt)


@router.get(
    PREFIX + "/requests/{service_request_id}.{fmt}", responses=ERRORS, response_class=Response
)
def get_request(
    service_request_id: str,
    fmt: Format,
    session: SessionDep,
    settings: SettingsDep,
    language: LanguageDep,
    jurisdiction_id: str | None = None,
    extensions: bool = False,
):
    """One request, as a list of one (the standard's shape)."""
    check_jurisdiction(settings, jurisdiction_id)
    exists = session.scalar(select(func.count()).where(ServiceRequest.number == service_request_id))
    if not exists:
        raise ApiError(
            404, "request_not_found", f"service_request_id {service_request_id!r} not found"
        )
    query = select(ServiceRequest).where(ServiceRequest.number == service_request_id)
    return _listed(query, session, settings, language, extensions, fmt)


@router.get(PREFIX + "/tokens/{token}.{fmt}", responses=ERRORS, response_class=Response)
def get_token(
    token: str,
    fmt: Format,
    session: SessionDep,
    settings: SettingsDep,
    jurisdiction_id: str | None = None,
):
    """A batch service's token: the request id once it is ready, before that the token alone."""
    check_jurisdiction(settings, jurisdiction_id)
    request = session.scalars(
        select(ServiceRequest).where(ServiceRequest.token == token)
    ).one_or_none()
    if request is None:
        raise ApiError(404, "token_not_found", "token not found")
    answer: dict[str, str | None] = {"token": token}
    if request.token_ready_at is None or request.token_ready_at <= utcnow():
        answer = {"service_request_id": request.number, "token": token}
    return render(fmt, "service_requests", [answer])
