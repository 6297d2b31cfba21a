"""Photos attached to a request: uploaded by its citizen (checked and re-encoded before they are
stored), read back by the citizen and by staff only."""

from __future__ import annotations

from datetime import timedelta
from functools import partial

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from municipal_server import ratelimit
from municipal_server.api.requests import MAX_ROW_ID, IdempotencyKey, is_staff, visible_request
from municipal_server.api.schemas import errors
from municipal_server.api.serialize import (
    AttachmentOut,
    attachment_json,
)
from municipal_server.audience import CITIZEN
from municipal_server.config import Settings
from municipal_server.decode_budget import DecodeBudget
from municipal_server.deps import (
    CurrentUser,
    SessionDep,
    bearer_token,
    user_for_token,
)
from municipal_server.errors import ApiError, not_found, unauthenticated
from municipal_server.idempotency import body_hash, check_key, run_once
from municipal_server.models import Attachment, ServiceRequest, User
from municipal_server.timeutil import utcnow
from municipal_server.uploads import (
    UPLOAD_BODY,
    CleanImage,
    clean_image,
    decode_cost,
    open_image,
    read_file_part,
    refuse_declared_size,
)
from municipal_server.workflow import add_event

router = APIRouter(tags=["requests"])
QUOTA_WINDOW = timedelta(hours=24)


@router.post(
    "/requests/{number}/attachments",
    status_code=201,
    response_model=AttachmentOut,
    responses=errors(400, 401, 404, 408, 409, 413, 415, 422, 429, 503),
    openapi_extra=UPLOAD_BODY,
)
async def add_attachment(
    number: str, request: Request, idempotency_key: IdempotencyKey = None
) -> Response:
    """Add a photo: checked, re-encoded without metadata, stored privately.

    The work is split so that no database transaction is open while the body arrives (a slow
    line can take minutes) or while the picture is decoded: on SQLite an open transaction
    holds the one write lock. Identity and access are checked first, in a short transaction,
    so that nobody can make the server read and decode a file for a request they cannot see.

    Memory stays bounded: a citizen has at most `upload_max_concurrent` uploads in progress
    (counted in the database, so across processes; 429 past it), and decoding reserves the
    picture's pixels from the process's DecodeBudget, read from its header first.
    """
    settings: Settings = request.app.state.settings
    token = bearer_token(request)
    if token is None:
        raise unauthenticated()
    check_key(idempotency_key)
    refuse_declared_size(request, settings.max_upload_bytes)
    slot = await run_in_threadpool(_check_access, request, token, number, idempotency_key)
    try:
        data = await read_file_part(request, settings.max_upload_bytes, settings.body_timeout)
        fingerprint = body_hash(data)
        opened = await run_in_threadpool(
            open_image,
            data,
            settings.max_image_pixels,
            settings.max_stored_side,
            settings.max_lossless_pixels,
        )
        del data  # the opened picture keeps what it needs
        budget: DecodeBudget = request.app.state.decode_budget
        work = partial(clean_image, opened, settings.max_stored_side)
        image = await budget.run(decode_cost(opened), work)
        del opened, work
        return await run_in_threadpool(
            _store_attachment, request, token, number, image, fingerprint, idempotency_key
        )
    finally:
        if slot is not None:
            await run_in_threadpool(_release_slot, request, slot)


def _photo_limit(session: Session, target: ServiceRequest, settings: Settings) -> None:
    count = session.scalar(select(func.count()).where(Attachment.request_id == target.id)) or 0
    if count >= settings.max_attachments_per_request:
        raise ApiError(
            409,
            "too_many_attachments",
            "this request has as many photos as it may have",
            {"max": settings.max_attachments_per_request},
        )


def _quota(session: Session, user: User, settings: Settings) -> None:
    """429 once a citizen's photos of the last 24 hours (as stored) reach their quota.

    Checked before the body is read, so a citizen over the quota cannot make the server read
    and decode anything; the photo that crosses the line is kept (the quota is exceeded by
    one photo at most). Staff are not limited: their photos document the work. Retry-After is
    when the oldest photo of the window leaves it; the outbox waits that long and tries again.
    """
    quota = settings.user_upload_quota
    if is_staff(user) or quota <= 0:
        return
    since = utcnow() - QUOTA_WINDOW
    used, oldest = session.execute(
        select(func.coalesce(func.sum(Attachment.size), 0), func.min(Attachment.created_at)).where(
            Attachment.uploader_id == user.id, Attachment.created_at > since
        )
    ).one()
    if used < quota:
        return
    wait = max(1, int((oldest + QUOTA_WINDOW - utcnow()).total_seconds()) + 1)
    raise ApiError(
        429,
        "upload_quota_exceeded",
        "you have sent as many photos as allowed in a day",
        {"quota_bytes": quota, "retry_after": wait},
        {"Retry-After": str(wait)},
    )


def _check_access(request: Request, token: str, number: str, key: str | None) -> int | None:
    """401/404 before the body is read; 409 early for a full request, and 429 for a citizen
    whose daily quota is used up, unless this may be a retry (with a key the answer must be
    the first response's replay, decided later). Then one of the citizen's upload slots is
    taken (429 `too_many_uploads` when all are in use); its id is returned for release."""
    settings: Settings = request.app.state.settings
    with request.app.state.database.session() as session:
        user = user_for_token(session, token)
        target = visible_request(session, number, user)
        if key is None:
            _photo_limit(session, target, settings)
            _quota(session, user, settings)
        if settings.upload_max_concurrent <= 0:
            return None
        slot = ratelimit.acquire_slot(
            session,
            f"upload:{user.id}",
            settings.upload_max_concurrent,
            lease=max(120, int(settings.body_timeout * 4)),
            wait=5,
        )
        session.commit()
        return slot


def _release_slot(request: Request, slot: int) -> None:
    with request.app.state.database.session() as session:
        ratelimit.release_slot(session, slot)
        session.commit()


def _store_attachment(
    request: Request, token: str, number: str, image: CleanImage, fingerprint: str, key: str | None
) -> Response:
    settings: Settings = request.app.state.settings
    with request.app.state.database.session() as session:
        user = user_for_token(session, token)

        def create() -> Response:
            target = visible_request(session, number, user, lock=True)
            _photo_limit(session, target, settings)
            _quota(session, user, settings)
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
            add_event(
                target, "attachment", user, audience=CITIZEN, data={"attachment_id": attachment.id}
            )
            return JSONResponse(attachment_json(attachment), 201)

        # The fingerprint is over the file's bytes, not the multipart body: a client's retry
        # may use another boundary for the same photo.
        return run_once(session, f"attachment:{user.id}:{number}", key, fingerprint, create)


@router.get(
    "/attachments/{attachment_id}",
    response_class=Response,
    responses={
        200: {
            "description": "The re-encoded photo",
            "content": {"image/jpeg": {}, "image/png": {}},
        },
        **errors(401, 404, 422),
    },
)
def get_attachment(attachment_id: int, user: CurrentUser, session: SessionDep) -> Response:
    """A stored photo, for the request's citizen and for staff (404 for anyone else)."""
    attachment = session.get(Attachment, attachment_id) if 0 < attachment_id <= MAX_ROW_ID else None
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
        headers={
            # Personal data: never in a shared cache. The bytes never change, so the client
            # may keep its own copy.
            "Cache-Control": "private, max-age=86400",
            "X-Content-Type-Options": "nosniff",
            "Content-Security-Policy": "default-src 'none'; sandbox",
        },
    )


# --- comment, rating, reopen -------------------------------------------------------------------
