"""Request bodies and answers of /api/v1 shared by several routers."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, model_validator

from municipal_server.models import User
from municipal_server.text import Kind, check


class Strict(BaseModel):
    """Request bodies: exact types, no unknown fields (so a typo is an error, not ignored).

    Every text field is checked by municipal_server.text as the kind its annotation names
    (`Annotated[str, text.LINE]`; free text when it names none): a refusal is a 400
    `invalid_field` naming the field, raised from here so that no route can forget it.
    """

    model_config = ConfigDict(strict=True, extra="forbid")

    @model_validator(mode="after")
    def _text(self) -> Strict:
        for name, field in type(self).model_fields.items():
            kind = next((m for m in field.metadata if isinstance(m, Kind)), Kind.FREE)
            check(field.alias or name, getattr(self, name), kind)
        return self


class ErrorDetail(BaseModel):
    code: str
    message: str
    params: dict[str, Any]


class ErrorBody(BaseModel):
    error: ErrorDetail


def errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses=` entries for the error statuses a route may answer."""
    return {status: {"model": ErrorBody} for status in statuses}


class UserOut(BaseModel):
    id: int
    name: str
    email: str | None
    phone: str | None
    role: str
    language: str
    department: str | None
    has_national_id: bool
    notify_email: bool
    notify_sms: bool
    #: the person proved the address with a code; only verified addresses are written to
    email_verified: bool = False
    phone_verified: bool = False
    #: a new address waiting for its code; the verified one above stays in use until then
    pending_email: str | None = None
    pending_phone: str | None = None
    #: a one-time password given by an administrator: change it before anything else
    must_change_password: bool = False


def user_out(user: User) -> UserOut:
    return UserOut(
        id=user.id,
        name=user.name,
        email=user.email,
        phone=user.phone,
        role=user.role,
        language=user.language,
        department=user.department,
        has_national_id=user.national_id is not None,
        notify_email=user.notify_email,
        notify_sms=user.notify_sms,
        email_verified=user.email_verified_at is not None,
        phone_verified=user.phone_verified_at is not None,
        pending_email=user.pending_email,
        pending_phone=user.pending_phone,
        must_change_password=user.must_change_password,
    )
