"""Doctor: this computer's keyring, data folder and outbox (no Qt beyond QtCore)."""

from __future__ import annotations

import os
import sqlite3
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from citizen_app.core import credentials
from citizen_app.core.local_db import LocalDatabase
from citizen_app.core.outbox import FAILED, WAITING, Outbox
from citizen_app.core.settings import Settings, data_dir
from citizen_app.doctor import FAIL, PASS, WARN, Check


def check_keyring(settings: Settings, timeout: float = credentials.TIMEOUT) -> Check:
    """A harmless read, bounded: an unlock prompt nobody answers must not hang the doctor."""
    title = QCoreApplication.translate("Doctor", "Password store (keyring)")
    if settings.kiosk:
        message = QCoreApplication.translate(
            "Doctor", "Not used: a kiosk keeps sign-ins in memory only."
        )
        return Check("keyring", PASS, title, message, "kiosk")
    try:
        backend = credentials.probe(timeout)
    except credentials.KeyringUnavailable as error:
        cause = type(error.__cause__).__name__ if error.__cause__ else ""
        if cause == "NoKeyringError":
            text = QCoreApplication.translate(
                "Doctor",
                "No usable password store on this computer: the app works, but citizens must "
                "sign in again each time.",
            )
            return Check("keyring", WARN, title, text, "none")
        if cause == "KeyringLocked":
            text = QCoreApplication.translate(
                "Doctor", "The password store is locked: sign-ins will not be remembered."
            )
            return Check("keyring", WARN, title, text, "locked")
        if not cause:
            text = QCoreApplication.translate(
                "Doctor",
                "The password store did not answer within %1 s (an unlock prompt nobody "
                "answered?): sign-ins will not be remembered.",
            ).replace("%1", f"{timeout:g}")
            return Check("keyring", WARN, title, text, "timeout")
        text = QCoreApplication.translate(
            "Doctor", "The password store refused (%1): sign-ins will not be remembered."
        ).replace("%1", cause)
        return Check("keyring", WARN, title, text, "error")
    message = QCoreApplication.translate("Doctor", "Usable (%1).").replace("%1", backend)
    return Check("keyring", PASS, title, message, "ok")


def check_data_dir(settings: Settings) -> Check:
    title = QCoreApplication.translate("Doctor", "Data folder")
    folder = data_dir(settings)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".doctor-") as probe:
            probe.write(b"ok")
            probe.flush()
            os.fsync(probe.fileno())
    except OSError as error:
        message = (
            QCoreApplication.translate("Doctor", "%1 is not writable: %2.")
            .replace("%1", str(folder))
            .replace("%2", error.strerror or type(error).__name__)
        )
        return Check("data_dir", FAIL, title, message, "not_writable")
    message = QCoreApplication.translate("Doctor", "%1 is writable.").replace("%1", str(folder))
    return Check("data_dir", PASS, title, message, "ok")


def check_outbox(settings: Settings) -> Check:
    """Counts of what waits to be sent, read without changing the database."""
    title = QCoreApplication.translate("Doctor", "Outbox")
    path = Path(data_dir(settings)) / "local.db"
    if not path.is_file():
        message = QCoreApplication.translate("Doctor", "No local database yet: nothing to send.")
        return Check("outbox", PASS, title, message, "empty")
    try:
        db = LocalDatabase(path, read_only=True)
        try:
            counts = Outbox(db).counts()
        finally:
            db.close()
    except sqlite3.Error as error:
        message = (
            QCoreApplication.translate(
                "Doctor", "%1 cannot be read (%2); the app will set it aside and start a new one."
            )
            .replace("%1", str(path))
            .replace("%2", str(error))
        )
        return Check("outbox", FAIL, title, message, "damaged")
    if counts[WAITING] or counts[FAILED]:
        message = (
            QCoreApplication.translate(
                "Doctor",
                "Waiting to be sent: %1; stopped until the citizen acts in Drafts and outbox: %2.",
            )
            .replace("%1", str(counts[WAITING]))
            .replace("%2", str(counts[FAILED]))
        )
        return Check("outbox", WARN, title, message, "pending")
    message = QCoreApplication.translate("Doctor", "Nothing waiting to be sent.")
    return Check("outbox", PASS, title, message, "ok")
