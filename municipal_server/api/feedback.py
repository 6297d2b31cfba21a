"""Kiosk visitors' satisfaction: "how was your visit?" with three faces, anonymous.

Only the municipality's own apps may answer (their `api_key`), so the counts are not open to
anyone on the internet; and since an app's key can be read out of it, each client address may
answer a limited number of times an hour (a hall's kiosks behind one address stay well under
it). Nothing that could identify the visitor is stored (see VisitFeedback).
"""

from __future__ import annotations

from typing import Annotated, Literal
from zoneinfo import ZoneInfo

from fastapi import APIRouter
from pydantic import Field
from starlette.responses import Response

from municipal_server import ratelimit
from municipal_server.api.schemas import Strict, errors
from municipal_server.deps import ClientAddress, SessionDep, SettingsDep
from municipal_server.models import VisitFeedback
from municipal_server.timeutil import utcnow
from municipal_server.tokens import find_api_key

router = APIRouter(tags=["feedback"])

ANSWERS_PER_HOUR = 120


class FeedbackIn(Strict):
    api_key: Annotated[str, Field(min_length=1, max_length=200)]
    score: Literal[1, 2, 3]  # 1 not good, 2 acceptable, 3 good
    language: Literal["ar", "en", "fr"]


@router.post("/feedback", status_code=204, responses=errors(403, 422, 429))
def give_feedback(
    body: FeedbackIn, session: SessionDep, settings: SettingsDep, address: ClientAddress
) -> Response:
    """One visitor's answer at the end of a kiosk session; counted by day only."""
    find_api_key(session, body.api_key)
    limit_key = ratelimit.address_key(address, "feedback")
    ratelimit.check(session, [(limit_key, ANSWERS_PER_HOUR)], 3600)
    ratelimit.record(session, [limit_key])
    day = utcnow().astimezone(ZoneInfo(settings.timezone)).date()
    session.add(VisitFeedback(score=body.score, language=body.language, day=day))
    session.commit()
    return Response(status_code=204)
