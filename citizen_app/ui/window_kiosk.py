"""Kiosk mode of the main window (a mixin of MainWindow): a start screen with three languages,
touch-sized controls, an idle timer with a warning, and a session end that leaves nothing of the
visitor behind: signed out (the token revoked on the server), every field and its undo history
emptied, previews, lists, dialogs and the clipboard cleared, the session's temporary folder
deleted. The window closes only with the administrator's PIN."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from citizen_app.core.pin import check_pin
from citizen_app.ui.kiosk.feedback_page import FeedbackPage
from citizen_app.ui.kiosk.idle import IdleWatcher
from citizen_app.ui.kiosk.keyboard import OnScreenKeyboard
from citizen_app.ui.kiosk.start_page import KioskStartPage
from citizen_app.ui.kiosk.warning_dialog import IdleWarning
from citizen_app.ui.map_box import MapBox
from citizen_app.ui.tasks import done, ignore, run_task

KIOSK_STYLE = """
QWidget { font-size: 15pt; }
QPushButton { min-height: 48px; min-width: 48px; padding: 6px 18px; }
QLineEdit, QComboBox, QDateTimeEdit, QSpinBox { min-height: 48px; }
QCheckBox::indicator { width: 32px; height: 32px; }
QLabel#kioskTitle { font-size: 26pt; font-weight: bold; }
QPushButton#kioskLanguage { font-size: 28pt; min-width: 260px; min-height: 120px; }
#onScreenKeyboard QPushButton { padding: 0px; }
"""


class KioskMode:
    """Needs MainWindow's pages, account, stack, drafts, cache, tiles and language switching."""

    kiosk = False

    def setup_kiosk(
        self,
        nav: QHBoxLayout,
        idle_timeout: int,
        pin_hash: str,
        municipality: str,
        idle_warning: int = 30,
        feedback: bool = True,
    ) -> None:
        """`feedback`: ask "how was your visit?" after Finish (the site config's choice)."""
        self.kiosk = True
        # No drafts at a kiosk: the visitor's form lives on screen only (and an autosave on
        # its way could otherwise land after the session's wipe).
        self.form.drafts = None
        self.pin_hash = pin_hash
        self._closing_allowed = False
        self.session_dir: Path | None = None
        self.kiosk_start = KioskStartPage(municipality, self.languages)
        self.kiosk_start.language_chosen.connect(self.begin_session)
        self.stack.addWidget(self.kiosk_start)
        self.kiosk_feedback = FeedbackPage() if feedback else None
        if self.kiosk_feedback is not None:
            self.stack.addWidget(self.kiosk_feedback)
            self.kiosk_feedback.answered.connect(self._feedback_given)
            self.kiosk_feedback.skipped.connect(self._back_to_start)
        self.finish_button = QPushButton()
        self.finish_button.clicked.connect(self.finish_session)
        nav.addWidget(self.finish_button)
        self.idle = IdleWatcher(idle_timeout, idle_warning, self)
        self.idle_warning = IdleWarning(self)
        self.idle.warn.connect(self.idle_warning.show_left)
        self.idle.tick.connect(self.idle_warning.show_left)
        self.idle.expired.connect(self.end_session)
        self.idle_warning.continued.connect(self._keep_going)
        self.idle_warning.finished_now.connect(self.end_session)
        self.confirmation.allow_save = False
        self.keyboard = OnScreenKeyboard()
        self.keyboard.active = True
        self.centralWidget().layout().addWidget(self.keyboard)
        self.setStyleSheet(self.styleSheet() + KIOSK_STYLE)
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint)
        self.stack.setCurrentWidget(self.kiosk_start)

    def retranslate_kiosk(self) -> None:
        if self.kiosk:
            self.finish_button.setText(QCoreApplication.translate("MainWindow", "Finish"))
            self.finish_button.setAccessibleName(self.finish_button.text())
            self.idle_warning.retranslate()
            self.kiosk_start.retranslate()
            self.keyboard.retranslate()
            if self.kiosk_feedback is not None:
                self.kiosk_feedback.retranslate()

    def show_kiosk_buttons(self) -> None:
        if self.kiosk:
            # A shared machine: no server change, no list of what earlier visitors left.
            for button in (self.settings_button, self.unsent_button):
                button.hide()
            waiting = self.stack.currentWidget() in (self.kiosk_start, self.kiosk_feedback)
            self.finish_button.setVisible(not waiting)
            if waiting:  # nothing to press but a language until someone starts
                for button in (self.services_button, self.account_button, self.mine_button):
                    button.hide()
            elif not self.is_staff():
                self.services_button.show()

    def begin_session(self, language: str) -> None:
        self.session_dir = Path(tempfile.mkdtemp(prefix="kiosk-session-"))
        self.set_language(language)
        self.keyboard.show_layout("ar" if language == "ar" else "latin")
        self.idle.start()
        self.stack.setCurrentWidget(self.welcome)
        self.update_account_state()

    def _keep_going(self) -> None:
        self.idle_warning.hide()
        self.idle.extend()

    def finish_session(self) -> None:
        """Finish: erase the session first, then (if the municipality asks) how the visit was;
        the question is anonymous and shown only to someone who pressed Finish."""
        self.end_session()
        if self.kiosk_feedback is not None and self._has_extensions():
            self.stack.setCurrentWidget(self.kiosk_feedback)
            self.kiosk_feedback.ask()
            self.update_account_state()

    def _feedback_given(self, score: int) -> None:
        extensions, language = self.extensions, self.language
        run_task(
            lambda: extensions.send_feedback(score, language),
            done,
            ignore("a visitor's anonymous feedback is optional, and the visitor has left"),
        )
        self._back_to_start()

    def _back_to_start(self) -> None:
        self.stack.setCurrentWidget(self.kiosk_start)
        self.update_account_state()

    def on_wipe_failed(self, _error: Exception) -> None:
        """The last visit's drafts or kept copies may still be there: the staff must know."""
        self.show_message(
            QCoreApplication.translate(
                "MainWindow",
                "This kiosk could not erase everything from the last visit. Please tell the staff.",
            )
        )

    def end_session(self) -> None:
        """The visitor is done (Finish, or idle): erase every trace and start again."""
        self.idle.stop()
        self.idle_warning.hide()
        # Signed out at once; the token is revoked on the server in the background.
        self.send_off(self.account.detach())
        self.drop_session_loads()
        for dialog in QApplication.topLevelWidgets():
            if isinstance(dialog, QDialog) and dialog.isVisible():
                dialog.reject()
        erase_inputs(self)
        self.my_account.clear()
        self.verify_step.clear()  # no code, no address of the visitor stays
        self.welcome.start_over()
        self.form.photos.clear()
        self.form.photos.forget_chooser()
        self.form.service, self.form.draft_id, self.form.pending_item = None, None, None
        self.form.idempotency_key = None
        self.form.leave_review()
        self.form.status.clear()
        self.confirmation.result = None
        self.last_receipt = None  # the next visitor must not print this one
        for label in (self.confirmation.number, self.confirmation.explanation):
            label.clear()
        self.show_message("")
        self.mine.set_items([], "")
        self.detail.detail = None
        self.detail.timeline.clear()
        self.detail.summary.clear()
        if self.tiles is not None:  # where the visitor looked is personal too
            self.tiles.forget()
            for box in self.findChildren(MapBox):
                box.forget()
        self.notifications.clear()
        drafts, cache = self.drafts, self.cache
        run_task(lambda: wipe_local(drafts, cache), done, self.on_wipe_failed)
        for mode in (QClipboard.Mode.Clipboard, QClipboard.Mode.Selection):
            QGuiApplication.clipboard().clear(mode)
        if self.session_dir is not None:
            shutil.rmtree(self.session_dir, ignore_errors=True)
            self.session_dir = None
        self.stack.setCurrentWidget(self.kiosk_start)
        self.update_account_state()

    def allow_shutdown(self) -> None:
        """The machine is shutting down: close without a PIN, after wiping the session."""
        if self.kiosk and not self._closing_allowed:
            self._closing_allowed = True
            self.end_session()

    def allow_close(self, pin: str) -> bool:
        """The administrator's PIN (from the site config) lets the window close."""
        self._closing_allowed = bool(self.pin_hash) and check_pin(pin, self.pin_hash)
        return self._closing_allowed

    def kiosk_close_refused(self, event: QEvent) -> bool:
        """closeEvent's check: True when the close must be refused. The PIN is asked for in a
        dialog that does not block (no nested event loop); the right PIN closes the window."""
        if not self.kiosk or self._closing_allowed:
            return False
        event.ignore()
        self._ask_pin(QCoreApplication.translate("MainWindow", "PIN to close the kiosk:"))
        return True

    def _ask_pin(self, text: str) -> None:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(QCoreApplication.translate("MainWindow", "Administrator"))
        dialog.setLabelText(text)
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        dialog.textValueSelected.connect(self._pin_given)
        dialog.open()
        self.pin_dialog = dialog

    def _pin_given(self, pin: str) -> None:
        """The right PIN closes the window; a wrong one is said so, and asked again."""
        if self.allow_close(pin):
            self.end_session()
            self.close()
        elif not self.pin_hash:
            self._ask_pin(
                QCoreApplication.translate(
                    "MainWindow",
                    "This kiosk has no administrator PIN set up (admin_pin_hash in the site "
                    "configuration); it closes when the computer shuts down.",
                )
            )
        else:
            self._ask_pin(
                QCoreApplication.translate("MainWindow", "Wrong PIN. PIN to close the kiosk:")
            )


def erase_inputs(root: QWidget) -> None:
    """Empty every field: setText and setPlainText also drop the undo history, so Ctrl+Z
    cannot bring back what the last visitor typed."""
    for field in root.findChildren(QLineEdit):
        field.setText("")
    for field in root.findChildren(QPlainTextEdit):
        field.setPlainText("")


def wipe_local(drafts: object, cache: object) -> None:
    for draft in drafts.list():
        drafts.delete(draft.id)
    cache.forget("mine|")
    cache.forget("me|")
