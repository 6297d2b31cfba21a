"""Texts of Qt's own widgets that Qt's translations (qtbase_ar/fr.qm) leave in English.

Written here as translate() calls so that lupdate puts them in our .ts files under Qt's own
context; our translator, installed after Qt's and so asked first, then answers for them. The
file dialog said "&Look in:", "Files of &type:" and "Folder" in an Arabic dialog: Qt 6 changed
these texts (a shortcut letter, a new context) and qtbase's translations did not follow.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def texts() -> list[str]:
    """The texts in the current language (tests/test_photo_chooser.py checks each one)."""
    return [
        QCoreApplication.translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
        QCoreApplication.translate("QAbstractFileIconProvider", "Drive"),
        QCoreApplication.translate("QFileDialog", "&Look in:"),
        QCoreApplication.translate("QFileDialog", "Files of &type:"),
    ]
