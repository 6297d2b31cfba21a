"""Between the form, the outbox and the Drafts-and-outbox page: what happens after Confirm.

Confirm puts the request in the outbox (and the draft away) in one background task; the sender
then delivers it. The form waits for its own item: delivered -> the confirmation with the
number; no connection or a failing server -> "saved, will be sent by itself"; refused -> back to
the form with the messages, and the item leaves the outbox (the citizen corrects and sends
again). Items delivered later, in the background, raise a notification.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from citizen_app.api.models import SubmitResult
from citizen_app.core.drafts import Drafts
from citizen_app.core.outbox import Outbox
from citizen_app.ui.advice import advice
from citizen_app.ui.navigation import LazyPage
from citizen_app.ui.outbox_sender import OutboxSender
from citizen_app.ui.tasks import Latest, run_task

if TYPE_CHECKING:
    from citizen_app.ui.request_form_page import RequestFormPage
    from citizen_app.ui.unsent_page import UnsentPage


class OutboxFlow(QObject):
    #: the form's own request waits in the outbox (reason code)
    queued = Signal(str)
    #: an earlier request reached the server in the background: item id, SubmitResult
    delivered_later = Signal(str, object)
    #: the citizen chose a draft to continue: the Draft
    resume = Signal(object)
    #: every delivery: the number, for plain Open311 servers that keep none for the citizen
    delivered_number = Signal(str)

    def __init__(
        self,
        outbox: Outbox,
        drafts: Drafts,
        sender: OutboxSender,
        form: LazyPage[RequestFormPage],
        page: LazyPage[UnsentPage],
        whereabouts: Callable[[], tuple[str, str] | None],
    ) -> None:
        super().__init__(sender)
        self.outbox, self.drafts, self.sender = outbox, drafts, sender
        self.form, self.page, self.whereabouts = form, page, whereabouts
        self._lists = Latest()  # reloads overlap when sending is busy: the last one is shown
        sender.delivered.connect(self.on_delivered)
        sender.deferred.connect(self.on_deferred)
        sender.failed.connect(self.on_failed)
        sender.changed.connect(self.refresh)
        form.when_made(self._on_form_made)
        page.when_made(self._on_page_made)

    def _on_form_made(self, form: RequestFormPage) -> None:
        form.send_requested.connect(self.on_send_requested)
        self.sender.progressed.connect(form.photos.show_progress)

    def _on_page_made(self, page: UnsentPage) -> None:
        drafts, outbox = self.drafts, self.outbox
        page.resume_draft.connect(self.on_resume_draft)
        page.delete_draft.connect(lambda d: self._then_refresh(lambda: drafts.delete(d)))
        page.retry_item.connect(self.on_retry)
        page.remove_item.connect(lambda i: self._then_refresh(lambda: outbox.remove(i)))
        self.refresh()  # its lists, from the first time it shows

    def _waiting_form(self, item_id: str) -> RequestFormPage | None:
        """The form, if it waits for the outbox item `item_id` (a form never made waits for
        nothing)."""
        form = self.form.made()
        return form if form is not None and form.pending_item == item_id else None

    def refresh(self) -> None:
        """Reload both lists (in the background) for the page, once it is made."""
        page = self.page.made()
        if page is None:
            return  # made later: it asks then
        outbox, drafts = self.outbox, self.drafts
        page.current_item = self.sender.current

        def load() -> tuple[list, list]:
            outbox.remove_old_sent()  # sent items stay listed for a while, not for ever
            return drafts.list(), outbox.items()

        self._lists.run(load, self._show, self.on_local_failure)

    def on_local_failure(self, error: Exception) -> None:
        """The drafts and outbox on this computer could not be read or changed."""
        self.page.get().show_problem(advice(error))

    def _show(self, found: tuple[list, list]) -> None:
        page = self.page.get()
        page.current_item = self.sender.current
        page.show_drafts(found[0])
        page.show_items(found[1])

    def _then_refresh(self, work: Callable[[], Any]) -> None:
        def failed(error: Exception) -> None:
            self.on_local_failure(error)
            self.refresh()

        run_task(work, lambda _: self.refresh(), failed)

    # --- from the form ---------------------------------------------------------------------

    def on_send_requested(self, request: dict[str, Any]) -> None:
        where = self.whereabouts()
        if where is None:
            return
        server, account = where
        outbox, drafts = self.outbox, self.drafts

        def keep() -> str:
            item_id = outbox.add(
                server=server,
                account=account,
                service_code=request["service_code"],
                service_name=request["service_name"],
                fields=request["fields"],
                attributes=request["attributes"],
                idempotency_key=request["idempotency_key"],
                photos=request["photos"],
            )
            if request["draft_id"]:
                drafts.delete(request["draft_id"])
            return item_id

        run_task(keep, self.on_kept, self.form.get().on_submit_failed)

    def on_kept(self, item_id: str) -> None:
        form = self.form.get()
        form.pending_item = item_id
        form.status.setText(self.tr("Saved on this computer. Sending it to the municipality…"))
        self.refresh()
        self.sender.kick()

    # --- from the sender -------------------------------------------------------------------

    def on_delivered(self, item_id: str, result: SubmitResult) -> None:
        if result.id:
            self.delivered_number.emit(result.id)
        if (form := self._waiting_form(item_id)) is not None:
            form.on_submit_succeeded(result)
        else:
            self.delivered_later.emit(item_id, result)

    def on_deferred(self, item_id: str, reason: str) -> None:
        if (form := self._waiting_form(item_id)) is not None:
            form.on_queued()
            self.queued.emit(reason)

    def on_failed(self, item_id: str, reason: str, error: Exception) -> None:
        if (form := self._waiting_form(item_id)) is not None:
            # Back to the form to correct it; the outbox does not keep a refused copy.
            self._then_refresh(lambda: self.outbox.remove(item_id))
            form.on_submit_failed(error)

    # --- from the page ---------------------------------------------------------------------

    def on_retry(self, item_id: str) -> None:
        outbox = self.outbox
        run_task(
            lambda: outbox.retry_now(item_id), lambda _: self._retried(), self.on_local_failure
        )

    def _retried(self) -> None:
        self.page.get().show_problem("")
        self.refresh()
        self.sender.kick()

    def on_resume_draft(self, draft_id: str) -> None:
        drafts = self.drafts
        run_task(lambda: drafts.load(draft_id), self._resume, self.on_local_failure)

    def _resume(self, draft: object) -> None:
        self.page.get().show_problem("")
        if draft is not None:
            self.resume.emit(draft)
