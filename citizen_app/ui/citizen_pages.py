"""The citizen's pages, each made the first time it is wanted (navigation.LazyPage), with its
module imported only then: the app starts with the welcome page alone (issue 19).

A page made later looks like one made at start: it translates itself when made (the
translators are the app's), the theme and text size are the app's palette, font and style
sheet, and who owns a state the page shows gives it with LazyPage.when_made.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from citizen_app.ui.navigation import LazyPage, Navigation

if TYPE_CHECKING:
    from PySide6.QtWidgets import QPushButton, QWidget

    from citizen_app.core.map_tiles import MapTiles
    from citizen_app.ui.account_page import AccountPage
    from citizen_app.ui.catalogue_page import CataloguePage
    from citizen_app.ui.confirmation_page import ConfirmationPage
    from citizen_app.ui.context import AppContext
    from citizen_app.ui.my_requests_page import MyRequestsPage
    from citizen_app.ui.nav_bar import NavBar
    from citizen_app.ui.request_detail_page import RequestDetailPage
    from citizen_app.ui.request_form_page import RequestFormPage
    from citizen_app.ui.settings_page import SettingsPage
    from citizen_app.ui.unsent_page import UnsentPage
    from citizen_app.ui.welcome_page import WelcomePage


class CitizenPages:
    def __init__(
        self,
        navigation: Navigation,
        context: AppContext,
        tiles: MapTiles | None,
        languages: tuple[str, ...],
        kiosk: bool,
        municipality: str,
    ) -> None:
        """`kiosk`: a shared machine (a visitor's form is on screen only, no files saved)."""
        account, extensions = context.account, context.extensions
        drafts = None if kiosk else context.drafts

        def welcome() -> WelcomePage:
            from citizen_app.ui.welcome_page import WelcomePage

            return WelcomePage(account, municipality)

        def catalogue() -> CataloguePage:
            from citizen_app.ui.catalogue_page import CataloguePage

            return CataloguePage()

        def form() -> RequestFormPage:
            from citizen_app.ui.request_form_page import RequestFormPage

            page = RequestFormPage(context.client, extensions, drafts, tiles)
            page.accounts_offered = not kiosk
            return page

        def confirmation() -> ConfirmationPage:
            from citizen_app.ui.confirmation_page import ConfirmationPage

            page = ConfirmationPage()
            page.allow_save = not kiosk  # a kiosk is a shared machine: no files saved
            return page

        def mine() -> MyRequestsPage:
            from citizen_app.ui.my_requests_page import MyRequestsPage

            return MyRequestsPage()

        def detail() -> RequestDetailPage:
            from citizen_app.ui.request_detail_page import RequestDetailPage

            return RequestDetailPage(extensions, tiles)

        def settings() -> SettingsPage:
            from citizen_app.ui.settings_page import SettingsPage

            return SettingsPage(languages)

        def my_account() -> AccountPage:
            from citizen_app.ui.account_page import AccountPage

            return AccountPage(extensions, kiosk=kiosk)

        def unsent() -> UnsentPage:
            from citizen_app.ui.unsent_page import UnsentPage

            return UnsentPage()

        lazy = navigation.lazy
        self.welcome, self.catalogue, self.form = lazy(welcome), lazy(catalogue), lazy(form)
        self.confirmation, self.mine, self.detail = lazy(confirmation), lazy(mine), lazy(detail)
        self.settings, self.my_account, self.unsent = lazy(settings), lazy(my_account), lazy(unsent)

    def pages(self) -> tuple[QWidget, ...]:
        """Every citizen page, made now if not yet (for checks that go through them all)."""
        return tuple(lazy.get() for lazy in vars(self).values())

    def sections(
        self, bar: NavBar, settings_steps: Iterable[LazyPage]
    ) -> list[tuple[QPushButton, str, tuple[LazyPage, ...]]]:
        """The navigation bar's entries (NavBar.follow): each button, its icon and the pages
        it stands for. `settings_steps`: the account's pages, reached from Settings."""
        return [
            (bar.account_button, "sign-in", (self.welcome,)),
            (bar.services_button, "services", (self.catalogue, self.form, self.confirmation)),
            (bar.mine_button, "mine", (self.mine, self.detail)),
            (bar.unsent_button, "unsent", (self.unsent,)),
            (bar.settings_button, "settings", (self.settings, *settings_steps)),
        ]


class CitizenPage:
    """A window attribute that is the citizen page of the same name, made when first read
    (window.form for the app's start and for tests; the window's parts use the LazyPage)."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, window: Any, owner: type | None = None) -> Any:
        if window is None:
            return self
        slot: LazyPage = getattr(window.citizen_pages, self.name)
        return slot.get()
