"""What a clerk does to one request.

Each action is one history event, honours Idempotency-Key (a retried tap on a slow line must
not add a second note or status change) and answers with the updated detail, so the client can
update the row in place without another round trip.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, Literal

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.responses import Response

from municipal_server.accounts import STAFF_ROLES
from municipal_server.api.clerk_inputs import find_request, moment, text
from municipal_server.api.schemas import Strict, errors
from municipal_server.api.serialize import request_detail
from municipal_server.arabic import ascii_digits
from municipal_server.audience import PUBLIC, STAFF, Audience
from municipal_server.config import Settings
from municipal_server.deps import ClerkUser, IdempotencyKey, LanguageDep, SessionDep, SettingsDep
from municipal_server.errors import ApiError, invalid_field
from municipal_server.idempotency import body_hash, run_once
from municipal_server.models import ServiceRequest, User
from municipal_server.notifications import queue as notifications
from municipal_server.statuses import CAN_BE_DUPLICATE, STATUSES, TRANSITIONS
from municipal_server.text import LINE
from municipal_server.timeutil import to_w3c
from municipal_server.workflow import add_event, refresh_search_text, set_status

router = APIRouter(prefix="/clerk", tags=["clerk"])
Detail = dict[str, Any]
Note = Annotated[str, Field(max_length=4000)]
ACTION_ERRORS = errors(400, 401, 403, 404, 409, 422)


# Who will read the note the clerk types (audience.py): "staff" only, the request's "citizen",
# or "public" (everyone; in the Open311 feed when the service is public).
NoteAudience = Annotated[
    Audience, Field(description="Who may read the note: staff, citizen or public (everyone).")
]


class StatusIn(Strict):
    status: Literal[STATUSES]  # type: ignore[valid-type]
    note: Note | None = None
    audience: NoteAudience = PUBLIC


class NoteIn(Strict):
    note: Annotated[str, Field(min_length=1, max_length=4000)]
    audience: NoteAudience = STAFF


class AssignIn(Strict):
    assignee_id: int | Literal["me"] | None


class DuplicateIn(Strict):
    of: Annotated[str, Field(min_length=1, max_length=32), LINE]
    note: Note | None = None
    audience: NoteAudience = PUBLIC


class ExpectedIn(Strict):
    expected_datetime: Annotated[str, Field(min_length=1, max_length=40), LINE]


class ClerkOut(BaseModel):
    id: int
    name: str
    department: str | None
    role: str


class TransitionsOut(BaseModel):
    status: str
    allowed: list[str]


def _note(value: str | None) -> str | None:
    """A note as stored: trimmed, and None when there is nothing left to say."""
    return (text("note", value) or "").strip() or None


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
    """Apply one action exactly once per Idempotency-Key and answer with the new detail; what
    the citizen is told about it (notifications.queue) is queued in the same transaction."""
    target = find_request(session, number)

    def create() -> Response:
        known = len(target.events)
        apply(target)
        refresh_search_text(target)
        session.flush()
        # The citizen's e-mail/SMS is queued in this very transaction: both or neither.
        for event in target.events[known:]:
            notifications.for_event(session, settings, target, event)
        return JSONResponse(request_detail(target, settings, language, clerk))

    fingerprint = body_hash(body.model_dump_json())
    return run_once(session, f"clerk:{action}:{clerk.id}:{target.id}", key, fingerprint, create)


@router.get("/clerks", response_model=list[ClerkOut], responses=errors(401, 403))
def clerks(clerk: ClerkUser, session: SessionDep) -> list[ClerkOut]:
    """Active staff, for the assign menu."""
    rows = session.scalars(
        select(User).where(User.role.in_(STAFF_ROLES), User.is_active).order_by(User.name, User.id)
    )
    return [ClerkOut(id=u.id, name=u.name, department=u.department, role=u.role) for u in rows]


@router.get(
    "/requests/{number}/transitions",
    response_model=TransitionsOut,
    responses=errors(401, 403, 404),
)
def transitions(number: str, clerk: ClerkUser, session: SessionDep) -> TransitionsOut:
    """The statuses this request may move to now, so the UI offers only those."""
    target = find_request(session, number)
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
    """Move the request on (409 transition_not_allowed otherwise). The new status is known to
    the citizen (and public for a public service); the note goes to `audience` (default
    everyone)."""
    note = _note(body.note)
    return _act(
        session,
        settings,
        language,
        clerk,
        number,
        "status",
        idempotency_key,
        body,
        lambda r: set_status(r, body.status, clerk, note, audience=body.audience),
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
    """A note without a status change, for `audience`: staff only (the default), the citizen
    (who is told of it), or everyone (also in Open311 for a public service)."""
    note = _note(body.note)
    if note is None:
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
        lambda r: add_event(r, "note", clerk, note=note, audience=body.audience),
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
    """Assign to me, to another active staff member (422 otherwise), or to nobody (null)."""
    assignee: User | None = None
    if body.assignee_id == "me":
        assignee = clerk
    elif body.assignee_id is not None:
        # Ids beyond the 32-bit id column cannot exist; asking PostgreSQL would be an error.
        if 0 < body.assignee_id < 2**31:
            assignee = session.get(User, body.assignee_id)
        if assignee is None or assignee.role not in STAFF_ROLES or not assignee.is_active:
            raise ApiError(
                422,
                "invalid_assignee",
                "requests can be assigned only to active staff",
                {"field": "assignee_id", "assignee_id": body.assignee_id},
            )

    def apply(r: ServiceRequest) -> None:
        r.assignee = assignee
        add_event(
            r,
            "assign",
            clerk,
            audience=STAFF,
            data={
                "assignee_id": assignee.id if assignee else None,
                "assignee": assignee.name if assignee else None,
            },
        )

    return _act(session, settings, language, clerk, number, "assign", idempotency_key, body, apply)


def _duplicate_target(session: Session, of: str, number: str) -> ServiceRequest:
    """The request `of` names: it must exist, be another one and not be a duplicate itself
    (so a citizen following the link always lands on the request that is being handled)."""
    wanted = ascii_digits(text("of", of) or "").strip().upper()
    original = session.scalars(
        select(ServiceRequest).where(ServiceRequest.number == wanted)
    ).one_or_none()
    reason = None
    if original is None:
        reason = "not_found"
    elif original.number == number:
        reason = "same_request"
    elif original.status == "duplicate":
        reason = "is_duplicate"
    if original is None or reason is not None:
        raise ApiError(
            422,
            "invalid_duplicate_target",
            f"{wanted} cannot be the original of {number} ({reason})",
            {"field": "of", "reason": reason, "of": wanted},
        )
    return original


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
    """Close an open request as a duplicate of another one, with an optional note for
    `audience` (default everyone)."""
    note = _note(body.note)
    find_request(session, number)  # 404 before any complaint about the body
    original = _duplicate_target(session, body.of, number)

    def apply(r: ServiceRequest) -> None:
        if r.status not in CAN_BE_DUPLICATE:
            raise ApiError(
                409,
                "transition_not_allowed",
                f"cannot move a request from {r.status} to duplicate",
                {"from": r.status, "to": "duplicate"},
            )
        r.duplicate_of = original
        event = set_status(r, "duplicate", clerk, note, audience=body.audience, check=False)
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
    """Set when the citizen can expect the work done (a public event; drives `overdue`)."""
    expected = moment("expected_datetime", body.expected_datetime, bounded=True)
    if expected is None:
        raise invalid_field("expected_datetime", "required")

    def apply(r: ServiceRequest) -> None:
        r.expected_at = expected
        shown = to_w3c(expected, settings.timezone)
        add_event(r, "expected", clerk, audience=PUBLIC, data={"expected_datetime": shown})

    return _act(
        session, settings, language, clerk, number, "expected", idempotency_key, body, apply
    )
