"""The window's navigation bar: the citizen's pages, staff pages added in front, who is signed
in, and Sign in. Which buttons show for whom is decided here (show_for), from plain facts the
window gives it; what a button opens is the window's business (the buttons' clicked signals)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

translate = QCoreApplication.translate  # the window's context: these were its buttons


class NavBar(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.services_button, self.mine_button = QPushButton(), QPushButton()
        self.settings_button, self.account_button = QPushButton(), QPushButton()
        self.unsent_button = QPushButton()
        for button in self.citizen_buttons():
            self.row.addWidget(button)
        self.row.addStretch(1)
        # Who is signed in, in the header (a shared computer: whose requests these are).
        self.user_label = QLabel()
        self.user_label.setObjectName("signedInName")
        self.user_label.hide()
        self.row.addWidget(self.user_label)
        self.row.addWidget(self.account_button)
        self.retranslate()

    def citizen_buttons(self) -> tuple[QPushButton, ...]:
        return self.services_button, self.mine_button, self.unsent_button, self.settings_button

    def add_in_front(self, *buttons: QWidget) -> None:
        """Buttons of pages that come first (the staff's)."""
        for button in reversed(buttons):
            self.row.insertWidget(0, button)

    def add_at_end(self, button: QPushButton) -> None:
        self.row.addWidget(button)

    def retranslate(self) -> None:
        self.services_button.setText(translate("MainWindow", "Services"))
        self.mine_button.setText(translate("MainWindow", "My requests"))
        self.settings_button.setText(translate("MainWindow", "Settings"))
        self.unsent_button.setText(translate("MainWindow", "Drafts and outbox"))
        self.account_button.setText(translate("MainWindow", "Sign in"))
        for button in (*self.citizen_buttons(), self.account_button):
            button.setAccessibleName(button.text())
        self.user_label.setAccessibleName(
            translate("MainWindow", "Signed in as %1").replace("%1", self.user_label.text())
        )

    def show_for(
        self,
        signed_in: bool,
        name: str,
        can_sign_in: bool,
        has_mine: bool,
        staff: bool,
        kiosk: bool,
        kiosk_waiting: bool,
    ) -> None:
        """`name`: who is signed in ("" when the server gave none). `can_sign_in`: the server
        has accounts. `has_mine`: there is a list of the citizen's requests. `staff`: staff see
        their own pages instead. `kiosk`: a shared machine, `kiosk_waiting` for a visitor."""
        self.mine_button.setVisible(has_mine and not staff)
        self.account_button.setVisible(can_sign_in and not signed_in)
        self.user_label.setText(name if signed_in else "")
        self.user_label.setVisible(signed_in and bool(name))
        for button in (self.services_button, self.unsent_button):
            button.setVisible(not staff)
        if kiosk:
            # A shared machine: no server change, no list of what earlier visitors left.
            for button in (self.settings_button, self.unsent_button):
                button.hide()
            if kiosk_waiting:  # nothing to press but a language until someone starts
                for button in (self.services_button, self.account_button, self.mine_button):
                    button.hide()
        self.retranslate()
