"""After submitting: the request number, to keep."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from citizen_app.api.models import SubmitResult
from citizen_app.ui.bidi import request_number
from citizen_app.ui.page_reset import clear_inputs


class ConfirmationPage(QWidget):
    #: the citizen wants to make another request
    again = Signal()
    #: print the receipt on the system printer
    print_requested = Signal()
    #: save the receipt as a PDF file
    save_requested = Signal()
    #: open the request just sent (its number)
    follow = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.result: SubmitResult | None = None
        self.queued_reason: str | None = None
        #: saving files is for the citizen's own computer, not a shared kiosk
        self.allow_save = True
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.number = QLabel()
        self.number.setObjectName("requestNumber")
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        for label in (self.heading, self.number, self.explanation):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        self.print_button, self.save_button = QPushButton(), QPushButton()
        self.print_button.clicked.connect(self.print_requested.emit)
        self.save_button.clicked.connect(self.save_requested.emit)
        receipt_row = QHBoxLayout()
        receipt_row.addStretch(1)
        receipt_row.addWidget(self.print_button)
        receipt_row.addWidget(self.save_button)
        receipt_row.addStretch(1)
        layout.addLayout(receipt_row)
        self.follow_button = QPushButton()
        self.follow_button.clicked.connect(
            lambda: self.result is not None and self.follow.emit(self.result.id)
        )
        layout.addWidget(self.follow_button, 0, Qt.AlignmentFlag.AlignCenter)
        self.again_button = QPushButton()
        self.again_button.clicked.connect(self.again.emit)
        layout.addWidget(self.again_button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.again_button.setText(self.tr("Make another request"))
        self.print_button.setText(self.tr("Print the receipt"))
        self.save_button.setText(self.tr("Save the receipt as PDF…"))
        self.follow_button.setText(self.tr("Follow this request"))
        for button in (self.again_button, self.print_button, self.save_button, self.follow_button):
            button.setAccessibleName(button.text())
        if self.queued_reason is not None:
            self.show_queued(self.queued_reason)
        elif self.result is not None:
            self.show_result(self.result)

    def reset(self) -> None:
        """For the next kiosk visitor: no number or receipt of the last request left on screen."""
        clear_inputs(self)
        self.result, self.queued_reason = None, None
        for label in (self.number, self.explanation):
            label.clear()

    def show_queued(self, reason: str) -> None:
        """Kept in the outbox: the citizen may close the app; it goes when it can."""
        self.result, self.queued_reason = None, reason
        self.print_button.hide()
        self.save_button.hide()
        self.follow_button.hide()
        self.heading.setText(self.tr("Your request is saved on this computer"))
        self.number.setText(
            {
                "offline": self.tr("No connection to the municipality right now"),
                "limited": self.tr(
                    "The municipality asked to wait before more requests are sent from here"
                ),
            }.get(reason, self.tr("The municipality's server cannot take it right now"))
        )
        self.explanation.setText(
            self.tr(
                "It is in your outbox and will be sent by itself as soon as the server can be "
                "reached, even after you close and reopen the app. It will not be sent twice. "
                "You will get its number then."
            )
        )
        self.number.setAccessibleName(self.number.text())

    def show_result(self, result: SubmitResult) -> None:
        self.result, self.queued_reason = result, None
        self.print_button.setVisible(bool(result.id))
        self.follow_button.setVisible(bool(result.id))
        self.save_button.setVisible(bool(result.id) and self.allow_save)
        self.heading.setText(self.tr("Your request has reached the municipality"))
        if result.id:
            self.number.setText(
                self.tr("Request number: %1").replace("%1", request_number(result.id))
            )
            self.explanation.setText(
                self.tr("Keep this number: you can follow your request with it.")
            )
        else:
            self.number.setText(self.tr("No tracking number yet"))
            self.explanation.setText(
                self.tr(
                    "The municipality received your request but gives no number for this service."
                )
            )
        self.number.setAccessibleName(self.number.text())
