"""The main window: a shell that composes the pages and the parts that run them.

One part per concern (loading, the account, the server, following requests, the staff side,
the kiosk, receipts, the session's steps), each given what it needs in its constructor; they
tell each other things through signals, tied together here in _connect, never by reaching into
each other or into the window. What the navigation bar shows for whom is decided here.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QSystemTrayIcon

from citizen_app.api.accounts import Extensions
from citizen_app.api.client import Open311Client
from citizen_app.api.models import SubmitResult
from citizen_app.core import server_address
from citizen_app.core.account import Account
from citizen_app.core.credentials import CredentialStore
from citizen_app.core.local_db import LocalDatabase
from citizen_app.core.local_requests import LocalRequests
from citizen_app.core.map_tiles import MapTiles
from citizen_app.i18n import apply_language
from citizen_app.ui import theme
from citizen_app.ui.account_flow import AccountFlow
from citizen_app.ui.advice import sign_in_first
from citizen_app.ui.bidi import request_number
from citizen_app.ui.brand import Brand
from citizen_app.ui.citizen_pages import CitizenPage, CitizenPages
from citizen_app.ui.context import AppContext
from citizen_app.ui.loader import Loader
from citizen_app.ui.navigation import Navigation
from citizen_app.ui.notices import Notices
from citizen_app.ui.outbox_flow import OutboxFlow
from citizen_app.ui.outbox_sender import OutboxSender
from citizen_app.ui.receipt_actions import ReceiptActions
from citizen_app.ui.requests_follow import RequestsFollower
from citizen_app.ui.server_switch import ServerSwitcher
from citizen_app.ui.session_flow import SessionFlow
from citizen_app.ui.staff_side import StaffSide
from citizen_app.ui.window_frame import WindowFrame
from citizen_app.ui.window_state import fit_on_screen

if TYPE_CHECKING:
    from citizen_app.ui.confirmation_page import ConfirmationPage
    from citizen_app.ui.kiosk.mode import KioskMode
    from citizen_app.ui.request_form_page import RequestFormPage
    from citizen_app.ui.settings_page import SettingsPage
    from citizen_app.ui.welcome_page import WelcomePage

FRAME = QSize(16, 48)  # room for a window manager's title bar and borders, before it says
FRAMED_MS = 300  # time for the window manager to frame a new window


class MainWindow(QMainWindow):
    #: the catalogue is shown: how many services, and whether it is a kept (offline) copy
    catalogue_shown = Signal(int, bool)
    #: the municipality could not be reached or none is set up; the text the window shows
    load_failed = Signal(str)

    # Every page made so far; the others are made when first wanted (citizen_pages.py,
    # staff_side.py). window.form and the like: the page, made when first read.
    pages = property(lambda self: self.navigation.pages())
    client = property(lambda self: self.context.client)  # the server in use (AppContext)
    welcome, catalogue, form = CitizenPage(), CitizenPage(), CitizenPage()
    confirmation, mine, detail = CitizenPage(), CitizenPage(), CitizenPage()
    settings, my_account, unsent = CitizenPage(), CitizenPage(), CitizenPage()
    workspace = property(lambda self: self.staff.workspace)
    stats = property(lambda self: self.staff.stats)
    admin = property(lambda self: self.staff.admin)

    def __init__(
        self,
        client: Open311Client,
        demo: bool = False,
        store: CredentialStore | None = None,
        language: str = "ar",
        languages: tuple[str, ...] = ("ar", "en", "fr"),
        local: LocalRequests | None = None,
        remember_choices: bool = False,
        site_api_key: str | None = None,
        db: LocalDatabase | None = None,
        kiosk: dict | None = None,
        receipt_printer: str = "",
        tiles: MapTiles | None = None,
        allow_plain_http: bool = False,
        municipality: str = "",
    ) -> None:
        """`remember_choices`: keep the language and server chosen here in the user config.
        `site_api_key`: the API key configured for real servers (the demo server has its own).
        `db`: the local database for drafts, the outbox and the offline copies (in memory when
        not given). `kiosk`: kiosk mode with its `idle_timeout`, `idle_warning`, `pin_hash`,
        `municipality` and `feedback`. `languages`: those the site offers. `allow_plain_http`:
        the site allows http:// to other computers. `municipality`: its name, from the site
        configuration (a kiosk's own otherwise). `receipt_printer`: the site config's
        printer for receipts (core/receipt_printer.py). `tiles`: the map's tiles
        (core.map_tiles.map_tiles), or None for no map."""
        super().__init__()
        municipality = municipality or (kiosk or {}).get("municipality", "")
        self.account = Account(Extensions(client), store or CredentialStore())
        self.context = AppContext(self.account, db, local, language, demo, remember_choices)
        self.drafts, self.outbox = self.context.drafts, self.context.outbox
        self.tiles = tiles
        tray = QSystemTrayIcon(self) if QSystemTrayIcon.isSystemTrayAvailable() else None

        frame = WindowFrame(demo)
        self.setCentralWidget(frame)
        self.demo_banner, self.nav_bar = frame.demo_banner, frame.nav_bar
        self.message, self.stack, self.page_scroll = frame.message, frame.stack, frame.page_scroll
        self.notices = Notices(self.message, tray)
        self.notices.load_failed.connect(self.load_failed)
        self.navigation = Navigation(self.stack)

        context, notices, navigation = self.context, self.notices, self.navigation
        extensions = context.extensions
        pages = self.citizen_pages = CitizenPages(
            navigation, context, tiles, languages, kiosk is not None, municipality
        )
        if kiosk is None:
            pages.welcome.get()  # the first page shown (a kiosk's is its start page)
        self.loader = Loader(context, notices, navigation, pages.catalogue, pages.form)
        self.accounts = AccountFlow(
            context, notices, navigation, pages.settings, pages.my_account, self, kiosk is not None
        )
        self.switcher = ServerSwitcher(
            context, notices, pages.settings, site_api_key, allow_plain_http, self.on_not_remembered
        )
        self.requests = RequestsFollower(context, notices, navigation, pages.mine, pages.detail)
        self.sender = OutboxSender(self.outbox, extensions, context.whereabouts, self)
        self.flow = OutboxFlow(
            self.outbox, self.drafts, self.sender, pages.form, pages.unsent, context.whereabouts
        )
        fetch = self.loader.definition_fetcher
        self.staff = StaffSide(
            context,
            notices,
            navigation,
            self,
            lambda code: fetch()(code, context.language),
            lambda: self.loader.services,
            tiles,
        )
        self.brand = Brand(municipality)  # the municipality's logo and name, first in the bar
        self.nav_bar.add_in_front(self.brand, *self.staff.buttons())
        self.receipts = ReceiptActions(
            context, notices, pages.form, pages.confirmation, self, self.brand, receipt_printer
        )
        citizen = pages.sections(self.nav_bar, self.accounts.pages())
        self.nav_bar.follow(self.stack, [*citizen, *self.staff.sections()])
        self.kiosk = self._kiosk(kiosk, languages, frame) if kiosk is not None else None
        self.session = SessionFlow(
            context,
            notices,
            navigation,
            (self.loader, self.accounts, self.requests, self.staff, self.sender),
            (pages.welcome, pages.catalogue, pages.mine, pages.form),
            self.kiosk.page_for_nobody if self.kiosk is not None else None,
        )
        self._connect()
        self.retranslate()
        self.update_account_state()
        # A 768-px screen has no room for 760 px and a title bar: FRAME now, measured once shown.
        self.resize(QSize(1000, 760).boundedTo(self.screen().availableGeometry().size() - FRAME))
        self._placed = False

    def _kiosk(self, settings: dict, languages: tuple[str, ...], frame: WindowFrame) -> KioskMode:
        """Kiosk mode: its own pages, the Finish button, the on-screen keyboard."""
        from citizen_app.ui.kiosk.mode import KioskMode  # only a kiosk needs it

        kiosk = KioskMode(
            self.context,
            self.notices,
            self.navigation,
            self,
            lambda: self.pages,
            self.citizen_pages.welcome,
            languages,
            **settings,
        )
        self.navigation.add(*kiosk.own_pages())
        self.nav_bar.add_at_end(kiosk.finish_button)
        frame.add_below(kiosk.keyboard)
        return kiosk

    def _connect(self) -> None:
        """Who hears whom: the only place where the parts are tied together."""
        nav, bar, pages = self.navigation, self.nav_bar, self.citizen_pages
        self.loader.endpoint_found.connect(lambda: self.brand.load_for(self.context))
        bar.services_button.clicked.connect(lambda: nav.show(pages.catalogue))
        bar.mine_button.clicked.connect(self.requests.show_mine)
        bar.settings_button.clicked.connect(self.on_settings_clicked)
        bar.unsent_button.clicked.connect(self.on_unsent_clicked)
        bar.account_button.clicked.connect(lambda: nav.show(pages.welcome))
        self.session.changed.connect(self.update_account_state)
        self.loader.services_loaded.connect(self.staff.on_services_loaded)
        self.loader.catalogue_shown.connect(self.catalogue_shown)
        self.load_failed.connect(lambda text: pages.catalogue.get().show_failure(text))
        self.accounts.changed.connect(self.update_account_state)
        self.switcher.leaving.connect(self.session.drop_session_loads)
        self.switcher.leaving.connect(self.loader.drop_all)
        self.switcher.switched.connect(self.demo_banner.setVisible)
        self.switcher.switched.connect(self.session.on_server_switched)
        self.flow.queued.connect(self.on_request_queued)
        self.flow.delivered_later.connect(self.on_delivered_later)
        self.flow.delivered_number.connect(self.requests.on_delivered)
        self.flow.resume.connect(self.loader.open_draft)
        pages.welcome.when_made(self._on_welcome_made)
        pages.catalogue.when_made(lambda page: page.chosen.connect(self.loader.open_service))
        pages.form.when_made(self._on_form_made)
        pages.confirmation.when_made(self._on_confirmation_made)
        pages.mine.when_made(lambda page: page.ask.connect(lambda: nav.show(pages.catalogue)))
        pages.detail.when_made(lambda page: page.set_interactive(not self.context.plain_mode()))
        pages.settings.when_made(self._on_settings_made)
        if self.kiosk is None:  # a kiosk closes with the administrator's PIN only
            QShortcut(QKeySequence("Ctrl+Q"), self, self.close)
            return
        self.kiosk.language_chosen.connect(self.set_language)
        self.kiosk.ending.connect(self.on_visitor_left)
        self.kiosk.changed.connect(self.update_account_state)
        nav.show(self.kiosk.start_page)

    def _on_welcome_made(self, page: WelcomePage) -> None:
        page.done.connect(self.accounts.on_welcome_done)
        page.lookup.connect(self.requests.on_lookup)

    def _on_form_made(self, page: RequestFormPage) -> None:
        page.back.connect(lambda: self.navigation.show(self.citizen_pages.catalogue))
        page.submitted.connect(self.on_request_submitted)
        page.sign_in_needed.connect(self.on_sign_in_needed)

    def _on_confirmation_made(self, page: ConfirmationPage) -> None:
        page.again.connect(lambda: self.navigation.show(self.citizen_pages.catalogue))
        page.follow.connect(self.requests.on_follow)

    def _on_settings_made(self, page: SettingsPage) -> None:
        page.language_chosen.connect(self.set_language)
        page.look_chosen.connect(self.set_look)
        page.show_language(self.context.language)
        look = theme.current()
        page.show_look(look.theme, look.text_size)
        self.update_account_state()  # who is signed in, the server

    # --- the window itself ----------------------------------------------------------------------

    def showEvent(self, event: QEvent) -> None:
        super().showEvent(event)
        if not self._placed:
            self._placed = True
            # Once the window manager has framed the window: all of it on the screen.
            QTimer.singleShot(FRAMED_MS, self, lambda: fit_on_screen(self))

    def closeEvent(self, event: QEvent) -> None:
        if self.kiosk is None or not self.kiosk.close_refused(event):
            self.staff.save_layout()
            super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            for page in self.pages:
                page.retranslate()
            self.update_account_state()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Municipal e-services"))
        self.demo_banner.setText(
            self.tr("Demo mode: a practice municipality on this computer. Requests go nowhere.")
        )
        self.nav_bar.retranslate()
        self.staff.retranslate()
        if self.kiosk is not None:
            self.kiosk.retranslate()

    # --- what the app asks of the window at start -----------------------------------------------

    def start(self) -> None:
        """Find the server's endpoint and extensions, restore the session, load the catalogue."""
        self.loader.start()

    def use_demo(self, url: str, api_key: str, identity: str) -> None:
        """The demo server has started: use it (and remember it, to switch back to)."""
        self.switcher.use_demo(url, api_key, identity)
        self.start()

    def show_starting_demo(self) -> None:
        self.notices.show_progress(self.tr("Starting the demo municipality…"))

    def show_no_server(self, site_file: str) -> None:
        """No server to use: said, and Settings opened, where an address can be typed."""
        self.switcher.show_no_server(site_file)
        self.on_settings_clicked()
        self.load_failed.emit(self.message.text())

    def refuse_configured_server(self, found: server_address.AddressProblem) -> None:
        self.switcher.refuse_configured_server(found)
        if self.kiosk is None:
            self.navigation.show(self.citizen_pages.settings)

    def tell_damaged_database(self, moved_to: Path) -> None:
        self.notices.tell_damaged_database(moved_to)

    def allow_shutdown(self) -> None:
        """The machine is shutting down: a kiosk closes without a PIN, after wiping."""
        if self.kiosk is not None:
            self.kiosk.allow_shutdown()

    # --- language and look ----------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        """Switch language and direction now; the server's texts are fetched again."""
        self.context.language = language
        self.client.language = language
        apply_language(language)
        self.context.remember({"language": language}, self.on_not_remembered)
        for settings in self.citizen_pages.settings:  # (made later: it asks then)
            settings.show_language(language)
        if self.loader.services:
            self.loader.load_catalogue()
        if self.account.signed_in:
            self.requests.reload()

    def set_look(self, theme_name: str, text_size: int) -> None:
        """Colours and text size for the whole app, now and (saved) next time."""
        theme.apply(theme.Look(theme_name, text_size))
        self.context.remember({"theme": theme_name, "text_size": text_size}, self.on_not_remembered)

    def on_not_remembered(self, _error: Exception) -> None:
        """A choice (language, server) applies now but could not be saved for next time."""
        self.notices.show_message(
            self.tr("Done, but this computer could not remember it for the next time.")
        )

    def on_visitor_left(self) -> None:
        """A kiosk visitor's session ends: what is the window's, not a page's, forgets them."""
        self.session.on_visitor_left()
        self.receipts.forget()
        self.notices.clear()
        if self.tiles is not None:  # where the visitor looked is personal too
            self.tiles.forget()
        self.page_scroll.verticalScrollBar().setValue(0)

    def update_account_state(self) -> None:
        """The navigation for who is signed in (a citizen, staff, nobody, a kiosk's visitor)."""
        context, account, kiosk = self.context, self.account, self.kiosk
        plain = context.plain_mode()
        for detail in self.citizen_pages.detail:
            detail.set_interactive(not plain)
        self.nav_bar.show_for(
            signed_in=account.signed_in,
            name=(account.user or {}).get("name") or "",
            can_sign_in=context.has_extensions(),
            has_mine=account.signed_in or (plain and context.local is not None),
            staff=context.is_staff(),
            kiosk=kiosk is not None,
            kiosk_waiting=kiosk is not None and kiosk.waiting(),
        )
        self.staff.show_buttons()
        if kiosk is not None:
            kiosk.finish_button.setVisible(not kiosk.waiting())
        for settings in self.citizen_pages.settings:
            settings.show_state(
                "" if context.demo else self.client.base_url,
                account.user,
                account.store.remembered,
                demo_offered=context.demo_url is not None,
            )

    # --- the citizen's way between pages --------------------------------------------------------

    def on_settings_clicked(self) -> None:
        self.update_account_state()
        self.accounts.load_notification_choices()
        self.navigation.show(self.citizen_pages.settings)

    def on_unsent_clicked(self) -> None:
        self.flow.refresh()
        self.navigation.show(self.citizen_pages.unsent)

    def on_request_submitted(self, result: SubmitResult) -> None:
        self.confirmation.show_result(result)
        self.navigation.show(self.citizen_pages.confirmation)

    def on_request_queued(self, reason: str) -> None:
        self.confirmation.show_queued(reason)
        self.navigation.show(self.citizen_pages.confirmation)

    def on_delivered_later(self, _item_id: str, result: SubmitResult) -> None:
        text = self.tr("A request from your outbox reached the municipality: number %1")
        self.notices.tell(text.replace("%1", request_number(result.id) if result.id else "—"))

    def on_sign_in_needed(self) -> None:
        """The server wants a signed-in citizen: to the sign-in page, saying why (the request
        waits among the drafts)."""
        self.welcome.status.setText(sign_in_first())
        self.navigation.show(self.citizen_pages.welcome)
