"""Signing in and out, the citizen's profile and how they want to be told (the former
AccountSide mixin). What the rest of the window does about it, it hears through signals."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from citizen_app.core.account import Departure
from citizen_app.ui.advice import advice
from citizen_app.ui.context import AppContext
from citizen_app.ui.navigation import LazyPage, Navigation
from citizen_app.ui.notices import Notices
from citizen_app.ui.tasks import SESSION, Latest, done, ignore, run_task

if TYPE_CHECKING:
    from citizen_app.ui.account_page import AccountPage
    from citizen_app.ui.password_dialog import PasswordDialog
    from citizen_app.ui.settings_page import SettingsPage
    from citizen_app.ui.verify_page import VerifyPage


class AccountFlow(QObject):
    #: someone signed in (the user), or went on without an account (None)
    signed_in = Signal(object)
    #: the person signed out (or left): the window shows nothing of theirs any more
    signed_out = Signal()
    #: the signed-in person's details changed (the header shows the new name)
    changed = Signal()

    def __init__(
        self,
        context: AppContext,
        notices: Notices,
        navigation: Navigation,
        settings: LazyPage[SettingsPage],
        my_account: LazyPage[AccountPage],
        window: QWidget,
        kiosk: bool,
    ) -> None:
        """`window`: the parent of the password dialog. `kiosk`: a shared machine. The step
        that confirms an e-mail or mobile number with a code is this part's own page."""
        super().__init__(window)
        self.context, self.notices, self.navigation = context, notices, navigation
        self.settings, self.my_account, self.window, self.kiosk = (
            settings,
            my_account,
            window,
            kiosk,
        )
        self.password_dialog: PasswordDialog | None = None
        self._profile = Latest()
        self.verify_lazy = navigation.lazy(self._make_verify_step)
        my_account.when_made(self._on_account_page_made)
        settings.when_made(self._on_settings_made)

    @property
    def verify_step(self) -> VerifyPage:
        """The step that confirms an e-mail or mobile number, made now if not yet."""
        return self.verify_lazy.get()

    def _make_verify_step(self) -> VerifyPage:
        from citizen_app.ui.verify_page import VerifyPage

        page = VerifyPage(self.context.extensions)
        page.finished.connect(self.navigation.back)  # to the catalogue, or the request
        page.profile_changed.connect(self.on_profile_changed)
        return page

    def _on_account_page_made(self, page: AccountPage) -> None:
        page.profile_changed.connect(self.on_profile_changed)
        page.left.connect(self.on_sign_out_requested)

    def _on_settings_made(self, page: SettingsPage) -> None:
        page.sign_out_requested.connect(self.on_sign_out_requested)
        page.account_requested.connect(self.on_my_account_clicked)
        page.notifications_changed.connect(self.on_notifications_changed)

    def on_welcome_done(self, user: dict | None) -> None:
        if user is not None and user.get("must_change_password"):
            self.ask_for_own_password(user)
            return
        if user is not None and not self.context.is_staff():
            cache, account = self.context.cache, self.context.account
            key = f"me|{account.server}"
            kept = {k: user.get(k) for k in ("id", "name", "role")}  # no e-mail, phone or ID

            def keep() -> None:
                if account.user is not None and account.user.get("id") == kept["id"]:
                    cache.put(key, kept)  # unless the citizen has signed out meanwhile

            run_task(keep, done, ignore("the kept profile only helps to open offline"))
            if not account.store.remembered and not self.kiosk:  # a kiosk never does
                self.notices.show_message(
                    QCoreApplication.translate(
                        "MainWindow",
                        "Signed in. This computer cannot remember it: sign in again next time.",
                    )
                )
        self.signed_in.emit(user)

    def pages(self) -> tuple[LazyPage[AccountPage], LazyPage[VerifyPage]]:
        return self.my_account, self.verify_lazy

    def confirm_contacts(self, user: dict) -> None:
        """The step that confirms the e-mail and mobile number of `user` with the codes sent
        there, if any of them waits for one; going on from it leads back to the page before."""
        if self.verify_step.needed(user):
            self.open_verify_step(user)

    def on_verify_needed(self) -> None:
        """The municipality takes requests only from confirmed accounts: confirm, then back to
        the request (kept as a draft)."""
        self.open_verify_step(self.context.account.user or {})

    def open_verify_step(self, user: dict) -> None:
        self.verify_step.start(user)
        self.navigation.show(self.verify_lazy)

    def ask_for_own_password(self, user: dict) -> None:
        """Signed in with a one-time password: the server allows nothing else until it is
        changed, so the person chooses one now, or is signed out again."""
        from citizen_app.ui.password_dialog import PasswordDialog

        def changed() -> None:
            for kept in (user, self.context.account.user or {}):
                kept["must_change_password"] = False
            self.on_welcome_done(user)

        dialog = PasswordDialog(self.context.extensions, changed, forced=True, parent=self.window)
        dialog.rejected.connect(self.on_sign_out_requested)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.password_dialog = dialog

    def on_sign_out_requested(self) -> None:
        """Signed out here at once; the keyring, the kept copies and the server follow in
        the background."""
        server, cache = self.context.account.server, self.context.cache
        # The kept copies of the citizen's profile and requests go with the session.
        self.send_off(
            self.context.account.detach(),
            lambda: cache.forget(f"me|{server}"),
            lambda: cache.forget(f"mine|{server}|"),
        )
        for account_page in self.my_account:  # (a page never made has nothing to clear)
            account_page.clear()
        for verify_step in self.verify_lazy:
            verify_step.reset()  # no code, no address of the person stays
        for settings in self.settings:
            settings.show_notifications(None)
        self.signed_out.emit()

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
        self.notices.show_message(
            QCoreApplication.translate(
                "MainWindow",
                "You are signed out, but this computer could not erase everything it kept of "
                "your session. The IT staff can see why in the app's log file.",
            )
        )

    def drop_session_loads(self) -> None:
        self._profile.cancel()

    def on_my_account_clicked(self) -> None:
        self.my_account.get().show_profile(self.context.account.user)
        self.navigation.show(self.my_account)

    def on_profile_changed(self, user: dict) -> None:
        """Saved on the server: the header, settings and forms now use the new details."""
        if self.context.account.user is not None:
            self.context.account.user.update(user)
        self.changed.emit()

    # --- how the citizen wants to be told ------------------------------------------------------

    def load_notification_choices(self) -> None:
        """Ask the server for the profile as it is (the boxes show only if it has the fields)."""
        settings = self.settings.get()
        settings.show_notifications(None)
        if self.context.account.signed_in and self.context.has_extensions():
            self._profile.run(
                self.context.account.load_profile,
                self.on_profile_loaded,
                lambda error: settings.show_notifications_failed(advice(error)),
            )

    def on_profile_loaded(self, user: dict) -> None:
        self.settings.get().show_notifications(user if self.context.account.signed_in else None)

    def on_notifications_changed(self, changes: dict) -> None:
        settings = self.settings.get()
        settings.show_notifications_saving()
        account = self.context.account
        # The same "latest wins" as the profile: signing out drops an answer still on its way.
        self._profile.run(
            lambda: account.update_profile(changes),
            settings.show_notifications_result,
            lambda error: settings.show_notifications_result(None, advice(error)),
        )
