"""Drafts: saved while the citizen types, restored after the app was killed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt

from citizen_app.api.client import Open311Client
from citizen_app.core.credentials import CredentialStore
from citizen_app.core.local_db import LocalDatabase
from citizen_app.i18n import apply_language
from citizen_app.ui.fields import Field
from citizen_app.ui.main_window import MainWindow
from tests.live_server import LiveServer

ROOT = Path(__file__).resolve().parent.parent


def test_a_draft_survives_the_app_being_killed(qtbot, server: LiveServer, tmp_path: Path) -> None:
    database = tmp_path / "local.db"
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.draft_child", str(database), server.url, server.api_key],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout.readline().strip() == "saved"
    finally:
        child.send_signal(signal.SIGKILL)  # no clean shutdown, no chance to flush anything
        child.wait(timeout=30)
        child.stdout.close()
    assert child.returncode == -signal.SIGKILL

    apply_language("ar")
    client = Open311Client(server.url, api_key=server.api_key, language="ar")
    window = MainWindow(client, store=CredentialStore(memory_only=True), db=LocalDatabase(database))
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.catalogue.group_count() > 0, timeout=15000)
    window.on_unsent_clicked()
    qtbot.waitUntil(lambda: window.unsent.drafts_list.count() == 1, timeout=5000)
    assert "عطل في إنارة الشارع" in window.unsent.drafts_list.item(0).text()
    window.unsent.resume_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.form, timeout=15000)
    fields = {f.attribute.code: f for f in window.form.fields if isinstance(f, Field)}
    assert fields["pole_number"].input.text() == "EL-٩٩"
    assert fields["problem"].input.currentData() == "day_burning"
    assert fields["noticed_at"].raw() == "2026-11-21T05:45:00Z"
    nearby = fields["nearby"].input
    assert [nearby.item(i).checkState() == Qt.CheckState.Checked for i in range(4)] == [
        False,
        False,
        True,
        False,
    ]
    assert fields["details"].input.toPlainText() == "يضيء طوال النهار منذ أسبوع"
    assert window.form.address.text() == "حي الجامعة، قرب المسجد"
    assert window.form.phone.text() == "0599000111"

    # Sending it takes it out of the drafts (and into the outbox, then to the server).
    window.form.submit_button.click()
    window.form.submit_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.confirmation, timeout=30000)
    assert window.drafts.list() == []
