"""Who will read a clerk's note: chosen next to the box where it is typed, said in plain words,
and shown on each line of the history, where a staff-only note looks unlike the others."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication, QComboBox, QListWidgetItem

STAFF, CITIZEN, PUBLIC = "staff", "citizen", "public"


def fill(combo: QComboBox, chosen: str) -> None:
    """The three audiences, widest last, with `chosen` selected (kept across a retranslation)."""
    current = combo.currentData() or chosen
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(QCoreApplication.translate("NoteAudience", "Staff only"), STAFF)
    combo.addItem(QCoreApplication.translate("NoteAudience", "The citizen (and staff)"), CITIZEN)
    combo.addItem(QCoreApplication.translate("NoteAudience", "Everyone (public)"), PUBLIC)
    combo.setCurrentIndex(combo.findData(current))
    combo.blockSignals(False)


def hint(audience: str, visibility: str) -> str:
    """Who will read the note, plainly, for the request being shown."""
    if audience == STAFF:
        return QCoreApplication.translate(
            "NoteAudience", "Only municipal staff will read this note. The citizen will not see it."
        )
    if audience == CITIZEN or visibility == "private":
        text = QCoreApplication.translate(
            "NoteAudience",
            "The citizen who made the request and municipal staff will read this note.",
        )
        if audience == PUBLIC:
            text += " " + QCoreApplication.translate(
                "NoteAudience", "This service is private, so the note is never published."
            )
        return text
    return QCoreApplication.translate(
        "NoteAudience",
        "Everyone will be able to read this note: the citizen, staff, and anyone who reads "
        "the municipality's public list of requests. Write nothing personal.",
    )


def tag(audience: str) -> str:
    """The words that open a history line, saying who reads its note."""
    return {
        STAFF: QCoreApplication.translate("NoteAudience", "[Staff only]"),
        CITIZEN: QCoreApplication.translate("NoteAudience", "[To the citizen]"),
        PUBLIC: QCoreApplication.translate("NoteAudience", "[Public]"),
    }.get(audience, "")


def mark(item: QListWidgetItem, audience: str) -> None:
    """A staff-only line stands out: italic, on the palette's tooltip colours (so it reads in
    every theme, high contrast included)."""
    if audience != STAFF:
        return
    palette = QApplication.palette()
    font = QFont(item.font())
    font.setItalic(True)
    item.setFont(font)
    item.setBackground(palette.color(QPalette.ColorRole.ToolTipBase))
    item.setForeground(palette.color(QPalette.ColorRole.ToolTipText))
