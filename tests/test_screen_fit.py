"""Every page, the kiosk with its keyboard and the clerk's workspace fit the screens people have:
a 1366×768 laptop, 1280×720 (also 1920×1080 at QT_SCALE_FACTOR=1.5, the same in logical
pixels), and a portrait kiosk totem of 1080×1920. Nothing is drawn beyond the window, nothing
needs sideways scrolling, and the focused field shows above the on-screen keyboard."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from citizen_app.ui.main_window import FRAMED_MS, MainWindow
from citizen_app.ui.text_area import TextArea
from tests.conftest import Account
from tests.helpers import new_request
from tests.live_server import LiveServer
from tests.test_citizen_ui import open_service
from tests.test_clerk_workspace import signed_in_window
from tests.test_kiosk import kiosk_window

# The screen does not change what is drawn on either database: one is enough.
pytestmark = pytest.mark.parametrize("server", ["sqlite"], indirect=True)

SIZES = [QSize(1366, 768), QSize(1280, 720), QSize(1080, 1920)]


def rect_in(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def scrolls_inside(widget: QWidget, window: QWidget) -> bool:
    """In a scroll area's viewport: it may be out of sight, the area scrolls to it."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and parent is area.viewport():
            return True
        parent = parent.parentWidget()
    return False


def beyond(window: QWidget) -> list[str]:
    """The visible widgets that extend beyond the window (those that scroll excepted)."""
    bounds = window.rect()
    found = []
    for widget in window.findChildren(QWidget):
        if widget.isWindow() or not widget.isVisible() or scrolls_inside(widget, window):
            continue
        rect = rect_in(widget, window)
        if not bounds.contains(rect):
            found.append(f"{type(widget).__name__} {widget.objectName()} {rect}")
    return found


def placed(qtbot) -> None:
    """After the window's own fitting to the (800×800 offscreen) screen, once shown: the
    tests then size it as the screens they check."""
    qtbot.wait(FRAMED_MS + 200)


def settle(qtbot) -> None:
    for _ in range(3):
        QApplication.processEvents()
        qtbot.wait(20)


def check_fits(qtbot, window: MainWindow, size: QSize, page: QWidget) -> None:
    window.resize(size)
    window.stack.setCurrentWidget(page)
    settle(qtbot)
    name = f"{type(page).__name__} at {size.width()}×{size.height()}"
    assert window.size() == size, name  # the window's minimum allows this screen
    assert not beyond(window), (name, beyond(window))
    # The page fits across: only up and down scrolling, never sideways.
    viewport = window.page_scroll.viewport()
    assert page.minimumSizeHint().width() <= viewport.width(), name
    assert not window.page_scroll.horizontalScrollBar().isVisible(), name


def test_every_citizen_page_fits_every_screen(
    qtbot, server: LiveServer, citizen_a: Account
) -> None:
    number = new_request(server, citizen_a, description="عمود إنارة مطفأ")
    window = signed_in_window(qtbot, server, citizen_a.login, citizen_a.password)
    qtbot.waitUntil(lambda: bool(window.catalogue._services), timeout=15000)
    open_service(qtbot, window, "street-light")  # the form with its questions
    window.requests.on_lookup(number)
    qtbot.waitUntil(lambda: window.detail.detail is not None, timeout=15000)
    placed(qtbot)
    window.citizen_pages.pages(), window.accounts.verify_step  # made when first shown
    for size in SIZES:
        for page in window.pages:
            if page in (window.workspace, window.stats):
                continue  # staff only: below
            check_fits(qtbot, window, size, page)
    # The largest page asks for no more than the smallest screen.
    for page in window.pages:
        window.stack.setCurrentWidget(page)
        hint = window.minimumSizeHint()
        assert hint.width() <= 1080 and hint.height() <= 720, (type(page).__name__, hint)


