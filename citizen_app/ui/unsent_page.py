"""Drafts and the outbox: what the citizen started or sent that the municipality does not have
yet, and what was sent lately, with its number."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from citizen_app.core.drafts import DraftSummary
from citizen_app.core.formats import date_time
from citizen_app.core.outbox import FAILED, SENT, OutboxItem
from citizen_app.ui.bidi import foreign, request_number
from citizen_app.ui.page_reset import clear_inputs


class UnsentPage(QWidget):
    #: a draft id to continue
    resume_draft = Signal(str)
    #: a draft id to throw away
    delete_draft = Signal(str)
    #: an outbox item id to try again now
    retry_item = Signal(str)
    #: an outbox item id to cancel (unsent) or clear from the list (sent)
    remove_item = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.current_item: str | None = None  # being sent now
        self._drafts: list[DraftSummary] = []
        self._items: list[OutboxItem] = []
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        layout.addWidget(self.heading)
        self.problem = QLabel()
        self.problem.setObjectName("fieldError")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        self.drafts_box, self.outbox_box = QGroupBox(), QGroupBox()
        self.drafts_list, self.outbox_list = QListWidget(), QListWidget()
        self.drafts_empty, self.outbox_empty = QLabel(), QLabel()
        self.resume_button, self.delete_button = QPushButton(), QPushButton()
        self.retry_button, self.remove_button = QPushButton(), QPushButton()
        for box, listing, empty, buttons in (
            (self.drafts_box, self.drafts_list, self.drafts_empty, ("resume", "delete")),
            (self.outbox_box, self.outbox_list, self.outbox_empty, ("retry", "remove")),
        ):
            inner = QVBoxLayout(box)
            listing.setWordWrap(True)
            inner.addWidget(listing, 1)
            inner.addWidget(empty)
            row = QHBoxLayout()
            for name in buttons:
                row.addWidget(getattr(self, f"{name}_button"))
            row.addStretch(1)
            inner.addLayout(row)
            layout.addWidget(box, 1)
        self.drafts_list.itemActivated.connect(lambda _: self._emit_draft(self.resume_draft))
        self.resume_button.clicked.connect(lambda: self._emit_draft(self.resume_draft))
        self.delete_button.clicked.connect(lambda: self._emit_draft(self.delete_draft))
        self.retry_button.clicked.connect(lambda: self._emit_item(self.retry_item))
        self.remove_button.clicked.connect(lambda: self._emit_item(self.remove_item))
        self.drafts_list.currentRowChanged.connect(lambda _: self._update_buttons())
        self.outbox_list.currentRowChanged.connect(lambda _: self._update_buttons())
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Drafts and outbox"))
        self.drafts_box.setTitle(self.tr("Drafts: requests you started"))
        self.outbox_box.setTitle(self.tr("Outbox: requests on their way to the municipality"))
        self.drafts_empty.setText(self.tr("No drafts. What you type in a form is kept here."))
        self.outbox_empty.setText(self.tr("Nothing is waiting to be sent."))
        self.resume_button.setText(self.tr("Continue the draft"))
        self.delete_button.setText(self.tr("Delete the draft"))
        self.retry_button.setText(self.tr("Try again now"))
        self.drafts_list.setAccessibleName(self.drafts_box.title())
        self.outbox_list.setAccessibleName(self.outbox_box.title())
        for button in (self.resume_button, self.delete_button, self.retry_button):
            button.setAccessibleName(button.text())
        self.show_drafts(self._drafts)
        self.show_items(self._items)

    def reset(self) -> None:
        """For the next kiosk visitor: no draft or outbox item listed."""
        clear_inputs(self)
        self.show_drafts([])
        self.show_items([])
        self.show_problem("")

    def show_problem(self, text: str) -> None:
        """What could not be done with the drafts or the outbox ("" when it is over)."""
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    # --- drafts ------------------------------------------------------------------------------

    def show_drafts(self, drafts: list[DraftSummary]) -> None:
        self._drafts = drafts
        chosen = self._chosen(self.drafts_list)
        self.drafts_list.clear()
        for draft in drafts:
            text = self.tr("%1 — saved %2").replace("%1", foreign(draft.service_name))
            item = QListWidgetItem(text.replace("%2", date_time(draft.updated_at)))
            item.setData(Qt.ItemDataRole.UserRole, draft.id)
            self.drafts_list.addItem(item)
        self._choose(self.drafts_list, chosen)
        self.drafts_empty.setVisible(not drafts)
        self._update_buttons()

    def _emit_draft(self, signal: Signal) -> None:
        draft_id = self._chosen(self.drafts_list)
        if draft_id:
            signal.emit(draft_id)

    # --- outbox ------------------------------------------------------------------------------

    def show_items(self, items: list[OutboxItem]) -> None:
        self._items = items
        chosen = self._chosen(self.outbox_list)
        self.outbox_list.clear()
        for entry in items:
            item = QListWidgetItem(f"{foreign(entry.service_name)}\n{self.state_text(entry)}")
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            self.outbox_list.addItem(item)
        self._choose(self.outbox_list, chosen)
        self.outbox_empty.setVisible(not items)
        self._update_buttons()

    def state_text(self, item: OutboxItem) -> str:
        if item.state == SENT:
            if item.number:
                return self.tr("Sent. Request number: %1").replace(
                    "%1", request_number(item.number)
                )
            return self.tr("Sent.")
        if item.id == self.current_item:
            return self.tr("Sending…")
        if item.state == FAILED:
            return {
                "sign_in": self.tr("Not sent: sign in again, then try again."),
                "api_key": self.tr(
                    "Not sent: this app is not allowed to send requests to this server."
                ),
                "verify": self.tr(
                    "Not sent: confirm your e-mail or mobile number first (My account), "
                    "then try again."
                ),
            }.get(
                item.reason,
                self.tr(
                    "Not sent: the municipality did not accept it (the service may have changed)."
                    " Try again, or cancel it and make a new request."
                ),
            )
        return {
            "offline": self.tr("Waiting for a connection. It will be sent by itself."),
            "busy": self.tr("The server is busy. It will be sent by itself a little later."),
            "limited": self.tr(
                "The municipality asked to wait before more is sent from this connection. "
                "It will be sent by itself later; signing in may let it go sooner."
            ),
            "server_error": self.tr(
                "The server has a problem. It will be sent by itself a little later."
            ),
            "no_number_yet": self.tr("Received. Waiting for the municipality to number it."),
        }.get(item.reason, self.tr("Waiting to be sent."))

    def _emit_item(self, signal: Signal) -> None:
        item_id = self._chosen(self.outbox_list)
        if item_id:
            signal.emit(item_id)

    # --- both --------------------------------------------------------------------------------

    @staticmethod
    def _chosen(listing: QListWidget) -> str | None:
        item = listing.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    @staticmethod
    def _choose(listing: QListWidget, wanted: str | None) -> None:
        for row in range(listing.count()):
            if listing.item(row).data(Qt.ItemDataRole.UserRole) == wanted:
                listing.setCurrentRow(row)
                return
        if listing.count():
            listing.setCurrentRow(0)

    def _update_buttons(self) -> None:
        has_draft = self.drafts_list.currentItem() is not None
        self.resume_button.setEnabled(has_draft)
        self.delete_button.setEnabled(has_draft)
        item_id = self._chosen(self.outbox_list)
        entry = next((i for i in self._items if i.id == item_id), None)
        self.retry_button.setEnabled(entry is not None and entry.state != SENT)
        self.remove_button.setEnabled(entry is not None and entry.id != self.current_item)
        self.remove_button.setText(
            self.tr("Remove from the list")
            if entry is not None and entry.state == SENT
            else self.tr("Cancel sending")
        )
        self.remove_button.setAccessibleName(self.remove_button.text())
