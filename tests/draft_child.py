"""A real window that a citizen types into, for the draft-after-a-crash test.

    python -m tests.draft_child DATABASE SERVER_URL API_KEY

Opens the street-light form, types into it as a citizen would, prints "saved" once the
draft is on disk, and then waits to be killed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QDateTime, Qt, QTimer
from PySide6.QtWidgets import QApplication

from citizen_app.api.client import Open311Client
from citizen_app.core.credentials import CredentialStore
from citizen_app.core.local_db import LocalDatabase
from citizen_app.i18n import apply_language
from citizen_app.ui.fields import Field
from citizen_app.ui.main_window import MainWindow


def main() -> int:
    database, url, api_key = sys.argv[1:4]
    app = QApplication([])
    apply_language("ar")
    client = Open311Client(url, api_key=api_key, language="ar")
    window = MainWindow(
        client, store=CredentialStore(memory_only=True), db=LocalDatabase(Path(database))
    )
    window.show()
    window.start()
    state = {"typed": False}

    def step() -> None:
        if not state["typed"]:
            service = next(
                (s for s in window.catalogue._services if s.code == "street-light"), None
            )
            if service is None:
                return
            if window.stack.currentWidget() is not window.form:
                if window.form.service is None:
                    window.loader.open_service(service)
                return
            fields = {f.attribute.code: f for f in window.form.fields if isinstance(f, Field)}
            fields["pole_number"].input.setText("EL-٩٩")
            fields["problem"].input.setCurrentIndex(fields["problem"].input.findData("day_burning"))
            fields["noticed_at"].input.setDateTime(
                QDateTime.fromString("2026-11-21T05:45:00Z", Qt.DateFormat.ISODate)
            )
            fields["nearby"].input.item(2).setCheckState(Qt.CheckState.Checked)
            fields["details"].input.setPlainText("يضيء طوال النهار منذ أسبوع")
            window.form.address.setText("حي الجامعة، قرب المسجد")
            window.form.phone.setText("0599000111")
            state["typed"] = True
        elif window.drafts.list():
            print("saved", flush=True)
            timer.stop()

    timer = QTimer()
    timer.timeout.connect(step)
    timer.start(100)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
