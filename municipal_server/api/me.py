"""The signed-in user and their own requests (paged, with ETag for cheap refreshes)."""

from __future__ import annotations

import hashlib
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload
from starlette.responses import Response

from municipal_server.accounts import clean_name, email_taken, normalise_email, normalise_phone
from municipal_server.api.schemas import Strict, UserOut, errors, user_out
from municipal_server.api.serialize import request_summary
from municipal_server.api.verification import change_address
from municipal_server.deps import CurrentUser, LanguageDep, SessionDep, SettingsDep, read_only
from municipal_server.errors import ApiError, date_param, invalid_field
from municipal_server.i18n import LANGUAGES
from municipal_server.models import ServiceRequest, User
from municipal_server.text import LINE, NAME

router = APIRouter(tags=["me"])


class MeUpdate(Strict):
    name: Annotated[str | None, Field(min_length=1, max_length=200), NAME] = None
    language: Annotated[str | None, Field(max_length=5), LINE] = None
    email: Annotated[str | None, Field(max_length=254), LINE] = None
    phone: Annotated[str | None, Field(max_length=32), LINE] = None
    notify_email: bool | None = None
    notify_sms: bool | None = None


class RequestsPage(BaseModel):
    items: list[dict[str, Any]]
    page: int
    page_size: int
    total: int


@router.get("/me", response_model=UserOut, responses=errors(401))
def me(user: CurrentUser) -> UserOut:
    """The signed-in user."""
    return user_out(user)


@router.patch("/me", response_model=UserOut, responses=errors(400, 401, 409, 422))
def update_me(
    body: MeUpdate, user: CurrentUser, session: SessionDep, settings: SettingsDep
) -> UserOut:
    """Change one's name, language, e-mail, phone or notification channels.

    A changed e-mail or phone gets a code (api/verification.py): a verified address stays in
    use until the new one is proved (`pending_email`, `pending_phone`), an unverified one is
    replaced at once. A channel can be turned on only with its address (400 `invalid_field`,
    reason `no_email` or `no_phone`); removing an address turns its channel off.
    """
    if body.name is not None and body.name.strip():
        user.name = clean_name(body.name)
    if body.language is not None:
        if body.language not in LANGUAGES:
            raise invalid_field("language", "unsupported", allowed=list(LANGUAGES))
        user.language = body.language
    for field, normalise in (("email", normalise_email), ("phone", normalise_phone)):
        value = getattr(body, field)
        if value is None:
            continue
        clean = normalise(value)
        if field == "email":
            taken = clean is not None and email_taken(session, clean, user.id)
        else:
            taken = (
                clean is not None
                and session.scalars(
                    select(User.id).where(User.phone == clean, User.id != user.id)
                ).first()
                is not None
            )
        if taken:
            raise ApiError(409, "account_exists", f"another account uses this {field}")
        change_address(session, settings, user, field, clean)
    if user.email is None and user.phone is None:
        raise invalid_field("email", "email_or_phone_required")
    for field, address, reason in (
        ("notify_email", user.email, "no_email"),
        ("notify_sms", user.phone, "no_phone"),
    ):
        wanted = getattr(body, field)
        if wanted and address is None:
            raise invalid_field(field, reason)
        if wanted is not None:
            setattr(user, field, wanted)
        elif address is None:
            setattr(user, field, False)
    session.commit()
    return user_out(user)


@router.get(
    "/me/requests",
    response_model=RequestsPage,
    responses={304: {"description": "unchanged since the ETag"}, **errors(400, 401, 422)},
)
@read_only
def my_requests(
    request: Request,
    user: CurrentUser,
    session: SessionDep,
    settings: SettingsDep,
    language: LanguageDep,
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
    page_size: Annotated[int, Query(ge=1, le=200)] = 50,
    updated_after: str | None = None,
) -> Response:
    """The citizen's own requests, newest first.

    The ETag comes from the count and the latest change of the selection, read without loading
    any row, so an unchanged list costs one small query and a 304 on a slow line.
    """
    where = [ServiceRequest.user_id == user.id]
    if after := date_param("updated_after", updated_after):
        where.append(ServiceRequest.updated_at > after)
    total, latest, top = session.execute(
        select(
            func.count(), func.max(ServiceRequest.updated_at), func.max(ServiceRequest.id)
        ).where(*where)
    ).one()
    seed = f"{user.id}|{language}|{page}|{page_size}|{updated_after}|{total}|{latest}|{top}"
    etag = '"' + hashlib.sha256(seed.encode()).hexdigest()[:32] + '"'
    headers = {"ETag": etag, "Cache-Control": "private, no-cache"}
    if etag in [t.strip() for t in request.headers.get("if-none-match", "").split(",")]:
        return Response(status_code=304, headers=headers)
    rows = session.scalars(
        select(ServiceRequest)
        .where(*where)
        .options(
            selectinload(ServiceRequest.service),
            selectinload(ServiceRequest.assignee),
            selectinload(ServiceRequest.duplicate_of),
        )
        .order_by(ServiceRequest.requested_at.desc(), ServiceRequest.id.desc())
        .offset((page - 1) * page_size)
        .limit(page_size)
    )
    body = RequestsPage(
        items=[request_summary(r, settings, language) for r in rows],
        page=page,
        page_size=page_size,
        total=total,
    )
    return JSONResponse(body.model_dump(), headers=headers)
