"""`make screenshots`: every main screen, offscreen, with demo data, in ar, en and fr.

Starts the demo server in a temporary folder, drives the real window as a citizen would (sign
in, submit, a clerk answers, open the timeline), and writes PNG files to screenshots/ (ignored
by git) so that a person can look at them.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def wait_for(app, condition, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the screen did not get ready")
        app.processEvents()
        time.sleep(0.02)


def clerk_answers(demo, number: str) -> None:
    """The demo clerk moves the request on, with a public note, through the API."""
    from citizen_app.api.accounts import Extensions
    from citizen_app.api.client import Open311Client
    from citizen_app.api.http import fetch

    clerk = Extensions(Open311Client(demo.url))
    clerk.sign_in(*demo.accounts["clerk"])
    headers = {"Authorization": f"Bearer {clerk.client.access_token}"}
    for status, note in (
        ("received", "وصل طلبك إلى قسم الكهرباء."),
        ("in_progress", "سيصل فريق الصيانة خلال يومين."),
    ):
        fetch(
            clerk.client.session,
            "POST",
            f"{demo.url}/api/v1/clerk/requests/{number}/status",
            json={"status": status, "note": note},
            headers=headers,
        )


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from citizen_app.i18n import register_fonts

    out = Path("screenshots")
    out.mkdir(exist_ok=True)
    app = QApplication([sys.argv[0]])
    register_fonts()

    def save(language: str, name: str, widget) -> None:
        # The kiosk's start screen is the same in every language: drawn once, in Arabic.
        if name == "kiosk-start":
            if language == "ar":
                widget.grab().save(str(out / "kiosk-start.png"))
            return
        widget.grab().save(str(out / f"{language}-{name}.png"))

    def count(language: str) -> None:
        print(f"{language}: {len(list(out.glob(language + '-*.png')))} screenshots")

    visit_screens(app, save, done=count)
    return 0


def visit_catalogue(app, tabs, language: str, window, on_screen) -> None:
    """The Catalogue tab: the departments and services, then a service in the editor with the
    citizen's form previewed beside it."""
    page = tabs.catalogue
    tabs.tabs.setCurrentWidget(page)
    wait_for(app, lambda: page.tree.topLevelItemCount() > 0 or page.failed)
    if page.failed:  # a server without the catalogue's administration: nothing to draw
        print(f"{language}: no catalogue screenshots ({page.status.text()})")
        return
    app.processEvents()
    on_screen(language, "admin-catalogue-list", window)
    service = next(s for s in page.document["services"] if s["code"] == "street-light")
    page.open_service(service)
    page.editor.update_preview()
    app.processEvents()
    on_screen(language, "admin-catalogue-editor", window)
    page.editor.closed.emit()


def visit_administration(app, demo, language: str, tiles, on_screen) -> None:
    """The administrator's tabs: staff accounts, the calendar, the audit log, the municipality's
    profile and the note templates."""
    from citizen_app.api.client import Open311Client
    from citizen_app.core.credentials import CredentialStore
    from citizen_app.ui.main_window import MainWindow

    admin = MainWindow(
        Open311Client(demo.url, api_key=demo.api_key, language=language),
        demo=True,
        store=CredentialStore(memory_only=True),
        language=language,
        tiles=tiles,
    )
    admin.show()
    admin.start()
    wait_for(app, lambda: admin.stack.currentWidget() is admin.welcome)
    admin.welcome.login.setText(demo.accounts["admin"][0])
    admin.welcome.password.setText(demo.accounts["admin"][1])
    admin.welcome.on_sign_in_clicked()
    wait_for(app, lambda: admin.account.signed_in and admin.staff.admin_button.isVisible())
    admin.staff.admin_button.click()
    tabs = admin.admin
    wait_for(app, lambda: tabs.staff.table.rowCount() > 0)
    app.processEvents()
    on_screen(language, "admin-staff", admin)
    tabs.tabs.setCurrentWidget(tabs.calendar)
    wait_for(app, lambda: any(box.isChecked() for box in tabs.calendar.rest_days.values()))
    app.processEvents()
    on_screen(language, "admin-calendar", admin)
    tabs.tabs.setCurrentWidget(tabs.audit)
    wait_for(app, lambda: not tabs.audit.status.text())
    app.processEvents()
    on_screen(language, "admin-audit", admin)
    tabs.tabs.setCurrentWidget(tabs.municipality)
    wait_for(app, lambda: tabs.municipality.prefix.text() != "")
    app.processEvents()
    on_screen(language, "admin-municipality", admin)
    tabs.tabs.setCurrentWidget(tabs.templates)
    wait_for(app, lambda: tabs.templates.texts["ar"].toPlainText() != "")
    app.processEvents()
    on_screen(language, "admin-templates", admin)
    visit_catalogue(app, tabs, language, admin, on_screen)
    admin.close()
    admin.deleteLater()


