"""Changing one's own password: needs the current one, ends every other session.

It is also the only thing an account with a one-time password may do (deps.current_user).
Wrong current passwords count against the account's sign-in limit, so this route cannot be
used to guess a password that sign-in would stop.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Request
from pydantic import Field
from sqlalchemy import select, update
from sqlalchemy.orm import Session
from starlette.responses import Response

from municipal_server import ratelimit
from municipal_server.accounts import MIN_PASSWORD
from municipal_server.api.schemas import Strict, errors
from municipal_server.config import Settings
from municipal_server.deps import ClientAddress, CurrentUser, SessionDep, SettingsDep, bearer_token
from municipal_server.errors import invalid_field
from municipal_server.models import AuthToken, User
from municipal_server.security import hash_password, token_hash, verify_password
from municipal_server.text import SECRET
from municipal_server.timeutil import utcnow

router = APIRouter(tags=["me"])

Text = Annotated[str, Field(max_length=1024), SECRET]


class PasswordChange(Strict):
    current_password: Text
    new_password: Text


def confirm_password(
    session: Session, settings: Settings, user: User, address: str, given: str, field: str
) -> str:
    """The signed-in person's own password, asked again before something that cannot be
    undone; a wrong one is 400 on `field` and counts against the sign-in limits (so this
    cannot guess what sign-in would stop). Returns the account's limit key."""
    account = ratelimit.account_key(user.email or user.phone or str(user.id))
    client = ratelimit.address_key(address)
    ratelimit.check(
        session,
        [(account, settings.login_max_per_account), (client, settings.login_max_per_address)],
        settings.login_window,
    )
    if not verify_password(user.password_hash, given):
        ratelimit.record(session, [account, client], settings.login_window)
        session.commit()
        raise invalid_field(field, "wrong")
    return account


@router.post("/me/password", status_code=204, responses=errors(400, 401, 422, 429))
def change_password(
    body: PasswordChange,
    request: Request,
    user: CurrentUser,
    session: SessionDep,
    settings: SettingsDep,
    address: ClientAddress,
) -> Response:
    """Set a new password (400 `invalid_field` on `current_password` when it is wrong).

    The session that asked stays signed in; every other one ends.
    """
    account = confirm_password(
        session, settings, user, address, body.current_password, "current_password"
    )
    if len(body.new_password) < MIN_PASSWORD:
        raise invalid_field("new_password", "too_short", min_length=MIN_PASSWORD)
    if body.new_password == body.current_password:
        raise invalid_field("new_password", "unchanged")
    user.password_hash = hash_password(body.new_password)
    user.must_change_password = False
    token = bearer_token(request) or ""
    family = session.scalars(
        select(AuthToken.family).where(AuthToken.token_hash == token_hash(token))
    ).first()
    session.execute(
        update(AuthToken)
        .where(
            AuthToken.user_id == user.id,
            AuthToken.revoked_at.is_(None),
            AuthToken.family != family,
        )
        .values(revoked_at=utcnow())
    )
    ratelimit.clear(session, account)
    session.commit()
    return Response(status_code=204)
