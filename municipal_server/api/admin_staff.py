"""Staff accounts, administered in the app by the municipality's administrators.

An administrator creates clerk, supervisor and administrator accounts with their department
(a service group; none means the whole municipality), changes their role or department,
deactivates an account (its tokens refused at once) and resets a password. A new or reset
password is generated here, shown once to the administrator, and must be changed at the next
sign-in (see deps.current_user); it is never stored in clear or logged.
"""

from __future__ import annotations

import secrets
from datetime import datetime
from typing import Annotated

from fastapi import APIRouter
from pydantic import BaseModel, Field
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from municipal_server import audit
from municipal_server.accounts import STAFF_ROLES, create_user
from municipal_server.api.schemas import Strict, errors
from municipal_server.deps import AdminUser, SessionDep
from municipal_server.errors import ApiError, invalid_field
from municipal_server.models import AuthToken, ServiceGroup, User
from municipal_server.security import hash_password
from municipal_server.text import LINE, NAME
from municipal_server.timeutil import utcnow

router = APIRouter(prefix="/admin/staff", tags=["administration"])

#: letters and digits nobody confuses when reading a password aloud or copying it by hand
_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"


def one_time_password() -> str:
    """Three groups of four: about 59 bits, readable over the phone."""
    groups = ("".join(secrets.choice(_ALPHABET) for _ in range(4)) for _ in range(3))
    return "-".join(groups)


class StaffOut(BaseModel):
    id: int
    name: str
    email: str | None
    phone: str | None
    role: str
    department: str | None
    is_active: bool
    must_change_password: bool
    last_sign_in_at: datetime | None


class StaffList(BaseModel):
    items: list[StaffOut]


class StaffCreated(BaseModel):
    account: StaffOut
    #: shown once to the administrator, to hand over; must be changed at the first sign-in
    one_time_password: str


class StaffIn(Strict):
    name: Annotated[str, Field(min_length=1, max_length=200), NAME]
    email: Annotated[str | None, Field(max_length=254), LINE] = None
    phone: Annotated[str | None, Field(max_length=32), LINE] = None
    role: Annotated[str, Field(max_length=10), LINE] = "clerk"
    department: Annotated[str | None, Field(max_length=50), LINE] = None
    language: Annotated[str, Field(max_length=5), LINE] = "ar"


class StaffUpdate(Strict):
    role: Annotated[str | None, Field(max_length=10), LINE] = None
    #: "" for the whole municipality
    department: Annotated[str | None, Field(max_length=50), LINE] = None
    is_active: bool | None = None


def staff_out(user: User) -> StaffOut:
    return StaffOut(
        id=user.id,
        name=user.name,
        email=user.email,
        phone=user.phone,
        role=user.role,
        department=user.department,
        is_active=user.is_active,
        must_change_password=user.must_change_password,
        last_sign_in_at=user.last_sign_in_at,
    )


def _target(user: User) -> str:
    return f"{user.name} <{user.email or user.phone}>"


def _as_record(user: User) -> dict:
    """What the audit log keeps of a staff account: never its password."""
    return {"role": user.role, "department": user.department, "is_active": user.is_active}


def _role(role: str) -> str:
    if role not in STAFF_ROLES:
        raise invalid_field("role", "unsupported", allowed=list(STAFF_ROLES))
    return role


def _department(session: Session, department: str | None) -> str | None:
    """A department of the catalogue, or None for the whole municipality."""
    if not department:
        return None
    groups = set(session.scalars(select(ServiceGroup.code)))
    if department not in groups:
        raise invalid_field("department", "unknown", allowed=sorted(groups))
    return department


def _staff(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None or user.role not in STAFF_ROLES:
        raise ApiError(404, "not_found", "no staff account with this id")
    return user


def end_sessions(session: Session, user: User) -> None:
    """Every token of the account stops working now, not when it expires."""
    session.execute(
        update(AuthToken)
        .where(AuthToken.user_id == user.id, AuthToken.revoked_at.is_(None))
        .values(revoked_at=utcnow())
    )


@router.get("", response_model=StaffList, responses=errors(401, 403))
def list_staff(admin: AdminUser, session: SessionDep) -> StaffList:
    """Every staff account, active ones first, with when each last signed in."""
    users = session.scalars(
        select(User)
        .where(User.role.in_(STAFF_ROLES))
        .order_by(User.is_active.desc(), User.name, User.id)
    )
    return StaffList(items=[staff_out(u) for u in users])


@router.post(
    "", status_code=201, response_model=StaffCreated, responses=errors(400, 401, 403, 409, 422)
)
def create_staff(body: StaffIn, admin: AdminUser, session: SessionDep) -> StaffCreated:
    """A new staff account with a one-time password (changed at the first sign-in)."""
    password = one_time_password()
    user = create_user(
        session,
        name=body.name,
        password=password,
        email=body.email,
        phone=body.phone,
        language=body.language,
        role=_role(body.role),
        department=_department(session, body.department),
        verified=True,
    )
    user.must_change_password = True
    audit.record(session, admin, "staff.create", _target(user), None, _as_record(user))
    session.commit()
    return StaffCreated(account=staff_out(user), one_time_password=password)


@router.patch("/{user_id}", response_model=StaffOut, responses=errors(400, 401, 403, 404, 409, 422))
def update_staff(
    user_id: int, body: StaffUpdate, admin: AdminUser, session: SessionDep
) -> StaffOut:
    """Change a staff account's role or department, or (de)activate it.

    An administrator cannot demote or deactivate themselves (409 `own_account`): a municipality
    must never lock itself out of its own administration.
    """
    user = _staff(session, user_id)
    before = _as_record(user)
    demoted = body.role is not None and body.role != "admin"
    if user.id == admin.id and (demoted or body.is_active is False):
        raise ApiError(
            409, "own_account", "an administrator cannot demote or deactivate themselves"
        )
    if body.role is not None:
        user.role = _role(body.role)
    if body.department is not None:
        user.department = _department(session, body.department)
    if body.is_active is not None:
        user.is_active = body.is_active
        if not body.is_active:
            end_sessions(session, user)
    audit.record(session, admin, "staff.update", _target(user), before, _as_record(user))
    session.commit()
    return staff_out(user)


@router.post(
    "/{user_id}/reset-password",
    response_model=StaffCreated,
    responses=errors(401, 403, 404, 409, 422),
)
def reset_password(user_id: int, admin: AdminUser, session: SessionDep) -> StaffCreated:
    """A new one-time password; the account's sessions end and it must change the password."""
    user = _staff(session, user_id)
    if user.id == admin.id:
        raise ApiError(409, "own_account", "change your own password under My account")
    password = one_time_password()
    user.password_hash = hash_password(password)
    user.must_change_password = True
    end_sessions(session, user)
    audit.record(session, admin, "staff.reset_password", _target(user))
    session.commit()
    return StaffCreated(account=staff_out(user), one_time_password=password)
