"""A request's private detail and what its citizen can do with it.

Another citizen asking for a request that is not theirs gets 404, as if it did not exist: a 403
would confirm that the number is real, and numbers are sequential. Every create honours an
Idempotency-Key, because the desktop client's outbox re-sends after a lost connection.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

from fastapi import APIRouter, Header
from fastapi.responses import JSONResponse
from pydantic import BeforeValidator, Field
from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.responses import Response

from municipal_server.accounts import STAFF_ROLES
from municipal_server.api.schemas import Strict, errors
from municipal_server.api.serialize import (
    RequestDetailOut,
    request_detail,
)
from municipal_server.audience import CITIZEN
from municipal_server.config import Settings
from municipal_server.deps import (
    CurrentUser,
    LanguageDep,
    SessionDep,
    SettingsDep,
)
from municipal_server.errors import ApiError, invalid_field, not_found
from municipal_server.idempotency import MAX_KEY_LENGTH, body_hash, run_once
from municipal_server.models import RequestEvent, ServiceRequest, User
from municipal_server.statuses import MAX_REOPENS, REOPENED_STATUS
from municipal_server.workflow import add_event, set_status

router = APIRouter(tags=["requests"])

MAX_NUMBER_LENGTH = 32  # ServiceRequest.number's column
MAX_ROW_ID = 2**31 - 1  # an INTEGER key on PostgreSQL; a larger id would be a DataError (500)


# The Idempotency-Key header as the OpenAPI document describes it: visible ASCII, no blank ends
# (HTTP strips them). Without the constraints a fuzzer sends an empty key, which the schema
# would call valid and idempotency.check_key refuses.
IdempotencyKey = Annotated[
    str | None,
    Header(
        alias="Idempotency-Key",
        min_length=1,
        max_length=MAX_KEY_LENGTH,
        pattern=r"^[!-~]([ -~]*[!-~])?$",
        description="Makes the create safe to retry: the same key replays the first answer.",
    ),
]


def is_staff(user: User) -> bool:
    return user.role in STAFF_ROLES


def visible_request(
    session: Session, number: str, user: User, *, lock: bool = False
) -> ServiceRequest:
    """The request numbered `number` if `user` may see it (its citizen, or staff), else 404.

    `lock` takes a row lock (PostgreSQL; SQLite already serialises writers) so that checks such
    as "not yet rated" or "fewer than ten photos" hold until the transaction commits.
    """
    # A NUL is legal in a URL but PostgreSQL refuses it in a text parameter (a 500).
    if len(number) > MAX_NUMBER_LENGTH or "\x00" in number:
        raise not_found("request")
    query = select(ServiceRequest).where(ServiceRequest.number == number)
    if lock:
        query = query.with_for_update()
    request = session.scalars(query).one_or_none()
    if request is None or not (is_staff(user) or request.user_id == user.id):
        raise not_found("request")
    return request


def owned_request(
    session: Session, number: str, user: User, *, lock: bool = False
) -> ServiceRequest:
    """Like `visible_request`, for actions only the request's citizen may take (403 for staff)."""
    request = visible_request(session, number, user, lock=lock)
    if request.user_id != user.id:
        raise ApiError(403, "owner_only", "only the citizen who made the request may do this")
    return request


def clean_text(field: str, value: str) -> str:
    """`value` stripped; 400 when it is blank or holds a NUL (PostgreSQL cannot store one)."""
    if "\x00" in value:
        raise invalid_field(field, "contains a NUL character")
    value = value.strip()
    if not value:
        raise invalid_field(field, "required")
    return value


@router.get(
    "/requests/{number}",
    response_model=RequestDetailOut,
    responses=errors(401, 404),
)
def get_request(
    number: str,
    user: CurrentUser,
    session: SessionDep,
    settings: SettingsDep,
    language: LanguageDep,
) -> dict:
    """Full detail and history (internal notes for staff only)."""
    return request_detail(visible_request(session, number, user), settings, language, user)


# --- photos ------------------------------------------------------------------------------------


def _whole_number(value: object) -> object:
    """JSON Schema counts 4.0 as an integer, strict pydantic does not: accept it, as 4.

    Only floats are touched; "4" and true stay errors, so the model is still strict.
    """
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


