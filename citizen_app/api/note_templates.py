"""Note templates from our /api/v1 extension: the public note a clerk starts from for each
status, in ar/en/fr, as the municipality's administrators wrote them. Blocking calls: run
them in background tasks."""

from __future__ import annotations

from citizen_app.api.accounts import Extensions

#: {status: {language: text}}
Templates = dict[str, dict[str, str]]


class NoteTemplatesApi:
    def __init__(self, extensions: Extensions) -> None:
        self.extensions = extensions

    def current(self) -> Templates:
        """For the clerk's note box (any staff member)."""
        return self.extensions._call("GET", "/clerk/note-templates")[0]["templates"]

    def for_admin(self) -> dict:
        """`templates` and `customised` (the statuses an administrator has written)."""
        return self.extensions._call("GET", "/admin/note-templates")[0]

    def save(self, templates: Templates) -> dict:
        body = {"templates": templates}
        return self.extensions._call("PUT", "/admin/note-templates", json=body)[0]
