"""The dialogs of the staff page: a staff account's form, and the one-time password handover."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from citizen_app.api.admin import STAFF_ROLES, Handover, StaffApi
from citizen_app.api.errors import Rejected
from citizen_app.ui.advice import advice
from citizen_app.ui.bidi import ltr
from citizen_app.ui.tasks import run_task


def role_name(role: str) -> str:
    names = {
        "clerk": QGuiApplication.translate("Staff", "Clerk"),
        "supervisor": QGuiApplication.translate("Staff", "Supervisor"),
        "admin": QGuiApplication.translate("Staff", "Administrator"),
    }
    return names.get(role, role)


class StaffDialog(QDialog):
    """A new staff account (name, e-mail or mobile, role, department), or an existing one's
    role and department. The call runs in the background; errors appear next to their field."""

    def __init__(
        self,
        api: StaffApi,
        departments: list[tuple[str, str]],
        account: dict[str, Any] | None,
        done: Callable[[Any], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.api, self.account, self._done = api, account, done
        self.setWindowTitle(self.tr("New staff account") if account is None else account["name"])
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.name, self.email, self.phone = QLineEdit(), QLineEdit(), QLineEdit()
        self.role, self.department = QComboBox(), QComboBox()
        for role in STAFF_ROLES:
            self.role.addItem(role_name(role), role)
        self.department.addItem(self.tr("The whole municipality"), "")
        for code, name in departments:
            self.department.addItem(name, code)
        self.errors: dict[str, QLabel] = {}
        fields = [
            ("name", self.tr("Full name"), self.name),
            ("email", self.tr("E-mail"), self.email),
            ("phone", self.tr("Mobile number"), self.phone),
            ("role", self.tr("Role"), self.role),
            ("department", self.tr("Department"), self.department),
        ]
        if account is not None:  # who the account is does not change here
            fields = fields[3:]
            self.role.setCurrentIndex(max(0, self.role.findData(account["role"])))
            self.department.setCurrentIndex(
                max(0, self.department.findData(account.get("department") or ""))
            )
        for key, label, widget in fields:
            widget.setAccessibleName(label)
            error = QLabel()
            error.setObjectName("fieldError")
            error.setWordWrap(True)
            error.hide()
            self.errors[key] = error
            form.addRow(label, widget)
            form.addRow("", error)
        for line in (self.email, self.phone):
            line.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()
        self.status.clear()

    def _field_error(self, field: str, text: str) -> None:
        label = self.errors.get(field)
        if label is None:
            self.status.setText(text)
            return
        label.setText(text)
        label.show()

    def on_save_clicked(self) -> None:
        self._clear_errors()
        role, department = self.role.currentData(), self.department.currentData()
        if self.account is None:
            name = self.name.text().strip()
            email, phone = self.email.text().strip(), self.phone.text().strip()
            if not name:
                self._field_error("name", self.tr("Write the person's name."))
                return
            if not email and not phone:
                self._field_error("email", self.tr("Give an e-mail or a mobile number."))
                return
            api = self.api

            def call() -> Any:
                return api.create(name, email=email, phone=phone, role=role, department=department)
        else:
            api, user_id = self.api, self.account["id"]

            def call() -> Any:
                return api.update(user_id, role=role, department=department)

        self.buttons.setEnabled(False)
        self.status.setText(self.tr("Saving…"))
        run_task(call, self.on_saved, self.on_save_failed)

    def on_saved(self, result: Any) -> None:
        self.buttons.setEnabled(True)
        self.accept()
        self._done(result)

    def on_save_failed(self, error: Exception) -> None:
        self.buttons.setEnabled(True)
        self.status.clear()
        if isinstance(error, Rejected) and error.code == "account_exists":
            self._field_error(
                "email", self.tr("Another account already uses this e-mail or number.")
            )
        elif isinstance(error, Rejected) and error.code == "invalid_field":
            field = str(error.params.get("field", ""))
            self._field_error(field, self._field_advice(field))
        elif isinstance(error, Rejected) and error.code == "own_account":
            self.status.setText(
                self.tr("You cannot take the administrator role from your own account.")
            )
        else:
            self.status.setText(advice(error))

    def _field_advice(self, field: str) -> str:
        return {
            "name": self.tr("Write the person's name."),
            "email": self.tr("This e-mail address is not valid."),
            "phone": self.tr("This mobile number is not valid."),
            "department": self.tr("This department is no longer in the catalogue."),
        }.get(field, self.tr("Check this field."))


class HandoverDialog(QDialog):
    """The one-time password, shown once: to copy or read out to the person."""

    def __init__(self, handover: Handover, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("One-time password"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Give this password to %1. It works once: at the first sign-in they must "
                "choose their own. It is not shown again."
            ).replace("%1", ltr(handover.account["name"]))
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.password = QLineEdit(handover.one_time_password)
        self.password.setReadOnly(True)
        self.password.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.password.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.password.setAccessibleName(self.tr("One-time password"))
        layout.addWidget(self.password)
        copy = QPushButton(self.tr("Copy"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.password.text()))
        layout.addWidget(copy)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.accept)
        layout.addWidget(close)
