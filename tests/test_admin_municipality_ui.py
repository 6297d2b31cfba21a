"""The Municipality and Note templates tabs in the real window against the real server: an
administrator's edits reach the window's header, receipts and every clerk's note box; the
server's refusals are said in Arabic; a logo too large or not a picture is refused."""

from __future__ import annotations

import os
from pathlib import Path

import requests
from PIL import Image

from citizen_app.api.accounts import Extensions
from citizen_app.api.client import Open311Client
from citizen_app.api.note_templates import NoteTemplatesApi
from citizen_app.core.local_db import LocalDatabase
from citizen_app.core.offline_cache import OfflineCache
from citizen_app.core.receipt import Receipt, to_image
from citizen_app.i18n import apply_language
from citizen_app.ui.clerk.note_templates import NoteTemplates
from tests.live_server import LiveServer
from tests.test_clerk_workspace import signed_in_window

NAMES = {"ar": "بلدية نابلس", "en": "Nablus Municipality", "fr": "Municipalité de Naplouse"}


def logo_file(tmp_path: Path, size: tuple[int, int] = (400, 160)) -> Path:
    path = tmp_path / "logo.png"
    Image.new("RGBA", size, (0, 110, 70, 255)).save(path, "PNG")
    return path


def test_an_administrator_edits_the_profile_and_the_header_shows_it(
    qtbot, start_server, tmp_path: Path
) -> None:
    server: LiveServer = start_server()
    window = signed_in_window(qtbot, server, *server.accounts["admin"])
    page = window.admin.municipality
    window.staff.admin_button.click()
    window.admin.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.prefix.text() == "HEB", timeout=15000)
    assert not page.prefix.isReadOnly()  # no request yet on this server
    assert page.timezone.currentText() == "Asia/Hebron"

    # A time zone the server does not know: refused, and said in Arabic.
    page.timezone.setCurrentText("Asia/Nowhere")
    page.on_save_clicked()
    qtbot.waitUntil(lambda: "المنطقة الزمنية غير معروفة" in page.status.text(), timeout=15000)
    assert "Asia/Hebron" in page.status.text()
    # An Arabic name is needed before anything is sent.
    page.names["ar"].clear()
    page.on_save_clicked()
    assert page.status.text() == "الاسم بالعربية مطلوب."

    for language, name in NAMES.items():
        page.names[language].setText(name)
    page.contacts["ar"].setText("هاتف 09-2345678")
    page.timezone.setCurrentText("Asia/Gaza")
    page.prefix.setText("nbl")
    page._upper("nbl")
    assert page.prefix.text() == "NBL" and "NBL-2026-000123" in page.example.text()
    page.on_save_clicked()
    qtbot.waitUntil(lambda: page.status.text().startswith("تم الحفظ"), timeout=15000)

    # The logo: a file too large is refused here, a file that is no picture too, a real one
    # is sent and previewed as the server keeps it.
    big = tmp_path / "big.png"
    big.write_bytes(b"\x89PNG" + os.urandom(1024 * 1024 + 10))
    page.upload(big)
    qtbot.waitUntil(lambda: "كبير جدًا" in page.status.text(), timeout=15000)
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n not a picture at all")
    page.upload(broken)
    qtbot.waitUntil(lambda: "تعذّرت قراءة هذا الملف" in page.status.text(), timeout=15000)
    page.upload(logo_file(tmp_path))
    qtbot.waitUntil(lambda: page.status.text() == "تم حفظ الشعار.", timeout=15000)
    assert not page.preview.pixmap().isNull()
    profile = requests.get(f"{server.url}/api/v1/municipality", timeout=30).json()
    assert profile["names"] == NAMES and profile["logo"]

    # Another window, started afterwards (as each app does), shows it in its header.
    apply_language("ar")
    client = Open311Client(server.url, api_key=server.api_key, language="ar")
    from citizen_app.core.credentials import CredentialStore
    from citizen_app.ui.main_window import MainWindow

    other = MainWindow(client, store=CredentialStore(memory_only=True))
    qtbot.addWidget(other)
    other.show()
    other.start()
    qtbot.waitUntil(lambda: other.brand.name.text() != "", timeout=15000)
    assert NAMES["ar"] in other.brand.name.text()
    assert other.brand.logo.isVisibleTo(other) and not other.brand.logo.pixmap().isNull()
    assert other.brand.logo.pixmap().height() <= 2 * 28
    apply_language("en")  # the header follows the language without asking the server again
    qtbot.waitUntil(lambda: NAMES["en"] in other.brand.name.text(), timeout=5000)
    assert other.brand.profile.contact("ar") == "هاتف 09-2345678"

    # The receipt carries the logo above the name: it is taller than one without.
    receipt = Receipt(
        number="NBL-2026-000001",
        tracking_url="http://example.ps",
        service="x",
        submitted="",
        expected="",
        municipality=other.brand.shown_name(),
        contact="",
        initials="",
        labels=dict.fromkeys(("title", "service", "submitted", "expected", "initials"), "")
        | {"contact": "", "keep": ""},
        right_to_left=True,
    )
    plain = to_image(receipt)
    with_logo = to_image(Receipt(**{**receipt.__dict__, "logo": other.brand.profile.logo}))
    assert with_logo.height() > plain.height() + 40


