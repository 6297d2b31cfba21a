"""The main window: navigation between the citizen's pages, account, language, refreshes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSize, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from citizen_app.api.accounts import Extensions
from citizen_app.api.client import Open311Client
from citizen_app.api.models import Service, ServiceDefinition, SubmitResult
from citizen_app.core.account import Account
from citizen_app.core.credentials import CredentialStore
from citizen_app.core.drafts import Draft, Drafts
from citizen_app.core.local_db import LocalDatabase
from citizen_app.core.local_requests import LocalRequests
from citizen_app.core.map_tiles import MapTiles
from citizen_app.core.offline_cache import (
    OfflineCache,
)
from citizen_app.core.outbox import Outbox
from citizen_app.core.settings import save_user
from citizen_app.i18n import apply_language
from citizen_app.ui import theme
from citizen_app.ui.account_page import AccountPage
from citizen_app.ui.advice import sign_in_first
from citizen_app.ui.catalogue_page import CataloguePage
from citizen_app.ui.confirmation_page import ConfirmationPage
from citizen_app.ui.my_requests_page import MyRequestsPage
from citizen_app.ui.outbox_flow import OutboxFlow
from citizen_app.ui.outbox_sender import OutboxSender
from citizen_app.ui.page_stack import PageStack, reveal, scrolled
from citizen_app.ui.receipt_actions import ReceiptActions
from citizen_app.ui.request_detail_page import RequestDetailPage
from citizen_app.ui.request_form_page import RequestFormPage
from citizen_app.ui.settings_page import SettingsPage
from citizen_app.ui.tasks import Latest, done, run_task
from citizen_app.ui.unsent_page import UnsentPage
from citizen_app.ui.verify_page import VerifyPage
from citizen_app.ui.welcome_page import WelcomePage
from citizen_app.ui.window_account import AccountSide
from citizen_app.ui.window_clerk import StaffSide
from citizen_app.ui.window_kiosk import KioskMode
from citizen_app.ui.window_loading import Loading
from citizen_app.ui.window_outbox import OutboxHandling
from citizen_app.ui.window_requests import RequestsFollowing
from citizen_app.ui.window_server import ServerSwitching
from citizen_app.ui.window_state import fit_on_screen

REFRESH_MS = 60_000
FRAME = QSize(16, 48)  # room for a window manager's title bar and borders, before it says
FRAMED_MS = 300  # time for the window manager to frame a new window


class MainWindow(
    Loading,
    AccountSide,
    ServerSwitching,
    RequestsFollowing,
    OutboxHandling,
    StaffSide,
    KioskMode,
    ReceiptActions,
    QMainWindow,
):
    # the catalogue is shown: how many services, and whether it is a kept (offline) copy
    catalogue_shown = Signal(int, bool)
    # the municipality could not be reached or none is set up; the text the window shows
    load_failed = Signal(str)

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
        self.demo = demo
        #: the demo server's address once it runs (to switch back to it)
        self.demo_url: str | None = None
        self.demo_api_key = ""
        self.demo_identity = ""
        self.language = language
        self.languages = languages
        self.extensions = Extensions(client)
        self.local = local
        self.remember_choices = remember_choices
        self.site_api_key = site_api_key
        self.receipt_printer = receipt_printer
        self.tiles = tiles
        self.allow_plain_http = allow_plain_http
        self.municipality = municipality or (kiosk or {}).get("municipality", "")
        self.account = Account(self.extensions, store or CredentialStore())
        self.db = db or LocalDatabase(Path(":memory:"))
        self.outbox, self.drafts = Outbox(self.db), Drafts(self.db)
        self.cache = OfflineCache(self.db)
        self.notifications: list[str] = []
        self._statuses: dict[str, str] = {}
        self._etag: str | None = None
        self._definitions = Latest()
        self._refreshes = Latest()
        self._profile = Latest()
        self._details = Latest()  # a request opened or looked up: the last one asked for
        self._catalogue = Latest()
        self._restore = Latest()
        self._server_probe = Latest()  # an address typed in Settings, being tried
        self.tray = QSystemTrayIcon(self) if QSystemTrayIcon.isSystemTrayAvailable() else None

        central = QWidget()
        layout = QVBoxLayout(central)
        self.demo_banner = QLabel()
        self.demo_banner.setObjectName("demoBanner")
        self.demo_banner.setVisible(demo)
        layout.addWidget(self.demo_banner)
        nav = QHBoxLayout()
        self.services_button, self.mine_button = QPushButton(), QPushButton()
        self.settings_button, self.account_button = QPushButton(), QPushButton()
        self.unsent_button = QPushButton()
        for button in (
            self.services_button,
            self.mine_button,
            self.unsent_button,
            self.settings_button,
        ):
            nav.addWidget(button)
        nav.addStretch(1)
        # Who is signed in, in the header (a shared computer: whose requests these are).
        self.user_label = QLabel()
        self.user_label.setObjectName("signedInName")
        self.user_label.hide()
        nav.addWidget(self.user_label)
        nav.addWidget(self.account_button)
        layout.addLayout(nav)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self._message_is_progress = False
        layout.addWidget(self.message)
        self.stack = PageStack()
        self.page_scroll = scrolled(self.stack)
        layout.addWidget(self.page_scroll, 1)
        self.setCentralWidget(central)
        QApplication.instance().focusChanged.connect(self._on_focus_changed)

        self.welcome = WelcomePage(self.account, self.municipality)
        self.catalogue = CataloguePage()
        self.form = RequestFormPage(client, self.extensions, self.drafts, tiles)
        self.confirmation = ConfirmationPage()
        self.mine = MyRequestsPage()
        self.detail = RequestDetailPage(self.extensions, tiles)
        self.settings = SettingsPage(languages)
        self.my_account = AccountPage(self.extensions, kiosk=kiosk is not None)
        self.verify_step = VerifyPage(self.extensions)
        self._after_verify: QWidget = self.catalogue
        self.unsent = UnsentPage()
        self.sender = OutboxSender(self.outbox, self.extensions, self.whereabouts, self)
        self.flow = OutboxFlow(
            self.outbox, self.drafts, self.sender, self.form, self.unsent, self.whereabouts
        )
        self.pages = (
            self.welcome,
            self.catalogue,
            self.form,
            self.confirmation,
            self.mine,
            self.detail,
            self.settings,
            self.unsent,
            self.my_account,
            self.verify_step,
        )
        self.setup_staff(nav)
        self.pages = (*self.pages, self.workspace, self.stats, self.admin)
        for page in self.pages:
            self.stack.addWidget(page)
        self.services_button.clicked.connect(lambda: self.stack.setCurrentWidget(self.catalogue))
        self.mine_button.clicked.connect(self.on_mine_clicked)
        self.settings_button.clicked.connect(self.on_settings_clicked)
        self.unsent_button.clicked.connect(self.on_unsent_clicked)
        self.flow.queued.connect(self.on_request_queued)
        self.flow.delivered_later.connect(self.on_delivered_later)
        self.flow.delivered_number.connect(self.on_delivered_number)
        self.flow.resume.connect(self.on_resume_draft)
        self.account_button.clicked.connect(lambda: self.stack.setCurrentWidget(self.welcome))
        self.welcome.done.connect(self.on_welcome_done)
        self.welcome.registered.connect(self.on_registered)
        self.verify_step.finished.connect(lambda: self.stack.setCurrentWidget(self._after_verify))
        self.verify_step.profile_changed.connect(self.on_profile_changed)
        self.form.verify_needed.connect(self.on_verify_needed)
        self.catalogue.chosen.connect(self.on_service_chosen)
        self.form.back.connect(lambda: self.stack.setCurrentWidget(self.catalogue))
        self.form.submitted.connect(self.on_request_submitted)
        self.form.sign_in_needed.connect(self.on_sign_in_needed)
        self.confirmation.again.connect(lambda: self.stack.setCurrentWidget(self.catalogue))
        self.confirmation.follow.connect(self.on_follow)
        self.mine.opened.connect(self.on_request_opened)
        self.mine.refresh_requested.connect(self.refresh_my_requests)
        self.detail.back.connect(self.on_detail_back)
        self.welcome.lookup.connect(self.on_lookup)
        self.settings.language_chosen.connect(self.set_language)
        self.settings.look_chosen.connect(self.set_look)
        self.settings.sign_out_requested.connect(self.on_sign_out_requested)
        self.settings.account_requested.connect(self.on_my_account_clicked)
        self.my_account.profile_changed.connect(self.on_profile_changed)
        self.my_account.left.connect(self.on_sign_out_requested)
        self.settings.server_chosen.connect(self.change_server)
        self.settings.notifications_changed.connect(self.on_notifications_changed)
        self.settings.show_language(language)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh_my_requests)
        self.setup_receipts()
        if kiosk is not None:
            self.setup_kiosk(nav, **kiosk)
        else:  # a kiosk closes with the administrator's PIN only
            QShortcut(QKeySequence("Ctrl+Q"), self, self.close)
        self.retranslate()
        self.update_account_state()
        # On a 768-px screen 760 px and a title bar would not fit: the frame is allowed for now
        # and measured once shown.
        self.resize(QSize(1000, 760).boundedTo(self.screen().availableGeometry().size() - FRAME))
        self._placed = False

    def showEvent(self, event: QEvent) -> None:
        super().showEvent(event)
        if not self._placed:
            self._placed = True
            # Once the window manager has framed the window: all of it on the screen.
            QTimer.singleShot(FRAMED_MS, self, self._fit_on_screen)

    def _fit_on_screen(self) -> None:
        if not (self.isFullScreen() or self.isMaximized()):
            fit_on_screen(self)

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """The focused field is scrolled into view (above the kiosk's keyboard), on its turn
        after the keyboard has appeared."""
        if new is not None and self.isAncestorOf(new):
            QTimer.singleShot(0, self, lambda: isValid(new) and reveal(new))

    @property
    def client(self) -> Open311Client:
        """The server in use now. Never changed in place: another server is another client,
        swapped in whole (ServerSwitching.use_client)."""
        return self.extensions.client

    def closeEvent(self, event: QEvent) -> None:
        if not self.kiosk_close_refused(event):
            self.save_workspace_layout()
            super().closeEvent(event)

    # --- language ---------------------------------------------------------------------------

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
        self.services_button.setText(self.tr("Services"))
        self.mine_button.setText(self.tr("My requests"))
        self.settings_button.setText(self.tr("Settings"))
        self.retranslate_staff()
        self.retranslate_kiosk()
        self.unsent_button.setText(self.tr("Drafts and outbox"))
        for button in (
            self.services_button,
            self.mine_button,
            self.settings_button,
            self.unsent_button,
        ):
            button.setAccessibleName(button.text())

    def set_language(self, language: str) -> None:
        """Switch language and direction now; the server's texts are fetched again."""
        self.language = language
        self.client.language = language
        apply_language(language)
        if self.remember_choices:
            run_task(lambda: save_user({"language": language}), done, self.on_not_remembered)
        self.settings.show_language(language)
        if self.catalogue._services:
            self.load_catalogue()
        if self.account.signed_in:
            self._etag = None
            self.refresh_my_requests()

    def set_look(self, theme_name: str, text_size: int) -> None:
        """Colours and text size for the whole app, now and (saved) next time."""
        theme.apply(theme.Look(theme_name, text_size))
        if self.remember_choices:
            choice = {"theme": theme_name, "text_size": text_size}
            run_task(lambda: save_user(choice), done, self.on_not_remembered)

    def on_not_remembered(self, _error: Exception) -> None:
        """A choice (language, server) applies now but could not be saved for next time."""
        self.show_message(
            self.tr("Done, but this computer could not remember it for the next time.")
        )

    # --- requests ---------------------------------------------------------------------------

    def on_service_chosen(self, service: Service, draft: Draft | None = None) -> None:
        self._definitions.cancel()  # the form of a service chosen before is not wanted now
        if not service.metadata:
            self.on_definition_loaded(service, ServiceDefinition(service.code), draft)
            return
        self.show_progress(self.tr("Loading the form…"))
        fetch, language = self.definition_fetcher(), self.language
        self._definitions.run(
            lambda: fetch(service.code, language),
            lambda definition: self.on_definition_loaded(service, definition, draft),
            self.on_load_failed,
        )

    def on_definition_loaded(
        self, service: Service, definition: ServiceDefinition, draft: Draft | None = None
    ) -> None:
        self.clear_progress()
        self.form.show_service(service, definition, draft)
        if draft is None:
            self.form.prefill_contact(self.account.user)
        self.stack.setCurrentWidget(self.form)

    def on_request_submitted(self, result: SubmitResult) -> None:
        self.confirmation.show_result(result)
        self.stack.setCurrentWidget(self.confirmation)

    def on_sign_in_needed(self) -> None:
        """The server wants a signed-in citizen: to the sign-in page, saying why (the request
        waits among the drafts)."""
        self.welcome.status.setText(sign_in_first())
        self.stack.setCurrentWidget(self.welcome)

    def on_settings_clicked(self) -> None:
        self.update_account_state()
        self.load_notification_choices()
        self.stack.setCurrentWidget(self.settings)
