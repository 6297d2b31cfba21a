"""Where the app's own files are (fonts, icons, compiled translations), from the source tree
and from a frozen bundle alike.

From the source tree they sit beside the package (`resources/`, `translations/`); in a
PyInstaller bundle the spec puts them at the same relative places under the bundle's data
folder, `sys._MEIPASS`. Every lookup goes through `resource_path`, so the two never drift.
"""

from __future__ import annotations

import sys
from pathlib import Path

SOURCE_ROOT = Path(__file__).resolve().parent.parent


def frozen() -> bool:
    """True inside a bundle made by PyInstaller (no Python installation, no source tree)."""
    return bool(getattr(sys, "frozen", False))


def resource_root() -> Path:
    return Path(getattr(sys, "_MEIPASS", SOURCE_ROOT))


def resource_path(*parts: str) -> Path:
    """`resource_path("resources", "fonts")`, `resource_path("translations")`…"""
    return resource_root().joinpath(*parts)