def test_the_clerk_workspace_fits_a_768_pixel_screen(qtbot, server: LiveServer) -> None:
    login, password = server.accounts["clerk"]
    window = signed_in_window(qtbot, server, login, password)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=15000)
    # Opened on a small screen, the window is not made larger than the screen.
    free = window.screen().availableGeometry()
    assert free.contains(window.frameGeometry()), (free, window.frameGeometry())
    workspace = window.workspace
    qtbot.waitUntil(lambda: workspace.model.rowCount() > 0, timeout=15000)
    workspace.queue.select_number(workspace.model.rows[0]["id"])
    qtbot.waitUntil(lambda: workspace.panel.detail is not None, timeout=15000)
    placed(qtbot)
    for size in SIZES:
        check_fits(qtbot, window, size, window.workspace)
        check_fits(qtbot, window, size, window.stats)
        # The actions scroll into view with the keyboard (Tab) as with the mouse.
        panel = workspace.panel
        panel.expected_button.setFocus()
        settle(qtbot)
        shown = rect_in(panel.expected_button, window)
        assert window.rect().contains(shown), (size, shown)
    for page in (window.workspace, window.stats):
        window.stack.setCurrentWidget(page)
        hint = window.minimumSizeHint()
        assert hint.width() <= 1080 and hint.height() <= 720, hint


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s.width()}x{s.height()}")
def test_the_kiosk_keyboard_and_the_focused_field_are_on_screen(
    qtbot, server: LiveServer, size: QSize
) -> None:
    window = kiosk_window(qtbot, server)
    placed(qtbot)
    window.resize(size)
    settle(qtbot)
    assert window.size() == size
    assert not beyond(window), beyond(window)
    window.kiosk.start_page.buttons[0].click()  # العربية
    open_service(qtbot, window, "street-light")
    keyboard = window.kiosk.keyboard
    # The last field of the form, far below: the focus brings it above the keyboard.
    for field in (window.form.description, window.form.email, window.form.first_name):
        field.setFocus()
        qtbot.waitUntil(keyboard.isVisible, timeout=5000)
        settle(qtbot)
        assert window.size() == size
        board = rect_in(keyboard, window)
        assert window.rect().contains(board), (board, window.rect())
        # Every key whole, the bottom row included.
        for key in keyboard.findChildren(QWidget):
            if key.isVisible():
                assert window.rect().contains(rect_in(key, window)), key.text()
        shown = rect_in(field, window)
        pages = rect_in(window.page_scroll.viewport(), window)
        assert pages.contains(shown), (type(field).__name__, shown, pages)
        assert shown.bottom() < board.top()
        assert not beyond(window), beyond(window)
    window.citizen_pages.pages()  # made when first shown: made here to be checked too
    for page in window.pages:
        if page not in (window.workspace, window.stats):
            check_fits(qtbot, window, size, page)


def test_the_clerk_window_is_where_the_clerk_left_it(
    qtbot, server: LiveServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CITIZEN_APP_USER_CONFIG", str(tmp_path / "settings.toml"))
    login, password = server.accounts["clerk"]
    window = signed_in_window(qtbot, server, login, password)
    window.context.remember_choices = True
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=15000)
    placed(qtbot)
    window.resize(700, 560)
    window.workspace.splitter.setSizes([200, 480])
    settle(qtbot)
    queue_width = window.workspace.splitter.sizes()[0]
    window.accounts.on_sign_out_requested()
    state = tmp_path / "window-state.ini"
    qtbot.waitUntil(state.exists, timeout=5000)

    again = signed_in_window(qtbot, server, login, password)
    again.context.remember_choices = True
    placed(qtbot)
    again.resize(400, 300)
    again.staff.open_workspace()
    qtbot.waitUntil(lambda: again.size() == QSize(700, 560), timeout=5000)
    settle(qtbot)
    assert abs(again.workspace.splitter.sizes()[0] - queue_width) <= 2


def test_every_multi_line_field_aligns_with_the_layout(qtbot, server: LiveServer) -> None:
    """Arabic typed in a right-to-left window starts at the right edge (and English at the
    left in a left-to-right one), in every multi-line field of the window."""
    from citizen_app.i18n import apply_language
    from tests.test_citizen_ui import type_text

    login, password = server.accounts["clerk"]
    window = signed_in_window(qtbot, server, login, password)
    qtbot.waitUntil(lambda: bool(window.catalogue._services), timeout=15000)
    open_service(qtbot, window, "street-light")
    areas = window.findChildren(QPlainTextEdit) + window.findChildren(QTextEdit)
    assert areas
    assert all(isinstance(area, TextArea) for area in areas), [type(a) for a in areas]
    window.stack.setCurrentWidget(window.form)
    field = window.form.description
    field.setFixedWidth(400)
    settle(qtbot)
    type_text(field, "عمود")
    settle(qtbot)
    # The cursor after the typed word: right-to-left, it is at the word's left end, near
    # the right edge.
    assert field.cursorRect().x() > field.viewport().width() - 80
    apply_language("en")
    settle(qtbot)
    field.clear()
    type_text(field, "pole")
    assert field.cursorRect().x() < 80
