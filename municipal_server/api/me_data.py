"""A citizen's own data and sessions: where the account is signed in (and signing out
everywhere else), everything the municipality holds about them as one ZIP, and leaving.

Leaving erases the person (name, e-mail, phone, ID number, password, the contact details and
photos of their requests) and keeps the requests themselves, anonymised, for the
municipality's records; the account's tokens stop working at once and nothing more is sent to
it.
"""

from __future__ import annotations

import io
import json
import logging
import secrets
import sqlite3
import zipfile
from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field
from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session, selectinload
from starlette.responses import Response

from municipal_server.api.me_password import confirm_password
from municipal_server.api.schemas import Strict, errors, user_out
from municipal_server.api.serialize import request_detail
from municipal_server.deps import (
    ClientAddress,
    CurrentUser,
    LanguageDep,
    SessionDep,
    SettingsDep,
    bearer_token,
)
from municipal_server.models import Attachment, AuthToken, Notification, ServiceRequest, User
from municipal_server.security import hash_password, token_hash
from municipal_server.text import SECRET
from municipal_server.timeutil import utcnow
from municipal_server.workflow import refresh_search_text

router = APIRouter(prefix="/me", tags=["me"])
log = logging.getLogger(__name__)

#: a deleted account's name on the requests it leaves behind
DELETED = "—"


class SessionOut(BaseModel):
    #: a short handle of the session, to tell them apart (not a token)
    id: str
    started_at: datetime
    last_used_at: datetime
    current: bool


class SessionsOut(BaseModel):
    items: list[SessionOut]


class LeaveIn(Strict):
    password: Annotated[str, Field(max_length=1024), SECRET]


def _current_family(session: Session, request: Request) -> str | None:
    token = bearer_token(request) or ""
    return session.scalars(
        select(AuthToken.family).where(AuthToken.token_hash == token_hash(token))
    ).first()


@router.get("/sessions", response_model=SessionsOut, responses=errors(401))
def sessions(request: Request, user: CurrentUser, session: SessionDep) -> SessionsOut:
    """Every session (sign-in) of the account that can still be renewed, newest first."""
    current = _current_family(session, request)
    now = utcnow()
    live = (
        select(AuthToken.family)
        .where(
            AuthToken.user_id == user.id,
            AuthToken.kind == "refresh",
            AuthToken.revoked_at.is_(None),
            AuthToken.expires_at > now,
        )
        .distinct()
    )
    rows = session.execute(
        select(AuthToken.family, func.min(AuthToken.created_at), func.max(AuthToken.created_at))
        .where(AuthToken.user_id == user.id, AuthToken.family.in_(live))
        .group_by(AuthToken.family)
        .order_by(func.max(AuthToken.created_at).desc())
    ).all()
    return SessionsOut(
        items=[
            SessionOut(
                id=family[:8], started_at=first, last_used_at=last, current=family == current
            )
            for family, first, last in rows
        ]
    )


@router.post("/sessions/end-others", status_code=204, responses=errors(401))
def end_other_sessions(request: Request, user: CurrentUser, session: SessionDep) -> Response:
    """Sign out everywhere but here."""
    current = _current_family(session, request)
    session.execute(
        update(AuthToken)
        .where(
            AuthToken.user_id == user.id,
            AuthToken.revoked_at.is_(None),
            AuthToken.family != current,
        )
        .values(revoked_at=utcnow())
    )
    session.commit()
    return Response(status_code=204)


def _own_requests(session: Session, user: User) -> list[ServiceRequest]:
    return list(
        session.scalars(
            select(ServiceRequest)
            .where(ServiceRequest.user_id == user.id)
            .options(selectinload(ServiceRequest.events), selectinload(ServiceRequest.attachments))
            .order_by(ServiceRequest.id)
        )
    )


@router.get(
    "/export",
    responses={200: {"content": {"application/zip": {}}}, **errors(401)},
    response_class=Response,
)
def export(
    user: CurrentUser, session: SessionDep, settings: SettingsDep, language: LanguageDep
) -> Response:
    """Everything the municipality holds about the signed-in person: `me.json` (the profile and
    every request with its history) and `photos/` (the photos of those requests), one ZIP."""
    requests = _own_requests(session, user)
    document = {
        "exported_at": utcnow().isoformat(),
        "profile": {
            **user_out(user).model_dump(),
            "national_id": user.national_id,
            "created_at": user.created_at.isoformat(),
        },
        "requests": [request_detail(r, settings, language, user) for r in requests],
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("me.json", json.dumps(document, ensure_ascii=False, indent=2, default=str))
        for request in requests:
            for attachment in request.attachments:
                data = session.scalar(select(Attachment.data).where(Attachment.id == attachment.id))
                extension = "png" if attachment.content_type.endswith("png") else "jpg"
                name = f"photos/{request.number or request.id}-{attachment.id}.{extension}"
                archive.writestr(name, data or b"")
    return Response(
        buffer.getvalue(),
        media_type="application/zip",
        headers={
            "Content-Disposition": 'attachment; filename="my-data.zip"',
            "Cache-Control": "no-store",
        },
    )


@router.delete("", status_code=204, responses=errors(400, 401, 422, 429))
def leave(
    body: LeaveIn,
    user: CurrentUser,
    session: SessionDep,
    settings: SettingsDep,
    address: ClientAddress,
) -> Response:
    """Delete the account (asks for the password): the person is erased, their requests stay,
    anonymised; every token ends now and nothing more is sent."""
    confirm_password(session, settings, user, address, body.password, "password")
    request_ids = select(ServiceRequest.id).where(ServiceRequest.user_id == user.id)
    session.execute(delete(Attachment).where(Attachment.request_id.in_(request_ids)))
    for request in session.scalars(select(ServiceRequest).where(ServiceRequest.user_id == user.id)):
        request.first_name = request.last_name = request.email = request.phone = None
        request.device_id = None
        refresh_search_text(request)  # the clerks' search no longer finds the person
    session.execute(delete(Notification).where(Notification.user_id == user.id))
    session.execute(
        update(AuthToken)
        .where(AuthToken.user_id == user.id, AuthToken.revoked_at.is_(None))
        .values(revoked_at=utcnow())
    )
    user.name = DELETED
    user.email = user.email_key = user.phone = user.national_id = None
    user.password_hash = hash_password(secrets.token_urlsafe(32))
    user.is_active = False
    user.notify_email = user.notify_sms = False
    session.commit()
    engine = session.get_bind()
    if engine.dialect.name == "sqlite":
        # The old pages are overwritten (secure_delete); the write-ahead log's copies of them
        # go now too, not at the next automatic checkpoint. Another reader can hold the log
        # back: then the next checkpoint does it, and the account is already erased.
        raw = engine.raw_connection()  # outside a transaction: a checkpoint cannot run in one
        try:
            busy = raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if busy and busy[0]:
                log.info("account erased; the write-ahead log is kept until the next checkpoint")
        except sqlite3.OperationalError:
            log.warning("account erased; the write-ahead log could not be checkpointed now")
        finally:
            raw.close()
    return Response(status_code=204)
