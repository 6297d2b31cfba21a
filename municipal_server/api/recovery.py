"""A forgotten password: a one-time code to the account's own e-mail or phone, then a new
password with it.

The answer to "send me a code" is the same whether or not an account exists, so nobody learns
who has one. A code is six digits, valid ten minutes, for one use and at most five tries; a new
code replaces the last. A reset ends every session of the account. Codes are stored hashed and
never logged.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from pydantic import Field
from sqlalchemy import select, update
from sqlalchemy.orm import Session
from starlette.responses import Response

from municipal_server import ratelimit
from municipal_server.accounts import MIN_PASSWORD, find_by_login
from municipal_server.api.schemas import Strict, errors
from municipal_server.arabic import ascii_digits
from municipal_server.config import Settings
from municipal_server.deps import ClientAddress, SessionDep, SettingsDep
from municipal_server.errors import ApiError, invalid_field
from municipal_server.models import AuthToken, Notification, OneTimeCode, User
from municipal_server.notifications import codes
from municipal_server.notifications.queue import municipality_name
from municipal_server.security import hash_password
from municipal_server.text import LINE, SECRET
from municipal_server.timeutil import utcnow

router = APIRouter(prefix="/auth/password-reset", tags=["accounts"])

PURPOSE = "password_reset"
VALID = timedelta(minutes=10)
TRIES = 5
#: codes asked for one account, and from one address, in an hour
PER_ACCOUNT, PER_ADDRESS = 5, 20
HOUR = 3600


class ResetAsk(Strict):
    login: Annotated[str, Field(min_length=1, max_length=254), LINE]


class ResetConfirm(Strict):
    login: Annotated[str, Field(min_length=1, max_length=254), LINE]
    code: Annotated[str, Field(min_length=1, max_length=20), LINE]
    password: Annotated[str, Field(max_length=1024), SECRET]


def code_hash(user_id: int, code: str) -> str:
    return hashlib.sha256(f"{user_id}:{code}".encode()).hexdigest()


def _channel(user: User, login: str, settings: Settings) -> tuple[str, str] | None:
    """The code goes where the person signs in with: the e-mail typed, or the phone."""
    if "@" in login:
        return ("email", user.email) if settings.email_enabled and user.email else None
    return ("sms", user.phone) if settings.sms_enabled and user.phone else None


@router.post("", status_code=202, responses=errors(422, 429))
def ask_for_code(
    body: ResetAsk, session: SessionDep, settings: SettingsDep, address: ClientAddress
) -> Response:
    """Send a code to the account's e-mail or phone, if there is such an account. The answer
    (202) is the same either way."""
    account = "reset:" + ratelimit.account_key(body.login)
    client = ratelimit.address_key(address, "reset")
    ratelimit.check(session, [(account, PER_ACCOUNT), (client, PER_ADDRESS)], HOUR)
    ratelimit.record(session, [account, client], HOUR)
    user = find_by_login(session, body.login)
    where = _channel(user, body.login, settings) if user and user.is_active else None
    if user is not None and where is not None:
        now = utcnow()
        _retire_codes(session, user)
        code = f"{secrets.randbelow(10**6):06d}"
        row = OneTimeCode(
            user_id=user.id,
            purpose=PURPOSE,
            code_hash=code_hash(user.id, code),
            created_at=now,
            expires_at=now + VALID,
            tries=0,
        )
        session.add(row)
        session.flush()
        message = codes.password_reset(
            user.language, code=code, municipality=municipality_name(session, user.language)
        )
        channel, to = where
        session.add(
            Notification(
                user_id=user.id,
                kind="code",
                channel=channel,
                address=to,
                language=user.language,
                subject=message.subject if channel == "email" else None,
                body=message.body if channel == "email" else message.sms,
                dedupe_key=f"code:{row.id}:{channel}",
                state="queued",
                attempts=0,
                next_attempt_at=now,
                created_at=now,
            )
        )
    session.commit()
    return JSONResponse({"sent": True}, 202)


def _retire_codes(session: Session, user: User) -> None:
    session.execute(
        update(OneTimeCode)
        .where(
            OneTimeCode.user_id == user.id,
            OneTimeCode.purpose == PURPOSE,
            OneTimeCode.used_at.is_(None),
        )
        .values(used_at=utcnow())
    )


def _invalid_code(tries_left: int = 0) -> ApiError:
    return ApiError(
        400, "invalid_code", "the code is wrong, used or expired", {"tries_left": tries_left}
    )


@router.post("/confirm", status_code=204, responses=errors(400, 422, 429))
def confirm(
    body: ResetConfirm, session: SessionDep, settings: SettingsDep, address: ClientAddress
) -> Response:
    """Set a new password with the code; every session of the account ends."""
    client = ratelimit.address_key(address, "reset-confirm")
    ratelimit.check(session, [(client, settings.login_max_per_address)], settings.login_window)
    if len(body.password) < MIN_PASSWORD:
        raise invalid_field("password", "too_short", min_length=MIN_PASSWORD)
    user = find_by_login(session, body.login)
    row = None
    if user is not None and user.is_active:
        row = session.scalars(
            select(OneTimeCode)
            .where(
                OneTimeCode.user_id == user.id,
                OneTimeCode.purpose == PURPOSE,
                OneTimeCode.used_at.is_(None),
                OneTimeCode.expires_at > utcnow(),
            )
            .order_by(OneTimeCode.id.desc())
        ).first()
    if user is None or row is None or row.tries >= TRIES:
        ratelimit.record(session, [client], settings.login_window)
        session.commit()
        raise _invalid_code()
    given = ascii_digits("".join(ch for ch in body.code if not ch.isspace()))
    if not secrets.compare_digest(code_hash(user.id, given), row.code_hash):
        row.tries += 1
        if row.tries >= TRIES:
            row.used_at = utcnow()
        ratelimit.record(session, [client], settings.login_window)
        session.commit()
        raise _invalid_code(TRIES - row.tries)
    row.used_at = utcnow()
    user.password_hash = hash_password(body.password)
    user.must_change_password = False
    session.execute(
        update(AuthToken)
        .where(AuthToken.user_id == user.id, AuthToken.revoked_at.is_(None))
        .values(revoked_at=utcnow())
    )
    ratelimit.clear(session, ratelimit.account_key(body.login))
    session.commit()
    return Response(status_code=204)
