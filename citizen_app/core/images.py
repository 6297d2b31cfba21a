"""Pictures that come from a server (request photos, map tiles), decoded without trusting it.

A small file can declare an enormous picture: a 201 KB PNG decodes to 7900×7900 pixels, 238 MiB.
So the size the file's header declares is read first and checked against a pixel budget; what
passes is decoded on a worker thread (never the GUI thread), at most two at a time, and scaled
straight away to what the screen shows, so a thumbnail costs what a thumbnail costs. What is
kept afterwards is counted in bytes (`ImageCache`), not in pictures.

Uses QtGui's image reader (no widgets): JPEG decodes directly at the reduced size.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader

from citizen_app.core.qt_types import make_picture_types

#: pixels a photo from the server may declare: a 16-megapixel camera picture still shows; a
#: decompression bomb (7900×7900 = 62 megapixels) is refused before any pixel is decoded
PHOTO_PIXELS = 16_000_000
#: a map tile is 256×256 (512×512 on "retina" tile servers)
TILE_SIDE = 512
#: formats a server may send us; anything else is refused unread
FORMATS = (b"jpeg", b"png", b"webp", b"gif", b"bmp")
#: decodes in flight across the app: bounds the transient memory (2 × 64 MB at the budget)
_decoding = threading.BoundedSemaphore(2)

make_picture_types()  # pictures are decoded on worker threads (see qt_types)


class ImageRefused(ValueError):
    """The data is not a picture we show: unreadable, an unknown format, or too large."""


def decode(data: bytes, max_pixels: int, fit: QSize | None = None) -> QImage:
    """The picture in `data`, scaled down to fit `fit` (keeping its proportions) when given.

    Raises ImageRefused when the header declares more than `max_pixels` pixels, the format is
    not one of FORMATS, or the data does not decode.
    """
    buffer = QBuffer()  # kept alive until the read is done: the reader does not own it
    reader = _reader(buffer, data)
    if bytes(reader.format().data()).lower() not in FORMATS:
        raise ImageRefused("not a picture in a known format")
    size = reader.size()
    if not size.isValid() or size.isEmpty():
        raise ImageRefused("the picture declares no size")
    if size.width() * size.height() > max_pixels:
        raise ImageRefused(f"the picture declares {size.width()}×{size.height()} pixels")
    if fit is not None and (size.width() > fit.width() or size.height() > fit.height()):
        reader.setScaledSize(size.scaled(fit, Qt.AspectRatioMode.KeepAspectRatio))
    with _decoding:
        image = reader.read()
    if image.isNull():
        raise ImageRefused(reader.errorString())
    if fit is not None and (image.width() > fit.width() or image.height() > fit.height()):
        # Handlers that ignore the scaled size: the copy is small, the original freed now.
        image = image.scaled(
            fit, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    return image


def photo(data: bytes, fit: QSize) -> QImage:
    return decode(data, PHOTO_PIXELS, fit)


def tile(data: bytes) -> QImage:
    return decode(data, TILE_SIDE * TILE_SIDE, QSize(TILE_SIDE, TILE_SIDE))


def thumbnails(fetch: Callable[[str], bytes], urls: list[str], fit: QSize) -> list[QImage | None]:
    """Each photo fetched and decoded at thumbnail size (blocking: run it in a background
    task). A photo that is refused is None, so the others still show; a network failure
    fails the whole (the caller says so)."""
    shown: list[QImage | None] = []
    for url in urls:
        try:
            shown.append(photo(fetch(url), fit))
        except ImageRefused:
            shown.append(None)
    return shown


def _reader(buffer: QBuffer, data: bytes) -> QImageReader:
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setDecideFormatFromContent(True)  # never trust a server's Content-Type or name
    return reader


class ImageCache:
    """Decoded pictures up to `limit` bytes, the least recently used dropped first."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.size = 0
        self._images: OrderedDict[Hashable, QImage] = OrderedDict()

    def __contains__(self, key: Hashable) -> bool:
        return key in self._images

    def __len__(self) -> int:
        return len(self._images)

    def get(self, key: Hashable) -> QImage | None:
        image = self._images.get(key)
        if image is not None:
            self._images.move_to_end(key)
        return image

    def put(self, key: Hashable, image: QImage) -> None:
        old = self._images.pop(key, None)
        if old is not None:
            self.size -= old.sizeInBytes()
        self._images[key] = image
        self.size += image.sizeInBytes()
        while self.size > self.limit and self._images:
            _, dropped = self._images.popitem(last=False)
            self.size -= dropped.sizeInBytes()

    def clear(self) -> None:
        self._images.clear()
        self.size = 0
