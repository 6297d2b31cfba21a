"""Settings: language (switches at once, no restart), server, signing out."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from citizen_app.ui.bidi import ltr

# Each language is named in itself, so that anyone can find their own.
LANGUAGE_NAMES = (("ar", "العربية"), ("en", "English"), ("fr", "Français"))


class SettingsPage(QWidget):
    #: a language code
    language_chosen = Signal(str)
    #: the citizen wants to sign out
    sign_out_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        layout.addWidget(self.heading)
        form = QFormLayout()
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.activated.connect(
            lambda index: self.language_chosen.emit(self.language.itemData(index))
        )
        self.language_label, self.server_label = QLabel(), QLabel()
        self.server = QLabel()
        form.addRow(self.language_label, self.language)
        form.addRow(self.server_label, self.server)
        layout.addLayout(form)
        self.account = QLabel()
        self.account.setWordWrap(True)
        layout.addWidget(self.account)
        self.sign_out_button = QPushButton()
        self.sign_out_button.clicked.connect(self.sign_out_requested.emit)
        layout.addWidget(self.sign_out_button)
        layout.addStretch(1)
        self._server_url = ""
        self._user: dict | None = None
        self._remembered = True
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Settings"))
        self.language_label.setText(self.tr("Language"))
        self.server_label.setText(self.tr("Municipality server"))
        self.sign_out_button.setText(self.tr("Sign out"))
        self.language.setAccessibleName(self.language_label.text())
        self.sign_out_button.setAccessibleName(self.sign_out_button.text())
        self.show_state(self._server_url, self._user, self._remembered)

    def show_state(self, server_url: str, user: dict | None, remembered: bool) -> None:
        self._server_url, self._user, self._remembered = server_url, user, remembered
        self.server.setText(ltr(server_url))
        if user is None:
            self.account.setText(self.tr("You are not signed in."))
        else:
            who = user.get("email") or user.get("phone") or ""
            text = self.tr("Signed in as %1.").replace("%1", f"{user.get('name', '')} ({ltr(who)})")
            if not remembered:
                text += " " + self.tr(
                    "This computer has no usable password store, so you will need to sign in "
                    "again next time."
                )
            self.account.setText(text)
        self.sign_out_button.setVisible(user is not None)

    def show_language(self, code: str) -> None:
        self.language.setCurrentIndex(self.language.findData(code))
