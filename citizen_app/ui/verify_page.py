"""The step after creating an account (or when the municipality asks before a request): confirm
the e-mail and the mobile number with the codes sent there.

The server sends the codes itself when the account is created, so the page opens ready for
them; "Send me a code" asks for another. The person may go on without confirming (unless the
municipality requires it to send requests), but is told that nothing is written to an address
until it is confirmed. No code stays once the page is left, and nothing of the person once
they sign out or a kiosk's visitor leaves (`reset()`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from citizen_app.api.accounts import Extensions
from citizen_app.ui.contact_verify_box import ContactVerifyBox
from citizen_app.ui.page_reset import clear_inputs


class VerifyPage(QWidget):
    #: the person goes on (confirmed or not)
    finished = Signal()
    #: an address was confirmed: the profile as the server now has it
    profile_changed = Signal(dict)

    def __init__(self, extensions: Extensions) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        self.contacts = [ContactVerifyBox(extensions, f) for f in ("email", "phone")]
        for box in self.contacts:
            layout.addWidget(box)
            box.verified.connect(self.on_verified)
        buttons = QHBoxLayout()
        self.continue_button = QPushButton()
        self.continue_button.clicked.connect(self.on_continue_clicked)
        buttons.addWidget(self.continue_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Confirm your e-mail and mobile number"))
        self.intro.setText(
            self.tr(
                "We sent a code to each address you gave. Type it here to confirm that the "
                "address is yours: the municipality tells you about your requests only at "
                "confirmed addresses, and they let you recover your password."
            )
        )
        for box in self.contacts:
            box.retranslate()
        self._label_continue()

    def _label_continue(self) -> None:
        waiting = any(box.waiting() is not None for box in self.contacts)
        self.continue_button.setText(self.tr("Later") if waiting else self.tr("Continue"))
        self.continue_button.setAccessibleName(self.continue_button.text())

    def needed(self, user: dict[str, Any] | None) -> bool:
        """Whether any address of `user` waits to be confirmed."""
        for box in self.contacts:
            box.show_user(user)
        return any(box.waiting() is not None for box in self.contacts)

    def start(self, user: dict[str, Any]) -> None:
        self._forget_codes()
        self.needed(user)
        self._label_continue()
        first = next((box for box in self.contacts if box.waiting() is not None), None)
        if first is not None:
            first.code.setFocus()

    def _forget_codes(self) -> None:
        """Nothing of the codes stays (the page is left)."""
        for box in self.contacts:
            box.reset()

    def reset(self) -> None:
        """Signed out, a kiosk's next visitor: neither codes nor addresses stay."""
        clear_inputs(self)
        self._forget_codes()
        self.needed(None)

    def on_verified(self, user: dict[str, Any]) -> None:
        for box in self.contacts:
            box.show_user(user)
        self._label_continue()
        self.profile_changed.emit(user)

    def on_continue_clicked(self) -> None:
        self._forget_codes()
        self.finished.emit()
