"""The main window's side of drafts and the outbox, as a mixin of MainWindow."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from citizen_app.api.models import SubmitResult
from citizen_app.core.drafts import Draft
from citizen_app.ui.advice import advice
from citizen_app.ui.bidi import ltr
from citizen_app.ui.tasks import run_task


class OutboxHandling:
    """Needs MainWindow's client, account, flow, pages and local numbers."""

    def on_request_queued(self, reason: str) -> None:
        self.confirmation.show_queued(reason)
        self.stack.setCurrentWidget(self.confirmation)

    def on_delivered_number(self, number: str) -> None:
        """Any request that reached the server, now or later: follow it in My requests."""
        if self.plain_mode() and self.local is not None:
            local, server = self.local, self.client.base_url
            run_task(
                lambda: local.add(server, number),
                lambda _: self.refresh_my_requests(),
                lambda error: self.show_message(advice(error)),
            )
        elif self.account.signed_in:
            self.refresh_my_requests()

    def on_delivered_later(self, _item_id: str, result: SubmitResult) -> None:
        text = QCoreApplication.translate(
            "MainWindow", "A request from your outbox reached the municipality: number %1"
        )
        self._tell(text.replace("%1", ltr(result.id or "—")))

    def whereabouts(self) -> tuple[str, str] | None:
        """Where the outbox delivers now: this server, as this citizen ('' without account)."""
        if self.client._endpoint is None:
            return None
        user = self.account.user
        return self.account.server, str(user["id"]) if user else ""

    def tell_damaged_database(self, moved_to: Path) -> None:
        """At start: the local database was damaged (a power cut, a failing disk) and was set
        aside, not deleted; say so, and where it is, so that nothing vanishes unexplained."""
        text = QCoreApplication.translate(
            "MainWindow",
            "The drafts and outbox saved on this computer were damaged and could not be read. "
            "They were kept aside in %1 and the app started afresh. Check My requests to see "
            "what reached the municipality.",
        )
        self.show_message(text.replace("%1", ltr(str(moved_to))))

    def on_unsent_clicked(self) -> None:
        self.flow.refresh()
        self.stack.setCurrentWidget(self.unsent)

    def on_resume_draft(self, draft: Draft) -> None:
        service = next((s for s in self.catalogue._services if s.code == draft.service_code), None)
        if service is None:
            self.show_message(
                QCoreApplication.translate(
                    "MainWindow",
                    "This service is not offered by the municipality's server right now.",
                )
            )
            return
        self.on_service_chosen(service, draft)
