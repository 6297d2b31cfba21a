"""Photos chosen for a request: thumbnails, add and remove; a progress bar while sending.

A chosen photo is prepared at once, in the background (downscaled to 1600 px, re-encoded as
JPEG without EXIF): the draft and the outbox keep those bytes, so the original file may move
or vanish afterwards without loss, and a 12 MP original never sits in the app's database.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from citizen_app.core import formats
from citizen_app.core.photos import PhotoError, prepare_photo
from citizen_app.ui.tasks import run_task

MAX_PHOTOS = 5
THUMB = 96


class PhotosBox(QGroupBox):
    #: the set of photos changed (for the draft)
    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        #: the prepared JPEGs, in the order chosen
        self.jpegs: list[bytes] = []
        self._preparing = 0
        self._generation = 0  # a clear() makes photos still being prepared irrelevant
        layout = QVBoxLayout(self)
        self.help = QLabel()
        self.help.setWordWrap(True)
        layout.addWidget(self.help)
        self.thumbs = QHBoxLayout()
        self.thumbs.addStretch(1)
        layout.addLayout(self.thumbs)
        buttons = QHBoxLayout()
        self.add_button, self.clear_button = QPushButton(), QPushButton()
        self.add_button.clicked.connect(self.on_add_clicked)
        self.clear_button.clicked.connect(self.clear)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.progress = QProgressBar()
        self.progress.hide()
        layout.addWidget(self.progress)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Photos (optional)"))
        self.help.setText(
            self.tr(
                "Up to %1 photos. They are made smaller before sending, to save your data."
            ).replace("%1", formats.number(MAX_PHOTOS))
        )
        self.add_button.setText(self.tr("Add photos…"))
        self.clear_button.setText(self.tr("Remove the photos"))
        self.progress.setFormat(self.tr("Sending photos: %p%"))
        for widget in (self.add_button, self.clear_button):
            widget.setAccessibleName(widget.text())
        self.progress.setAccessibleName(self.tr("Sending photos"))

    def on_add_clicked(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Choose photos"), "", self.tr("Pictures (*.jpg *.jpeg *.png *.webp)")
        )
        self.add([Path(n) for n in names])

    def add(self, paths: list[Path]) -> None:
        """Prepare the photos in the background; each appears when ready."""
        room = MAX_PHOTOS - len(self.jpegs) - self._preparing
        for path in paths[: max(room, 0)]:
            self._preparing += 1
            generation = self._generation
            run_task(
                lambda p=path: prepare_photo(p),
                lambda jpeg, g=generation: self._prepared(jpeg, g),
                lambda error, g=generation: self._unreadable(error, g),
            )

    @property
    def busy(self) -> bool:
        return self._preparing > 0

    def _prepared(self, jpeg: bytes, generation: int) -> None:
        if generation != self._generation:
            return
        self._preparing -= 1
        self.show_jpegs([*self.jpegs, jpeg])
        self.changed.emit()

    def _unreadable(self, error: Exception, generation: int) -> None:
        if generation != self._generation:
            return
        self._preparing -= 1
        if isinstance(error, PhotoError | OSError):
            self.help.setText(self.tr("One of the files is not a picture this app can read."))

    def show_jpegs(self, jpegs: list[bytes]) -> None:
        """Show these photos (from a draft, or after one was added)."""
        self._clear_thumbs()
        self.jpegs = list(jpegs)
        for jpeg in self.jpegs:
            image = QImage.fromData(jpeg, "JPEG")
            label = QLabel()
            label.setPixmap(
                QPixmap.fromImage(
                    image.scaled(
                        THUMB,
                        THUMB,
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                )
            )
            label.setAccessibleName(self.tr("Photo %1").replace("%1", str(self.thumbs.count())))
            self.thumbs.insertWidget(self.thumbs.count() - 1, label)
        self.clear_button.setVisible(bool(self.jpegs))

    def _clear_thumbs(self) -> None:
        while self.thumbs.count() > 1:
            widget = self.thumbs.takeAt(0).widget()
            if widget:
                widget.deleteLater()

    def clear(self) -> None:
        had = bool(self.jpegs)
        self._generation += 1
        self._preparing = 0
        self.jpegs = []
        self._clear_thumbs()
        self.clear_button.hide()
        self.progress.hide()
        if had:
            self.changed.emit()

    def show_progress(self, done: int, total: int) -> None:
        self.progress.show()
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
