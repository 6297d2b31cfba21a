"""`citizen-app --smoke-test`: proof for IT staff and CI that an installed app works here.

It starts the app as usual and exits 0 once the main window is on screen, the catalogue came
from the server (not a kept offline copy), and the app's translation and Arabic font were
found (a bundle that lost its resources fails); 1 as soon as loading fails, or when nothing
arrived within the time given. What happened is printed, so a log says why.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFontDatabase

from citizen_app.i18n import ARABIC_FONT, loaded_translations


def watch(window: object, seconds: float) -> None:
    app = QCoreApplication.instance()
    for stream in (sys.stdout, sys.stderr):  # None in a Windows GUI bundle
        if stream is not None:  # an Arabic title must not crash a C-locale console
            stream.reconfigure(errors="backslashreplace")

    def shown(count: int, offline: bool) -> None:
        if not window.isVisible():
            fail("the main window is not on screen")
            return
        if offline or count == 0:
            fail(f"the catalogue is {'a kept copy' if offline else 'empty'}, not the server's")
            return
        translations = loaded_translations()
        if f"citizen_app_{window.context.language}.qm" not in translations:
            fail(f"the app's translation is missing (loaded: {translations})")
            return
        if ARABIC_FONT not in QFontDatabase.families():
            fail(f"the font {ARABIC_FONT} is missing")
            return
        direction = app.layoutDirection() == Qt.LayoutDirection.RightToLeft
        print(
            f"smoke test: window {window.windowTitle()!r} shown "
            f"({'right-to-left' if direction else 'left-to-right'}; "
            f"{', '.join(translations)}; {ARABIC_FONT}), "
            f"{count} services from {window.context.client.base_url}"
        )
        finish(0)

    def fail(reason: str) -> None:
        print(f"smoke test failed: {reason}", file=sys.stderr)
        finish(1)

    def finish(status: int) -> None:
        # Deferred: a failure can be known before the event loop runs, and exit() would be lost.
        QTimer.singleShot(0, lambda: app.exit(status))

    window.catalogue_shown.connect(shown)
    window.load_failed.connect(fail)
    QTimer.singleShot(
        int(seconds * 1000), lambda: fail(f"no catalogue from the server within {seconds:g} s")
    )
