"""Proving an e-mail address or a mobile number: a one-time code goes there, the person types
it in the app, and the address counts as verified.

Until then the address is never written to about requests (notifications/queue.channels):
anyone can type someone else's e-mail or number. Codes go out at sign-up and whenever an
address changes (register, PATCH /me), and again on request (`POST /me/verify/send`).

Changing a verified address does not replace it at once: the new one waits (`pending_email`,
`pending_phone`) until its own code comes back, and the proven one stays in use meanwhile for
notifications and a forgotten password. A typo in the new address, or someone at an unlocked
computer, then cannot cut the person off from their own account. An address that was never
verified is simply replaced (there is nothing proven to keep).

Only the signed-in owner can ask for or confirm a code (every route is under /me). Codes: six
digits, ten minutes, five tries (one_time_codes.py); at most five sent per account and
channel, and twenty per client address, in an hour; wrong codes count against the client
address's sign-in limit.
"""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from pydantic import Field
from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.responses import Response

from municipal_server import one_time_codes, ratelimit
from municipal_server.accounts import email_taken
from municipal_server.api.schemas import Strict, UserOut, errors, user_out
from municipal_server.config import Settings
from municipal_server.deps import ClientAddress, CurrentUser, SessionDep, SettingsDep
from municipal_server.errors import ApiError
from municipal_server.models import User
from municipal_server.notifications import codes
from municipal_server.notifications.queue import municipality_name
from municipal_server.text import LINE, email_skeleton
from municipal_server.timeutil import utcnow

router = APIRouter(prefix="/me/verify", tags=["me"])

Contact = Literal["email", "phone"]  # which address: the e-mail or the mobile number
#: codes sent for one account and channel, and to one client address, in an hour
PER_ACCOUNT, PER_ADDRESS = 5, 20
HOUR = 3600


class SendIn(Strict):
    channel: Contact


class ConfirmIn(Strict):
    channel: Contact
    code: Annotated[str, Field(min_length=1, max_length=20), LINE]


def purpose(field: str) -> str:
    return f"verify_{field}"


def waiting(user: User, field: str) -> str | None:
    """The address of `field` that a code would prove: the pending new one, or the current
    one while it is unverified; None when there is nothing to prove."""
    pending = getattr(user, f"pending_{field}")
    if pending:
        return pending
    current = getattr(user, field)
    return current if current and getattr(user, f"{field}_verified_at") is None else None


def can_send(settings: Settings, field: str) -> bool:
    return settings.email_enabled if field == "email" else settings.sms_enabled


def send_code(session: Session, settings: Settings, user: User, field: str) -> bool:
    """Queue a code to the address of `field` waiting to be proved (in the caller's
    transaction); False when there is none or the municipality has no such channel."""
    address = waiting(user, field)
    if address is None or not can_send(settings, field):
        return False
    name = municipality_name(session, user.language)
    one_time_codes.issue(
        session,
        user,
        purpose(field),
        "email" if field == "email" else "sms",
        address,
        lambda code: codes.verify_address(user.language, code=code, municipality=name),
    )
    return True


def change_address(
    session: Session, settings: Settings, user: User, field: str, clean: str | None
) -> None:
    """PATCH /me's new e-mail or phone (already normalised and checked as free): a verified
    one waits for its code; an unverified one is replaced; removing one removes it."""
    pending = getattr(user, f"pending_{field}")
    if clean is not None and clean == pending:
        return  # asked again: the code already sent stays good
    if clean == getattr(user, field):
        if pending is not None:  # back to the address in use: the new one is dropped
            setattr(user, f"pending_{field}", None)
            one_time_codes.retire(session, user, purpose(field))
        return
    if clean is not None and getattr(user, f"{field}_verified_at") is not None:
        setattr(user, f"pending_{field}", clean)
    else:
        setattr(user, field, clean)
        setattr(user, f"{field}_verified_at", None)
        setattr(user, f"pending_{field}", None)
        if field == "email":
            user.email_key = email_skeleton(clean) if clean else None
    one_time_codes.retire(session, user, purpose(field))
    send_code(session, settings, user, field)


def _nothing_to_verify(field: str) -> ApiError:
    return ApiError(409, "nothing_to_verify", f"no {field} waits to be verified", {"field": field})


@router.post("/send", status_code=202, responses=errors(400, 401, 409, 422, 429, 503))
def ask_for_code(
    body: SendIn,
    user: CurrentUser,
    session: SessionDep,
    settings: SettingsDep,
    address: ClientAddress,
) -> Response:
    """Send a code to the e-mail or phone waiting to be verified (a new code replaces the
    last). 409 `nothing_to_verify` when it is verified already or absent; 503
    `channel_unavailable` when the municipality sends no e-mail (or no SMS)."""
    field = body.channel
    if waiting(user, field) is None:
        raise _nothing_to_verify(field)
    if not can_send(settings, field):
        raise ApiError(
            503, "channel_unavailable", f"this server sends no codes by {field}", {"field": field}
        )
    account = f"verify:{field}:{user.id}"
    client = ratelimit.address_key(address, "verify")
    ratelimit.check(session, [(account, PER_ACCOUNT), (client, PER_ADDRESS)], HOUR)
    ratelimit.record(session, [account, client], HOUR)
    send_code(session, settings, user, field)
    session.commit()
    expires_in = int(one_time_codes.VALID.total_seconds())
    return JSONResponse({"sent": True, "field": field, "expires_in": expires_in}, 202)


@router.post("", response_model=UserOut, responses=errors(400, 401, 409, 422, 429))
def confirm(
    body: ConfirmIn,
    user: CurrentUser,
    session: SessionDep,
    settings: SettingsDep,
    address: ClientAddress,
) -> UserOut:
    """The code that went to the e-mail or phone: the address is verified (a pending new one
    replaces the old at this moment). 400 `invalid_code` with `tries_left`."""
    field = body.channel
    client = ratelimit.address_key(address, "verify-confirm")
    ratelimit.check(session, [(client, settings.login_max_per_address)], settings.login_window)
    target = waiting(user, field)
    if target is None:
        raise _nothing_to_verify(field)
    try:
        one_time_codes.redeem(session, user, purpose(field), target, body.code)
    except ApiError:
        ratelimit.record(session, [client], settings.login_window)
        session.commit()
        raise
    if getattr(user, f"pending_{field}") is not None:
        if field == "email":
            taken = email_taken(session, target, user.id)
        else:
            query = select(User.id).where(User.phone == target, User.id != user.id)
            taken = session.scalars(query).first() is not None
        if taken:  # another account took it while the code was on its way
            session.commit()
            raise ApiError(409, "account_exists", f"another account uses this {field}")
        setattr(user, field, target)
        setattr(user, f"pending_{field}", None)
        if field == "email":
            user.email_key = email_skeleton(target)
    setattr(user, f"{field}_verified_at", utcnow())
    session.commit()
    return user_out(user)
