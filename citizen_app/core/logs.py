"""The app's log file: what went wrong stays on disk for IT staff, and never a citizen's data.

One rotating file (`citizen-app.log`, 1 MB × 4) in the user's log folder (platformdirs), or in
`<data dir>/logs` when the data folder is set (tests, kiosks, portable installs). INFO by
default. Every line passes `redact()` before it is written, and the app logs error *kinds*
(an exception's type, an API error's status and code), never server texts or typed input;
tests/test_log_file.py runs a whole journey and looks for its secrets in the file.

No Qt here: the excepthooks and the redaction are used by the GUI and by headless code alike.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import re
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from platformdirs import user_log_path

from citizen_app.api.errors import ApiError, Rejected, ServerError

APP = "municipal-eservices"
FILE_NAME = "citizen-app.log"
#: where a crash in native code (Qt, a driver) writes every thread's stack, beside the log
FATAL_NAME = "fatal-error.txt"
#: the logger every module of the app logs under (`citizen_app.<module>`)
ROOT = "citizen_app"

_home = str(Path.home())
# Order matters: URLs lose their query first, then tokens, e-mails and numbers.
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(r"(?i)\b(authorization|bearer|password|token|api[_-]?key)\b\S*[:=]\s*\S+"),
        r"\1=…",
    ),
    (re.compile(r"(https?://)[^/@\s]+@"), r"\1…@"),  # user:password@host
    (re.compile(r"\?[^\s'\"<>]*"), "?…"),  # query strings (api_key=, phone=, e-mail=)
    (re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+"), "[e-mail]"),
    # Tokens and keys: long runs of letters and digits with at least one digit in them.
    (re.compile(r"\b(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[\w-]{20,}\b", re.A), "[token]"),
    (re.compile(r"\+?\d[\d \-]{5,}\d"), "[number]"),  # ID numbers, phones (7+ digits)
    # Arabic (and any non-Latin) text is what people type: our own messages are English.
    (re.compile(r"[^\x00-\x7f\u2026]+"), "[text]"),
)


def redact(text: str) -> str:
    """What remains of a line once anything personal or secret-looking is taken out."""
    if _home and _home != "/":
        text = text.replace(_home, "~")
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


def describe(error: BaseException) -> str:
    """One line about a failure, without what the server or the citizen said: for an API
    error its kind, HTTP status and machine code; for anything else its type and message
    (redacted when written)."""
    if isinstance(error, Rejected):
        return f"{type(error).__name__} (HTTP {error.status}, {error.code})"
    if isinstance(error, ServerError):
        return f"{type(error).__name__} (HTTP {error.status})"
    if isinstance(error, ApiError):
        return type(error).__name__
    return f"{type(error).__name__}: {error}"


class SafeFormatter(logging.Formatter):
    """Redacts the whole formatted record, traceback included."""

    def __init__(self) -> None:
        super().__init__("%(message)s")

    def format(self, record: logging.LogRecord) -> str:
        if record.exc_info and isinstance(record.exc_info[1], ApiError):
            record.msg, record.args = f"{record.getMessage()}: {describe(record.exc_info[1])}", ()
            # An API error's message is the server's text: keep only where it was raised.
            record.exc_text = "".join(traceback.format_tb(record.exc_info[2]))
        body = redact(super().format(record))
        when = self.formatTime(record, "%Y-%m-%d %H:%M:%S")
        return f"{when} {record.levelname} {record.name} [{record.threadName}] {body}"


def folder(data_dir: str) -> Path:
    """`<data dir>/logs` when the data folder was chosen, else the user's log folder."""
    return Path(data_dir) / "logs" if data_dir else user_log_path(APP, appauthor=False)


_handler: logging.Handler | None = None


def setup(directory: Path, level: int = logging.INFO) -> Path:
    """Log the app's records at `level` and the libraries' warnings (urllib3's retries,
    keyring's) to `directory`/citizen-app.log from now on; returns the path. Called again
    (tests), it moves the log to the new folder."""
    global _handler
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / FILE_NAME
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    _handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    _handler.setFormatter(SafeFormatter())
    root.addHandler(_handler)
    if root.level == logging.NOTSET or root.level > logging.WARNING:
        root.setLevel(logging.WARNING)
    logging.getLogger(ROOT).setLevel(level)
    return path


def path() -> Path | None:
    """The log file, once set up."""
    return Path(_handler.baseFilename) if isinstance(_handler, logging.FileHandler) else None


_fatal_file = None


def catch_fatal_errors(directory: Path) -> None:
    """A crash in native code (a segmentation fault in Qt) kills the process before any
    excepthook runs: Python's faulthandler then writes every thread's stack to
    `directory`/fatal-error.txt (raw: it cannot pass through `redact`, but holds only file
    names, lines and function names). The next start moves it into the log, redacted, and
    empties it. Only for the app's own process: in tests pytest keeps its own handler."""
    global _fatal_file
    file = directory / FATAL_NAME
    if file.exists() and file.stat().st_size:
        trace = file.read_text(encoding="utf-8", errors="replace")
        logging.getLogger(ROOT + ".crash").error(
            "the last run ended in a fatal error (the process was killed):\n%s", trace.strip()
        )
    _fatal_file = open(file, "w", encoding="utf-8")  # noqa: SIM115 (open while the app lives)
    faulthandler.enable(_fatal_file, all_threads=True)


Report = Callable[[BaseException], None]
_log = logging.getLogger(ROOT + ".crash")


def install_excepthooks(report: Report) -> None:
    """Unhandled exceptions (a slot's, the main thread's, another thread's) are logged with
    their traceback and passed to `report` (which shows them); the app goes on. Ctrl+C stays
    Python's own."""
    previous = sys.excepthook

    def on_exception(
        kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, error, tb)
            return
        _log.error("unhandled exception", exc_info=(kind, error, tb))
        report(error)

    def on_thread_exception(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        name = args.thread.name if args.thread else "?"
        _log.error(
            "unhandled exception in thread %s",
            name,
            exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
        )
        report(args.exc_value)

    sys.excepthook = on_exception
    threading.excepthook = on_thread_exception
