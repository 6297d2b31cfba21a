"""Qt types made on the GUI thread, before any worker thread meets them.

PySide6 makes the Python side of a Qt class, and of each Qt enum, the first time the program
meets it: an attribute such as `Qt.AspectRatioMode`, or a value a Qt call returns. Making it is
not thread-safe. On 2026-12-06 CI crashed (a segmentation fault) when two photos were prepared
at once: both workers were making `QImageIOHandler.Transformation`, met for the first time in
`QImageReader.transformation()`. So each module whose functions run on worker threads names, at
import (on the GUI thread), every Qt class and enum type those functions meet, including the
ones Qt only returns; tests/test_worker_qt_types.py runs those functions on a worker in a fresh
process and fails if any is still made there.
"""

from __future__ import annotations

from types import ModuleType


def make_types(owner: ModuleType | type, *names: str) -> None:
    """Make `owner`'s types `names` now, on the calling thread: classes of a Qt module, or
    enum types of a Qt class."""
    for name in names:
        if not isinstance(getattr(owner, name), type):
            raise TypeError(f"{owner.__name__}.{name} is not a type")


def make_picture_types() -> None:
    """The types reading, turning and scaling a picture meets on a worker (core/images,
    core/photos), some only as answers of QImageReader."""
    from PySide6.QtCore import QIODevice, Qt
    from PySide6.QtGui import QImage, QImageIOHandler

    make_types(QImageIOHandler, "Transformation", "ImageOption")
    make_types(Qt, "AspectRatioMode", "TransformationMode")
    make_types(QIODevice, "OpenModeFlag")
    make_types(QImage, "Format")
