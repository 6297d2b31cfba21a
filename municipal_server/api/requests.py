"""A request's private detail and what its citizen can do with it.

Another citizen asking for a request that is not theirs gets 404, as if it did not exist.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from pydantic import Field
from sqlalchemy import func, select
from starlette.responses import Response

from municipal_server.api.schemas import Strict, errors
from municipal_server.api.serialize import attachment_json, request_detail
from municipal_server.deps import (
    CurrentUser,
    IdempotencyKey,
    LanguageDep,
    SessionDep,
    SettingsDep,
    bearer_token,
    user_for_token,
)
from municipal_server.errors import ApiError, not_found, unauthenticated
from municipal_server.idempotency import body_hash, run_once
from municipal_server.models import Attachment, ServiceRequest, User
from municipal_server.statuses import MAX_REOPENS, REOPENED_STATUS
from municipal_server.timeutil import utcnow
from municipal_server.uploads import clean_image
from municipal_server.workflow import add_event, set_status

# Ids are INTEGER columns: a larger number is simply not found (PostgreSQL would overflow).
MAX_ID = 2**31 - 1

router = APIRouter(tags=["requests"])

Detail = dict[str, Any]


def is_staff(user: User) -> bool:
    return user.role in ("clerk", "admin")


def visible_request(session, number: str, user: User) -> ServiceRequest:
    request = session.scalars(
        select(ServiceRequest).where(ServiceRequest.number == number)
    ).one_or_none()
    if request is None or not (is_staff(user) or request.user_id == user.id):
        raise not_found("request")
    return request


def owned_request(session, number: str, user: User) -> ServiceRequest:
    request = visible_request(session, number, user)
    if request.user_id != user.id:
        raise ApiError(403, "owner_only", "only the citizen who made the request may do this")
    return request


@router.get("/requests/{number}", response_model=Detail, responses=errors(401, 404))
def get_request(
    number: str,
    user: CurrentUser,
    session: SessionDep,
    settings: SettingsDep,
    language: LanguageDep,
) -> Detail:
    """Full detail and history (internal notes and contacts for staff only)."""
    return request_detail(visible_request(session, number, user), settings, language, user)


async def _read_upload(request: Request, limit: int) -> tuple[bytes, str]:
    """The `file` part of a multipart body, refusing oversized bodies before reading them."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit + 64 * 1024:
        raise ApiError(413, "too_large", "the file is too large", {"max_bytes": limit})
    if not request.headers.get("content-type", "").startswith("multipart/form-data"):
        raise ApiError(415, "unsupported_media_type", "send the photo as multipart/form-data")
    try:
        form = await request.form(max_files=1, max_fields=5, max_part_size=limit + 1)
    except Exception as error:  # a malformed body is the client's error
        raise ApiError(400, "invalid_form", "the upload could not be read") from error
    upload = form.get("file")
    if upload is None or isinstance(upload, str):
        raise ApiError(400, "missing_field", "file: required", {"field": "file"})
    data = await upload.read(limit + 1)
    await form.close()
    if len(data) > limit:
        raise ApiError(413, "too_large", "the file is too large", {"max_bytes": limit})
    return data, upload.filename or ""


UPLOAD_BODY = {
    "requestBody": {
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["file"],
                    "properties": {"file": {"type": "string", "format": "binary"}},
                }
            }
        },
        "required": True,
    }
}


