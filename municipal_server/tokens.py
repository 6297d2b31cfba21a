"""Issuing, rotating and revoking access and refresh tokens."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from municipal_server.config import Settings
from municipal_server.errors import ApiError
from municipal_server.models import ApiKey, AuthToken, User
from municipal_server.security import new_token, token_hash
from municipal_server.timeutil import utcnow


@dataclass(frozen=True)
class TokenPair:
    access_token: str
    refresh_token: str
    expires_in: int


def issue(session: Session, settings: Settings, user: User, family: str | None = None) -> TokenPair:
    """A new access + refresh pair in `family` (a new family at sign-in)."""
    family = family or secrets.token_hex(16)
    now = utcnow()
    access, refresh = new_token(), new_token()
    for token, kind, ttl in (
        (access, "access", settings.access_token_ttl),
        (refresh, "refresh", settings.refresh_token_ttl),
    ):
        session.add(
            AuthToken(
                token_hash=token_hash(token),
                kind=kind,
                family=family,
                user_id=user.id,
                created_at=now,
                expires_at=now + timedelta(seconds=ttl),
            )
        )
    return TokenPair(access, refresh, settings.access_token_ttl)


def _invalid_refresh() -> ApiError:
    return ApiError(401, "invalid_token", "the refresh token is invalid or expired")


def revoke_family(session: Session, family: str) -> None:
    session.execute(
        update(AuthToken)
        .where(AuthToken.family == family, AuthToken.revoked_at.is_(None))
        .values(revoked_at=utcnow())
    )


def rotate(session: Session, settings: Settings, refresh_token: str) -> tuple[User, TokenPair]:
    """Swap a refresh token for a new pair; a reused (already rotated) one revokes its family."""
    row = session.scalars(
        select(AuthToken).where(
            AuthToken.token_hash == token_hash(refresh_token), AuthToken.kind == "refresh"
        )
    ).one_or_none()
    if row is None:
        raise _invalid_refresh()
    if row.revoked_at is not None:
        # Someone presents a token that was already exchanged: it was copied. End the family so
        # that neither the thief nor the citizen keeps a working session; the citizen signs in.
        revoke_family(session, row.family)
        session.commit()
        raise _invalid_refresh()
    if row.expires_at <= utcnow() or not row.user.is_active:
        raise _invalid_refresh()
    now = utcnow()
    session.execute(
        update(AuthToken)
        .where(AuthToken.family == row.family, AuthToken.revoked_at.is_(None))
        .values(revoked_at=now)
    )
    return row.user, issue(session, settings, row.user, row.family)


def revoke(session: Session, token: str) -> bool:
    """Sign out: end the family of an access or refresh token. False if it is unknown."""
    row = session.scalars(
        select(AuthToken).where(AuthToken.token_hash == token_hash(token))
    ).one_or_none()
    if row is None:
        return False
    revoke_family(session, row.family)
    return True


def find_api_key(session: Session, given: str | None) -> ApiKey:
    """The municipality's app key `given` (not revoked), else a 403 `invalid_api_key`."""
    key = None
    if given:
        key = session.scalars(
            select(ApiKey).where(ApiKey.key_hash == token_hash(given), ApiKey.revoked_at.is_(None))
        ).one_or_none()
    if key is None:
        raise ApiError(403, "invalid_api_key", "api_key missing or invalid")
    return key
