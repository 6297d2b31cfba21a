"""A forgotten password, in the welcome page's sign-in column: the citizen gives the e-mail or
mobile number they sign in with, receives a six-digit code there, and chooses a new password
with it. Works with the keyboard alone and with a kiosk's on-screen keyboard (plain fields in
the window, no dialog); nothing of it is kept once it is done or abandoned."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from citizen_app.api.accounts import Extensions
from citizen_app.core.text import ascii_digits
from citizen_app.ui.advice import advice, code_refused
from citizen_app.ui.bidi import ltr
from citizen_app.ui.tasks import run_task

MIN_PASSWORD = 8


class PasswordResetBox(QGroupBox):
    #: the password was changed (the login, to sign in with), or the citizen went back ("")
    finished = Signal(str)

    def __init__(self, extensions: Extensions) -> None:
        super().__init__()
        self.extensions = extensions
        outer = QVBoxLayout(self)
        self.steps = QStackedLayout()
        outer.addLayout(self.steps)

        ask = QWidget()
        form = QFormLayout(ask)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        form.addRow(self.intro)
        self.login_label, self.login = QLabel(), QLineEdit()
        self.login.returnPressed.connect(self.on_send_clicked)
        form.addRow(self.login_label, self.login)
        self.send_button = QPushButton()
        self.send_button.clicked.connect(self.on_send_clicked)
        form.addRow(self.send_button)
        self.steps.addWidget(ask)

        choose = QWidget()
        form = QFormLayout(choose)
        self.sent = QLabel()
        self.sent.setWordWrap(True)
        form.addRow(self.sent)
        self.code_label, self.code = QLabel(), QLineEdit()
        self.code.setMaxLength(12)
        self.password_label, self.password = QLabel(), QLineEdit()
        self.repeat_label, self.repeat = QLabel(), QLineEdit()
        for line in (self.password, self.repeat):
            line.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.returnPressed.connect(self.on_change_clicked)
        form.addRow(self.code_label, self.code)
        form.addRow(self.password_label, self.password)
        form.addRow(self.repeat_label, self.repeat)
        self.change_button = QPushButton()
        self.change_button.clicked.connect(self.on_change_clicked)
        form.addRow(self.change_button)
        self.again_button = QPushButton()
        self.again_button.setFlat(True)
        self.again_button.clicked.connect(self.on_send_clicked)
        form.addRow(self.again_button)
        self.steps.addWidget(choose)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("fieldError")
        outer.addWidget(self.status)
        self.back_button = QPushButton()
        self.back_button.setFlat(True)
        self.back_button.clicked.connect(lambda: self.end(""))
        outer.addWidget(self.back_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Forgotten password"))
        self.intro.setText(
            self.tr("Write the e-mail or mobile number you sign in with. We send a code there.")
        )
        self.login_label.setText(self.tr("E-mail or mobile number"))
        self.send_button.setText(self.tr("Send me a code"))
        self.code_label.setText(self.tr("Code (6 digits)"))
        self.password_label.setText(self.tr("New password (at least 8 characters)"))
        self.repeat_label.setText(self.tr("New password again"))
        self.change_button.setText(self.tr("Change my password"))
        self.again_button.setText(self.tr("Send a new code"))
        self.back_button.setText(self.tr("Back to sign in"))
        for label, field in (
            (self.login_label, self.login),
            (self.code_label, self.code),
            (self.password_label, self.password),
            (self.repeat_label, self.repeat),
        ):
            field.setAccessibleName(label.text())
        for button in (self.send_button, self.change_button, self.again_button, self.back_button):
            button.setAccessibleName(button.text())

    def start(self, login: str = "") -> None:
        self.reset()
        self.login.setText(login)
        self.login.setFocus()

    def reset(self) -> None:
        """Forget everything typed (a kiosk's next visitor, or done)."""
        for line in (self.login, self.code, self.password, self.repeat):
            line.clear()
        self.status.clear()
        self.steps.setCurrentIndex(0)
        self._busy(False)

    def end(self, login: str) -> None:
        self.reset()
        self.finished.emit(login)

    def _busy(self, busy: bool) -> None:
        for button in (self.send_button, self.change_button, self.again_button):
            button.setEnabled(not busy)

    def on_send_clicked(self) -> None:
        login = ascii_digits(self.login.text().strip())
        if not login:
            self.status.setText(self.tr("Write your e-mail or mobile number."))
            self.login.setFocus()
            return
        self.status.setText(self.tr("Sending…"))
        self._busy(True)
        extensions = self.extensions
        run_task(
            lambda: extensions.ask_password_reset(login),
            lambda _: self.on_code_sent(login),
            self.on_failed,
        )

    def on_code_sent(self, login: str) -> None:
        self._busy(False)
        self.status.clear()
        self.sent.setText(
            self.tr(
                "If %1 belongs to an account, a code is on its way there. It works once, for "
                "10 minutes."
            ).replace("%1", ltr(login))
        )
        self.steps.setCurrentIndex(1)
        self.code.setFocus()

    def on_change_clicked(self) -> None:
        login = ascii_digits(self.login.text().strip())
        code = ascii_digits(self.code.text().strip())
        password = self.password.text()
        if len(code) != 6 or not code.isdigit():
            self.status.setText(self.tr("The code has 6 digits."))
            self.code.setFocus()
            return
        if len(password) < MIN_PASSWORD:
            self.status.setText(self.tr("The password must have at least 8 characters."))
            self.password.setFocus()
            return
        if password != self.repeat.text():
            self.status.setText(self.tr("The two new passwords are not the same."))
            self.repeat.setFocus()
            return
        self.status.setText(self.tr("Saving…"))
        self._busy(True)
        extensions = self.extensions
        run_task(
            lambda: extensions.reset_password(login, code, password),
            lambda _: self.end(login),
            self.on_failed,
        )

    def on_failed(self, error: Exception) -> None:
        self._busy(False)
        refused = code_refused(error)
        if refused is not None:
            self.status.setText(refused)
            self.code.clear()
            self.code.setFocus()
        else:
            self.status.setText(advice(error))
