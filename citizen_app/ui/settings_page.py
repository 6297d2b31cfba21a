"""Settings: language (switches at once, no restart), server, how to be told of news (when
the server offers the choice), signing out."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from citizen_app.core import formats
from citizen_app.core.server_address import AddressProblem
from citizen_app.ui.bidi import foreign, ltr
from citizen_app.ui.page_reset import clear_inputs
from citizen_app.ui.theme import TEXT_SIZES, THEMES

# Each language is named in itself, so that anyone can find their own.
LANGUAGE_NAMES = (("ar", "العربية"), ("en", "English"), ("fr", "Français"))
# The profile's fields for how the citizen wants to be told of news; servers before these
# existed do not send them, and then the boxes are not shown.
NOTIFY_FIELDS = ("notify_email", "notify_sms")
#: the profile field each way of being told needs
ADDRESSES = {"notify_email": "email", "notify_sms": "phone"}


class SettingsPage(QWidget):
    #: a language code
    language_chosen = Signal(str)
    #: the look chosen: a theme (ui/theme.py's THEMES) and a text size in per cent
    look_chosen = Signal(str, int)
    #: the citizen wants to sign out
    sign_out_requested = Signal()
    #: the signed-in person wants their account page
    account_requested = Signal()
    #: an address typed for the municipality's server ("" for the demo municipality)
    server_chosen = Signal(str)
    #: the citizen ticked or unticked a way to be told: {"notify_email": True} and the like
    notifications_changed = Signal(dict)

    def __init__(self, languages: tuple[str, ...] = ("ar", "en", "fr")) -> None:
        """`languages`: the codes the site offers (site config `languages`)."""
        super().__init__()
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        layout.addWidget(self.heading)
        form = QFormLayout()
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES:
            if code in languages:
                self.language.addItem(name, code)
        self.language.activated.connect(
            lambda index: self.language_chosen.emit(self.language.itemData(index))
        )
        self.language_label, self.server_label = QLabel(), QLabel()
        self.theme, self.text_size = QComboBox(), QComboBox()
        for code in THEMES:
            self.theme.addItem("", code)
        for size in TEXT_SIZES:
            self.text_size.addItem("", size)
        for combo in (self.theme, self.text_size):
            combo.activated.connect(lambda _: self.look_chosen.emit(*self.look()))
        self.theme_label, self.text_size_label = QLabel(), QLabel()
        self.server = QLineEdit()
        # Web addresses read left to right whatever the language of the screen.
        self.server.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.server.setInputMethodHints(Qt.InputMethodHint.ImhUrlCharactersOnly)
        self.server.returnPressed.connect(self._on_connect)
        self.connect_button = QPushButton()
        self.connect_button.clicked.connect(self._on_connect)
        self.demo_button = QPushButton()
        self.demo_button.clicked.connect(lambda: self.server_chosen.emit(""))
        server_row = QHBoxLayout()
        server_row.addWidget(self.server, 1)
        server_row.addWidget(self.connect_button)
        form.addRow(self.language_label, self.language)
        form.addRow(self.theme_label, self.theme)
        form.addRow(self.text_size_label, self.text_size)
        form.addRow(self.server_label, server_row)
        self.server_note = QLabel()
        self.server_note.setWordWrap(True)
        form.addRow("", self.server_note)
        form.addRow("", self.demo_button)
        layout.addLayout(form)
        self.account = QLabel()
        self.account.setWordWrap(True)
        layout.addWidget(self.account)
        self.sign_out_button = QPushButton()
        self.sign_out_button.clicked.connect(self.sign_out_requested.emit)
        self.account_button = QPushButton()
        self.account_button.clicked.connect(self.account_requested.emit)
        layout.addWidget(self.account_button, 0, Qt.AlignmentFlag.AlignLeading)
        self.notify_box = QGroupBox()
        notify = QVBoxLayout(self.notify_box)
        self.notify = {name: QCheckBox() for name in NOTIFY_FIELDS}
        for name, box in self.notify.items():
            box.clicked.connect(
                lambda checked, n=name: self.notifications_changed.emit({n: checked})
            )
            notify.addWidget(box)
        self.notify_status = QLabel()
        self.notify_status.setWordWrap(True)
        notify.addWidget(self.notify_status)
        self.notify_box.hide()
        layout.addWidget(self.notify_box)
        layout.addWidget(self.sign_out_button)
        layout.addStretch(1)
        self._server_url = ""
        self._user: dict | None = None
        self._profile: dict | None = None  # the last profile whose choices are shown
        self._remembered = True
        self._demo_offered = False
        self._problem: AddressProblem | str | None = None
        self.retranslate()

    def look(self) -> tuple[str, int]:
        return self.theme.currentData(), self.text_size.currentData()

    def show_look(self, theme: str, text_size: int) -> None:
        self.theme.setCurrentIndex(max(0, self.theme.findData(theme)))
        index = self.text_size.findData(text_size)
        if index < 0:  # a size IT staff set between the steps offered here
            self.text_size.addItem("", text_size)
            index = self.text_size.count() - 1
            self.retranslate()
        self.text_size.setCurrentIndex(index)

    def _on_connect(self) -> None:
        self.server_chosen.emit(self.server.text())

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Settings"))
        self.language_label.setText(self.tr("Language"))
        self.server_label.setText(self.tr("Municipality server"))
        self.theme_label.setText(self.tr("Colours"))
        self.text_size_label.setText(self.tr("Text size"))
        names = {
            "system": self.tr("Like the rest of this computer"),
            "light": self.tr("Light"),
            "dark": self.tr("Dark"),
            "high-contrast": self.tr("High contrast"),
        }
        for index in range(self.theme.count()):
            self.theme.setItemText(index, names[self.theme.itemData(index)])
        for index in range(self.text_size.count()):
            size = formats.number(self.text_size.itemData(index))
            self.text_size.setItemText(index, self.tr("%1 %").replace("%1", size))
        self.theme.setAccessibleName(self.theme_label.text())
        self.text_size.setAccessibleName(self.text_size_label.text())
        self.sign_out_button.setText(self.tr("Sign out"))
        self.account_button.setText(self.tr("My account…"))
        self.account_button.setAccessibleName(self.account_button.text())
        self.connect_button.setText(self.tr("Connect"))
        self.demo_button.setText(self.tr("Use the demo municipality"))
        self.server.setPlaceholderText("https://eservices.example.ps")
        self.language.setAccessibleName(self.language_label.text())
        self.server.setAccessibleName(self.server_label.text())
        self.notify_box.setTitle(self.tr("When your request changes"))
        self.notify["notify_email"].setText(self.tr("Tell me by e-mail"))
        self.notify["notify_sms"].setText(self.tr("Tell me by SMS"))
        for button in (
            self.sign_out_button,
            self.connect_button,
            self.demo_button,
            *self.notify.values(),
        ):
            button.setAccessibleName(button.text())
        self.show_server_problem(self._problem)
        self.show_state(self._server_url, self._user, self._remembered, self._demo_offered)

    def reset(self) -> None:
        """For the next kiosk visitor: no typed address or notice left."""
        clear_inputs(self)
        self.show_server_problem(None)
        self.show_notifications(None)

    def show_server_problem(self, problem: AddressProblem | str | None) -> None:
        """Why the typed address was not taken: a check of its shape, or advice after trying
        it (a text already in the citizen's language). None clears the line."""
        self._problem = problem
        texts = {
            AddressProblem.EMPTY: self.tr("Enter the address of the municipality's server."),
            AddressProblem.NOT_WEB: self.tr(
                "This is not a web address. It looks like https://eservices.example.ps"
            ),
            AddressProblem.PLAIN_HTTP: self.tr(
                "Use an address that starts with https:// so that your password and details "
                "travel encrypted."
            ),
        }
        text = texts.get(problem, problem) if isinstance(problem, AddressProblem) else problem
        if not problem and not self._server_url:
            text = self.tr(
                "The demo municipality is in use. To reach your municipality, enter the address "
                "it publishes for this app."
            )
        self.server_note.setObjectName("fieldError" if problem else "")
        self.server_note.setStyleSheet("")  # re-applies the window's rule for the new name
        self.server_note.setText(text or "")
        self.server_note.setVisible(bool(text))

    def show_server_checking(self) -> None:
        self.server_note.setObjectName("")
        self.server_note.setStyleSheet("")
        self.server_note.setText(self.tr("Checking the server…"))
        self.server_note.setVisible(True)
        self.connect_button.setEnabled(False)

    def server_checked(self) -> None:
        self.connect_button.setEnabled(True)

    def show_state(
        self, server_url: str, user: dict | None, remembered: bool, demo_offered: bool = False
    ) -> None:
        """`server_url` is empty while the demo municipality is in use; `demo_offered` says
        whether it can be switched back to."""
        self._server_url, self._user, self._remembered = server_url, user, remembered
        self._demo_offered = demo_offered
        if not self.server.hasFocus():
            self.server.setText(server_url)
        self.demo_button.setVisible(demo_offered and bool(server_url))
        if not isinstance(self._problem, AddressProblem | str):
            self.show_server_problem(None)
        if user is None:
            self.account.setText(self.tr("You are not signed in."))
        else:
            who = user.get("email") or user.get("phone") or ""
            name = foreign(user.get("name", ""))
            name = f"{name} ({ltr(who)})" if who else name
            text = self.tr("Signed in as %1.").replace("%1", name)
            if not remembered:
                text += " " + self.tr(
                    "This computer has no usable password store, so you will need to sign in "
                    "again next time."
                )
            self.account.setText(text)
        self.sign_out_button.setVisible(user is not None)
        self.account_button.setVisible(user is not None)
        if user is None:
            self.notify_box.hide()

    def show_notifications(self, user: dict | None) -> None:
        """The profile's choices, each box only when the server has that field; a channel
        whose address the account lacks (no mobile number, no e-mail) cannot be ticked."""
        self._profile = user
        offered = False
        missing = []
        for name, box in self.notify.items():
            known = user is not None and isinstance(user.get(name), bool)
            address = user.get(ADDRESSES[name]) if user is not None else None
            box.setVisible(known)
            box.setEnabled(bool(address) or (known and user[name]))
            if known:
                box.setChecked(user[name])
                if not box.isEnabled():
                    missing.append(name)
            offered = offered or known
        self.notify_box.setVisible(offered)
        self.notify_status.setText(
            self.tr("Your account has no mobile number, so SMS cannot be chosen.")
            if "notify_sms" in missing
            else self.tr("Your account has no e-mail address, so e-mail cannot be chosen.")
            if missing
            else ""
        )

    def show_notifications_failed(self, problem: str) -> None:
        """The profile could not be read: no boxes (their state is unknown), and why."""
        self.show_notifications(None)
        self.notify_box.show()
        self.notify_status.setText(
            self.tr("Your choices could not be loaded: %1 Open Settings again to retry.").replace(
                "%1", problem
            )
        )

    def show_notifications_saving(self) -> None:
        for box in self.notify.values():
            box.setEnabled(False)
        self.notify_status.setText(self.tr("Saving…"))

    def show_notifications_result(self, user: dict | None, problem: str = "") -> None:
        """After saving: the choices as the server now has them, or (None) as they were before,
        and what went wrong."""
        self.show_notifications(user if user is not None else self._profile)
        self.notify_status.setText(problem or self.tr("Saved."))

    def show_language(self, code: str) -> None:
        self.language.setCurrentIndex(self.language.findData(code))
