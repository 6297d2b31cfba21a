"""The main window's account side: what the navigation shows for who is signed in, signing in
and out (a mixin of MainWindow)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt

from citizen_app.core.account import Departure
from citizen_app.ui.advice import advice
from citizen_app.ui.password_dialog import PasswordDialog
from citizen_app.ui.tasks import SESSION, done, ignore, run_task


class AccountSide:
    """Needs MainWindow's client, account, cache, pages, timer and buttons."""

    def plain_mode(self) -> bool:
        """A server without our extensions: no accounts, my requests kept on this computer."""
        return self.client._endpoint is not None and not self._has_extensions()

    def update_account_state(self) -> None:
        signed_in = self.account.signed_in
        has_accounts = self._has_extensions()
        self.mine_button.setVisible(signed_in or (self.plain_mode() and self.local is not None))
        self.detail.set_interactive(not self.plain_mode())
        self.account_button.setVisible(has_accounts and not signed_in)
        self.account_button.setText(QCoreApplication.translate("MainWindow", "Sign in"))
        self.account_button.setAccessibleName(self.account_button.text())
        name = (self.account.user or {}).get("name") or ""
        self.user_label.setText(name)
        self.user_label.setAccessibleName(
            QCoreApplication.translate("MainWindow", "Signed in as %1").replace("%1", name)
        )
        self.user_label.setVisible(signed_in and bool(name))
        self.show_staff_buttons()
        self.show_kiosk_buttons()
        self.settings.show_state(
            "" if self.demo else self.client.base_url,
            self.account.user,
            self.account.store.remembered,
            demo_offered=self.demo_url is not None,
        )

    def _has_extensions(self) -> bool:
        endpoint = self.client._endpoint
        return endpoint is not None and endpoint.extensions_url is not None

    def on_welcome_done(self, user: dict | None) -> None:
        if user is not None and user.get("must_change_password"):
            self.ask_for_own_password(user)
            return
        if user is None and self.plain_mode():
            self.timer.start()
        self.update_account_state()
        if self.is_staff():
            self.open_workspace()
            return
        self.stack.setCurrentWidget(self.catalogue)
        self.sender.kick()  # the citizen's own waiting requests may go now
        if user is not None:
            cache, key = self.cache, f"me|{self.account.server}"
            kept = {k: user.get(k) for k in ("id", "name", "role")}  # no e-mail, phone or ID
            account = self.account

            def keep() -> None:
                if account.user is not None and account.user.get("id") == kept["id"]:
                    cache.put(key, kept)  # unless the citizen has signed out meanwhile

            run_task(keep, done, ignore("the kept profile only helps to open offline"))
            if not self.account.store.remembered and not self.kiosk:  # a kiosk never does
                self.show_message(
                    QCoreApplication.translate(
                        "MainWindow",
                        "Signed in. This computer cannot remember it: sign in again next time.",
                    )
                )
            self.refresh_my_requests()
            self.timer.start()

    def on_registered(self, user: dict, codes_sent: list) -> None:
        """A new account: signed in as after any sign-in, then the step that confirms its
        e-mail and mobile number with the codes the server has just sent (none sent: a server
        without e-mail or SMS, so there is nothing to type)."""
        self.on_welcome_done(user)
        if self.account.signed_in and codes_sent and self.verify_step.needed(user):
            self.open_verify_step(user, self.catalogue)

    def on_verify_needed(self) -> None:
        """The municipality takes requests only from confirmed accounts: confirm, then back to
        the request (kept as a draft)."""
        self.open_verify_step(self.account.user or {}, self.form)

    def open_verify_step(self, user: dict, then: object) -> None:
        self._after_verify = then
        self.verify_step.start(user)
        self.stack.setCurrentWidget(self.verify_step)

    def ask_for_own_password(self, user: dict) -> None:
        """Signed in with a one-time password: the server allows nothing else until it is
        changed, so the person chooses one now, or is signed out again."""

        def changed() -> None:
            for kept in (user, self.account.user or {}):
                kept["must_change_password"] = False
            self.on_welcome_done(user)

        dialog = PasswordDialog(self.extensions, changed, forced=True, parent=self)
        dialog.rejected.connect(self.on_sign_out_requested)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.password_dialog = dialog

    def on_sign_out_requested(self) -> None:
        """Signed out here at once; the keyring, the kept copies and the server follow in
        the background."""
        server, cache = self.account.server, self.cache
        # The kept copies of the citizen's profile and requests go with the session.
        self.send_off(
            self.account.detach(),
            lambda: cache.forget(f"me|{server}"),
            lambda: cache.forget(f"mine|{server}|"),
        )
        self.after_sign_out()

    def send_off(self, departure: Departure, *also: Callable[[], None]) -> None:
        """End a session that was left, in the background: the keyring (and `also`, what
        this computer kept of it), and the server. On their own lane and apart, so that
        slow servers holding every worker, a keyring waiting for an unlock prompt or a slow
        revocation delay neither the other nor the window. Revoking on the server is best
        effort (the token expires there by itself); what this computer could not erase is
        said."""

        def forget_here() -> None:
            for each in also:
                each()
            departure.forget_here()

        run_task(forget_here, done, self.on_sign_out_unfinished, lane=SESSION)
        run_task(
            departure.end_on_server,
            done,
            ignore("revoking a session on the server; the token expires there by itself"),
            lane=SESSION,
        )

    def on_sign_out_unfinished(self, _error: Exception) -> None:
        """Signed out here, but the keyring or the kept copies could not all be cleared."""
        self.show_message(
            QCoreApplication.translate(
                "MainWindow",
                "You are signed out, but this computer could not erase everything it kept of "
                "your session. The IT staff can see why in the app's log file.",
            )
        )

    def drop_session_loads(self) -> None:
        """What was on its way for the citizen who just left is not shown to anyone."""
        self.timer.stop()
        self._statuses.clear()
        self._etag = None
        for latest in (
            self._refreshes,
            self._definitions,
            self._profile,
            self._details,
            self._restore,
        ):
            latest.cancel()

    def on_my_account_clicked(self) -> None:
        self.my_account.show_profile(self.account.user)
        self.stack.setCurrentWidget(self.my_account)

    def on_profile_changed(self, user: dict) -> None:
        """Saved on the server: the header, settings and forms now use the new details."""
        if self.account.user is not None:
            self.account.user.update(user)
        self.update_account_state()

    def after_sign_out(self) -> None:
        self.my_account.clear()
        self.verify_step.clear()
        self.drop_session_loads()
        self.show_message("")  # the last citizen's notices are not for the next one
        self.settings.show_notifications(None)
        self.close_workspace()
        self.mine.set_items([], "")
        self.welcome.forget_sign_in()
        self.form.forget_contact()
        self.update_account_state()
        self.show_welcome()

    # --- how the citizen wants to be told ------------------------------------------------------

    def load_notification_choices(self) -> None:
        """Ask the server for the profile as it is (the boxes show only if it has the fields)."""
        self.settings.show_notifications(None)
        if self.account.signed_in and self._has_extensions():
            self._profile.run(
                self.account.load_profile,
                self.on_profile_loaded,
                lambda error: self.settings.show_notifications_failed(advice(error)),
            )

    def on_profile_loaded(self, user: dict) -> None:
        self.settings.show_notifications(user if self.account.signed_in else None)

    def on_notifications_changed(self, changes: dict) -> None:
        self.settings.show_notifications_saving()
        account = self.account
        # The same "latest wins" as the profile: signing out drops an answer still on its way.
        self._profile.run(
            lambda: account.update_profile(changes),
            self.settings.show_notifications_result,
            lambda error: self.settings.show_notifications_result(None, advice(error)),
        )
