"""A request's history as a timeline: each event a dated entry with its title (a status or
what happened), the municipality's or the citizen's note, and the photos added there.

Photos: the server lists a request's attachments without dates, so the photos added later go
with the "Photo added" events, in order, and those that came with the request with its first
entry.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from citizen_app.core.formats import date_time
from citizen_app.ui import icons, theme
from citizen_app.ui.bidi import foreign
from citizen_app.ui.statuses import event_name, status_name

MEANINGS = {"status": "step", "comment": "note", "attachment": "photo", "rating": "done"}


class TimelineEntry(QFrame):
    def __init__(self, event: dict[str, Any], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("timelineEntry")
        self.record = event
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 8, 10, 8)
        self.mark = QLabel(self)
        self._draw_mark()
        row.addWidget(self.mark, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        words.setSpacing(2)
        row.addLayout(words, 1)
        title = (
            status_name(event["status"]) if event["kind"] == "status" else event_name(event["kind"])
        )
        self.title = QLabel(title, self)
        self.title.setObjectName("cardTitle")
        self.when = QLabel(date_time(event["at"]), self)
        self.when.setObjectName("muted")
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.when)
        words.addLayout(top)
        self.note = QLabel(foreign(event["note"]) if event.get("note") else "", self)
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        words.addWidget(self.note)
        self.note.setHidden(not event.get("note"))
        self.photos = QHBoxLayout()
        self.photos.addStretch(1)
        words.addLayout(self.photos)
        self.photo_labels: list[QLabel] = []

    def _draw_mark(self) -> None:
        side = self.fontMetrics().height() + 2
        colour = theme.current_colours().primary
        meaning = MEANINGS.get(self.record["kind"], "note")
        self.mark.setPixmap(icons.icon(meaning, colour).pixmap(side, side))

    def changeEvent(self, event: QEvent) -> None:
        """A new theme or text size: the mark follows."""
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._draw_mark()
        super().changeEvent(event)

    def text(self) -> str:
        """The entry as one line of text (what a screen reader says, what tests read)."""
        parts = [f"{self.when.text()} — {self.title.text()}"]
        if self.note.text():
            parts.append(self.note.text())
        return "\n".join(parts)

    def add_photo(self, image: QImage | None, name: str, unreadable: str) -> None:
        label = QLabel(self)
        if image is None:
            label.setText(unreadable)
        else:
            label.setPixmap(QPixmap.fromImage(image))
        label.setAccessibleName(name)
        self.photos.insertWidget(self.photos.count() - 1, label)
        self.photo_labels.append(label)


class Timeline(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(6)
        self.entries: list[TimelineEntry] = []

    def clear(self) -> None:
        for entry in self.entries:
            entry.deleteLater()
        while self.column.count():
            self.column.takeAt(0)
        self.entries = []

    def show_events(self, events: list[dict[str, Any]]) -> None:
        self.clear()
        for event in events:
            entry = TimelineEntry(event, self)
            self.column.addWidget(entry)
            self.entries.append(entry)
        self.setAccessibleName(self.tr("What has happened so far"))

    def count(self) -> int:
        return len(self.entries)

    def texts(self) -> list[str]:
        return [entry.text() for entry in self.entries]

    def show_photos(self, thumbnails: list[QImage | None]) -> None:
        """The thumbnails in the entries where they were added (see the module's note)."""
        if not self.entries:
            return
        added = [e for e in self.entries if e.record["kind"] == "attachment"]
        later = min(len(added), len(thumbnails))
        first = len(thumbnails) - later
        places = [self.entries[0]] * first + added[:later]
        for entry, image in zip(places, thumbnails, strict=True):
            entry.add_photo(image, self.tr("Photo"), self.tr("This photo cannot be shown."))

    def photo_count(self) -> int:
        return sum(len(entry.photo_labels) for entry in self.entries)
