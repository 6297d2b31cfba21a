"""Choosing a new password: after signing in with a one-time password an administrator gave
(nothing else is possible until then), or whenever the person wants to."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from citizen_app.api.accounts import Extensions
from citizen_app.api.errors import Rejected
from citizen_app.ui.advice import advice
from citizen_app.ui.tasks import run_task

MIN_PASSWORD = 8  # the server's rule, checked here first to say it next to the field


class PasswordDialog(QDialog):
    """Runs the change in the background; `done()` after it succeeded."""

    def __init__(
        self,
        extensions: Extensions,
        done: Callable[[], None],
        forced: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.extensions, self._done = extensions, done
        self.setWindowTitle(self.tr("Choose a new password"))
        layout = QVBoxLayout(self)
        if forced:
            intro = QLabel(
                self.tr(
                    "You signed in with a one-time password. Choose your own password to go on."
                )
            )
            intro.setWordWrap(True)
            layout.addWidget(intro)
        form = QFormLayout()
        layout.addLayout(form)
        self.current, self.new, self.repeat = QLineEdit(), QLineEdit(), QLineEdit()
        self.errors: dict[str, QLabel] = {}
        for key, label, line in (
            ("current", self.tr("Current password"), self.current),
            ("new", self.tr("New password (at least 8 characters)"), self.new),
            ("repeat", self.tr("New password again"), self.repeat),
        ):
            line.setEchoMode(QLineEdit.EchoMode.Password)
            line.setAccessibleName(label)
            error = QLabel()
            error.setObjectName("fieldError")
            error.setWordWrap(True)
            error.hide()
            line.textEdited.connect(lambda _, e=error: e.hide())
            self.errors[key] = error
            form.addRow(label, line)
            form.addRow("", error)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.on_ok_clicked)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _error(self, key: str, text: str) -> None:
        self.errors[key].setText(text)
        self.errors[key].show()

    def on_ok_clicked(self) -> None:
        for label in self.errors.values():
            label.hide()
        self.status.clear()
        current, new = self.current.text(), self.new.text()
        if not current:
            self._error("current", self.tr("Write the password you signed in with."))
            return
        if len(new) < MIN_PASSWORD:
            self._error("new", self.tr("The password must have at least 8 characters."))
            return
        if new != self.repeat.text():
            self._error("repeat", self.tr("The two new passwords are not the same."))
            return
        self.buttons.setEnabled(False)
        self.status.setText(self.tr("Saving…"))
        extensions = self.extensions
        run_task(lambda: extensions.change_password(current, new), self.on_changed, self.on_failed)

    def on_changed(self, _: object) -> None:
        self.buttons.setEnabled(True)
        for line in (self.current, self.new, self.repeat):
            line.clear()
        self.accept()
        self._done()

    def on_failed(self, error: Exception) -> None:
        self.buttons.setEnabled(True)
        self.status.clear()
        field = error.params.get("field") if isinstance(error, Rejected) else None
        reason = error.params.get("reason") if isinstance(error, Rejected) else None
        if field == "current_password":
            self._error("current", self.tr("This is not your current password."))
        elif field == "new_password" and reason == "unchanged":
            self._error("new", self.tr("Choose a password other than the current one."))
        elif field == "new_password":
            self._error("new", self.tr("The password must have at least 8 characters."))
        else:
            self.status.setText(advice(error))
