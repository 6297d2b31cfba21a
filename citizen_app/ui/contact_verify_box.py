"""One contact of the account (the e-mail or the mobile number) and whether it is confirmed:
its state, a button that sends a code there, and a box for the code that came.

The municipality writes only to confirmed addresses, so an unconfirmed one says so plainly.
A new address waiting for its code is shown beside the confirmed one still in use. Plain
fields in the window (no dialog), so the keyboard alone and a kiosk's on-screen keyboard work;
the code is never kept: cleared once used, on failure after its tries, and on `reset()`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from citizen_app.api.accounts import Extensions
from citizen_app.api.errors import Rejected
from citizen_app.core.text import ascii_digits
from citizen_app.ui.advice import advice, code_refused
from citizen_app.ui.bidi import ltr
from citizen_app.ui.tasks import Latest


class ContactVerifyBox(QWidget):
    #: the address was confirmed: the profile as the server now has it
    verified = Signal(dict)

    def __init__(self, extensions: Extensions, field: str) -> None:
        super().__init__()
        self.extensions, self.field = extensions, field  # "email" or "phone"
        self._task = Latest()
        self._user: dict[str, Any] = {}
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.send_button = QPushButton()
        self.send_button.clicked.connect(self.on_send_clicked)
        self.code_label, self.code = QLabel(), QLineEdit()
        self.code.setMaxLength(12)
        self.code.setMaximumWidth(self.code.fontMetrics().horizontalAdvance("0") * 16)
        self.code.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.code.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.code.returnPressed.connect(self.on_confirm_clicked)
        self.code_label.setBuddy(self.code)
        self.confirm_button = QPushButton()
        self.confirm_button.clicked.connect(self.on_confirm_clicked)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("fieldError")
        top, entry = QHBoxLayout(), QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.state, 1)
        top.addWidget(self.send_button)
        entry.addWidget(self.code_label)
        entry.addWidget(self.code)
        entry.addWidget(self.confirm_button)
        entry.addStretch(1)
        for row in (top, entry):
            rows.addLayout(row)
        rows.addWidget(self.status)
        self.retranslate()
        self.show_user({})

    def retranslate(self) -> None:
        self.title.setText(self.tr("E-mail") if self.field == "email" else self.tr("Mobile phone"))
        self.send_button.setText(self.tr("Send me a code"))
        self.code_label.setText(self.tr("Code (6 digits)"))
        self.confirm_button.setText(self.tr("Confirm"))
        what = self.title.text()
        self.send_button.setAccessibleName(self.tr("Send a code to my %1").replace("%1", what))
        self.code.setAccessibleName(self.tr("Code sent to my %1").replace("%1", what))
        self.confirm_button.setAccessibleName(self.tr("Confirm my %1").replace("%1", what))
        self.show_user(self._user)

    # --- state --------------------------------------------------------------------------------

    def waiting(self) -> str | None:
        """The address a code would confirm, as the profile says; None when nothing waits."""
        user = self._user
        pending = user.get(f"pending_{self.field}")
        if pending:
            return pending
        current = user.get(self.field)
        return current if current and not user.get(f"{self.field}_verified") else None

    def show_user(self, user: dict[str, Any] | None) -> None:
        """Show the contact's state from the profile; an address nothing is known of hides."""
        self._user = dict(user or {})
        current = self._user.get(self.field)
        pending = self._user.get(f"pending_{self.field}")
        confirmed = bool(self._user.get(f"{self.field}_verified"))
        if pending and current and confirmed:
            text = (
                self.tr("%1 is confirmed and still in use. The new %2 is waiting for its code.")
                .replace("%1", ltr(current))
                .replace("%2", ltr(pending))
            )
        elif current and confirmed:
            text = self.tr("✔ %1 is confirmed.").replace("%1", ltr(current))
        elif current:
            text = self.tr(
                "%1 is not confirmed yet: the municipality does not write to it until you type "
                "the code we send there."
            ).replace("%1", ltr(current))
        else:
            text = ""
        self.state.setText(text)
        self.state.setAccessibleName(text)
        needed = self.waiting() is not None
        self.setVisible(bool(current or pending))
        for widget in (self.send_button, self.code_label, self.code, self.confirm_button):
            widget.setVisible(needed)

    def reset(self) -> None:
        """Forget the code and what was said (signed out, a kiosk's next visitor)."""
        self._task.cancel()
        self.code.clear()
        self.status.clear()
        self._busy(False)

    def _busy(self, busy: bool) -> None:
        self.send_button.setEnabled(not busy)
        self.confirm_button.setEnabled(not busy)

    # --- actions ------------------------------------------------------------------------------

    def on_send_clicked(self) -> None:
        address = self.waiting()
        if address is None:
            return
        self.status.setText(self.tr("Sending…"))
        self._busy(True)
        extensions, field = self.extensions, self.field
        self._task.run(
            lambda: extensions.send_verification_code(field),
            lambda _: self.on_code_sent(address),
            self.on_failed,
        )

    def on_code_sent(self, address: str) -> None:
        self._busy(False)
        self.status.setText(
            self.tr("A code is on its way to %1. It works once, for 10 minutes.").replace(
                "%1", ltr(address)
            )
        )
        self.code.setFocus()

    def on_confirm_clicked(self) -> None:
        code = ascii_digits("".join(self.code.text().split()))
        if len(code) != 6 or not code.isdigit():
            self.status.setText(self.tr("The code has 6 digits."))
            self.code.setFocus()
            return
        self.status.setText(self.tr("Checking…"))
        self._busy(True)
        extensions, field = self.extensions, self.field
        self._task.run(
            lambda: extensions.verify_contact(field, code), self.on_verified, self.on_failed
        )

    def on_verified(self, user: dict[str, Any]) -> None:
        self.reset()
        self.show_user(user)
        self.status.setText(self.tr("Confirmed. Thank you."))
        self.verified.emit(user)

    def on_failed(self, error: Exception) -> None:
        self._busy(False)
        code = error.code if isinstance(error, Rejected) else None
        refused = code_refused(error)
        if refused is not None:
            self.status.setText(refused)
            self.code.clear()
            self.code.setFocus()
        elif code == "channel_unavailable":
            self.status.setText(
                self.tr(
                    "The municipality cannot send codes this way at the moment. Please contact "
                    "it, or confirm your other contact."
                )
            )
        elif code == "nothing_to_verify":
            self.status.setText(self.tr("This is already confirmed."))
        elif code == "account_exists":
            self.status.setText(self.tr("Another account already uses this e-mail or number."))
        else:
            self.status.setText(advice(error))
