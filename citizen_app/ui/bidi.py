"""Left-to-right values (request numbers, phones, e-mails) inside translated text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from citizen_app.core.text import isolate


def ltr(text: str) -> str:
    """Isolated in right-to-left screens, where it would otherwise be reordered; as it is in
    left-to-right ones (where the isolate marks would only pull in a fallback font)."""
    if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        return isolate(text)
    return text
