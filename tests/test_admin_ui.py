"""The administrator's staff page in the real window against the real server, and the new
clerk's first sign-in, where they must choose their own password before anything else."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication

from citizen_app.ui.admin.staff_dialogs import HandoverDialog, StaffDialog
from citizen_app.ui.password_dialog import PasswordDialog
from tests.conftest import Account
from tests.live_server import LiveServer
from tests.test_clerk_workspace import signed_in_window

NEW_PASSWORD = "a password of my own"


def test_an_administrator_adds_a_clerk_who_then_chooses_a_password(
    qtbot, server: LiveServer, admin: Account
) -> None:
    login, password = server.accounts["admin"]
    window = signed_in_window(qtbot, server, login, password)
    assert window.staff.admin_button.isVisibleTo(window)
    window.staff.admin_button.click()
    page = window.admin.staff
    assert window.stack.currentWidget() is window.admin
    qtbot.waitUntil(lambda: page.table.rowCount() >= 3, timeout=15000)  # the demo's staff
    names = {page.table.item(r, 0).text() for r in range(page.table.rowCount())}
    assert admin.user["name"] in names

    opened: list = []
    page.dialog_opened.connect(opened.append)
    page.new_button.click()
    form = opened[-1]
    assert isinstance(form, StaffDialog)
    form.on_save_clicked()  # nothing typed: said next to the name, nothing sent
    assert form.errors["name"].isVisibleTo(form) and form.isVisible()
    email = f"clerk{uuid.uuid4().hex[:8]}@example.ps"
    form.name.setText("Rana Clerk")
    form.email.setText(email)
    form.role.setCurrentIndex(form.role.findData("clerk"))
    form.department.setCurrentIndex(form.department.findData("water"))
    form.on_save_clicked()
    qtbot.waitUntil(lambda: isinstance(opened[-1], HandoverDialog), timeout=15000)
    one_time = opened[-1].password.text()
    assert len(one_time) == 14
    qtbot.waitUntil(lambda: "Rana Clerk" in names_in(page), timeout=15000)

    clerk_window = signed_in_window_first_time(qtbot, server, email, one_time)
    dialog = clerk_window.accounts.password_dialog
    assert isinstance(dialog, PasswordDialog) and dialog.isVisible()
    dialog.current.setText(one_time)
    dialog.new.setText(NEW_PASSWORD)
    dialog.repeat.setText("something else entirely")
    dialog.on_ok_clicked()
    assert dialog.errors["repeat"].isVisibleTo(dialog)
    dialog.repeat.setText(NEW_PASSWORD)
    dialog.on_ok_clicked()
    qtbot.waitUntil(
        lambda: clerk_window.stack.currentWidget() is clerk_window.workspace, timeout=15000
    )
    assert not clerk_window.staff.admin_button.isVisibleTo(clerk_window)  # a clerk, not an admin


def names_in(page) -> list[str]:
    table = page.table
    return [table.item(r, 0).text() for r in range(table.rowCount()) if table.item(r, 0)]


def signed_in_window_first_time(qtbot, server: LiveServer, login: str, password: str):
    """Signs in as the welcome page does; the window stays there while it asks for a password."""
    from citizen_app.api.client import Open311Client
    from citizen_app.core.credentials import CredentialStore
    from citizen_app.ui.main_window import MainWindow

    client = Open311Client(server.url, api_key=server.api_key, language="ar")
    window = MainWindow(client, store=CredentialStore(memory_only=True))
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.welcome, timeout=15000)
    window.welcome.login.setText(login)
    window.welcome.password.setText(password)
    window.welcome.sign_in_button.click()
    qtbot.waitUntil(lambda: window.accounts.password_dialog is not None, timeout=15000)
    QApplication.processEvents()
    return window


def test_leaving_the_password_choice_signs_out(qtbot, server: LiveServer, admin: Account) -> None:
    created = admin.http.post(
        f"{server.url}/api/v1/admin/staff",
        json={"name": "موظف", "email": f"c{uuid.uuid4().hex[:8]}@example.ps"},
        timeout=30,
    ).json()
    window = signed_in_window_first_time(
        qtbot, server, created["account"]["email"], created["one_time_password"]
    )
    window.accounts.password_dialog.reject()
    qtbot.waitUntil(lambda: not window.account.signed_in, timeout=15000)
    assert window.stack.currentWidget() is window.welcome


def test_an_administrator_adds_a_holiday_and_finds_it_in_the_audit_log(
    qtbot, server: LiveServer, admin: Account
) -> None:
    login, password = server.accounts["admin"]
    window = signed_in_window(qtbot, server, login, password)
    window.staff.admin_button.click()
    admin_page = window.admin
    admin_page.tabs.setCurrentWidget(admin_page.calendar)
    calendar = admin_page.calendar
    qtbot.waitUntil(lambda: calendar.rest_days[4].isChecked(), timeout=15000)  # Friday
    assert calendar.rest_days[5].isChecked() and not calendar.rest_days[0].isChecked()
    # Far in the future: the shared server's expected dates stay as they are.
    calendar.day.setDate(QDate(2099, 4, 1))
    calendar.name.setText("عطلة تجريبية")
    calendar.add_button.click()
    calendar.add_button.click()  # the same date twice: said, not added
    assert [h["date"] for h in calendar.holidays].count("2099-04-01") == 1
    calendar.save_button.click()
    qtbot.waitUntil(lambda: calendar.save_button.isEnabled(), timeout=15000)
    saved = admin.http.get(f"{server.url}/api/v1/admin/calendar", timeout=30).json()
    assert "2099-04-01" in [h["date"] for h in saved["holidays"]]
    assert saved["rest_days"] == [4, 5]

    admin_page.tabs.setCurrentWidget(admin_page.audit)
    audit = admin_page.audit
    qtbot.waitUntil(lambda: audit.table.rowCount() > 0, timeout=15000)
    first = audit.table.item(0, 2).text()
    assert "تقويم" in first or "Calendar" in first
    assert "2099-04-01" in audit.table.item(0, 3).text()
