"""Qt enum types made on the GUI thread, before any worker thread meets them.

PySide6 makes the Python type of a Qt enum the first time the program meets it: an attribute
such as `Qt.AspectRatioMode`, or a value a Qt call returns. Making it is not thread-safe. On
2026-12-06 CI crashed (a segmentation fault) when two photos were prepared at once: both
workers met `QImageIOHandler.Transformation` for the first time, in
`QImageReader.transformation()`. So each module whose functions run on worker threads names, at
import (on the GUI thread), every enum type those functions meet, including the ones Qt only
returns; tests/test_worker_enums.py runs those functions on a worker in a fresh process and
fails if any enum type is still made there.
"""

from __future__ import annotations

import enum


def make_enum_types(owner: type, *names: str) -> None:
    """Make `owner`'s enum types `names` now (on the calling thread)."""
    for name in names:
        if not isinstance(getattr(owner, name), enum.EnumMeta):
            raise TypeError(f"{owner.__name__}.{name} is not an enum type")
