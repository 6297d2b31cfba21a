"""Note templates: the public note a clerk starts from for each status, in ar/en/fr, kept on
the server so that every clerk uses the same words. Administrators edit them; every staff
member reads them (the clerk's note box). Supervisors do not edit them: the notes speak to
citizens for the whole municipality, and one wording per status is the point."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter
from pydantic import BaseModel, Field

from municipal_server import audit
from municipal_server import note_templates as templates
from municipal_server.api.schemas import Strict, errors
from municipal_server.deps import AdminUser, ClerkUser, SessionDep
from municipal_server.errors import invalid_field
from municipal_server.i18n import LANGUAGES
from municipal_server.statuses import STATUSES

router = APIRouter(tags=["administration"])

Text = Annotated[str, Field(max_length=templates.MAX_TEXT)]


class TemplatesIn(Strict):
    #: {status: {language: text}}; statuses not given keep their templates
    templates: Annotated[dict[str, dict[str, Text]], Field(max_length=len(STATUSES))]


class TemplatesOut(BaseModel):
    #: every status, every language ("" where there is no template)
    templates: dict[str, dict[str, str]]
    #: the statuses an administrator has written (the others use the built-in texts)
    customised: list[str]


def _out(session) -> TemplatesOut:
    return TemplatesOut(
        templates=templates.current(session), customised=templates.customised(session)
    )


@router.get("/clerk/note-templates", response_model=TemplatesOut, responses=errors(401, 403))
def clerk_templates(clerk: ClerkUser, session: SessionDep) -> TemplatesOut:
    """The templates the clerk's note box offers when a status is chosen."""
    return _out(session)


@router.get("/admin/note-templates", response_model=TemplatesOut, responses=errors(401, 403))
def admin_templates(admin: AdminUser, session: SessionDep) -> TemplatesOut:
    """The templates, for the administrator to edit."""
    return _out(session)


@router.put(
    "/admin/note-templates", response_model=TemplatesOut, responses=errors(400, 401, 403, 422)
)
def put_templates(body: TemplatesIn, admin: AdminUser, session: SessionDep) -> TemplatesOut:
    """Save the templates of the statuses given, in ar/en/fr; texts equal to the built-in ones
    go back to following them."""
    for status, texts in body.templates.items():
        if status not in STATUSES:
            raise invalid_field(f"templates.{status}", "status", allowed=list(STATUSES))
        for language in texts:
            if language not in LANGUAGES:
                raise invalid_field(
                    f"templates.{status}.{language}", "language", allowed=list(LANGUAGES)
                )
    before = templates.current(session)
    templates.save(session, body.templates)
    session.flush()
    after = templates.current(session)
    changed = sorted(s for s in STATUSES if before[s] != after[s])
    if changed:
        audit.record(
            session,
            admin,
            "note_templates.update",
            "note templates: " + ", ".join(changed),
            {s: before[s] for s in changed},
            {s: after[s] for s in changed},
        )
    session.commit()
    return _out(session)
