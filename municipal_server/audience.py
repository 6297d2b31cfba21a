"""Who may read what: a service's visibility and a history event's audience, in one place.

A service is a public issue (a pothole: its requests, locations and public notes are open data
in the Open311 feed) or a private transaction (a certificate, a permit enquiry: only the citizen
and staff ever see it). Each line of a request's history has an audience for its note: staff
only, the request's citizen (and staff), or everyone. What a citizen writes after the first
description (comments, reopen reasons, answers, rating comments) is for the municipality, never
public. Every answer that shows a request asks these functions, so no route decides alone.
"""

from __future__ import annotations

from typing import Literal

from sqlalchemy import ColumnElement

from municipal_server.models import RequestEvent, Service

PUBLIC_SERVICE, PRIVATE_SERVICE = "public", "private"
VISIBILITIES = (PUBLIC_SERVICE, PRIVATE_SERVICE)

STAFF, CITIZEN, PUBLIC = "staff", "citizen", "public"
AUDIENCES = (STAFF, CITIZEN, PUBLIC)
Audience = Literal["staff", "citizen", "public"]

# Facts about the request that its citizen (and, for a public service, everyone) always learns,
# whatever the audience of the note that came with them: the status and the expected date.
FACTS = ("status", "expected")


def in_public_feed() -> ColumnElement[bool]:
    """The SQL condition "this request's service is public" (for Open311 lists and lookups)."""
    return Service.visibility == PUBLIC_SERVICE


def citizen_reads_note(event: RequestEvent) -> bool:
    return event.audience in (CITIZEN, PUBLIC)


def citizen_sees(event: RequestEvent) -> bool:
    """The request's citizen sees this line of the history (perhaps without its note)."""
    return citizen_reads_note(event) or event.kind in FACTS


def public_sees(event: RequestEvent) -> bool:
    """Open311 shows this line (of a public service's request), perhaps without its note:
    the facts, and a clerk's note written for everyone."""
    return event.kind in FACTS or (event.kind == "note" and event.audience == PUBLIC)


def public_note(event: RequestEvent) -> str | None:
    """The note as the public may read it: only a note written for everyone."""
    return event.note if event.audience == PUBLIC else None


def citizen_note(event: RequestEvent) -> str | None:
    return event.note if citizen_reads_note(event) else None
