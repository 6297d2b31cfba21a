"""The service catalogue, administered in the app: departments, services and their questions.

The bodies are the catalogue document's parts (docs/admin-catalogue.md; municipal_server.
catalogue.document checks them and names every mistake with its path, in the caller's
language). A change is saved with its audit entry, moves discovery's changeset, and is seen
by every server process on its next request (nothing of the catalogue is cached in a process).
Editing a service's questions makes a new version; requests keep the one they were made with.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, Response
from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session

from municipal_server.api.schemas import ErrorDetail, errors
from municipal_server.catalogue import store
from municipal_server.catalogue.document import Checker, check_document
from municipal_server.catalogue.messages import Problem
from municipal_server.deps import AdminUser, LanguageDep, SessionDep
from municipal_server.errors import ApiError
from municipal_server.models import ServiceGroup

router = APIRouter(prefix="/admin", tags=["administration"])

Texts = dict[str, str]


class ValueDoc(BaseModel):
    key: str
    names: Texts


class AttributeDoc(BaseModel):
    code: str
    datatype: Literal["string", "number", "datetime", "text", "singlevaluelist", "multivaluelist"]
    #: false: an information line, which takes no answer
    variable: bool
    required: bool
    order: int
    #: the question
    descriptions: Texts
    #: the help text
    datatype_descriptions: Texts
    values: list[ValueDoc]


class GroupDoc(BaseModel):
    code: str
    names: Texts
    order: int


class ServiceDoc(BaseModel):
    code: str
    group: str
    names: Texts
    descriptions: Texts
    keywords: Texts
    type: Literal["realtime", "batch"]
    needs_location: bool
    target_days: int
    visibility: Literal["public", "private"]
    active: bool
    order: int
    #: the current version of the questions (read only; it grows when they change)
    version: int
    attributes: list[AttributeDoc]


class CatalogueDoc(BaseModel):
    format: int
    groups: list[GroupDoc]
    services: list[ServiceDoc]


class ProblemOut(BaseModel):
    #: where in the body, e.g. `services[0].attributes[2].values`
    path: str
    #: a stable machine code, e.g. `arabic_missing`, `duplicate`, `values_missing`
    code: str
    #: in the caller's language (Accept-Language or locale: ar, en, fr)
    message: str


class CheckOut(BaseModel):
    errors: list[ProblemOut]


class InvalidOut(BaseModel):
    """422: every mistake of the body (in `errors`), the first also as the usual `error`."""

    error: ErrorDetail
    errors: list[ProblemOut] = []


class CatalogueInvalid(ApiError):
    def __init__(self, problems: list[Problem], language: str) -> None:
        self.problems = [p.as_json(language) for p in problems]
        first = self.problems[0]
        super().__init__(
            422,
            "invalid_catalogue",
            f"{first['path']}: {first['message']}",
            {"count": len(problems)},
        )

    def body(self) -> dict[str, Any]:
        return {**super().body(), "errors": self.problems}


INVALID = {422: {"model": InvalidOut}}
JsonObject = Annotated[
    dict[str, Any],
    Body(description="A part of the catalogue document, as docs/admin-catalogue.md describes"),
]


def _groups(session: Session) -> set[str]:
    return set(session.scalars(select(ServiceGroup.code)))


@router.get("/catalogue", response_model=CatalogueDoc, responses=errors(401, 403))
def get_catalogue(admin: AdminUser, session: SessionDep) -> dict[str, Any]:
    """The whole catalogue, retired services included, each service with its `version`."""
    return store.export_document(session)


@router.post(
    "/catalogue/check",
    response_model=CheckOut,
    responses={**errors(401, 403), **INVALID},
)
def check_catalogue(body: JsonObject, admin: AdminUser, language: LanguageDep) -> CheckOut:
    """Every mistake of a whole document, each with its path; changes nothing (an empty list:
    the document would import)."""
    _, problems = check_document(body)
    return CheckOut(errors=[ProblemOut(**p.as_json(language)) for p in problems])


@router.put(
    "/groups/{code}",
    response_model=GroupDoc,
    status_code=200,
    responses={201: {"model": GroupDoc, "description": "Created"}, **errors(401, 403), **INVALID},
)
def put_group(
    code: str,
    body: JsonObject,
    response: Response,
    admin: AdminUser,
    session: SessionDep,
    language: LanguageDep,
) -> dict[str, Any]:
    """Create (201) or update (200) a department: `{"names": {"ar": …}, "order": n}`."""
    checker = Checker()
    group = checker.group(body, "", code)
    if checker.problems or group is None:
        raise CatalogueInvalid(checker.problems, language)
    change = store.save_group(session, group, admin)
    if change:
        store.changed(session)
    session.commit()
    if change == "created":
        response.status_code = 201
    return group


@router.put(
    "/services/{code}",
    response_model=ServiceDoc,
    status_code=200,
    responses={
        201: {"model": ServiceDoc, "description": "Created"},
        **errors(401, 403),
        **INVALID,
    },
)
def put_service(
    code: str,
    body: JsonObject,
    response: Response,
    admin: AdminUser,
    session: SessionDep,
    language: LanguageDep,
) -> dict[str, Any]:
    """Create (201) or update (200) a service; `"active": false` retires it (gone from the
    catalogue, its requests stay). Changed questions make a new `version`."""
    checker = Checker()
    data = checker.service(body, "", _groups(session), code)
    if checker.problems or data is None:
        raise CatalogueInvalid(checker.problems, language)
    change, service = store.save_service(session, data, admin)
    if change:
        store.changed(session)
    session.commit()
    if change == "created":
        response.status_code = 201
    return store.service_json(service)
