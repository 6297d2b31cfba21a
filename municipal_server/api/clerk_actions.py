"""What a clerk does to one request; each action is a history event and honours
Idempotency-Key, and answers with the updated detail so the queue row updates in place."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, Literal

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.responses import Response

from municipal_server.api.requests import visible_request
from municipal_server.api.schemas import Strict, errors
from municipal_server.api.serialize import request_detail
from municipal_server.config import Settings
from municipal_server.deps import ClerkUser, IdempotencyKey, LanguageDep, SessionDep, SettingsDep
from municipal_server.errors import ApiError, date_param, invalid_field
from municipal_server.idempotency import body_hash, run_once
from municipal_server.models import ServiceRequest, User
from municipal_server.statuses import CAN_BE_DUPLICATE, STATUSES, TRANSITIONS
from municipal_server.workflow import add_event, refresh_search_text, set_status

# Ids are INTEGER columns: a larger number is simply not found (PostgreSQL would overflow).
MAX_ID = 2**31 - 1

router = APIRouter(prefix="/clerk", tags=["clerk"])
Detail = dict[str, Any]
Note = Annotated[str, Field(max_length=4000)]
ACTION_ERRORS = errors(401, 403, 404, 409, 422)


class StatusIn(Strict):
    status: Literal[STATUSES]  # type: ignore[valid-type]
    note: Note | None = None


class NoteIn(Strict):
    note: Annotated[str, Field(min_length=1, max_length=4000)]


class AssignIn(Strict):
    assignee_id: int | Literal["me"] | None


class DuplicateIn(Strict):
    of: Annotated[str, Field(min_length=1, max_length=32)]
    note: Note | None = None


class ExpectedIn(Strict):
    expected_datetime: Annotated[str, Field(max_length=40)]


class ClerkOut(BaseModel):
    id: int
    name: str
    department: str | None
    role: str


class TransitionsOut(BaseModel):
    status: str
    allowed: list[str]


def _act(
    session: Session,
    settings: Settings,
    language: str,
    clerk: User,
    number: str,
    action: str,
    key: str | None,
    body: BaseModel,
    apply: Callable[[ServiceRequest], None],
) -> Response:
    target = visible_request(session, number, clerk)

    def create() -> Response:
        apply(target)
        refresh_search_text(target)
        session.flush()
        return JSONResponse(request_detail(target, settings, language, clerk))

    fingerprint = body_hash(body.model_dump_json())
    return run_once(session, f"clerk:{action}:{clerk.id}:{target.id}", key, fingerprint, create)


@router.get("/clerks", response_model=list[ClerkOut], responses=errors(401, 403))
def clerks(clerk: ClerkUser, session: SessionDep) -> list[ClerkOut]:
    """Staff a request can be assigned to."""
    rows = session.scalars(
        select(User).where(User.role.in_(("clerk", "admin")), User.is_active).order_by(User.name)
    )
    return [ClerkOut(id=u.id, name=u.name, department=u.department, role=u.role) for u in rows]


@router.get(
    "/requests/{number}/transitions",
    response_model=TransitionsOut,
    responses=errors(401, 403, 404),
)
def transitions(number: str, clerk: ClerkUser, session: SessionDep) -> TransitionsOut:
    """The statuses this request may move to now (the UI offers only these)."""
    target = visible_request(session, number, clerk)
    return TransitionsOut(status=target.status, allowed=sorted(TRANSITIONS[target.status]))


@router.post("/requests/{number}/status", response_model=Detail, responses=ACTION_ERRORS)
def change_status(
    number: str,
    body: StatusIn,
    clerk: ClerkUser,
    session: SessionDep,
    settings: SettingsDep,
    language: LanguageDep,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    """Move the request on, with a public note the citizen sees."""
    note = (body.note or "").strip() or None
    return _act(
        session,
        settings,
        language,
        clerk,
        number,
        "status",
        idempotency_key,
        body,
        lambda r: set_status(r, body.status, clerk, note),
    )


@router.post("/requests/{number}/notes", response_model=Detail, responses=ACTION_ERRORS)
def add_note(
    number: str,
    body: NoteIn,
    clerk: ClerkUser,
    session: SessionDep,
    settings: SettingsDep,
    language: LanguageDep,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    """An internal note: staff only, never shown to the citizen or in Open311."""
    text = body.note.strip()
    if not text:
        raise invalid_field("note", "required")
    return _act(
        session,
        settings,
        language,
        clerk,
        number,
        "note",
        idempotency_key,
        body,
        lambda r: add_event(r, "note", clerk, note=text, public=False),
    )


@router.post("/requests/{number}/assign", response_model=Detail, responses=ACTION_ERRORS)
def assign(
    number: str,
    body: AssignIn,
    clerk: ClerkUser,
    session: SessionDep,
    settings: SettingsDep,
    language: LanguageDep,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    """Assign to me, to another clerk, or to nobody (null)."""
    assignee: User | None = None
    if body.assignee_id == "me":
        assignee = clerk
    elif body.assignee_id is not None:
        assignee = session.get(User, body.assignee_id) if 0 < body.assignee_id <= MAX_ID else None
        if assignee is None or assignee.role not in ("clerk", "admin") or not assignee.is_active:
            raise invalid_field("assignee_id", "not a clerk")

    def apply(r: ServiceRequest) -> None:
        r.assignee_id = assignee.id if assignee else None
        add_event(
            r,
            "assign",
            clerk,
            public=False,
            data={"assignee_id": r.assignee_id, "assignee": assignee.name if assignee else None},
        )

    return _act(session, settings, language, clerk, number, "assign", idempotency_key, body, apply)


@router.post("/requests/{number}/duplicate", response_model=Detail, responses=ACTION_ERRORS)
def mark_duplicate(
    number: str,
    body: DuplicateIn,
    clerk: ClerkUser,
    session: SessionDep,
    settings: SettingsDep,
    language: LanguageDep,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    """Close the request as a duplicate of another one, which the citizen can then follow."""
    original = session.scalars(
        select(ServiceRequest).where(ServiceRequest.number == body.of.strip())
    ).one_or_none()
    if original is None or original.number == number:
        raise invalid_field("of", "not another existing request")
    if original.status == "duplicate":
        raise invalid_field("of", "is itself a duplicate", original=original.duplicate_of_id)

    def apply(r: ServiceRequest) -> None:
        if r.status not in CAN_BE_DUPLICATE:
            raise ApiError(
                409,
                "transition_not_allowed",
                f"cannot move a request from {r.status} to duplicate",
                {"from": r.status, "to": "duplicate"},
            )
        r.duplicate_of_id = original.id
        event = set_status(r, "duplicate", clerk, (body.note or "").strip() or None, check=False)
        event.data = {"duplicate_of": original.number}

    return _act(
        session, settings, language, clerk, number, "duplicate", idempotency_key, body, apply
    )


@router.post("/requests/{number}/expected", response_model=Detail, responses=ACTION_ERRORS)
def set_expected(
    number: str,
    body: ExpectedIn,
    clerk: ClerkUser,
    session: SessionDep,
    settings: SettingsDep,
    language: LanguageDep,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    """Set the date the citizen can expect the work to be done."""
    expected = date_param("expected_datetime", body.expected_datetime)
    if expected is None:
        raise invalid_field("expected_datetime", "required")

    def apply(r: ServiceRequest) -> None:
        r.expected_at = expected
        add_event(r, "expected", clerk, data={"expected_datetime": body.expected_datetime})

    return _act(
        session, settings, language, clerk, number, "expected", idempotency_key, body, apply
    )
