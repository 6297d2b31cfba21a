"""`make screenshots`: every main screen, offscreen, with demo data, in ar, en and fr.

Starts the demo server in a temporary folder, drives the real window, and writes PNG files to
screenshots/ (ignored by git) so that a person can look at them.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def wait_for(app, condition, timeout: float = 20.0) -> None:
    import time

    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the screen did not get ready")
        app.processEvents()
        time.sleep(0.02)


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from citizen_app.api.client import Open311Client
    from citizen_app.api.models import SubmitResult
    from citizen_app.demo_server import DemoServer
    from citizen_app.i18n import apply_language
    from citizen_app.ui.main_window import MainWindow

    out = Path("screenshots")
    out.mkdir(exist_ok=True)
    app = QApplication([sys.argv[0]])
    demo = DemoServer(Path(tempfile.mkdtemp(prefix="screens-")))
    demo.start()
    try:
        for language in ("ar", "en", "fr"):
            apply_language(language)
            client = Open311Client(demo.url, api_key=demo.api_key, language=language)
            window = MainWindow(client, demo=True)
            window.resize(1000, 760)
            window.show()
            window.load_catalogue()
            wait_for(app, lambda w=window: w.catalogue.tree.topLevelItemCount() > 0)
            window.grab().save(str(out / f"{language}-catalogue.png"))
            service = next(
                s for s in window.catalogue.visible_services() if s.code == "street-light"
            )
            window.on_service_chosen(service)
            wait_for(app, lambda w=window: w.stack.currentWidget() is w.form)
            window.grab().save(str(out / f"{language}-request-form.png"))
            window.form.on_submit_clicked()  # empty: shows the validation messages
            app.processEvents()
            window.grab().save(str(out / f"{language}-request-form-errors.png"))
            window.on_request_submitted(SubmitResult("HEB-2026-000123"))
            app.processEvents()
            window.grab().save(str(out / f"{language}-confirmation.png"))
            window.close()
            print(f"{language}: {len(list(out.glob(language + '-*.png')))} screenshots")
    finally:
        demo.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
