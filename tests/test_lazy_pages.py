"""The window starts with its first page alone (issue 19): every other page, and its module, is
made the first time it is wanted, once, and is then as if it had been made at start: wired, in
the current language and look, showing the current state. A kiosk's wipe resets the pages made
and makes none. (That their modules load only then: tests/test_startup_imports.py.)"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QStackedWidget, QWidget

from citizen_app.api.client import Open311Client
from citizen_app.core.credentials import CredentialStore
from citizen_app.i18n import apply_language
from citizen_app.ui import theme
from citizen_app.ui.main_window import MainWindow
from citizen_app.ui.navigation import Navigation
from tests.live_server import LiveServer
from tests.test_kiosk import PIN, kiosk_window

LATER = ("catalogue", "form", "confirmation", "mine", "detail", "settings", "my_account", "unsent")


def new_window(qtbot) -> MainWindow:
    window = MainWindow(
        Open311Client("http://127.0.0.1:9"), store=CredentialStore(memory_only=True)
    )
    qtbot.addWidget(window)
    return window


def test_a_lazy_page_is_made_once_and_told_of_in_order(qapp) -> None:
    stack = QStackedWidget()
    made: list[QWidget] = []
    heard: list[str] = []
    lazy = Navigation(stack).lazy(lambda: made.append(QWidget()) or made[-1])
    lazy.when_made(lambda page: heard.append("first"))
    lazy.when_made(lambda page: heard.append("second"))
    assert lazy.made() is None and list(lazy) == [] and len(lazy) == 0 and stack.count() == 0
    assert None not in lazy and made == [] and heard == []

    page = lazy.get()

    assert lazy.get() is page and made == [page] and heard == ["first", "second"]
    assert list(lazy) == [page] and page in lazy and stack.widget(0) is page
    lazy.when_made(lambda page: heard.append("after"))  # made already: at once
    assert heard == ["first", "second", "after"] and stack.count() == 1


def test_the_window_starts_with_the_welcome_page_alone(qtbot) -> None:
    window = new_window(qtbot)

    assert [type(page).__name__ for page in window.pages] == ["WelcomePage"]
    assert window.stack.currentWidget() is window.citizen_pages.welcome.made()
    for name in LATER:
        assert getattr(window.citizen_pages, name).made() is None, name
    assert window.accounts.verify_lazy.made() is None


def test_a_page_is_made_when_first_shown_and_only_once(qtbot) -> None:
    window = new_window(qtbot)
    bar, lazy = window.nav_bar, window.citizen_pages

    bar.unsent_button.click()
    unsent = lazy.unsent.made()
    assert unsent is not None and window.stack.currentWidget() is unsent
    assert bar.current_button() is bar.unsent_button
    count = window.stack.count()
    bar.account_button.click()
    bar.unsent_button.click()

    assert lazy.unsent.made() is unsent and window.unsent is unsent
    assert window.stack.count() == count
    assert lazy.settings.made() is None and lazy.form.made() is None  # not asked for


def test_a_page_made_later_is_in_the_language_and_look_chosen_before(qtbot) -> None:
    window = new_window(qtbot)
    try:
        window.set_language("en")
        window.set_look("high-contrast", 150)
        qtbot.waitUntil(lambda: window.windowTitle() == "Municipal e-services", timeout=5000)
        assert window.citizen_pages.settings.made() is None

        window.on_settings_clicked()

        settings = window.citizen_pages.settings.made()
        assert settings is not None and window.stack.currentWidget() is settings
        assert settings.heading.text() == "Settings"
        assert settings.language.currentData() == "en"
        assert settings.theme.currentData() == "high-contrast"
        assert settings.text_size.currentData() == 150
        assert settings.language_label.font().pointSizeF() == QApplication.font().pointSizeF()
        # It is wired: choosing there changes the app's language.
        settings.language.setCurrentIndex(settings.language.findData("ar"))
        settings.language.activated.emit(settings.language.currentIndex())
        qtbot.waitUntil(lambda: window.context.language == "ar", timeout=5000)
    finally:
        apply_language("ar")
        theme.apply(theme.Look())


def test_the_kiosk_wipe_resets_the_pages_made_and_makes_none(qtbot, server: LiveServer) -> None:
    window = kiosk_window(qtbot, server)  # (it waits for the catalogue: made)
    lazy = window.citizen_pages
    window.kiosk.start_page.buttons[0].click()
    catalogue = lazy.catalogue.get()
    catalogue.search.setText("حفرة")
    never = [name for name in LATER if getattr(lazy, name).made() is None]
    assert "settings" in never and "my_account" in never

    window.kiosk.finish_button.click()

    assert window.stack.currentWidget() in window.kiosk.own_pages()
    assert catalogue.search.text() == ""  # a page made: reset
    assert [name for name in never if getattr(lazy, name).made() is not None] == []
    window.kiosk.allow_close(PIN)
