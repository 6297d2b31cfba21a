"""The request form's contact part: who the municipality can reach, or "without my name".

Apart from the form because it has its own life: filled in from the signed-in citizen's
profile, emptied on sign-out, switched off by the anonymous box.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLabel, QLineEdit

from citizen_app.ui import qt_gaps

translate = QCoreApplication.translate  # the form's context: these were the form's texts


class ContactBox(QGroupBox):
    #: the citizen changed a contact field or the anonymous box
    edited = Signal()

    def __init__(self) -> None:
        super().__init__()
        form = QFormLayout(self)
        self.anonymous = QCheckBox()
        self.anonymous.toggled.connect(self.on_anonymous_toggled)
        self.anonymous_help = QLabel()
        self.anonymous_help.setWordWrap(True)
        self.first_name, self.last_name = QLineEdit(), QLineEdit()
        self.phone, self.email = QLineEdit(), QLineEdit()
        self.first_label, self.last_label = QLabel(), QLabel()
        self.phone_label, self.email_label = QLabel(), QLabel()
        form.addRow(self.anonymous)
        form.addRow(self.anonymous_help)
        form.addRow(self.first_label, self.first_name)
        form.addRow(self.last_label, self.last_name)
        form.addRow(self.phone_label, self.phone)
        form.addRow(self.email_label, self.email)
        qt_gaps.buddy_labels(form)
        for widget in self.fields():
            widget.textChanged.connect(self.edited)
        self.anonymous.toggled.connect(self.edited)

    def fields(self) -> tuple[QLineEdit, ...]:
        return self.first_name, self.last_name, self.phone, self.email

    def retranslate(self) -> None:
        self.setTitle(translate("RequestFormPage", "How can the municipality reach you?"))
        self.anonymous.setText(translate("RequestFormPage", "Report without my name"))
        self.anonymous_help.setText(
            translate(
                "RequestFormPage",
                "Without your name and contact the municipality cannot ask you questions or tell "
                "you when the work is done; keep the request number to follow it.",
            )
        )
        self.first_label.setText(translate("RequestFormPage", "First name"))
        self.last_label.setText(translate("RequestFormPage", "Family name"))
        self.phone_label.setText(translate("RequestFormPage", "Mobile phone"))
        self.email_label.setText(translate("RequestFormPage", "E-mail"))
        for widget, label in zip(
            self.fields(),
            (self.first_label, self.last_label, self.phone_label, self.email_label),
            strict=True,
        ):
            widget.setAccessibleName(label.text())

    def prefill(self, user: dict) -> None:
        """The fields still empty, from the profile."""
        first, _, family = (user.get("name") or "").strip().partition(" ")
        for field, value in zip(
            self.fields(),
            (first, family.strip(), user.get("phone") or "", user.get("email") or ""),
            strict=True,
        ):
            if not field.text():
                field.setText(value)

    def forget(self) -> None:
        """Signed out: the next person's form does not carry this one's name."""
        for field in self.fields():
            field.clear()
        self.anonymous.setChecked(False)

    def on_anonymous_toggled(self, anonymous: bool) -> None:
        for widget in self.fields():
            widget.setEnabled(not anonymous)
