"""The clerk's actions on the request the detail panel shows (a mixin of DetailPanel): each
runs in the background with its own Idempotency-Key, kept until it succeeds, and the panel and
the queue row show the request as the server now has it."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from citizen_app.ui.advice import advice
from citizen_app.ui.tasks import run_task


class DetailActions:
    """Needs DetailPanel's api, templates, detail, definition, fields, message, actions and
    `changed`."""

    def _on_status_chosen(self, _index: int) -> None:
        status = self.new_status.currentData()
        self.public_note.setPlainText(self.templates.text(status) if status else "")

    def _act(self, action: str, call: Callable[[str, str], dict[str, Any]]) -> None:
        if self.detail is None:
            return
        number = self.detail["id"]
        key = self._keys.setdefault(action, str(uuid.uuid4()))
        self.message.setText(QCoreApplication.translate("DetailPanel", "Saving…"))
        self.actions.setEnabled(False)
        api = self.api

        def run() -> tuple[dict[str, Any], list[str]]:
            detail = call(number, key)
            return detail, api.transitions(number)

        run_task(run, lambda found: self._done(action, *found), self._failed)

    def _done(self, action: str, detail: dict[str, Any], allowed: list[str]) -> None:
        self._keys.pop(action, None)
        self.actions.setEnabled(self.detail is not None)  # nothing to act on after sign-out
        if self.detail is None or self.detail["id"] != detail["id"]:
            # The clerk has moved on (another request, or signed out): the row only.
            self.changed.emit(detail)
            return
        self.message.setText(QCoreApplication.translate("DetailPanel", "Saved."))
        if action == "status":
            self.public_note.clear()
            self.new_status.setCurrentIndex(0)  # back to "no new status"
        elif action == "note":
            self.internal_note.clear()
        if action in ("status", "note"):
            self.reset_audiences()
        self.show_detail(detail, self.definition, allowed)
        self.changed.emit(detail)

    def _failed(self, error: Exception) -> None:
        self.actions.setEnabled(True)
        self.message.setText(advice(error))

    def on_change_status(self) -> None:
        status, note = self.new_status.currentData(), self.public_note.toPlainText()
        audience = self.status_audience.currentData()
        if status:
            self._act("status", lambda n, k: self.api.change_status(n, status, note, k, audience))

    def on_add_note(self) -> None:
        note = self.internal_note.toPlainText().strip()
        audience = self.note_audience.currentData()
        if note:
            self._act("note", lambda n, k: self.api.add_note(n, note, k, audience))

    def on_assign(self, who: int | str | None) -> None:
        if who is not None:
            self._act(f"assign:{who}", lambda n, k: self.api.assign(n, who, k))

    def on_duplicate(self) -> None:
        of = self.duplicate_of.text().strip()
        if of:
            self._act("duplicate", lambda n, k: self.api.mark_duplicate(n, of, "", k))

    def on_expected(self) -> None:
        moment = self.expected.dateTime().toUTC().toString(Qt.DateFormat.ISODate)
        self._act("expected", lambda n, k: self.api.set_expected(n, moment, k))