def test_the_prefix_is_shown_fixed_once_requests_exist(qtbot, server: LiveServer) -> None:
    """The shared server has requests: the prefix is read-only and says why."""
    from tests.helpers import new_request

    new_request(server)
    window = signed_in_window(qtbot, server, *server.accounts["admin"])
    page = window.admin.municipality
    window.staff.admin_button.click()
    window.admin.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.prefix.text() != "", timeout=15000)
    assert page.prefix.isReadOnly()
    assert page.prefix_note.text() == "ثابتة: توجد طلبات تحمل هذه البادئة."
    window.admin.clear()
    assert page.prefix.text() == "" and all(not e.text() for e in page.names.values())


def test_templates_edited_by_the_administrator_are_in_every_clerks_note_box(
    qtbot, start_server, tmp_path: Path
) -> None:
    server: LiveServer = start_server()
    from tests.helpers import new_request

    number = new_request(server)
    admin_window = signed_in_window(qtbot, server, *server.accounts["admin"])
    page = admin_window.admin.templates
    admin_window.staff.admin_button.click()
    admin_window.admin.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.texts["ar"].toPlainText() != "", timeout=15000)
    assert page.shown == "received"
    assert page.texts["ar"].toPlainText().startswith("وصل طلبك")
    page.texts["ar"].setPlainText("استلمت البلدية طلبكم، وسنتواصل معكم قريبًا.")
    page.texts["en"].setPlainText("The municipality has your request.")
    page.statuses.setCurrentRow(page.statuses.count() - 1)  # the edits are kept meanwhile
    page.on_save_clicked()
    qtbot.waitUntil(lambda: page.status.text().startswith("تم الحفظ"), timeout=15000)
    assert "(معدَّل)" in page.statuses.item(0).text()

    clerk_window = signed_in_window(qtbot, server, *server.accounts["clerk"])
    workspace = clerk_window.workspace
    qtbot.waitUntil(lambda: workspace.templates.texts != {}, timeout=15000)
    qtbot.waitUntil(lambda: workspace.model.rowCount() > 0, timeout=15000)
    assert workspace.queue.select_number(number)
    panel = workspace.panel
    qtbot.waitUntil(lambda: panel.detail is not None, timeout=15000)
    panel.new_status.setCurrentIndex(panel.new_status.findData("received"))
    panel._on_status_chosen(0)
    assert panel.public_note.toPlainText() == "استلمت البلدية طلبكم، وسنتواصل معكم قريبًا."
    apply_language("en")
    panel._on_status_chosen(0)
    assert panel.public_note.toPlainText() == "The municipality has your request."


def test_a_clerk_offline_keeps_the_last_templates_fetched(qtbot, start_server) -> None:
    server: LiveServer = start_server()
    from tests.conftest import sign_in

    clerk = sign_in(server, *server.accounts["clerk"])
    client = Open311Client(server.url, api_key=server.api_key, language="ar")
    client.access_token = clerk.access_token
    cache = OfflineCache(LocalDatabase(Path(":memory:")))
    templates = NoteTemplates(NoteTemplatesApi(Extensions(client)), cache, lambda: "t|server")
    templates.refresh()
    qtbot.waitUntil(lambda: templates.texts != {}, timeout=15000)
    server.stop()  # the server is gone: a new window gets the kept copy
    again = NoteTemplates(NoteTemplatesApi(Extensions(client)), cache, lambda: "t|server")
    again.refresh()
    qtbot.waitUntil(lambda: again.texts != {}, timeout=30000)
    apply_language("ar")
    assert again.text("received").startswith("وصل طلبك")
