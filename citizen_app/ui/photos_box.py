"""Photos chosen for a request: thumbnails, add and remove; a progress bar while sending."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

MAX_PHOTOS = 5
THUMB = 96


class PhotosBox(QGroupBox):
    def __init__(self) -> None:
        super().__init__()
        self.paths: list[Path] = []
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
            ).replace("%1", str(MAX_PHOTOS))
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
        for path in paths:
            if len(self.paths) >= MAX_PHOTOS or path in self.paths:
                continue
            reader = QImageReader(str(path))
            reader.setAutoTransform(True)
            size = reader.size()
            if size.isValid():
                size.scale(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio)
                reader.setScaledSize(size)  # decode the thumbnail small, not the whole photo
            image = reader.read()
            if image.isNull():
                continue
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setAccessibleName(path.name)
            self.thumbs.insertWidget(self.thumbs.count() - 1, label)
            self.paths.append(path)
        self.clear_button.setVisible(bool(self.paths))

    def clear(self) -> None:
        self.paths = []
        while self.thumbs.count() > 1:
            widget = self.thumbs.takeAt(0).widget()
            if widget:
                widget.deleteLater()
        self.clear_button.hide()
        self.progress.hide()

    def show_progress(self, done: int, total: int) -> None:
        self.progress.show()
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
