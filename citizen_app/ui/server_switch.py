"""Switching the server (Settings → server), the former ServerSwitching mixin.

Another server is another client, built whole and swapped in one step (`use_client`): a call
in flight keeps the client it started with (the old address with the old key, never the new
address with the old key), the old client's calls are stopped, and what they were loading is
dropped, not shown (whoever listens to `leaving` drops it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from citizen_app.api.client import Open311Client
from citizen_app.api.errors import ParseError, Rejected
from citizen_app.api.url_policy import shown
from citizen_app.core import server_address
from citizen_app.ui.advice import advice
from citizen_app.ui.bidi import ltr
from citizen_app.ui.context import AppContext
from citizen_app.ui.navigation import LazyPage
from citizen_app.ui.notices import Notices
from citizen_app.ui.tasks import Failure, Latest

if TYPE_CHECKING:
    from citizen_app.ui.settings_page import SettingsPage


class ServerSwitcher(QObject):
    #: the server is about to change: what is on its way from the old one must be dropped
    leaving = Signal()
    #: another server answered and is in use now (True: the demo municipality)
    switched = Signal(bool)

    def __init__(
        self,
        context: AppContext,
        notices: Notices,
        settings: LazyPage[SettingsPage],
        site_api_key: str | None,
        allow_plain_http: bool,
        not_remembered: Failure,
    ) -> None:
        """`site_api_key`: the API key configured for real servers (the demo server has its
        own). `allow_plain_http`: the site allows http:// to other computers.
        `not_remembered`: said when the choice could not be kept for next time."""
        super().__init__(notices)
        self.context, self.notices, self.settings = context, notices, settings
        self.site_api_key, self.allow_plain_http = site_api_key, allow_plain_http
        self.not_remembered = not_remembered
        self._probe = Latest()  # an address typed in Settings, being tried
        settings.when_made(lambda page: page.server_chosen.connect(self.change_server))

    def show_no_server(self, site_file: str) -> None:
        """No server configured and no demo server to start (an installed bundle leaves the
        server out): say what to do; the address can be typed in Settings."""
        self.notices.show_message(
            QCoreApplication.translate(
                "MainWindow",
                "No municipality server is set up on this computer. Type your municipality's "
                "address under Settings, or ask your IT staff to set server_url in %1.",
            ).replace("%1", ltr(site_file))
        )
        self.use_client(self.context.client.elsewhere("", None))  # not the placeholder address
        self.settings.get().show_server_problem(server_address.AddressProblem.EMPTY)

    def change_server(self, address: str) -> None:
        """Try the typed address first (in the background); only a server that answers as an
        Open311 server replaces the current one. "" goes back to the demo municipality."""
        context = self.context
        to_demo = not address.strip() and context.demo_url is not None
        url = context.demo_url if to_demo else server_address.normalise(address)
        if not to_demo:
            found = server_address.problem(address, self.allow_plain_http)
            if found is not None:
                self.settings.get().show_server_problem(found)
                return
        probe = context.client.elsewhere(
            url,
            context.demo_api_key if to_demo else self.site_api_key,
            context.demo_identity if to_demo else None,
        )

        def check() -> Open311Client:
            probe.endpoint()
            probe.services()
            return probe

        self.settings.get().show_server_checking()
        self._probe.run(  # the address typed last wins
            check,
            lambda checked: self.on_server_checked(checked, to_demo),
            self.on_server_check_failed,
        )

    def on_server_check_failed(self, error: Exception) -> None:
        self.settings.get().server_checked()
        if isinstance(error, Rejected | ParseError):
            self.settings.get().show_server_problem(
                QCoreApplication.translate(
                    "MainWindow", "No municipality's Open311 service answers at this address."
                )
            )
        else:
            self.settings.get().show_server_problem(advice(error))

    def on_server_checked(self, probe: Open311Client, to_demo: bool) -> None:
        """Switch every page to the new server. The old server's sign-in stays in the
        keyring, so switching back restores it."""
        self.settings.get().server_checked()
        self.settings.get().show_server_problem(None)
        self.use_client(probe)
        self.context.demo = to_demo
        saved = "" if to_demo else probe.base_url
        self.context.remember({"server_url": saved}, self.not_remembered)
        self.switched.emit(to_demo)
        self.notices.show_message(
            QCoreApplication.translate("MainWindow", "Connected to %1.").replace(
                "%1", ltr(shown(probe.base_url))
            )
        )

    def use_client(self, client: Open311Client) -> None:
        """Work with `client`'s server from now on, in one step. What was on its way from the
        old one is stopped and its answers dropped; the old sign-in stays in the keyring."""
        self.leaving.emit()
        self._probe.cancel()
        self.context.account.switch_client(client).close()

    def use_demo(self, url: str, api_key: str, identity: str) -> None:
        """The demo server has started: use it (and remember it, to switch back to)."""
        context = self.context
        context.demo_url, context.demo_api_key, context.demo_identity = url, api_key, identity
        self.use_client(context.client.elsewhere(url, api_key, identity))

    def refuse_configured_server(self, found: server_address.AddressProblem) -> None:
        """The configured address may not be used: said in the window instead of connecting
        (IT staff fix it in the site file; a citizen can type another one in Settings)."""
        if found is server_address.AddressProblem.PLAIN_HTTP:
            text = QCoreApplication.translate(
                "MainWindow",
                "The app does not connect to %1: it uses plain http:// to another computer, so "
                "passwords would travel unencrypted. Use an https:// address (or IT staff may "
                "allow plain http in the site configuration).",
            )
        else:
            text = QCoreApplication.translate(
                "MainWindow", "The configured server address %1 is not a web address."
            )
        shown_url = ltr(shown(self.context.client.base_url))  # no password shown
        self.notices.show_message(text.replace("%1", shown_url))
        self.settings.get().show_server_problem(found)
