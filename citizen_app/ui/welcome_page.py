"""Welcome: sign in, register, or continue without an account."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from citizen_app.api.errors import Rejected
from citizen_app.core import formats
from citizen_app.core.account import Account, LeftMeanwhile
from citizen_app.core.text import ascii_digits
from citizen_app.ui import qt_gaps
from citizen_app.ui.advice import advice
from citizen_app.ui.page_reset import clear_inputs
from citizen_app.ui.password_reset_box import PasswordResetBox
from citizen_app.ui.tasks import run_task


class WelcomePage(QWidget):
    #: the citizen is signed in (user dict) or chose to continue without an account (None)
    done = Signal(object)
    #: a new account was created and signed in (its profile, and the addresses a confirmation
    #: code was sent to): the app asks for the codes
    registered = Signal(dict, list)
    #: a request number to look up (no account needed)
    lookup = Signal(str)

    def __init__(self, account: Account, municipality: str = "") -> None:
        """`municipality`: its name (from the site configuration), for the heading."""
        super().__init__()
        self.account = account
        self.municipality = municipality
        self._register_key: str | None = None
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.heading)
        boxes = QHBoxLayout()
        layout.addLayout(boxes)

        self.sign_in_box = QGroupBox()
        form = QFormLayout(self.sign_in_box)
        self.login, self.password = QLineEdit(), QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.login_label, self.password_label = QLabel(), QLabel()
        form.addRow(self.login_label, self.login)
        form.addRow(self.password_label, self.password)
        self.sign_in_button = QPushButton()
        self.sign_in_button.clicked.connect(self.on_sign_in_clicked)
        self.password.returnPressed.connect(self.on_sign_in_clicked)
        form.addRow(self.sign_in_button)
        self.forgot_button = QPushButton()
        self.forgot_button.setFlat(True)
        self.forgot_button.clicked.connect(self.on_forgot_clicked)
        form.addRow(self.forgot_button)
        boxes.addWidget(self.sign_in_box)
        # In the sign-in box's place while the citizen recovers a forgotten password.
        self.reset_box = PasswordResetBox(account.extensions)
        self.reset_box.finished.connect(self.on_reset_finished)
        self.reset_box.hide()
        boxes.addWidget(self.reset_box)

        self.register_box = QGroupBox()
        form = QFormLayout(self.register_box)
        self.new_name, self.new_email, self.new_phone = QLineEdit(), QLineEdit(), QLineEdit()
        self.new_password, self.new_id = QLineEdit(), QLineEdit()
        self.new_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.register_labels = [QLabel() for _ in range(5)]
        self.register_form = form
        #: each field's error, shown under it until the field is changed
        self.field_errors: dict[QLineEdit, QLabel] = {}
        for label, field in zip(
            self.register_labels,
            (self.new_name, self.new_email, self.new_phone, self.new_password, self.new_id),
            strict=True,
        ):
            form.addRow(label, field)
            error = QLabel()
            error.setObjectName("fieldError")
            error.setWordWrap(True)
            form.addRow("", error)
            form.setRowVisible(error, False)
            self.field_errors[field] = error
            field.textEdited.connect(lambda _text, f=field: self.show_field_error(f, ""))
            field.returnPressed.connect(self.on_register_clicked)  # Enter sends the box
        self.register_button = QPushButton()
        self.register_button.clicked.connect(self.on_register_clicked)
        form.addRow(self.register_button)
        boxes.addWidget(self.register_box)
        for box in (self.sign_in_box, self.register_box):
            qt_gaps.buddy_labels(box.layout())

        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        # Busy: the server is asked (sign-in or registration); the buttons wait meanwhile.
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.busy.hide()
        layout.addWidget(self.busy)
        self.skip_button = QPushButton()
        self.skip_button.clicked.connect(lambda: self.done.emit(None))
        layout.addWidget(self.skip_button, 0, Qt.AlignmentFlag.AlignCenter)
        self.skip_help = QLabel()
        self.skip_help.setWordWrap(True)
        self.skip_help.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.skip_help)
        # Following a request needs no account: its number is enough (public Open311 data).
        lookup = QHBoxLayout()
        self.lookup_label = QLabel()
        self.lookup_number = QLineEdit()
        self.lookup_number.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.lookup_button = QPushButton()
        self.lookup_button.clicked.connect(self._on_lookup)
        self.lookup_number.returnPressed.connect(self._on_lookup)
        lookup.addStretch(1)
        for widget in (self.lookup_label, self.lookup_number, self.lookup_button):
            lookup.addWidget(widget)
        lookup.addStretch(1)
        layout.addLayout(lookup)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(
            self.tr("Welcome to the e-services of %1").replace("%1", self.municipality)
            if self.municipality
            else self.tr("Welcome to your municipality's e-services")
        )
        self.busy.setAccessibleName(self.tr("Please wait"))
        self.sign_in_box.setTitle(self.tr("I have an account"))
        self.login_label.setText(self.tr("E-mail or mobile phone"))
        self.password_label.setText(self.tr("Password"))
        self.sign_in_button.setText(self.tr("Sign in"))
        self.forgot_button.setText(self.tr("Forgot your password?"))
        self.forgot_button.setAccessibleName(self.forgot_button.text())
        self.reset_box.retranslate()
        self.register_box.setTitle(self.tr("Create an account"))
        texts = (
            self.tr("Full name"),
            self.tr("E-mail"),
            self.tr("Mobile phone"),
            formats.digits(self.tr("Password (at least 8 characters)")),
            self.tr("ID number (optional)"),
        )
        for label, text in zip(self.register_labels, texts, strict=True):
            label.setText(text)
        self.register_button.setText(self.tr("Create the account"))
        self.skip_button.setText(self.tr("Continue without an account"))
        self.skip_help.setText(
            self.tr(
                "Without an account you can still submit requests; "
                "keep their numbers to follow them."
            )
        )
        named = [
            (self.login, self.login_label.text()),
            (self.password, self.password_label.text()),
            (self.sign_in_button, self.sign_in_button.text()),
            (self.register_button, self.register_button.text()),
            (self.skip_button, self.skip_button.text()),
            *zip(
                (self.new_name, self.new_email, self.new_phone, self.new_password, self.new_id),
                texts,
                strict=True,
            ),
        ]
        for widget, name in named:
            widget.setAccessibleName(name)
        self.lookup_label.setText(self.tr("Follow a request by its number:"))
        self.lookup_number.setPlaceholderText(formats.digits("HEB-2026-000123"))
        self.lookup_button.setText(self.tr("Look up"))
        self.lookup_number.setAccessibleName(self.tr("Request number"))
        self.lookup_button.setAccessibleName(self.lookup_button.text())

    def _on_lookup(self) -> None:
        number = ascii_digits(self.lookup_number.text().strip()).upper()
        if number:
            self.lookup.emit(number)

    def start_over(self) -> None:
        """For the next person: their registration is a new one, nothing is pending."""
        self._register_key = None
        self.set_busy(False)
        self.on_reset_finished("")

    def reset(self) -> None:
        """For the next kiosk visitor: every field empty, nothing pending, the sign-in box shown."""
        clear_inputs(self)
        self.start_over()
        self.forget_sign_in()
        self.clear_field_errors()

    def on_forgot_clicked(self) -> None:
        self.sign_in_box.hide()
        self.reset_box.show()
        self.reset_box.start(self.login.text().strip())

    def on_reset_finished(self, login: str) -> None:
        """Back to signing in; after a reset, with the login filled in and a word of it."""
        self.reset_box.reset()
        self.reset_box.hide()
        self.sign_in_box.show()
        if login:
            self.login.setText(login)
            self.password.clear()
            self.password.setFocus()
            self.status.setText(self.tr("Your password was changed. Sign in with the new one."))

    def set_busy(self, busy: bool, message: str = "") -> None:
        for button in (self.sign_in_button, self.register_button, self.skip_button):
            button.setEnabled(not busy)
        self.busy.setVisible(busy)
        self.status.setText(message)

    def show_field_error(self, field: QLineEdit, text: str) -> None:
        """Under the field it concerns; an empty text hides it (the field was changed)."""
        error = self.field_errors[field]
        error.setText(text)
        self.register_form.setRowVisible(error, bool(text))
        field.setAccessibleDescription(text)

    def clear_field_errors(self) -> None:
        for field in self.field_errors:
            self.show_field_error(field, "")

    def forget_sign_in(self) -> None:
        """Signed out: the next person finds the sign-in box empty."""
        self.login.clear()
        self.password.clear()
        self.status.clear()

    def on_sign_in_clicked(self) -> None:
        if not self.sign_in_button.isEnabled():
            return  # Enter again while signing in
        login, password = ascii_digits(self.login.text().strip()), self.password.text()
        if not login or not password:
            self.status.setText(self.tr("Enter your e-mail or phone and your password."))
            return
        self.set_busy(True, self.tr("Signing in…"))
        account, generation = self.account, self.account.generation  # asked for now
        run_task(
            lambda: account.sign_in(login, password, generation), self.on_signed_in, self.on_failed
        )

    def on_register_clicked(self) -> None:
        if not self.register_button.isEnabled():
            return  # Enter again while the account is being created
        name = self.new_name.text().strip()
        email, phone = self.new_email.text().strip(), ascii_digits(self.new_phone.text().strip())
        password, national_id = self.new_password.text(), ascii_digits(self.new_id.text().strip())
        self.clear_field_errors()
        missing = [
            (self.new_name, self.tr("Enter your full name.")) if not name else None,
            (self.new_email, self.tr("Enter an e-mail or a mobile phone number."))
            if not (email or phone)
            else None,
            (
                self.new_password,
                formats.digits(self.tr("The password must have at least 8 characters.")),
            )
            if len(password) < 8
            else None,
        ]
        missing = [m for m in missing if m is not None]
        if missing:
            for field, text in missing:
                self.show_field_error(field, text)
            missing[0][0].setFocus()
            self.status.clear()
            return
        import uuid  # (and the platform module it loads): not at start-up, issue 19

        self._register_key = self._register_key or str(uuid.uuid4())
        key, api, account = self._register_key, self.account.extensions, self.account
        generation = account.generation  # asked for now

        def register() -> tuple[dict, list]:
            created = api.register(
                name,
                password,
                email=email,
                phone=phone,
                national_id=national_id,
                language=api.client.language,
                idempotency_key=key,
            )
            sent = [str(f) for f in created.get("codes_sent") or []]
            return account.sign_in(email or phone, password, generation), sent

        self.set_busy(True, self.tr("Creating your account…"))
        run_task(register, self.on_registered, self.on_failed)

    def on_signed_in(self, user: dict) -> None:
        self._settle()
        self.done.emit(user)

    def on_registered(self, created: tuple[dict, list]) -> None:
        self._settle()
        self.registered.emit(*created)

    def _settle(self) -> None:
        """Signed in: nothing typed into either box stays for whoever signs out later and
        leaves the computer to the next person (the new account's name and addresses too)."""
        self._register_key = None
        for field in (
            self.password,
            self.new_name,
            self.new_email,
            self.new_phone,
            self.new_password,
            self.new_id,
        ):
            field.clear()
        self.set_busy(False)

    def on_failed(self, error: Exception) -> None:
        # Left meanwhile (a kiosk visitor gone): nothing to say to the next one.
        if isinstance(error, LeftMeanwhile):
            self.set_busy(False)
            return
        field = self.field_of(error)
        if field is not None:  # said under the field it concerns
            self.set_busy(False)
            self.show_field_error(field, self.explain(error))
            field.setFocus()
            return
        self.set_busy(False, self.explain(error))

    def field_of(self, error: Exception) -> QLineEdit | None:
        """The registration field a refusal is about, if it is about one."""
        if not isinstance(error, Rejected) or error.code != "invalid_field":
            return None
        return {
            "name": self.new_name,
            "email": self.new_email,
            "phone": self.new_phone,
            "password": self.new_password,
            "national_id": self.new_id,
        }.get(error.params.get("field"))

    def explain(self, error: Exception) -> str:
        if isinstance(error, Rejected):
            if error.code == "invalid_credentials":
                return self.tr("The e-mail, phone or password is not right.")
            if error.code == "account_exists":
                return self.tr(
                    "An account with this e-mail or phone already exists. Sign in instead."
                )
            if error.code == "invalid_field":
                field = error.params.get("field")
                reason = error.params.get("reason")
                if field == "national_id":
                    return self.tr("The ID number is not valid. Check its nine digits.")
                if field == "email":
                    return self.tr("The e-mail address is not valid.")
                if field == "phone":
                    return self.tr("The phone number is not valid.")
                if field == "password" and reason == "too_short":
                    return formats.digits(self.tr("The password must have at least 8 characters."))
        return advice(error)
