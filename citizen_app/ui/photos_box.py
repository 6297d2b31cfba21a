"""Photos chosen for a request: thumbnails, add and remove; a progress bar while sending.

A chosen photo is prepared at once, in the background (downscaled to 1600 px, re-encoded as
JPEG without EXIF): the draft and the outbox keep those bytes, so the original file may move
or vanish afterwards without loss, and a 12 MP original never sits in the app's database.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from citizen_app.core import formats
from citizen_app.core.photos import PhotoError, prepare_photo, thumbnail
from citizen_app.ui.tasks import run_task

log = logging.getLogger(__name__)

MAX_PHOTOS = 5
THUMB = 96
EXTENSIONS = (".jpg", ".jpeg", ".png", ".webp")


def _with_thumbnail(jpeg: bytes) -> tuple[bytes, QImage]:
    """A prepared photo and its thumbnail, both made on the worker."""
    return jpeg, thumbnail(jpeg, THUMB)


def pictures_folder() -> Path:
    """Where people keep photos (the system's Pictures folder), else their home folder."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
    return Path(folder) if folder and Path(folder).is_dir() else Path.home()


class PhotosBox(QGroupBox):
    #: the set of photos changed (for the draft)
    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        #: the prepared JPEGs, in the order chosen
        self.jpegs: list[bytes] = []
        #: their thumbnails (made on a worker: decoding a photo takes the GUI thread too long),
        #: None while one is being made
        self._pictures: list[QImage | None] = []
        self._labels: list[QLabel] = []
        self._preparing = 0
        self.chooser: QFileDialog | None = None  # the file chooser while it is open
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
        if self.jpegs:  # their Remove buttons
            self.show_jpegs(self.jpegs)

    def on_add_clicked(self) -> None:
        """The file chooser, first in the citizen's Pictures folder, then where they last
        chose from; it does not block the window."""
        if self.chooser is None:
            self.chooser = QFileDialog(self, "", str(pictures_folder()))
            self.chooser.setFileMode(QFileDialog.FileMode.ExistingFiles)
            self.chooser.filesSelected.connect(lambda names: self.add([Path(n) for n in names]))
            # A path reads left to right ("/home/…"), in an Arabic dialog too.
            places = self.chooser.findChild(QComboBox, "lookInCombo")
            if places is not None:  # Qt's own dialog (a native one has its own)
                places.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.chooser.selectFile("")  # not the files chosen last time
        self.chooser.setWindowTitle(self.tr("Choose photos"))
        self.chooser.setNameFilter(self.picture_filter())
        self.chooser.open()

    def forget_chooser(self) -> None:
        """For the next kiosk visitor: a chooser that has not seen the last one's folders."""
        if self.chooser is not None:
            self.chooser.deleteLater()
            self.chooser = None

    def picture_filter(self) -> str:
        """ "Pictures (*.jpg …)" with the patterns isolated left to right: in an Arabic sentence
        their dots, stars and brackets were reordered. The isolate stays open to the end, as
        QFileDialog wants the patterns last, in brackets."""
        words, patterns = self.tr("Pictures"), " ".join("*" + e for e in EXTENSIONS)
        return words + " \u2066(" + patterns + ")"

    def add(self, paths: list[Path]) -> None:
        """Prepare the photos in the background; each appears when ready."""
        room = MAX_PHOTOS - len(self.jpegs) - self._preparing
        for path in paths[: max(room, 0)]:
            self._preparing += 1
            generation = self._generation
            run_task(
                lambda p=path: _with_thumbnail(prepare_photo(p)),
                lambda found, g=generation: self._prepared(*found, g),
                lambda error, g=generation: self._unreadable(error, g),
            )

    @property
    def busy(self) -> bool:
        return self._preparing > 0

    def _prepared(self, jpeg: bytes, picture: QImage, generation: int) -> None:
        if generation != self._generation:
            return
        self._preparing -= 1
        self.retranslate()  # the help again, if it had said a file was unreadable
        self.show_jpegs([*self.jpegs, jpeg], [*self._pictures, picture])
        self.changed.emit()

    def _unreadable(self, error: Exception, generation: int) -> None:
        if generation != self._generation:
            return
        self._preparing -= 1
        if isinstance(error, PhotoError | OSError):
            self.help.setText(self.tr("One of the files is not a picture this app can read."))

    def show_jpegs(self, jpegs: list[bytes], pictures: list[QImage | None] | None = None) -> None:
        """Show these photos (from a draft, or after one was added or removed), each with its
        own Remove button; thumbnails not given are made in the background."""
        self._clear_thumbs()
        self.jpegs = list(jpegs)
        self._pictures = list(pictures) if pictures is not None else [None] * len(self.jpegs)
        self._labels = []
        for number, picture in enumerate(self._pictures, start=1):
            thumb = QWidget()
            column = QVBoxLayout(thumb)
            column.setContentsMargins(0, 0, 0, 0)
            label = QLabel()
            label.setMinimumSize(THUMB // 2, THUMB // 2)
            if picture is not None:
                label.setPixmap(QPixmap.fromImage(picture))
            self._labels.append(label)
            label.setAccessibleName(self.tr("Photo %1").replace("%1", str(number)))
            remove = QPushButton(self.tr("Remove"))
            remove.setAccessibleName(self.tr("Remove photo %1").replace("%1", str(number)))
            remove.clicked.connect(lambda _=False, i=number - 1: self.remove(i))
            column.addWidget(label)
            column.addWidget(remove)
            self.thumbs.insertWidget(self.thumbs.count() - 1, thumb)
        self.clear_button.setVisible(len(self.jpegs) > 1)
        missing = [i for i, picture in enumerate(self._pictures) if picture is None]
        if missing:
            shown, wanted = self.jpegs, [self.jpegs[i] for i in missing]
            run_task(
                lambda: [thumbnail(jpeg, THUMB) for jpeg in wanted],
                lambda pictures: self._pictures_made(shown, missing, pictures),
                lambda error: log.warning("a photo's thumbnail could not be made: %s", error),
            )

    def _pictures_made(self, shown: list[bytes], where: list[int], pictures: list[QImage]) -> None:
        if shown != self.jpegs:
            return  # the photos changed meanwhile: their own thumbnails are on their way
        for index, picture in zip(where, pictures, strict=True):
            self._pictures[index] = picture
            self._labels[index].setPixmap(QPixmap.fromImage(picture))

    def remove(self, index: int) -> None:
        """Take one photo out, the others stay."""
        self.show_jpegs(
            self.jpegs[:index] + self.jpegs[index + 1 :],
            self._pictures[:index] + self._pictures[index + 1 :],
        )
        self.changed.emit()

    def _clear_thumbs(self) -> None:
        while self.thumbs.count() > 1:
            widget = self.thumbs.takeAt(0).widget()
            if widget:
                widget.hide()
                widget.deleteLater()

    def clear(self) -> None:
        had = bool(self.jpegs)
        self._generation += 1
        self._preparing = 0
        self.jpegs, self._pictures, self._labels = [], [], []
        self._clear_thumbs()
        self.clear_button.hide()
        self.progress.hide()
        if had:
            self.changed.emit()

    def show_progress(self, done: int, total: int) -> None:
        self.progress.show()
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
