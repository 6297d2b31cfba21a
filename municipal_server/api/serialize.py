"""JSON shapes of requests under /api/v1 (private detail; never used by Open311 routes).

The functions build plain dicts (fast, and shared by several routers); the pydantic models
below describe the same shapes for the OpenAPI document, so that clients and the schema fuzzer
know what a request's detail holds.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel

from municipal_server.accounts import STAFF_ROLES
from municipal_server.audience import PUBLIC, citizen_note, citizen_sees
from municipal_server.catalogue.answers import answers
from municipal_server.config import Settings
from municipal_server.i18n import localized
from municipal_server.models import Attachment, RequestEvent, ServiceRequest, User
from municipal_server.statuses import open311_status
from municipal_server.targets import is_overdue
from municipal_server.timeutil import to_w3c, utcnow


def _actor(event: RequestEvent, viewer: User) -> dict[str, Any] | None:
    if event.actor is None:
        return None
    if viewer.role in STAFF_ROLES:
        return {"id": event.actor.id, "name": event.actor.name, "role": event.actor.role}
    # Citizens see who acted by role, and their own name.
    if event.actor.id == viewer.id:
        return {"id": viewer.id, "name": viewer.name, "role": viewer.role}
    return {"role": event.actor.role}


def event_json(event: RequestEvent, settings: Settings, viewer: User) -> dict[str, Any]:
    """One line of the history as `viewer` may read it: staff read every note, the citizen the
    notes written for them or for everyone (a status change with a staff-only note shows the
    change without the note)."""
    staff = viewer.role in STAFF_ROLES
    return {
        "id": event.id,
        "at": to_w3c(event.at, settings.timezone),
        "kind": event.kind,
        "status": event.status,
        "note": event.note if staff else citizen_note(event),
        "audience": event.audience,
        "public": event.audience == PUBLIC,
        "data": event.data or {},
        "actor": _actor(event, viewer),
    }


def request_summary(request: ServiceRequest, settings: Settings, language: str) -> dict[str, Any]:
    service = request.service
    return {
        "id": request.number,
        "service_code": service.code,
        "service_name": localized(service.names, language),
        "group": service.group,
        "status": request.status,
        "open311_status": open311_status(request.status),
        "description": request.description,
        "address": request.address,
        "lat": request.lat,
        "long": request.long,
        "requested_datetime": to_w3c(request.requested_at, settings.timezone),
        "updated_datetime": to_w3c(request.updated_at, settings.timezone),
        "expected_datetime": to_w3c(request.expected_at, settings.timezone),
        "overdue": is_overdue(request, utcnow()),
        "resolved_datetime": to_w3c(request.resolved_at, settings.timezone),
        "assignee": (
            {"id": request.assignee.id, "name": request.assignee.name} if request.assignee else None
        ),
        "duplicate_of": request.duplicate_of.number if request.duplicate_of else None,
        "rating": request.rating,
        "reopen_count": request.reopen_count,
        "visibility": service.visibility,
    }


def request_detail(
    request: ServiceRequest, settings: Settings, language: str, viewer: User
) -> dict[str, Any]:
    """Everything the viewer may see: clerks also get contact details and internal notes."""
    body = request_summary(request, settings, language)
    is_staff = viewer.role in STAFF_ROLES
    body["attributes"] = request.attributes or {}
    body["answers"] = answers(request, language)
    body["address_id"] = request.address_id
    body["media_url"] = request.media_url
    body["rating_comment"] = request.rating_comment
    body["events"] = [
        event_json(e, settings, viewer) for e in request.events if is_staff or citizen_sees(e)
    ]
    body["attachments"] = [attachment_json(a) for a in request.attachments]
    body["fixed_check"] = {
        "asked_at": to_w3c(request.fixed_asked_at, settings.timezone),
        "answered": request.fixed_answer,
        "answered_at": to_w3c(request.fixed_answered_at, settings.timezone),
    }
    body["contact"] = {
        "first_name": request.first_name,
        "last_name": request.last_name,
        "email": request.email,
        "phone": request.phone,
        "account": ({"id": request.user.id, "name": request.user.name} if request.user else None),
    }
    return body


def attachment_json(attachment: Attachment) -> dict[str, Any]:
    return {
        "id": attachment.id,
        "url": f"/api/v1/attachments/{attachment.id}",
        "content_type": attachment.content_type,
        "width": attachment.width,
        "height": attachment.height,
        "size": attachment.size,
    }


class AttachmentOut(BaseModel):
    id: int
    url: str
    content_type: str
    width: int
    height: int
    size: int


class ActorOut(BaseModel):
    id: int | None = None
    name: str | None = None
    role: str


class EventOut(BaseModel):
    id: int
    at: str | None
    kind: str
    status: str | None
    note: str | None
    #: who may read the note: staff (only), citizen (the request's citizen and staff), public
    audience: Literal["staff", "citizen", "public"]
    #: audience == "public" (kept for clients written before `audience`)
    public: bool
    data: dict[str, Any]
    actor: ActorOut | None


class AnswerOut(BaseModel):
    """One answer, labelled with the questions of the service version the request was made
    with (editing the service later never changes how it reads)."""

    code: str
    #: the question in the caller's language
    question: str
    datatype: str
    #: as stored: a string, or a list of keys (multivaluelist)
    value: Any
    #: the value's label(s) in the caller's language, list labels joined by "، "
    shown: str


class AccountRef(BaseModel):
    id: int
    name: str


class ContactOut(BaseModel):
    first_name: str | None
    last_name: str | None
    email: str | None
    phone: str | None
    account: AccountRef | None


class FixedCheckOut(BaseModel):
    """ "Is it fixed?": `asked_at` is when the citizen was asked (null: not yet); `answered` is
    their answer (true: fixed, false: not fixed, null: no answer yet)."""

    asked_at: str | None
    answered: bool | None
    answered_at: str | None


class RequestDetailOut(BaseModel):
    """What `request_detail` returns."""

    id: str | None
    service_code: str
    service_name: str
    group: str
    status: str
    open311_status: str
    description: str
    address: str | None
    lat: float | None
    long: float | None
    requested_datetime: str | None
    updated_datetime: str | None
    expected_datetime: str | None
    overdue: bool
    resolved_datetime: str | None
    assignee: AccountRef | None
    duplicate_of: str | None
    rating: int | None
    reopen_count: int
    #: the service's: public (open data in Open311) or private (only the citizen and staff)
    visibility: Literal["public", "private"]
    attributes: dict[str, Any]
    answers: list[AnswerOut]
    address_id: str | None
    media_url: str | None
    rating_comment: str | None
    events: list[EventOut]
    attachments: list[AttachmentOut]
    contact: ContactOut
    fixed_check: FixedCheckOut
