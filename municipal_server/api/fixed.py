""" "Is it fixed?": the citizen's answer about a resolved request.

`fixed: true` closes the request (the citizen confirms the result; rating stays possible);
`fixed: false` reopens it with the citizen's reason as a status note for the municipality
(never public: the citizen's words stay private), exactly as
POST .../reopen does (so the same limit applies: 409 `reopen_not_allowed` once used up). One
answer per request (409 `already_answered`), only while it is resolved (409 `not_resolved`).
The question itself is sent by the notification worker (notifications/fixed_check.py); the
citizen may answer before it comes.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter
from pydantic import Field
from starlette.responses import Response

from municipal_server.api.requests import (
    ACTION_ERRORS,
    NO_NUL,
    IdempotencyKey,
    citizen_action,
    reopen_request,
)
from municipal_server.api.schemas import Strict
from municipal_server.api.serialize import RequestDetailOut
from municipal_server.audience import CITIZEN
from municipal_server.deps import CurrentUser, LanguageDep, SessionDep, SettingsDep
from municipal_server.errors import ApiError
from municipal_server.models import ServiceRequest
from municipal_server.timeutil import utcnow
from municipal_server.workflow import set_status

router = APIRouter(tags=["requests"])


class FixedIn(Strict):
    fixed: bool
    reason: Annotated[str, Field(max_length=2000, pattern=NO_NUL)] | None = None


@router.post(
    "/requests/{number}/fixed",
    status_code=201,
    response_model=RequestDetailOut,
    responses=ACTION_ERRORS,
)
def answer_fixed(
    number: str,
    body: FixedIn,
    user: CurrentUser,
    session: SessionDep,
    settings: SettingsDep,
    language: LanguageDep,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    """The citizen says whether the result is good (owner only; 422 `reason_required` when
    `fixed` is false without a reason). Answers with the request's detail, `fixed_check`
    included."""
    reason = (body.reason or "").strip() or None
    if not body.fixed and reason is None:
        raise ApiError(
            422,
            "reason_required",
            "say what is still wrong when the result is not good",
            {"field": "reason"},
        )

    def apply(target: ServiceRequest) -> None:
        if target.fixed_answer is not None:
            raise ApiError(
                409,
                "already_answered",
                "this request's result was already confirmed or refused",
                {"answered": target.fixed_answer},
            )
        if target.status != "resolved":
            raise ApiError(
                409,
                "not_resolved",
                "only a resolved request can be confirmed",
                {"status": target.status},
            )
        if body.fixed:
            event = set_status(target, "closed", user, reason, audience=CITIZEN, check=False)
        else:
            event = reopen_request(target, user, reason or "")
        event.data = {"fixed": body.fixed}
        target.fixed_answer = body.fixed
        target.fixed_answered_at = utcnow()

    return citizen_action(
        session, settings, language, user, number, "fixed", idempotency_key, body, apply
    )
