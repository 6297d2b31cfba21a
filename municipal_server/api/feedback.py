"""Kiosk visitors' satisfaction: "how was your visit?" with three faces, anonymous.

Only the municipality's own apps may answer (their `api_key`), so the counts are not open to
anyone on the internet; and since an app's key can be read out of it, each client address may
answer a limited number of times an hour (a hall's kiosks behind one address stay well under
it). That count lives in the server process's memory only: a row per answer in the database,
with its address and time, would undo the anonymity. Nothing that could identify the visitor
is stored (see VisitFeedback).
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from typing import Annotated, Literal
from zoneinfo import ZoneInfo

from fastapi import APIRouter
from pydantic import Field
from starlette.responses import Response

from municipal_server import ratelimit
from municipal_server.api.schemas import Strict, errors
from municipal_server.deps import ClientAddress, SessionDep, SettingsDep
from municipal_server.models import VisitFeedback
from municipal_server.text import LINE
from municipal_server.timeutil import utcnow
from municipal_server.tokens import find_api_key

router = APIRouter(tags=["feedback"])

ANSWERS_PER_HOUR = 120
WINDOW = 3600.0


class RecentAnswers:
    """Answers per client address in the last hour, in this process's memory only."""

    def __init__(self, limit: int, window: float, addresses: int = 10_000) -> None:
        self.limit, self.window, self.addresses = limit, window, addresses
        self._times: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def admit(self, address: str) -> float:
        """Count one answer from `address`; or, at the limit, the seconds until it may."""
        now = time.monotonic()
        with self._lock:
            times = self._times.setdefault(address, deque())
            while times and times[0] <= now - self.window:
                times.popleft()
            if len(times) >= self.limit:
                return times[0] + self.window - now
            times.append(now)
            if len(self._times) > self.addresses:  # forget addresses quiet for an hour
                for quiet in [a for a, t in self._times.items() if t[-1] <= now - self.window]:
                    del self._times[quiet]
            return 0.0


recent = RecentAnswers(ANSWERS_PER_HOUR, WINDOW)


class FeedbackIn(Strict):
    api_key: Annotated[str, Field(min_length=1, max_length=200), LINE]
    score: Literal[1, 2, 3]  # 1 not good, 2 acceptable, 3 good
    language: Literal["ar", "en", "fr"]


@router.post("/feedback", status_code=204, responses=errors(403, 422, 429))
def give_feedback(
    body: FeedbackIn, session: SessionDep, settings: SettingsDep, address: ClientAddress
) -> Response:
    """One visitor's answer at the end of a kiosk session; counted by day only."""
    find_api_key(session, body.api_key)
    if wait := recent.admit(address):
        message = "too many answers from this address; try again later"
        raise ratelimit.too_many(max(1, math.ceil(wait)), message)
    day = utcnow().astimezone(ZoneInfo(settings.timezone)).date()
    session.add(VisitFeedback(score=body.score, language=body.language, day=day))
    session.commit()
    return Response(status_code=204)
