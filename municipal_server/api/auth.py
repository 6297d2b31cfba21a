"""Accounts: register, sign in (rate-limited), refresh (rotating), sign out."""

from __future__ import annotations

import random
from typing import Annotated

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.responses import Response

from municipal_server import ratelimit, tokens
from municipal_server.accounts import create_user, find_by_login
from municipal_server.api.schemas import Strict, UserOut, errors, user_out
from municipal_server.api.verification import send_code
from municipal_server.deps import ClientAddress, IdempotencyKey, SessionDep, SettingsDep
from municipal_server.errors import ApiError
from municipal_server.idempotency import body_hash, run_once
from municipal_server.security import verify_password
from municipal_server.text import LINE, NAME, SECRET
from municipal_server.timeutil import utcnow

# Its own generator: the process-wide one belongs to whoever seeded it (tests, libraries).
_housekeeping = random.Random()  # noqa: S311 - when to prune, not a secret

router = APIRouter(prefix="/auth", tags=["accounts"])

REGISTRATIONS_PER_HOUR = 20
Password = Annotated[str, Field(max_length=1024), SECRET]
Token = Annotated[str, Field(min_length=1, max_length=200), LINE]


class RegisterIn(Strict):
    name: Annotated[str, Field(min_length=1, max_length=200), NAME]
    password: Password
    email: Annotated[str | None, Field(max_length=254), LINE] = None
    phone: Annotated[str | None, Field(max_length=32), LINE] = None
    national_id: Annotated[str | None, Field(max_length=20), LINE] = None
    language: Annotated[str, Field(max_length=5), LINE] = "ar"


class RegisteredOut(BaseModel):
    user: UserOut
    #: the addresses ("email", "phone") a code was sent to, to confirm them; none when the
    #: municipality sends no e-mail or SMS
    codes_sent: list[str] = []


class SignInIn(Strict):
    login: Annotated[str, Field(min_length=1, max_length=254), LINE]
    password: Password


class RefreshIn(Strict):
    refresh_token: Token


class LogoutIn(Strict):
    refresh_token: Annotated[str | None, Field(max_length=200), LINE] = None


class TokensOut(BaseModel):
    access_token: str
    refresh_token: str
    token_type: str = "bearer"  # noqa: S105 - the OAuth token type, not a secret
    expires_in: int
    user: UserOut


def _tokens_out(pair: tokens.TokenPair, user) -> TokensOut:
    return TokensOut(
        access_token=pair.access_token,
        refresh_token=pair.refresh_token,
        expires_in=pair.expires_in,
        user=user_out(user),
    )


@router.post(
    "/register",
    status_code=201,
    response_model=RegisteredOut,
    responses=errors(400, 409, 422, 429),
)
def register(
    body: RegisterIn,
    session: SessionDep,
    settings: SettingsDep,
    address: ClientAddress,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    """Create a citizen account (name, e-mail or phone, password, optional ID number).

    Every attempt counts against the client address's limit, refused ones too, and it is
    committed before the account is looked at: the 409 `account_exists` answer tells whether an
    e-mail or phone has an account, so it must not be askable without limit. A code goes to
    each address given (api/verification.py); none is written to before it is verified.
    """
    if settings.register_max_per_address > 0:
        ratelimit.take(
            session,
            ratelimit.address_key(address, "register"),
            settings.register_max_per_address,
            settings.register_window,
        )
        session.commit()

    def create() -> Response:
        user = create_user(
            session,
            name=body.name,
            password=body.password,
            email=body.email,
            phone=body.phone,
            national_id=body.national_id,
            language=body.language,
        )
        # a code to each address given, to prove it
        sent = [field for field in ("email", "phone") if send_code(session, settings, user, field)]
        return JSONResponse(RegisteredOut(user=user_out(user), codes_sent=sent).model_dump(), 201)

    return run_once(session, "register", idempotency_key, body_hash(body.model_dump_json()), create)


@router.post("/token", response_model=TokensOut, responses=errors(401, 422, 429))
def sign_in(
    body: SignInIn, session: SessionDep, settings: SettingsDep, address: ClientAddress
) -> TokensOut:
    """Sign in with e-mail or phone and password.

    Wrong login and wrong password answer alike (status, body and time), and failures are
    limited per account and per client address.
    """
    account = ratelimit.account_key(body.login)
    client = ratelimit.address_key(address)
    window = settings.login_window
    ratelimit.check(
        session,
        [(account, settings.login_max_per_account), (client, settings.login_max_per_address)],
        window,
    )
    user = find_by_login(session, body.login)
    valid = verify_password(user.password_hash if user else None, body.password)
    if not valid or user is None or not user.is_active:
        ratelimit.record(session, [account, client], window)
        if _housekeeping.random() < 0.02:
            ratelimit.prune(session)
        session.commit()
        raise ApiError(401, "invalid_credentials", "wrong login or password")
    ratelimit.clear(session, account)
    user.last_sign_in_at = utcnow()
    pair = tokens.issue(session, settings, user)
    session.commit()
    return _tokens_out(pair, user)


@router.post("/refresh", response_model=TokensOut, responses=errors(401, 422))
def refresh(body: RefreshIn, session: SessionDep, settings: SettingsDep) -> TokensOut:
    """Exchange a refresh token for a new pair; the old one stops working."""
    user, pair = tokens.rotate(session, settings, body.refresh_token)
    session.commit()
    return _tokens_out(pair, user)


@router.post("/logout", status_code=204, responses=errors(422))
def logout(request: Request, session: SessionDep, body: LogoutIn | None = None) -> Response:
    """Sign out: the refresh token (or the bearer's session) and its access tokens end."""
    token = body.refresh_token if body and body.refresh_token else None
    if token is None:
        header = request.headers.get("authorization", "")
        scheme, _, value = header.partition(" ")
        token = value.strip() if scheme.lower() == "bearer" else None
    if token:
        tokens.revoke(session, token)
        session.commit()
    return Response(status_code=204)
