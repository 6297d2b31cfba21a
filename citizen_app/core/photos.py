"""Preparing photos before upload: at most 1600 px, upright, re-encoded as JPEG.

A 12-megapixel phone photo becomes a few hundred kilobytes, which matters on a slow line, and
re-encoding drops the EXIF block (with its GPS position) before anything leaves the machine.
Uses QtGui's image reader (no widgets), which can decode JPEGs at a reduced size directly.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader

from citizen_app.core.qt_types import make_picture_types

MAX_SIDE = 1600
QUALITY = 85

make_picture_types()  # these functions run on worker threads (see qt_types)


class PhotoError(ValueError):
    """The file is not a picture the app can read."""


def prepare_photo(path: Path, max_side: int = MAX_SIDE) -> bytes:
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)  # honour the EXIF orientation, then forget the EXIF
    size = reader.size()
    if not size.isValid():
        raise PhotoError(reader.errorString())
    if reader.transformation().value & 0x4:  # rotated by 90°: width and height swap
        size = QSize(size.height(), size.width())
    if max(size.width(), size.height()) > max_side:
        scaled = size.scaled(max_side, max_side, Qt.AspectRatioMode.KeepAspectRatio)
        if reader.transformation().value & 0x4:
            scaled = QSize(scaled.height(), scaled.width())
        reader.setScaledSize(scaled)
    image = reader.read()
    if image.isNull():
        raise PhotoError(reader.errorString())
    if max(image.width(), image.height()) > max_side:
        image = image.scaled(
            max_side,
            max_side,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.convertToFormat(QImage.Format.Format_RGB888).save(buffer, "JPEG", QUALITY)
    buffer.close()
    return bytes(data.data())


def thumbnail(jpeg: bytes, side: int) -> QImage:
    """A small picture of a prepared photo, at most `side` pixels (blocking: tens of
    milliseconds for a 1600-px JPEG, so made on a worker, never on the GUI thread). The JPEG is
    decoded at a reduced size, then smoothed down."""
    data = QByteArray(jpeg)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, b"JPEG")
    size = reader.size()
    if size.isValid():
        reader.setScaledSize(size.scaled(2 * side, 2 * side, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    buffer.close()
    if image.isNull():
        raise PhotoError(reader.errorString())
    return image.scaled(
        side, side, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
