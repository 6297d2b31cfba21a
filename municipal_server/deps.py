"""Typed FastAPI dependencies: settings, database session, caller identity and role.

Those that do no I/O are `async def`: FastAPI runs a plain `def` dependency in its thread
pool, and each such hop (a queue, a wake-up, the GIL changing hands) cost more than the
dependency itself (bench/RESULTS.md: a page of the public list spent more time handing work
to threads than building the page). What reads the database stays `def`.
"""

from __future__ import annotations

import ipaddress
from collections.abc import AsyncIterator, Callable
from typing import Annotated, Any

import anyio
from fastapi import Depends, Header, Request
from sqlalchemy import select
from sqlalchemy.orm import Session

from municipal_server.accounts import STAFF_ROLES
from municipal_server.config import Settings
from municipal_server.db import Database
from municipal_server.errors import ApiError, forbidden, unauthenticated
from municipal_server.i18n import pick_language
from municipal_server.models import AuthToken, User
from municipal_server.security import token_hash
from municipal_server.timeutil import utcnow


async def get_database(request: Request) -> Database:
    return request.app.state.database


def read_only(endpoint: Callable[..., Any]) -> Callable[..., Any]:
    """Marks a route that never writes: its session (shared by all its dependencies, the
    caller's sign-in included) is read-only, which on SQLite means it takes no lock."""
    endpoint.read_only = True  # type: ignore[attr-defined]
    return endpoint


async def get_session(request: Request) -> AsyncIterator[Session]:
    """A session for the request. Making one does no I/O (it connects at its first query, in
    the route's thread); closing it gives the connection back with a ROLLBACK, so that runs
    in the thread pool."""
    database = request.app.state.database
    reading = getattr(request.scope.get("endpoint"), "read_only", False)
    session = (database.read_sessions if reading else database.sessions)()
    try:
        yield session
    finally:
        # A limiter of its own, as FastAPI does for a generator's exit: when every worker
        # thread waits for the write lock this session holds, closing it must not wait for one.
        await anyio.to_thread.run_sync(session.close, limiter=anyio.CapacityLimiter(1))


SessionDep = Annotated[Session, Depends(get_session)]


def get_settings(request: Request) -> Settings:
    """The server's settings with the time zone and request number prefix administrators
    saved (`municipality.ProfileCache`: read at most once a second per process). The read has
    a read-only session of its own: in the route's session its first statement would begin the
    route's write transaction, and on SQLite take the process's write lock in a worker thread
    that then waits for the route (50 parallel creates once stalled the server that way)."""
    return request.app.state.profile.get()


SettingsDep = Annotated[Settings, Depends(get_settings)]
IdempotencyKey = Annotated[str | None, Header(alias="Idempotency-Key")]


async def language(request: Request, locale: str | None = None) -> str:
    return pick_language(locale, request.headers.get("accept-language"))


LanguageDep = Annotated[str, Depends(language)]


async def client_address(request: Request) -> str:
    """The caller's address; X-Forwarded-For is believed only from a configured proxy. The
    proxies are the server's own settings, not the administrators' profile: no database read
    (through SettingsDep it was a session of its own on every request, 19 % of a loaded
    server's samples)."""
    settings: Settings = request.app.state.settings
    peer = request.client.host if request.client else "unknown"
    if not settings.trusted_proxies:
        return peer
    hops = [peer]
    forwarded = request.headers.get("x-forwarded-for", "")
    hops = [h.strip() for h in forwarded.split(",") if h.strip()] + hops
    # Walk from the nearest hop outwards; the first address that is not a trusted proxy is the
    # client. Anything a client wrote further left cannot be checked and is ignored.
    for hop in reversed(hops):
        try:
            address = ipaddress.ip_address(hop)
        except ValueError:
            return hop[:64]
        if not any(address in net for net in settings.trusted_proxies):
            return str(address)
    return hops[0][:64]


ClientAddress = Annotated[str, Depends(client_address)]


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization")
    if not header:
        return None
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        raise unauthenticated()
    return value.strip()


def user_for_token(session: Session, token: str) -> User:
    """The user of a valid access token; 401 for a bad, expired or revoked one."""
    row = session.scalars(
        select(AuthToken).where(AuthToken.token_hash == token_hash(token))
    ).one_or_none()
    if (
        row is None
        or row.kind != "access"
        or row.revoked_at is not None
        or row.expires_at <= utcnow()
        or not row.user.is_active
    ):
        raise ApiError(
            401,
            "invalid_token",
            "the access token is invalid or expired",
            headers={"WWW-Authenticate": 'Bearer error="invalid_token"'},
        )
    return row.user


def bearer_token(request: Request) -> str | None:
    return _bearer(request)


def optional_user(request: Request, session: SessionDep) -> User | None:
    """The signed-in user, None when no token was sent; 401 for a bad, expired or revoked one."""
    token = _bearer(request)
    return None if token is None else user_for_token(session, token)


OptionalUser = Annotated[User | None, Depends(optional_user)]


#: what an account with a one-time password may do before it has changed it
_WHILE_PASSWORD_IS_ONE_TIME = {"/api/v1/me", "/api/v1/me/password"}


async def current_user(request: Request, user: OptionalUser) -> User:
    return _signed_in(request, user)


def _signed_in(request: Request, user: User | None) -> User:
    if user is None:
        raise unauthenticated()
    if user.must_change_password and request.url.path not in _WHILE_PASSWORD_IS_ONE_TIME:
        raise ApiError(
            403, "password_change_required", "change the one-time password before anything else"
        )
    return user


CurrentUser = Annotated[User, Depends(current_user)]


async def clerk_user(user: CurrentUser) -> User:
    if user.role not in STAFF_ROLES:
        raise forbidden()
    return user


ClerkUser = Annotated[User, Depends(clerk_user)]


async def admin_user(user: CurrentUser) -> User:
    return _admin_only(user)


def _admin_only(user: User) -> User:
    if user.role != "admin":
        raise forbidden()
    return user


def admin_for_token(request: Request, session: Session, token: str) -> User:
    """As AdminUser for a route that reads its body before it opens a session (an upload): the
    same 401 and 403, in the caller's short transaction, from a worker thread."""
    return _admin_only(_signed_in(request, user_for_token(session, token)))


AdminUser = Annotated[User, Depends(admin_user)]
