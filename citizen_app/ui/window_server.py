"""The main window's server switching (Settings → server), as a mixin of MainWindow.

Another server is another client, built whole and swapped in one step (`use_client`): a call
in flight keeps the client it started with (the old address with the old key, never the new
address with the old key), the old client's calls are stopped, and what they were loading is
dropped, not shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from citizen_app.api.client import Open311Client
from citizen_app.api.errors import ParseError, Rejected
from citizen_app.api.url_policy import shown
from citizen_app.core import server_address
from citizen_app.core.settings import save_user
from citizen_app.ui.advice import advice
from citizen_app.ui.bidi import ltr
from citizen_app.ui.tasks import done, run_task


class ServerSwitching:
    """Needs MainWindow's client, account, settings page, timer and pages."""

    def show_no_server(self, site_file: str) -> None:
        """No server configured and no demo server to start (an installed bundle leaves the
        server out): say what to do and open Settings, where an address can be typed."""
        self.show_message(
            QCoreApplication.translate(
                "MainWindow",
                "No municipality server is set up on this computer. Type your municipality's "
                "address under Settings, or ask your IT staff to set server_url in %1.",
            ).replace("%1", ltr(site_file))
        )
        self.use_client(self.client.elsewhere("", None))  # not the placeholder address
        self.on_settings_clicked()
        self.settings.show_server_problem(server_address.AddressProblem.EMPTY)
        self.load_failed.emit(self.message.text())

    def change_server(self, address: str) -> None:
        """Try the typed address first (in the background); only a server that answers as an
        Open311 server replaces the current one. "" goes back to the demo municipality."""
        to_demo = not address.strip() and self.demo_url is not None
        url = self.demo_url if to_demo else server_address.normalise(address)
        if not to_demo:
            found = server_address.problem(address, self.allow_plain_http)
            if found is not None:
                self.settings.show_server_problem(found)
                return
        probe = self.client.elsewhere(
            url,
            self.demo_api_key if to_demo else self.site_api_key,
            self.demo_identity if to_demo else None,
        )

        def check() -> Open311Client:
            probe.endpoint()
            probe.services()
            return probe

        self.settings.show_server_checking()
        self._server_probe.run(  # the address typed last wins
            check,
            lambda checked: self.on_server_checked(checked, to_demo),
            self.on_server_check_failed,
        )

    def on_server_check_failed(self, error: Exception) -> None:
        self.settings.server_checked()
        if isinstance(error, Rejected | ParseError):
            self.settings.show_server_problem(
                QCoreApplication.translate(
                    "MainWindow", "No municipality's Open311 service answers at this address."
                )
            )
        else:
            self.settings.show_server_problem(advice(error))

    def on_server_checked(self, probe: Open311Client, to_demo: bool) -> None:
        """Switch every page to the new server. The old server's sign-in stays in the
        keyring, so switching back restores it."""
        self.settings.server_checked()
        self.settings.show_server_problem(None)
        self.use_client(probe)
        client = probe
        self.demo = to_demo
        self.demo_banner.setVisible(to_demo)
        self.mine.set_items([], "")
        if self.remember_choices:
            saved = "" if to_demo else client.base_url
            run_task(lambda: save_user({"server_url": saved}), done, self.on_not_remembered)
        self.on_endpoint_found(None)
        self.show_message(
            QCoreApplication.translate("MainWindow", "Connected to %1.").replace(
                "%1", ltr(shown(client.base_url))
            )
        )

    def use_client(self, client: Open311Client) -> None:
        """Work with `client`'s server from now on, in one step. What was on its way from the
        old one is stopped and its answers dropped; the old sign-in stays in the keyring."""
        self.drop_session_loads()
        self._catalogue.cancel()
        self._server_probe.cancel()
        self.account.switch_client(client).close()

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
        self.show_message(text.replace("%1", ltr(shown(self.client.base_url))))  # no password shown
        self.settings.show_server_problem(found)
        if not self.kiosk:
            self.stack.setCurrentWidget(self.settings)