# The patterns put in the OpenAPI document what the routes check: some visible character,
# and no NUL (legal in JSON, refused by PostgreSQL in text).
TEXT = r"^[^\x00]*[^\x00\s][^\x00]*$"
NO_NUL = r"^[^\x00]*$"


class CommentIn(Strict):
    text: Annotated[str, Field(min_length=1, max_length=2000, pattern=TEXT)]


class RatingIn(Strict):
    stars: Annotated[int, Field(ge=1, le=5), BeforeValidator(_whole_number)]
    comment: Annotated[str, Field(max_length=2000, pattern=NO_NUL)] | None = None


class ReopenIn(Strict):
    reason: Annotated[str, Field(min_length=1, max_length=2000, pattern=TEXT)]


ACTION_ERRORS = errors(400, 401, 403, 404, 409, 422)


def citizen_action(
    session: Session,
    settings: Settings,
    language: str,
    user: User,
    number: str,
    scope: str,
    key: str | None,
    body: Strict,
    apply: Callable[[ServiceRequest], None],
) -> Response:
    """Run `apply` on the caller's own request once per Idempotency-Key; 201 with the detail."""

    def create() -> Response:
        target = owned_request(session, number, user, lock=True)
        apply(target)
        session.flush()
        return JSONResponse(request_detail(target, settings, language, user), 201)

    fingerprint = body_hash(body.model_dump_json())
    return run_once(session, f"{scope}:{user.id}:{number}", key, fingerprint, create)


@router.post(
    "/requests/{number}/comments",
    status_code=201,
    response_model=RequestDetailOut,
    responses=ACTION_ERRORS,
)
def add_comment(
    number: str,
    body: CommentIn,
    user: CurrentUser,
    session: SessionDep,
    settings: SettingsDep,
    language: LanguageDep,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    """The citizen adds a comment to the history: read by the municipality, never public."""
    text = clean_text("text", body.text)

    def apply(target: ServiceRequest) -> None:
        add_event(target, "comment", user, note=text, audience=CITIZEN)

    return citizen_action(
        session, settings, language, user, number, "comment", idempotency_key, body, apply
    )


@router.post(
    "/requests/{number}/rating",
    status_code=201,
    response_model=RequestDetailOut,
    responses=ACTION_ERRORS,
)
def rate(
    number: str,
    body: RatingIn,
    user: CurrentUser,
    session: SessionDep,
    settings: SettingsDep,
    language: LanguageDep,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    """Rate the result once the request is resolved or closed; a request is rated once."""
    comment = clean_text("comment", body.comment) if body.comment and body.comment.strip() else None

    def apply(target: ServiceRequest) -> None:
        if target.rating is not None:
            raise ApiError(409, "already_rated", "this request was already rated")
        if target.status not in ("resolved", "closed"):
            raise ApiError(
                409,
                "not_resolved",
                "only a resolved request can be rated",
                {"status": target.status},
            )
        target.rating = body.stars
        target.rating_comment = comment
        add_event(
            target, "rating", user, note=comment, audience=CITIZEN, data={"stars": body.stars}
        )

    return citizen_action(
        session, settings, language, user, number, "rating", idempotency_key, body, apply
    )


@router.post(
    "/requests/{number}/reopen",
    status_code=201,
    response_model=RequestDetailOut,
    responses=ACTION_ERRORS,
)
def reopen(
    number: str,
    body: ReopenIn,
    user: CurrentUser,
    session: SessionDep,
    settings: SettingsDep,
    language: LanguageDep,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    """The citizen says the problem is not solved: the request goes back to the municipality."""
    reason = clean_text("reason", body.reason)

    return citizen_action(
        session,
        settings,
        language,
        user,
        number,
        "reopen",
        idempotency_key,
        body,
        lambda target: reopen_request(target, user, reason),
    )


def reopen_request(target: ServiceRequest, user: User, reason: str) -> RequestEvent:
    """Send a resolved request back to the municipality with the citizen's reason (the reopening
    is public; the reason, the citizen's own words, is not)."""
    if target.status != "resolved" or target.reopen_count >= MAX_REOPENS:
        raise ApiError(
            409,
            "reopen_not_allowed",
            "only a resolved request can be reopened, and only so many times",
            {"max_reopens": MAX_REOPENS, "status": target.status},
        )
    target.reopen_count += 1
    return set_status(target, REOPENED_STATUS, user, reason, audience=CITIZEN, check=False)
