"""Staff accounts for an administrator: who works in the app, their role and department, when
each last signed in; new accounts, changes, deactivation and password resets."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from citizen_app.api.admin import Handover, StaffApi
from citizen_app.api.errors import Rejected
from citizen_app.core.formats import date_time
from citizen_app.ui import wheel_guard
from citizen_app.ui.admin import name_table
from citizen_app.ui.admin.staff_dialogs import HandoverDialog, StaffDialog, role_name
from citizen_app.ui.advice import advice
from citizen_app.ui.bidi import ltr
from citizen_app.ui.tasks import Latest, run_task

COLUMNS = 6


class StaffPage(QWidget):
    # a dialog was opened (the tests hold on to it)
    dialog_opened = Signal(object)

    def __init__(self, api: StaffApi) -> None:
        super().__init__()
        self.api = api
        self.accounts: list[dict[str, Any]] = []
        self.departments: list[tuple[str, str]] = []
        self._load = Latest()
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        layout.addWidget(self.heading)
        self.table = QTableWidget(0, COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self.on_selection_changed)
        self.table.itemActivated.connect(lambda _: self.on_edit_clicked())
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.new_button, self.edit_button = QPushButton(), QPushButton()
        self.active_button, self.reset_button = QPushButton(), QPushButton()
        self.new_button.clicked.connect(self.on_new_clicked)
        self.edit_button.clicked.connect(self.on_edit_clicked)
        self.active_button.clicked.connect(self.on_active_clicked)
        self.reset_button.clicked.connect(self.on_reset_clicked)
        for button in (self.new_button, self.edit_button, self.active_button, self.reset_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.retranslate()
        self.on_selection_changed()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Staff accounts"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("E-mail or mobile"),
                self.tr("Role"),
                self.tr("Department"),
                self.tr("State"),
                self.tr("Last sign-in"),
            ]
        )
        name_table(self.table, self.tr("Staff accounts"))
        self.new_button.setText(self.tr("New staff account…"))
        self.edit_button.setText(self.tr("Change role or department…"))
        self.reset_button.setText(self.tr("Reset password…"))
        for button in (self.new_button, self.edit_button, self.reset_button):
            button.setAccessibleName(button.text())
        self.show_accounts(self.accounts)

    def set_departments(self, departments: list[tuple[str, str]]) -> None:
        """(code, name in the current language) of the catalogue's departments."""
        self.departments = departments

    def load(self) -> None:
        self.status.setText(self.tr("Loading…"))
        self._load.run(self.api.staff, self.show_accounts, self.on_failed)

    def clear(self) -> None:
        """Signed out: nothing of the list stays on screen."""
        self._load.cancel()
        self.show_accounts([])

    def selected(self) -> dict[str, Any] | None:
        rows = self.table.selectionModel().selectedRows()
        return self.accounts[rows[0].row()] if rows else None

    def show_accounts(self, accounts: list[dict[str, Any]]) -> None:
        chosen = (self.selected() or {}).get("id")
        self.accounts = accounts
        self.status.clear()
        names = dict(self.departments)
        self.table.setRowCount(len(accounts))
        for row, account in enumerate(accounts):
            login = account.get("email") or account.get("phone") or ""
            if not account["is_active"]:
                state = self.tr("Deactivated")
            elif account.get("must_change_password"):
                state = self.tr("Waiting for a new password")
            else:
                state = self.tr("Active")
            department = account.get("department")
            cells = [
                account["name"],
                ltr(login),
                role_name(account["role"]),
                names.get(department, department) if department else self.tr("All departments"),
                state,
                date_time(account.get("last_sign_in_at")) or self.tr("Never"),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if not account["is_active"]:
                    item.setForeground(self.palette().placeholderText())
                self.table.setItem(row, column, item)
            if account["id"] == chosen:
                self.table.selectRow(row)
        self.on_selection_changed()

    def on_selection_changed(self) -> None:
        account = self.selected()
        for button in (self.edit_button, self.active_button, self.reset_button):
            button.setEnabled(account is not None)
        active = account is None or account["is_active"]
        self.active_button.setText(self.tr("Deactivate") if active else self.tr("Reactivate"))
        self.active_button.setAccessibleName(self.active_button.text())

    def on_failed(self, error: Exception) -> None:
        if isinstance(error, Rejected) and error.code == "own_account":
            self.status.setText(self.tr("You cannot do this to your own account."))
        else:
            self.status.setText(advice(error))

    def _open(self, dialog: Any) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wheel_guard.guard(dialog)  # a role chosen is not changed by a passing wheel
        dialog.open()
        self.dialog_opened.emit(dialog)

    def on_new_clicked(self) -> None:
        self._open(StaffDialog(self.api, self.departments, None, self.on_handover, self))

    def on_edit_clicked(self) -> None:
        account = self.selected()
        if account is not None:
            done = lambda _: self.load()  # noqa: E731
            self._open(StaffDialog(self.api, self.departments, account, done, self))

    def on_handover(self, handover: Handover) -> None:
        self.load()
        self._open(HandoverDialog(handover, self))

    def _confirm(self, title: str, text: str, action: Any) -> None:
        """Ask first (Yes runs `action`), without blocking the window."""
        asked = QMessageBox(
            QMessageBox.Icon.Question,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        asked.accepted.connect(action)
        self._open(asked)

    def on_active_clicked(self) -> None:
        account = self.selected()
        if account is None:
            return
        api, user_id, active = self.api, account["id"], not account["is_active"]
        if active:
            self._set_active(api, user_id, active)
            return
        text = self.tr(
            "Deactivate %1? They are signed out at once and cannot sign in until the account "
            "is reactivated."
        ).replace("%1", ltr(account["name"]))
        self._confirm(self.tr("Deactivate"), text, lambda: self._set_active(api, user_id, False))

    def _set_active(self, api: StaffApi, user_id: int, active: bool) -> None:
        self.status.setText(self.tr("Saving…"))
        run_task(
            lambda: api.update(user_id, is_active=active), lambda _: self.load(), self.on_failed
        )

    def on_reset_clicked(self) -> None:
        account = self.selected()
        if account is None:
            return
        api, user_id = self.api, account["id"]

        def reset() -> None:
            self.status.setText(self.tr("Saving…"))
            run_task(lambda: api.reset_password(user_id), self.on_handover, self.on_failed)

        text = self.tr(
            "Give %1 a new one-time password? Their current password stops working and they "
            "are signed out everywhere."
        ).replace("%1", ltr(account["name"]))
        self._confirm(self.tr("Reset password"), text, reset)
