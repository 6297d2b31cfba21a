"""Unexpected errors: logged, then shown in the person's language with the log file's path and
a "Copy details" button, and the app goes on.

`install()` routes Python's excepthooks (main thread, slots, other threads) and Qt's own
messages into the log (core/logs.py). `show(error)` is what a background task without a
failure handler ends in (ui/tasks.py). Errors from any thread reach the one dialog through a
queued signal; while it is open, further errors are counted in it rather than piling up
windows.
"""

from __future__ import annotations

import logging
import sys
import traceback

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QObject,
    Qt,
    QtMsgType,
    Signal,
    qInstallMessageHandler,
    qVersion,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from citizen_app.core import logs

_qt_log = logging.getLogger(logs.ROOT + ".qt")
_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def details(error: BaseException) -> str:
    """What "Copy details" copies: versions, the failure and where it happened, redacted
    like the log (it may be pasted into an e-mail)."""
    import platform  # for a report only: not loaded at start-up

    from citizen_app import __version__

    where = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    path = logs.path()
    return logs.redact(
        f"citizen-app {__version__}, Qt {qVersion()}, Python {platform.python_version()}, "
        f"{platform.platform()}\n{where}\nlog: {path or '-'}"
    )


class CrashDialog(QDialog):
    """Says that something failed, where the log is, and offers the details to copy."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.setObjectName("crashDialog")
        self.details = text
        self.more = 0
        self.setWindowTitle(self.tr("Something went wrong"))
        layout = QVBoxLayout(self)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.copy_button.setAutoDefault(False)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Close"))
        layout.addWidget(buttons)
        self.copy_button.clicked.connect(self.on_copy_clicked)
        buttons.rejected.connect(self.reject)
        self._refresh()

    def _refresh(self) -> None:
        path = logs.path()
        text = self.tr(
            "Something unexpected went wrong. The app carries on, but what you were doing may "
            "not have been finished: please try it again. If it happens again, give the "
            "municipality's IT staff the log file:"
        )
        # The path reads left to right inside an Arabic sentence (LRI … PDI).
        text += f"\n\u2066{path or '-'}\u2069"
        if self.more:
            text += "\n" + self.tr("%n more errors since.", "", self.more)
        self.message.setText(text)

    def one_more(self) -> None:
        self.more += 1
        self._refresh()

    def on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Copied"))


class Reporter(QObject):
    """Brings errors from any thread to the GUI thread's one dialog."""

    #: the details of an error (already redacted)
    happened = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.dialog: CrashDialog | None = None
        self.happened.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def report(self, error: BaseException) -> None:
        """Any thread."""
        self.happened.emit(details(error))

    def _show(self, text: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.one_more()
            return
        self.dialog = CrashDialog(text)
        self.dialog.setLayoutDirection(QGuiApplication.layoutDirection())
        self.dialog.show()
        self.dialog.raise_()


_reporter: list[Reporter] = []


def reporter() -> Reporter:
    """The app's one reporter (made on first use, on the GUI thread)."""
    if not _reporter:
        _reporter.append(Reporter())
    return _reporter[0]


def show(error: BaseException) -> None:
    """Show an unexpected error (already logged by the caller)."""
    if isinstance(QCoreApplication.instance(), QApplication):  # not a headless sender
        reporter().report(error)


def on_qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's warnings go to the log, and to stderr as Qt would print them."""
    category = context.category if context and context.category not in (None, "default") else ""
    _qt_log.log(
        _LEVELS.get(kind, logging.WARNING), "%s%s", f"{category}: " if category else "", message
    )
    if kind != QtMsgType.QtDebugMsg:
        print(message, file=sys.stderr)


def install() -> None:
    """From now on every unexpected error is logged and shown, and Qt's messages logged."""
    logs.install_excepthooks(reporter().report)
    qInstallMessageHandler(on_qt_message)