@router.post(
    "/requests/{number}/attachments",
    status_code=201,
    response_model=Detail,
    responses=errors(400, 401, 404, 409, 413, 415, 422),
    openapi_extra=UPLOAD_BODY,
)
async def add_attachment(
    number: str,
    request: Request,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    """Add a photo: checked, re-encoded without metadata, stored privately.

    The body is read before the database is touched, so a slow upload on a poor line holds
    no transaction (on SQLite that would block every writer).
    """
    from starlette.concurrency import run_in_threadpool

    token = bearer_token(request)
    if token is None:
        raise unauthenticated()
    data, _ = await _read_upload(request, request.app.state.settings.max_upload_bytes)
    return await run_in_threadpool(_store_attachment, request, number, token, data, idempotency_key)


def _store_attachment(
    request: Request, number: str, token: str, data: bytes, key: str | None
) -> Response:
    settings = request.app.state.settings
    with request.app.state.database.session() as session:
        user = user_for_token(session, token)
        target = visible_request(session, number, user)
        count = session.scalar(select(func.count()).where(Attachment.request_id == target.id))
        if count >= settings.max_attachments_per_request:
            raise ApiError(
                409,
                "too_many_attachments",
                "this request has as many photos as it may have",
                {"max": settings.max_attachments_per_request},
            )
        image = clean_image(data, settings.max_image_pixels, settings.max_stored_side)

        def create() -> Response:
            attachment = Attachment(
                request_id=target.id,
                uploader_id=user.id,
                content_type=image.content_type,
                width=image.width,
                height=image.height,
                size=len(image.data),
                data=image.data,
                created_at=utcnow(),
            )
            session.add(attachment)
            session.flush()
            add_event(target, "attachment", user, data={"attachment_id": attachment.id})
            return JSONResponse(attachment_json(attachment), 201)

        return run_once(session, f"attach:{user.id}:{number}", key, body_hash(data), create)


@router.get(
    "/attachments/{attachment_id}",
    response_class=Response,
    responses={200: {"content": {"image/jpeg": {}, "image/png": {}}}, **errors(401, 404)},
)
def get_attachment(attachment_id: int, user: CurrentUser, session: SessionDep) -> Response:
    """A stored photo, for the request's citizen and for staff."""
    attachment = session.get(Attachment, attachment_id) if 0 < attachment_id <= MAX_ID else None
    if attachment is None:
        raise not_found("attachment")
    owner = session.scalar(
        select(ServiceRequest.user_id).where(ServiceRequest.id == attachment.request_id)
    )
    if not (is_staff(user) or owner == user.id):
        raise not_found("attachment")
    return Response(
        attachment.data,
        media_type=attachment.content_type,
        headers={"Cache-Control": "private, max-age=86400", "X-Content-Type-Options": "nosniff"},
    )


class CommentIn(Strict):
    text: Annotated[str, Field(min_length=1, max_length=2000)]


class RatingIn(Strict):
    stars: Annotated[int, Field(ge=1, le=5)]
    comment: Annotated[str, Field(max_length=2000)] | None = None


class ReopenIn(Strict):
    reason: Annotated[str, Field(min_length=1, max_length=2000)]


def _action(session, settings, language, user, target, scope, key, body, apply) -> Response:
    def create() -> Response:
        apply()
        session.flush()
        return JSONResponse(request_detail(target, settings, language, user), 201)

    return run_once(session, f"{scope}:{user.id}:{target.id}", key, body_hash(body), create)


@router.post(
    "/requests/{number}/comments",
    status_code=201,
    response_model=Detail,
    responses=errors(401, 403, 404, 422),
)
def add_comment(
    number: str,
    body: CommentIn,
    user: CurrentUser,
    session: SessionDep,
    settings: SettingsDep,
    language: LanguageDep,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    """The citizen adds a comment the municipality sees in the history."""
    target = owned_request(session, number, user)
    text = body.text.strip()
    if not text:
        raise ApiError(422, "invalid_field", "text: required", {"field": "text"})
    return _action(
        session,
        settings,
        language,
        user,
        target,
        "comment",
        idempotency_key,
        body.model_dump_json(),
        lambda: add_event(target, "comment", user, note=text),
    )


@router.post(
    "/requests/{number}/rating",
    status_code=201,
    response_model=Detail,
    responses=errors(401, 403, 404, 409, 422),
)
def rate(
    number: str,
    body: RatingIn,
    user: CurrentUser,
    session: SessionDep,
    settings: SettingsDep,
    language: LanguageDep,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    """Rate the result once the request is resolved (once)."""
    target = owned_request(session, number, user)

    def apply() -> None:
        if target.status not in ("resolved", "closed"):
            raise ApiError(409, "not_resolved", "only a resolved request can be rated")
        if target.rating is not None:
            raise ApiError(409, "already_rated", "this request was already rated")
        target.rating = body.stars
        target.rating_comment = (body.comment or "").strip() or None
        add_event(target, "rating", user, note=target.rating_comment, data={"stars": body.stars})

    return _action(
        session,
        settings,
        language,
        user,
        target,
        "rating",
        idempotency_key,
        body.model_dump_json(),
        apply,
    )


@router.post(
    "/requests/{number}/reopen",
    status_code=201,
    response_model=Detail,
    responses=errors(401, 403, 404, 409, 422),
)
def reopen(
    number: str,
    body: ReopenIn,
    user: CurrentUser,
    session: SessionDep,
    settings: SettingsDep,
    language: LanguageDep,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    """The citizen says the problem is not solved: the request goes back to the municipality."""
    target = owned_request(session, number, user)

    def apply() -> None:
        if target.status != "resolved" or target.reopen_count >= MAX_REOPENS:
            raise ApiError(
                409,
                "reopen_not_allowed",
                "only a resolved request can be reopened, once",
                {"max_reopens": MAX_REOPENS},
            )
        target.reopen_count += 1
        set_status(target, REOPENED_STATUS, user, body.reason.strip(), check=False)

    return _action(
        session,
        settings,
        language,
        user,
        target,
        "reopen",
        idempotency_key,
        body.model_dump_json(),
        apply,
    )
