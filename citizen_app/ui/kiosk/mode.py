"""Kiosk mode (the former KioskMode mixin): a start screen with three languages, touch-sized
controls, an idle timer with a warning, and a session end that leaves nothing of the visitor
behind. Each page forgets its visitor in its own reset(); this object calls them all, and the
window does its own part on `ending` (signed out, the token revoked on the server, messages).
Here: open dialogs closed, the clipboard cleared, drafts and kept copies erased, the session's
temporary folder deleted. The window closes only with the administrator's PIN."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QInputDialog,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QWidget,
)

from citizen_app.core.pin import check_pin
from citizen_app.ui.context import AppContext
from citizen_app.ui.kiosk.feedback_page import FeedbackPage
from citizen_app.ui.kiosk.idle import IdleWatcher
from citizen_app.ui.kiosk.keyboard import OnScreenKeyboard
from citizen_app.ui.kiosk.start_page import KioskStartPage
from citizen_app.ui.kiosk.warning_dialog import IdleWarning
from citizen_app.ui.navigation import LazyPage, Navigation
from citizen_app.ui.notices import Notices
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


class KioskMode(QObject):
    #: a visitor chose a language on the start screen (the language code)
    language_chosen = Signal(str)
    #: the visitor's session is being erased: whatever is not a page forgets them now
    ending = Signal()
    #: the session began or ended: the navigation shows other buttons
    changed = Signal()

    def __init__(
        self,
        context: AppContext,
        notices: Notices,
        navigation: Navigation,
        window: QMainWindow,
        pages: Callable[[], Iterable[QWidget]],
        first_page: QWidget | LazyPage,
        languages: tuple[str, ...],
        idle_timeout: int,
        pin_hash: str,
        municipality: str,
        idle_warning: int = 30,
        feedback: bool = True,
    ) -> None:
        """`pages`: every page of the window, each reset for the next visitor. `first_page`:
        where a visitor starts after choosing the language. `feedback`: ask "how was your
        visit?" after Finish (the site config's choice)."""
        super().__init__(window)
        self.context, self.notices, self.navigation = context, notices, navigation
        self.window, self.pages, self.first_page = window, pages, first_page
        self.pin_hash = pin_hash
        self._closing_allowed = False
        self.session_dir: Path | None = None
        self.pin_dialog: QInputDialog | None = None
        self.start_page = KioskStartPage(municipality, languages)
        self.start_page.language_chosen.connect(self.begin_session)
        self.feedback_page = FeedbackPage() if feedback else None
        if self.feedback_page is not None:
            self.feedback_page.answered.connect(self._feedback_given)
            self.feedback_page.skipped.connect(self._back_to_start)
        self.finish_button = QPushButton()
        self.finish_button.clicked.connect(self.finish_session)
        self.idle = IdleWatcher(idle_timeout, idle_warning, window)
        self.idle_warning = IdleWarning(window)
        self.idle.warn.connect(self.idle_warning.show_left)
        self.idle.tick.connect(self.idle_warning.show_left)
        self.idle.expired.connect(self.end_session)
        self.idle_warning.continued.connect(self._keep_going)
        self.idle_warning.finished_now.connect(self.end_session)
        self.keyboard = OnScreenKeyboard()
        self.keyboard.active = True
        window.setStyleSheet(window.styleSheet() + KIOSK_STYLE)
        window.setWindowFlag(Qt.WindowType.FramelessWindowHint)

    def own_pages(self) -> tuple[QWidget, ...]:
        return tuple(p for p in (self.start_page, self.feedback_page) if p is not None)

    def retranslate(self) -> None:
        self.finish_button.setText(QCoreApplication.translate("MainWindow", "Finish"))
        self.finish_button.setAccessibleName(self.finish_button.text())
        self.idle_warning.retranslate()
        self.keyboard.retranslate()

    def waiting(self) -> bool:
        """Nobody at the kiosk yet (or the last visitor is answering the feedback question)."""
        return self.navigation.current() in self.own_pages()

    def page_for_nobody(self) -> QWidget | None:
        """Where someone who is not signed in goes: the start page until a visitor has
        chosen a language (None: the welcome page, as anywhere)."""
        return None if self.session_dir is not None else self.start_page

    def begin_session(self, language: str) -> None:
        self.session_dir = Path(tempfile.mkdtemp(prefix="kiosk-session-"))
        self.language_chosen.emit(language)
        self.keyboard.show_layout("ar" if language == "ar" else "latin")
        self.idle.start()
        self.navigation.show(self.first_page)
        self.changed.emit()

    def _keep_going(self) -> None:
        self.idle_warning.hide()
        self.idle.extend()

    def finish_session(self) -> None:
        """Finish: erase the session first, then (if the municipality asks) how the visit was;
        the question is anonymous and shown only to someone who pressed Finish."""
        self.end_session()
        if self.feedback_page is not None and self.context.has_extensions():
            self.navigation.show(self.feedback_page)
            self.feedback_page.ask()
            self.changed.emit()

    def _feedback_given(self, score: int) -> None:
        extensions, language = self.context.extensions, self.context.language
        run_task(
            lambda: extensions.send_feedback(score, language),
            done,
            ignore("a visitor's anonymous feedback is optional, and the visitor has left"),
        )
        self._back_to_start()

    def _back_to_start(self) -> None:
        self.navigation.show(self.start_page)
        self.changed.emit()

    def on_wipe_failed(self, _error: Exception) -> None:
        """The last visit's drafts or kept copies may still be there: the staff must know."""
        self.notices.show_message(
            QCoreApplication.translate(
                "MainWindow",
                "This kiosk could not erase everything from the last visit. Please tell the staff.",
            )
        )

    def end_session(self) -> None:
        """The visitor is done (Finish, or idle): erase every trace and start again."""
        self.idle.stop()
        self.idle_warning.hide()
        self.ending.emit()
        for dialog in QApplication.topLevelWidgets():
            if isinstance(dialog, QDialog) and dialog.isVisible():
                dialog.reject()
        for page in self.pages():
            page.reset()
        drafts, cache = self.context.drafts, self.context.cache
        run_task(lambda: wipe_local(drafts, cache), done, self.on_wipe_failed)
        for mode in (QClipboard.Mode.Clipboard, QClipboard.Mode.Selection):
            QGuiApplication.clipboard().clear(mode)
        if self.session_dir is not None:
            shutil.rmtree(self.session_dir, ignore_errors=True)
            self.session_dir = None
        self.navigation.show(self.start_page)
        self.navigation.forget()
        self.changed.emit()

    def allow_shutdown(self) -> None:
        """The machine is shutting down: close without a PIN, after wiping the session."""
        if not self._closing_allowed:
            self._closing_allowed = True
            self.end_session()

    def allow_close(self, pin: str) -> bool:
        """The administrator's PIN (from the site config) lets the window close."""
        self._closing_allowed = bool(self.pin_hash) and check_pin(pin, self.pin_hash)
        return self._closing_allowed

    def close_refused(self, event: QEvent) -> bool:
        """closeEvent's check: True when the close must be refused. The PIN is asked for in a
        dialog that does not block (no nested event loop); the right PIN closes the window."""
        if self._closing_allowed:
            return False
        event.ignore()
        self._ask_pin(QCoreApplication.translate("MainWindow", "PIN to close the kiosk:"))
        return True

    def _ask_pin(self, text: str) -> None:
        dialog = QInputDialog(self.window)
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
            self.window.close()
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


def wipe_local(drafts: object, cache: object) -> None:
    for draft in drafts.list():
        drafts.delete(draft.id)
    cache.forget("mine|")
    cache.forget("me|")
