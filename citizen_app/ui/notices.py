"""The window's message line: notices of what happened, how a load is going, notifications.

Every part of the window speaks through this one object (not through the window), so that a
failure shown by one page's load is cleared by the next successful load, whichever page runs it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QLabel, QSystemTrayIcon

from citizen_app.ui.advice import advice
from citizen_app.ui.bidi import ltr


class Notices(QObject):
    #: a load failed or the municipality cannot be reached: the text the window shows
    load_failed = Signal(str)

    def __init__(self, label: QLabel, tray: QSystemTrayIcon | None) -> None:
        super().__init__(label)
        self.label, self.tray = label, tray
        #: notifications given in this session (status changes, late deliveries)
        self.notifications: list[str] = []
        self._is_progress = False

    def show_message(self, text: str) -> None:
        """A notice of something that happened (signed in without a keyring, a status changed):
        it stays until another message takes its place."""
        self.label.setText(text)
        self.label.setVisible(bool(text))
        self._is_progress = False

    def show_progress(self, text: str) -> None:
        """How a load is going (connecting, loading, offline, failed): the load that succeeds
        clears it, and never a notice."""
        self.show_message(text)
        self._is_progress = True

    def clear_progress(self) -> None:
        if self._is_progress:
            self.show_message("")

    def show_failure(self, error: Exception) -> None:
        """A load failed: plain advice in the message line, and load_failed for the app."""
        self.show_progress(advice(error))
        self.load_failed.emit(self.label.text())

    def tell(self, text: str) -> None:
        """A notification: in the window, and from the system tray where there is one."""
        self.notifications.append(text)
        self.show_message(text)
        if self.tray is not None:
            self.tray.show()
            self.tray.showMessage(
                QCoreApplication.translate("MainWindow", "Municipal e-services"), text
            )

    def tell_damaged_database(self, moved_to: Path) -> None:
        """At start: the local database was damaged (a power cut, a failing disk) and was set
        aside, not deleted; say so, and where it is, so that nothing vanishes unexplained."""
        text = QCoreApplication.translate(
            "MainWindow",
            "The drafts and outbox saved on this computer were damaged and could not be read. "
            "They were kept aside in %1 and the app started afresh. Check My requests to see "
            "what reached the municipality.",
        )
        self.show_message(text.replace("%1", ltr(str(moved_to))))

    def clear(self) -> None:
        """The last visitor's notices and notifications are not for the next one."""
        self.notifications.clear()
        self.show_message("")
