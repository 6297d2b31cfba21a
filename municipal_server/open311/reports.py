"""Reading service requests: GET requests.{fmt}, requests/{id}.{fmt} and tokens/{token}.{fmt}.

These answers are public (no api_key, no sign-in), so they are built by shapes.request_json,
which carries no personal data, and list only requests of public services: a private
transaction's request (a certificate) is absent from lists and 404 by number, exactly like a
number that does not exist (audience.py).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Annotated

from fastapi import APIRouter, Query
from sqlalchemy import Select, select
from sqlalchemy.orm import Session
from starlette.requests import Request
from starlette.responses import Response

from municipal_server.audience import in_public_feed
from municipal_server.deps import LanguageDep, SessionDep, SettingsDep, read_only
from municipal_server.errors import ApiError, date_param
from municipal_server.models import Service, ServiceRequest
from municipal_server.open311 import feed_cache
from municipal_server.open311.common import PREFIX, Format, check_jurisdiction
from municipal_server.open311.feed_pages import hold_until
from municipal_server.open311.openapi import REQUESTS, TOKEN, responses
from municipal_server.open311.render import render
from municipal_server.statuses import OPEN
from municipal_server.timeutil import utcnow

router = APIRouter(tags=["Open311"])

# Open311 §1.7: at most 90 days or 1000 requests per answer.
MAX_PAGE_SIZE = 1000
MAX_RANGE = timedelta(days=90)
NOT_MODIFIED = {304: {"description": "If-None-Match named the current ETag: nothing changed"}}


def _listed(
    request: Request,
    query: Select,
    session: Session,
    settings,
    language,
    extensions,
    fmt,
    sliding: bool = False,
    until: datetime | None = None,
) -> Response:
    """The page, kept by feed_pages until the feed changes or `until`; with `sliding` (the
    last 90 days), until its oldest request leaves the window."""
    answer = feed_cache.page(request, session, query, settings, language, extensions, fmt)
    if sliding and answer.oldest is not None:
        until = answer.oldest + MAX_RANGE
    hold_until(request.scope, until)
    return answer.response


def _public_requests() -> Select:
    """Numbered requests of public services: all that the public may ever read."""
    return (
        select(ServiceRequest)
        .join(Service, ServiceRequest.service_id == Service.id)
        .where(ServiceRequest.number.is_not(None), in_public_feed())
    )


@router.get(
    PREFIX + "/requests.{fmt}",
    responses={**responses("Service requests, newest first", REQUESTS), **NOT_MODIFIED},
    response_class=Response,
)
@read_only
def list_requests(
    request: Request,
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
    query = _public_requests()
    if service_request_id and service_request_id.strip():
        ids = [part.strip() for part in service_request_id.split(",") if part.strip()]
        query = query.where(ServiceRequest.number.in_(ids[:MAX_PAGE_SIZE]))
        query = query.order_by(ServiceRequest.id.desc())
        return _listed(request, query, session, settings, language, extensions, fmt)
    start, end = date_param("start_date", start_date), date_param("end_date", end_date)
    if start and end and end - start > MAX_RANGE:
        raise ApiError(400, "date_range_too_long", "start_date to end_date exceeds 90 days")
    if start and end and end < start:
        raise ApiError(400, "invalid_date", "end_date is before start_date")
    # Whether the answer changes with time alone (feed_pages keeps it until then).
    sliding, until = start is None and end is None, None
    if sliding:
        start = utcnow() - MAX_RANGE
    elif start is None:
        start = end - MAX_RANGE
    elif end is None and start < utcnow() - MAX_RANGE:
        end = start + MAX_RANGE
    elif end is None:
        until = start + MAX_RANGE  # then an end is set
    query = query.where(ServiceRequest.requested_at >= start)
    if end:
        query = query.where(ServiceRequest.requested_at <= end)
    after = date_param("updated_after", updated_after)
    if after:
        query = query.where(ServiceRequest.updated_at > after)
    if service_code and service_code.strip():
        codes = [c.strip() for c in service_code.split(",") if c.strip()]
        query = query.where(Service.code.in_(codes))
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
    return _listed(request, query, session, settings, language, extensions, fmt, sliding, until)


@router.get(
    PREFIX + "/requests/{service_request_id}.{fmt}",
    responses={**responses("One service request, as a list of one", REQUESTS), **NOT_MODIFIED},
    response_class=Response,
)
@read_only
def get_request(
    request: Request,
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
    query = _public_requests().where(ServiceRequest.number == service_request_id)
    answer, found, _ = feed_cache.page(request, session, query, settings, language, extensions, fmt)
    if not found:
        raise ApiError(
            404, "request_not_found", f"service_request_id {service_request_id!r} not found"
        )
    return answer


@router.get(
    PREFIX + "/tokens/{token}.{fmt}",
    responses=responses("The request id of a token, once known", TOKEN),
    response_class=Response,
)
@read_only
def get_token(
    token: str,
    fmt: Format,
    session: SessionDep,
    settings: SettingsDep,
    jurisdiction_id: str | None = None,
):
    """A batch service's token: the request id once it is ready, before that the token alone."""
    check_jurisdiction(settings, jurisdiction_id)
    found = session.scalars(
        select(ServiceRequest).where(ServiceRequest.token == token)
    ).one_or_none()
    if found is None:
        raise ApiError(404, "token_not_found", "token not found")
    answer: dict[str, str | None] = {"token": token}
    if found.token_ready_at is None or found.token_ready_at <= utcnow():
        answer = {"service_request_id": found.number, "token": token}
    return render(fmt, "service_requests", [answer])
