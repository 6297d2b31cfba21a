"""The photos of the request the clerk has open: a row of thumbnails, each opened larger in a
dialog when clicked. Only thumbnails are kept; a photo is fetched and decoded again, at the
size the dialog shows, when the clerk opens it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from citizen_app.core import images
from citizen_app.ui.advice import advice
from citizen_app.ui.tasks import Latest

THUMB = 96
# the largest a photo is shown when the clerk opens it
ENLARGED = (1000, 750)


class ClickablePhoto(QLabel):
    clicked = Signal()

    def mousePressEvent(self, event: object) -> None:
        self.clicked.emit()


class PhotoStrip(QWidget):
    def __init__(self, photo: Callable[[str], bytes]) -> None:
        """`photo`: fetches a photo's bytes by its URL (blocking, for a worker)."""
        super().__init__()
        self.photo = photo
        self._photos = Latest()
        self._enlarged = Latest()
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.addStretch(1)

    def load(self, attachments: list[dict[str, Any]]) -> None:
        while self.row.count() > 1:
            widget = self.row.takeAt(0).widget()
            if widget:
                widget.deleteLater()
        photo, urls = self.photo, [a["url"] for a in attachments]
        self._photos.run(
            lambda: images.thumbnails(photo, urls, QSize(THUMB, THUMB)),
            lambda shown: self._show(urls, shown),
            self.on_failed,
        )

    def on_failed(self, error: Exception) -> None:
        text = self.tr("The photos could not be loaded: %1").replace("%1", advice(error))
        label = QLabel(text)
        label.setWordWrap(True)
        self.row.insertWidget(self.row.count() - 1, label)

    def _show(self, urls: list[str], thumbnails: list[QImage | None]) -> None:
        for n, (url, image) in enumerate(zip(urls, thumbnails, strict=True), start=1):
            label = ClickablePhoto()
            label.setAccessibleName(self.tr("Photo %1").replace("%1", str(n)))
            if image is None:
                label.setText(self.tr("This photo cannot be shown."))
            else:
                label.setPixmap(QPixmap.fromImage(image))
                label.setCursor(Qt.CursorShape.PointingHandCursor)
                label.clicked.connect(lambda u=url: self.on_photo_clicked(u))
            self.row.insertWidget(self.row.count() - 1, label)

    def on_photo_clicked(self, url: str) -> None:
        photo = self.photo
        self._enlarged.run(
            lambda: images.photo(photo(url), QSize(*ENLARGED)),
            self.enlarge,
            self.on_failed,
        )

    def enlarge(self, image: QImage) -> QDialog:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Photo"))
        label = QLabel()
        # On the screen with room for the dialog's frame (decoded at most 1000×750).
        room = self.screen().availableGeometry().size() - QSize(80, 120)
        pixmap = QPixmap.fromImage(image)
        if pixmap.width() > room.width() or pixmap.height() > room.height():
            pixmap = pixmap.scaled(
                room, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        label.setPixmap(pixmap)
        QVBoxLayout(dialog).addWidget(label)
        dialog.show()
        return dialog