def visit_screens(app, on_screen, languages=("ar", "en", "fr"), done=None) -> None:
    """Drive every main screen with demo data, calling `on_screen(language, name, widget)`
    when each is ready (screenshots save it; tests read its text), then `done(language)`."""
    from PySide6.QtCore import QPointF

    from citizen_app.api.client import Open311Client
    from citizen_app.api.tiles import TileServer
    from citizen_app.core.credentials import CredentialStore
    from citizen_app.core.map_tiles import MapTiles, MemoryTileCache
    from citizen_app.demo_server import DemoServer
    from citizen_app.i18n import apply_language
    from citizen_app.ui.main_window import MainWindow
    from citizen_app.ui.tasks import pool

    demo = DemoServer(Path(tempfile.mkdtemp(prefix="screens-")))
    demo.start()
    from citizen_app.screenshot_tiles import start_tile_server

    tiles = MapTiles(TileServer(start_tile_server()), MemoryTileCache())
    # One request with a history, made and answered before the screens are drawn.
    setup = Open311Client(demo.url, api_key=demo.api_key)
    from citizen_app.api.accounts import Extensions

    citizen = Extensions(setup)
    citizen.sign_in(*demo.accounts["citizen"])
    number = setup.submit(
        "street-light",
        {"address_string": "شارع عين سارة، قرب مدرسة الحسين", "lat": 31.5341, "long": 35.0957},
        {"pole_number": "EL-2045", "problem": "dark"},
        str(uuid.uuid4()),
    ).id
    clerk_answers(demo, number)
    try:
        for language in languages:
            apply_language(language)
            client = Open311Client(demo.url, api_key=demo.api_key, language=language)
            window = MainWindow(
                client,
                demo=True,
                store=CredentialStore(memory_only=True),
                language=language,
                tiles=tiles,
            )
            window.show()
            window.start()
            wait_for(app, lambda w=window: w.catalogue.group_count() > 0)
            wait_for(app, lambda w=window: w.stack.currentWidget() is w.welcome)

            def shot(name: str, w: MainWindow = window, lang: str = language) -> None:
                on_screen(lang, name, w)

            shot("welcome")
            window.welcome.login.setText(demo.accounts["citizen"][0])
            window.welcome.password.setText(demo.accounts["citizen"][1])
            window.welcome.on_sign_in_clicked()
            wait_for(app, lambda w=window: w.account.signed_in and w.mine.items)
            shot("catalogue")
            service = next(
                s for s in window.catalogue.visible_services() if s.code == "street-light"
            )
            window.loader.open_service(service)
            wait_for(app, lambda w=window: w.stack.currentWidget() is w.form)
            shot("request-form")
            if language == "ar":  # the map, with a place marked
                from PySide6.QtWidgets import QScrollArea

                box = window.form.map
                window.form.findChild(QScrollArea).ensureWidgetVisible(box)
                canvas = box.canvas
                canvas.choose(canvas.place_at(canvas.rect().center().toPointF() + QPointF(40, 20)))
                wait_for(app, canvas.tiles_shown)
                shot("request-form-map")
                box.on_remove_clicked()
            window.form.on_submit_clicked()  # empty: shows the validation messages
            app.processEvents()
            shot("request-form-errors")
            fields = {f.attribute.code: f for f in window.form.fields if hasattr(f, "attribute")}
            fields["pole_number"].input.setText("EL-2045")
            fields["problem"].input.setCurrentIndex(1)
            window.form.address.setText("شارع عين سارة")
            window.form.on_submit_clicked()  # valid: shows the review
            app.processEvents()
            shot("request-review")
            from citizen_app.api.models import SubmitResult

            window.on_request_submitted(SubmitResult(number))
            app.processEvents()
            shot("confirmation")
            window.on_request_queued("offline")
            app.processEvents()
            shot("confirmation-queued")
            # A draft (typed above, saved by itself) and an item waiting for a connection.
            wait_for(app, lambda w=window: bool(w.drafts.list()))
            server, account = window.context.whereabouts()
            waiting = window.outbox.add(
                server=server,
                account=account,
                service_code="pothole",
                service_name=next(
                    s.name for s in window.catalogue._services if s.code == "pothole"
                ),
                fields={"address_string": "شارع الشلالة"},
                attributes={"size": "large"},
                idempotency_key=str(uuid.uuid4()),
                photos=[],
            )
            window.outbox.defer(waiting, "offline", retry_after=3600)
            window.on_unsent_clicked()
            wait_for(app, lambda w=window: w.unsent.outbox_list.count() > 0)
            wait_for(app, lambda w=window: w.unsent.drafts_list.count() > 0)
            shot("drafts-outbox")
            window.requests.show_mine()
            wait_for(app, lambda w=window: w.mine.table.topLevelItemCount() > 0)
            shot("my-requests")
            window.requests.on_request_opened(number)
            wait_for(app, lambda w=window: w.stack.currentWidget() is w.detail)
            wait_for(app, window.detail.map.canvas.tiles_shown)
            shot("request-timeline")
            window.on_settings_clicked()
            app.processEvents()
            shot("settings")
            window.settings.account_button.click()
            wait_for(app, lambda w=window: w.my_account.sessions.count() > 0)
            shot("my-account")
            window.close()
            window.deleteLater()
            # The clerk's side: the queue with a request open, and the statistics.
            staff = MainWindow(
                Open311Client(demo.url, api_key=demo.api_key, language=language),
                demo=True,
                store=CredentialStore(memory_only=True),
                language=language,
                tiles=tiles,
            )
            staff.show()
            staff.start()
            wait_for(app, lambda w=staff: w.stack.currentWidget() is w.welcome)
            staff.welcome.login.setText(demo.accounts["citizen"][0])
            staff.welcome.forgot_button.click()
            app.processEvents()
            on_screen(language, "forgotten-password", staff)
            staff.welcome.reset_box.back_button.click()
            staff.welcome.login.setText(demo.accounts["clerk"][0])
            staff.welcome.password.setText(demo.accounts["clerk"][1])
            staff.welcome.on_sign_in_clicked()
            wait_for(app, lambda w=staff: w.workspace.model.rowCount() > 0)
            staff.workspace.queue.select_number(number)
            wait_for(app, lambda w=staff: w.workspace.panel.detail is not None)
            wait_for(app, lambda w=staff: w.workspace.panel.history.count() > 0)
            wait_for(app, staff.workspace.panel.map.canvas.tiles_shown)
            staff.workspace.panel.internal_note.setPlainText("اتصلت بالمواطن وأكد العنوان.")
            app.processEvents()
            on_screen(language, "clerk-queue", staff)
            staff.staff.on_stats_clicked()
            wait_for(app, lambda w=staff: w.stats.stats is not None)
            app.processEvents()
            on_screen(language, "clerk-statistics", staff)
            staff.close()
            staff.deleteLater()
            visit_administration(app, demo, language, tiles, on_screen)
            # The kiosk: the start screen, and a form with the on-screen keyboard.
            from citizen_app.core.pin import hash_pin

            kiosk = MainWindow(
                Open311Client(demo.url, api_key=demo.api_key, language=language),
                store=CredentialStore(memory_only=True),
                language=language,
                kiosk={
                    "idle_timeout": 600,
                    "pin_hash": hash_pin("0000", iterations=1000),
                    "municipality": "بلدية الخليل",
                },
            )
            kiosk.resize(1280, 800)
            kiosk.show()
            kiosk.activateWindow()
            kiosk.start()
            wait_for(app, lambda w=kiosk: w.catalogue.group_count() > 0)
            on_screen(language, "kiosk-start", kiosk)
            kiosk.kiosk.begin_session(language)
            service = next(s for s in kiosk.catalogue._services if s.code == "street-light")
            kiosk.loader.open_service(service)
            wait_for(app, lambda w=kiosk: w.stack.currentWidget() is w.form)
            fields = {f.attribute.code: f for f in kiosk.form.fields if hasattr(f, "attribute")}
            fields["pole_number"].input.setFocus()
            wait_for(app, lambda w=kiosk: w.kiosk.keyboard.isVisible(), timeout=5)
            on_screen(language, "kiosk-form", kiosk)
            kiosk.kiosk.finish_session()
            app.processEvents()
            on_screen(language, "kiosk-feedback", kiosk)
            kiosk.kiosk.allow_close("0000")
            kiosk.close()
            kiosk.deleteLater()
            if done is not None:
                done(language)
    finally:
        settle(app)
        demo.stop()
    pool().waitForDone(10000)
    app.processEvents()


def settle_new_window(window) -> None:
    """A window just shown fits itself to the (800-px offscreen) screen once the window
    manager would have framed it (MainWindow, FRAMED_MS): wait for that before sizing it."""
    import time

    from PySide6.QtWidgets import QApplication

    from citizen_app.ui.main_window import FRAMED_MS

    if window.property("settled"):
        return
    window.setProperty("settled", True)
    deadline = time.monotonic() + (FRAMED_MS + 150) / 1000
    while time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)


def settle(app, timeout: float = 20.0) -> None:
    """Every background task delivered and every closed window deleted now, while the demo
    server still answers: nothing of these screens lives on into what runs next (a test)."""
    from PySide6.QtCore import QEvent

    from citizen_app.ui.tasks import running

    deadline = time.monotonic() + timeout
    while running() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()


if __name__ == "__main__":
    sys.exit(main())
