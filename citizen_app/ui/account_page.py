"""My account: the citizen's profile (name, e-mail, mobile), their password, where they are
signed in, a copy of everything the municipality holds about them, and leaving.

On a kiosk the copy is not offered (nothing personal may stay on a shared machine)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from citizen_app.api.accounts import Extensions
from citizen_app.api.errors import Rejected
from citizen_app.core.formats import date_time
from citizen_app.ui.advice import advice
from citizen_app.ui.bidi import ltr
from citizen_app.ui.contact_verify_box import ContactVerifyBox
from citizen_app.ui.page_reset import clear_inputs
from citizen_app.ui.password_dialog import PasswordDialog
from citizen_app.ui.tasks import Latest, run_task


def write_file(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


class AccountPage(QWidget):
    #: the profile as the server now has it
    profile_changed = Signal(dict)
    #: the account was deleted: sign out here
    left = Signal()

    def __init__(self, extensions: Extensions, kiosk: bool = False) -> None:
        super().__init__()
        self.extensions, self.kiosk = extensions, kiosk
        self._sessions = Latest()
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        layout.addWidget(self.heading)

        self.profile_box = QGroupBox()
        form = QFormLayout(self.profile_box)
        self.name, self.email, self.phone = QLineEdit(), QLineEdit(), QLineEdit()
        self.labels = [QLabel() for _ in range(3)]
        for label, line in zip(self.labels, (self.name, self.email, self.phone), strict=True):
            form.addRow(label, line)
            line.returnPressed.connect(self.on_save_clicked)
        for line in (self.email, self.phone):
            line.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        buttons = QHBoxLayout()
        self.save_button, self.password_button = QPushButton(), QPushButton()
        self.save_button.clicked.connect(self.on_save_clicked)
        self.password_button.clicked.connect(self.on_password_clicked)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.password_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        layout.addWidget(self.profile_box)

        self.contacts_box = QGroupBox()
        contacts = QVBoxLayout(self.contacts_box)
        self.contacts = [ContactVerifyBox(extensions, f) for f in ("email", "phone")]
        for box in self.contacts:
            contacts.addWidget(box)
            box.verified.connect(self.on_contact_verified)
        layout.addWidget(self.contacts_box)

        self.sessions_box = QGroupBox()
        sessions = QVBoxLayout(self.sessions_box)
        self.sessions = QListWidget()
        self.sessions.setMaximumHeight(110)
        self.end_others_button = QPushButton()
        self.end_others_button.clicked.connect(self.on_end_others_clicked)
        sessions.addWidget(self.sessions)
        sessions.addWidget(self.end_others_button, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addWidget(self.sessions_box)

        self.data_box = QGroupBox()
        data = QHBoxLayout(self.data_box)
        self.export_button, self.leave_button = QPushButton(), QPushButton()
        self.export_button.clicked.connect(self.on_export_clicked)
        self.leave_button.clicked.connect(self.on_leave_clicked)
        self.export_button.setVisible(not kiosk)
        data.addWidget(self.export_button)
        data.addWidget(self.leave_button)
        data.addStretch(1)
        layout.addWidget(self.data_box)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("My account"))
        self.profile_box.setTitle(self.tr("My details"))
        texts = (self.tr("Full name"), self.tr("E-mail"), self.tr("Mobile phone"))
        for label, line, text in zip(
            self.labels, (self.name, self.email, self.phone), texts, strict=True
        ):
            label.setText(text)
            line.setAccessibleName(text)
        self.save_button.setText(self.tr("Save my details"))
        self.password_button.setText(self.tr("Change my password…"))
        self.contacts_box.setTitle(self.tr("Confirmed contact details"))
        for box in self.contacts:
            box.retranslate()
        self.sessions_box.setTitle(self.tr("Where I am signed in"))
        self.sessions.setAccessibleName(self.sessions_box.title())
        self.end_others_button.setText(self.tr("Sign out everywhere else"))
        self.data_box.setTitle(self.tr("My data"))
        self.export_button.setText(self.tr("Download a copy of my data…"))
        self.leave_button.setText(self.tr("Delete my account…"))
        for button in (
            self.save_button,
            self.password_button,
            self.end_others_button,
            self.export_button,
            self.leave_button,
        ):
            button.setAccessibleName(button.text())

    def show_profile(self, user: dict[str, Any] | None) -> None:
        """Fill in the details and ask the server where the account is signed in."""
        user = user or {}
        self.name.setText(user.get("name") or "")
        self.show_addresses(user)
        self.status.clear()
        self.show_contacts(user)
        self.load_sessions()

    def show_addresses(self, user: dict[str, Any]) -> None:
        """The fields hold the addresses the person chose: a new one waiting for its code
        rather than the confirmed one it will replace (so saving again keeps the change)."""
        self.email.setText(user.get("pending_email") or user.get("email") or "")
        self.phone.setText(user.get("pending_phone") or user.get("phone") or "")

    def show_contacts(self, user: dict[str, Any]) -> None:
        for box in self.contacts:
            box.show_user(user)

    def clear(self) -> None:
        """Signed out: nothing of the person stays on the page."""
        self._sessions.cancel()
        for line in (self.name, self.email, self.phone):
            line.clear()
        for box in self.contacts:
            box.reset()
            box.show_user({})
        self.sessions.clear()
        self.status.clear()

    def reset(self) -> None:
        """For the next kiosk visitor: nothing of the profile or its sessions left."""
        clear_inputs(self)
        self.clear()

    def load_sessions(self) -> None:
        self._sessions.run(self.extensions.sessions, self.show_sessions, self.on_failed)

    def show_sessions(self, items: list[dict[str, Any]]) -> None:
        self.sessions.clear()
        for item in items:
            text = (
                self.tr("Signed in %1, last active %2")
                .replace("%1", date_time(item["started_at"]))
                .replace("%2", date_time(item["last_used_at"]))
            )
            if item.get("current"):
                text = self.tr("%1 (this computer)").replace("%1", text)
            self.sessions.addItem(text)
        self.end_others_button.setEnabled(len(items) > 1)

    def on_save_clicked(self) -> None:
        changes = {
            "name": self.name.text().strip(),
            "email": self.email.text().strip(),
            "phone": self.phone.text().strip(),
        }
        if not changes["name"]:
            self.status.setText(self.tr("Write your name."))
            return
        self.status.setText(self.tr("Saving…"))
        extensions = self.extensions
        run_task(lambda: extensions.update_me(changes), self.on_saved, self.on_failed)

    def on_saved(self, user: dict[str, Any]) -> None:
        self.show_contacts(user)
        waiting = [box for box in self.contacts if box.waiting() is not None]
        if waiting:
            self.status.setText(
                self.tr(
                    "Your details were saved. Confirm the new address with the code we sent "
                    "there (below)."
                )
            )
        else:
            self.status.setText(self.tr("Your details were saved."))
        self.profile_changed.emit(user)

    def on_contact_verified(self, user: dict[str, Any]) -> None:
        """Confirmed: a pending new address is now the one in use."""
        self.show_addresses(user)
        self.show_contacts(user)
        self.profile_changed.emit(user)

    def on_password_clicked(self) -> None:
        dialog = PasswordDialog(
            self.extensions,
            lambda: self.status.setText(
                self.tr("Your password was changed. You were signed out everywhere else.")
            ),
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _: self.load_sessions())
        dialog.open()
        self.dialog = dialog

    def on_end_others_clicked(self) -> None:
        extensions = self.extensions
        run_task(extensions.end_other_sessions, lambda _: self.load_sessions(), self.on_failed)

    def on_export_clicked(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DownloadLocation)
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save a copy of my data"),
            str(Path(folder) / "my-data.zip"),
            "ZIP (*.zip)",
        )
        if not path:
            return
        self.status.setText(self.tr("Preparing the copy…"))
        extensions, target = self.extensions, Path(path)
        run_task(
            lambda: write_file(target, extensions.export()),
            lambda saved: self.status.setText(
                self.tr("Saved in %1.").replace("%1", ltr(str(saved)))
            ),
            self.on_export_failed,
        )

    def on_export_failed(self, error: Exception) -> None:
        if isinstance(error, OSError):
            self.status.setText(
                self.tr("The copy could not be saved there. Choose another folder.")
            )
        else:
            self.on_failed(error)

    def on_leave_clicked(self) -> None:
        password, ok = QInputDialog.getText(
            self,
            self.tr("Delete my account"),
            self.tr(
                "Your name, e-mail, mobile number, ID number and photos will be erased. Your "
                "requests stay with the municipality without your name. This cannot be undone.\n"
                "Write your password to confirm:"
            ),
            QLineEdit.EchoMode.Password,
        )
        if not ok or not password:
            return
        self.status.setText(self.tr("Deleting…"))
        extensions = self.extensions
        run_task(lambda: extensions.leave(password), lambda _: self.left.emit(), self.on_failed)

    def on_failed(self, error: Exception) -> None:
        if isinstance(error, Rejected) and error.params.get("field") == "password":
            self.status.setText(self.tr("This is not your password. Nothing was deleted."))
        elif isinstance(error, Rejected) and error.code == "account_exists":
            self.status.setText(self.tr("Another account already uses this e-mail or number."))
        elif isinstance(error, Rejected) and error.code == "invalid_field":
            self.status.setText(self.tr("Check the e-mail and the mobile number."))
        else:
            self.status.setText(advice(error))
