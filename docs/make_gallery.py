"""Screenshots for docs/gallery.md: every main page in ar and en at 1366×768, in the light,
dark and high-contrast themes.

    PYTHONPATH=. python docs/make_gallery.py docs/gallery/after

Drives the same journey as `make screenshots` (citizen_app/screenshots.py) once per theme and
keeps only the main pages, as 8-bit PNGs (Pillow, a dev-only tool here) so the repository stays
small. The "before" set was made the same way from the code before issue 18's redesign.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PAGES = (
    "welcome",
    "catalogue",
    "request-form",
    "request-timeline",
    "my-requests",
    "drafts-outbox",
    "settings",
    "clerk-queue",
)
THEMES = ("light", "dark", "high-contrast")
SIZE = (1366, 768)


def small_png(image, path: Path) -> None:
    """A QImage saved as a 256-colour PNG (about a third of the size, no visible change)."""
    from PIL import Image
    from PySide6.QtCore import QBuffer

    buffer = QBuffer()
    buffer.open(QBuffer.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    picture = Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGB")
    picture.quantize(256, method=Image.Quantize.MEDIANCUT).save(path, optimize=True)


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from citizen_app.i18n import register_fonts
    from citizen_app.screenshots import settle_new_window, visit_screens
    from citizen_app.ui import theme

    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/gallery/after")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([sys.argv[0]])
    register_fonts()
    for name in THEMES:
        theme.apply(theme.Look(name, 100), app)

        def save(language: str, page: str, window, look: str = name) -> None:
            if page not in PAGES:
                return
            settle_new_window(window)
            window.resize(*SIZE)
            for _ in range(5):
                app.processEvents()
            small_png(window.grab().toImage(), out / f"{language}-{page}-{look}.png")

        visit_screens(app, save, languages=("ar", "en"))
        print(name, "done", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
