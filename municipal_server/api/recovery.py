"""A forgotten password: a one-time code to the account's own e-mail or phone, then a new
password with it.

The answer to "send me a code" is the same whether or not an account exists, so nobody learns
who has one. A code is six digits, valid ten minutes, for one use and at most five tries; a new
code replaces the last (municipal_server/one_time_codes.py). A reset ends every session of the
account, and proves the address the code went to (it counts as verified from then on).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from pydantic import Field
from sqlalchemy import update
from starlette.responses import Response

from municipal_server import one_time_codes, ratelimit
from municipal_server.accounts import MIN_PASSWORD, find_by_login
from municipal_server.api.schemas import Strict, errors
from municipal_server.config import Settings
from municipal_server.deps import ClientAddress, SessionDep, SettingsDep
from municipal_server.errors import ApiError, invalid_field
from municipal_server.models import AuthToken, User
from municipal_server.notifications import codes
from municipal_server.notifications.queue import municipality_name
from municipal_server.security import hash_password
from municipal_server.text import LINE, SECRET
from municipal_server.timeutil import utcnow

router = APIRouter(prefix="/auth/password-reset", tags=["accounts"])

PURPOSE = "password_reset"
#: codes asked for one account, and from one address, in an hour
PER_ACCOUNT, PER_ADDRESS = 5, 20
HOUR = 3600


class ResetAsk(Strict):
    login: Annotated[str, Field(min_length=1, max_length=254), LINE]


class ResetConfirm(Strict):
    login: Annotated[str, Field(min_length=1, max_length=254), LINE]
    code: Annotated[str, Field(min_length=1, max_length=20), LINE]
    password: Annotated[str, Field(max_length=1024), SECRET]


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
        channel, to = where
        name = municipality_name(session, user.language)
        one_time_codes.issue(
            session,
            user,
            PURPOSE,
            channel,
            to,
            lambda code: codes.password_reset(user.language, code=code, municipality=name),
        )
    session.commit()
    return JSONResponse({"sent": True}, 202)


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
    email = "@" in body.login
    sent_to = (user.email if email else user.phone) if user is not None else None
    try:
        if user is None or sent_to is None:
            raise one_time_codes.invalid_code()
        one_time_codes.redeem(session, user, PURPOSE, sent_to, body.code)
    except ApiError:
        ratelimit.record(session, [client], settings.login_window)
        session.commit()
        raise
    # The code came back from that address: the person receives mail (or texts) there.
    if email and user.email_verified_at is None:
        user.email_verified_at = utcnow()
    elif not email and user.phone_verified_at is None:
        user.phone_verified_at = utcnow()
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
