"""Who is at the window, and what follows: the server found, a session restored, a citizen or
staff member signed in, someone signed out or a kiosk visitor gone, another server in use.

The only part that knows the order of these steps across the other parts (loading, the account,
following requests, the staff side, the outbox): each of those does its own step when told, and
none of them knows the others.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from citizen_app.ui.account_flow import AccountFlow
from citizen_app.ui.context import AppContext
from citizen_app.ui.loader import Loader
from citizen_app.ui.navigation import LazyPage, Navigation
from citizen_app.ui.notices import Notices
from citizen_app.ui.outbox_sender import OutboxSender
from citizen_app.ui.requests_follow import RequestsFollower
from citizen_app.ui.staff_side import StaffSide

if TYPE_CHECKING:
    from citizen_app.ui.catalogue_page import CataloguePage
    from citizen_app.ui.my_requests_page import MyRequestsPage
    from citizen_app.ui.request_form_page import RequestFormPage
    from citizen_app.ui.welcome_page import WelcomePage

log = logging.getLogger(__name__)


class SessionFlow(QObject):
    #: who is signed in (or whether anyone is) changed: the navigation shows other buttons
    changed = Signal()

    def __init__(
        self,
        context: AppContext,
        notices: Notices,
        navigation: Navigation,
        parts: tuple[Loader, AccountFlow, RequestsFollower, StaffSide, OutboxSender],
        pages: tuple[
            LazyPage[WelcomePage],
            LazyPage[CataloguePage],
            LazyPage[MyRequestsPage],
            LazyPage[RequestFormPage],
        ],
        start_page: Callable[[], QWidget | None] | None = None,
    ) -> None:
        """`start_page`: where someone who is not signed in starts (a kiosk's start page until
        a visitor chooses a language); None, or when it gives None: the welcome page."""
        loader, accounts, requests, staff, sender = parts
        super().__init__(loader)
        self.context, self.notices, self.navigation = context, notices, navigation
        self.loader, self.accounts, self.requests = loader, accounts, requests
        self.staff, self.sender = staff, sender
        self.welcome, self.catalogue, self.mine, self.form = pages
        self.start_page = start_page
        # The person chose already (signed in, or went on without an account) while the app
        # was still connecting: a restore that finds no kept session leaves them where they are.
        self.chosen = False
        loader.endpoint_found.connect(self.on_endpoint_found)
        loader.session_restored.connect(self.on_session_restored)
        accounts.signed_in.connect(self.on_signed_in)
        accounts.signed_out.connect(self.on_signed_out)
        self.welcome.when_made(lambda page: page.registered.connect(self.on_registered))
        self.form.when_made(lambda page: page.verify_needed.connect(accounts.on_verify_needed))

    def on_endpoint_found(self) -> None:
        self.loader.load_catalogue()
        self.sender.kick()
        if self.context.extensions.available:
            self.loader.restore_session()
        else:
            self.navigation.show(self.catalogue)
            if self.context.local is not None:
                self.requests.start()
        self.changed.emit()

    def on_session_restored(self, user: dict | None) -> None:
        if user is None and self.chosen:
            log.info("no kept session; the person had gone on meanwhile, and stays where they are")
        elif user is None:
            self.show_welcome()
        else:
            self.accounts.on_welcome_done(user)

    def show_welcome(self) -> None:
        start = self.start_page() if self.start_page is not None else None
        self.navigation.show(start or self.welcome)
        if start is not None:
            self.changed.emit()

    def on_signed_in(self, user: dict | None) -> None:
        self.chosen = True
        if user is None and self.context.plain_mode():
            self.requests.follow_later()
        self.changed.emit()
        if self.context.is_staff():
            self.staff.open_workspace()
            return
        self.navigation.show(self.catalogue)
        self.sender.kick()  # the citizen's own waiting requests may go now
        if user is not None:
            self.requests.start()

    def on_registered(self, user: dict, codes_sent: list) -> None:
        """A new account: signed in as after any sign-in, then the step that confirms its
        e-mail and mobile number with the codes the server has just sent (none sent: a server
        without e-mail or SMS, so there is nothing to type)."""
        self.accounts.on_welcome_done(user)
        if self.context.account.signed_in and codes_sent:
            self.accounts.confirm_contacts(user)

    def on_signed_out(self) -> None:
        self.chosen = False
        self.drop_session_loads()
        self.notices.show_message("")  # the last citizen's notices are not for the next one
        self.staff.close()
        for mine in self.mine:  # (a page not made yet has nothing of theirs)
            mine.set_items([], "")
        for welcome in self.welcome:
            welcome.forget_sign_in()
        for form in self.form:
            form.forget_contact()
        self.changed.emit()
        self.show_welcome()

    def on_visitor_left(self) -> None:
        """A kiosk visitor's session ends (the pages reset themselves): signed out at once,
        the token revoked on the server in the background."""
        self.accounts.send_off(self.context.account.detach())
        self.drop_session_loads()

    def drop_session_loads(self) -> None:
        """What was on its way for the person who just left is not shown to anyone."""
        self.requests.stop()
        self.loader.drop_session_loads()
        self.accounts.drop_session_loads()

    def on_server_switched(self) -> None:
        for mine in self.mine:
            mine.set_items([], "")
        self.on_endpoint_found()
