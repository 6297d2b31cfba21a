"""The main window's loading: finding the server, restoring the session, the catalogue and the
services' forms, and the message line that tells how it goes (a mixin of MainWindow)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict

from PySide6.QtCore import QCoreApplication

from citizen_app.api.models import Service, ServiceDefinition
from citizen_app.api.municipality import MunicipalityApi
from citizen_app.core.account import LeftMeanwhile
from citizen_app.core.formats import date_time
from citizen_app.core.offline_cache import (
    Known,
    dump_services,
    restore_definition,
    restore_endpoint,
    restore_services,
)
from citizen_app.ui.advice import advice
from citizen_app.ui.tasks import run_task


class Loading:
    """Needs MainWindow's client, cache, account, pages, stack, message line and signals."""

    def start(self) -> None:
        """Find the server's endpoint and extensions, restore the session, load the catalogue."""
        self.show_progress(
            QCoreApplication.translate("MainWindow", "Connecting to the municipality…")
        )
        client, cache = self.client, self.cache
        key = f"endpoint|{self.account.server}"

        def find() -> Known:
            known = cache.read_through(key, client.endpoint, asdict, restore_endpoint)
            client._endpoint = known.value  # the kept one when offline: the app still opens
            return known

        run_task(find, self.on_endpoint_found, self.on_load_failed)

    def use_demo(self, url: str, api_key: str, identity: str) -> None:
        """The demo server has started: use it (and remember it, to switch back to)."""
        self.demo_url, self.demo_api_key, self.demo_identity = url, api_key, identity
        self.use_client(self.client.elsewhere(url, api_key, identity))
        self.start()

    def on_endpoint_found(self, _: object) -> None:
        self.load_catalogue()
        self.sender.kick()
        if self.extensions.available:
            api, key = MunicipalityApi(self.extensions), f"municipality|{self.account.server}"
            self.brand.load(api, self.cache, key)
            account, cache = self.account, self.cache
            key, generation = f"me|{account.server}", account.generation

            def restore() -> dict | None:
                kept = cache.get(key)
                return account.restore(kept.body if kept else None, generation)

            # Latest wins: after a switch of server, the old server's answer is not shown.
            self._restore.run(restore, self.on_session_restored, self.on_restore_failed)
        else:
            self.stack.setCurrentWidget(self.catalogue)
            if self.local is not None:
                self.refresh_my_requests()
                self.timer.start()
        self.update_account_state()

    def on_restore_failed(self, error: Exception) -> None:
        if not isinstance(error, LeftMeanwhile):  # left meanwhile: whoever left decides
            self.show_welcome()

    def on_session_restored(self, user: dict | None) -> None:
        if user is None:
            self.show_welcome()
        else:
            self.on_welcome_done(user)

    def show_welcome(self) -> None:
        if self.kiosk and self.session_dir is None:  # nobody at the kiosk yet
            self.stack.setCurrentWidget(self.kiosk_start)
            self.update_account_state()
            return
        self.stack.setCurrentWidget(self.welcome)

    def show_starting_demo(self) -> None:
        self.show_progress(
            QCoreApplication.translate("MainWindow", "Starting the demo municipality…")
        )

    def show_message(self, text: str) -> None:
        """A notice of something that happened (signed in without a keyring, a status changed):
        it stays until another message takes its place."""
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self._message_is_progress = False

    def show_progress(self, text: str) -> None:
        """How a load is going (connecting, loading, offline, failed): the load that succeeds
        clears it, and never a notice."""
        self.show_message(text)
        self._message_is_progress = True

    def clear_progress(self) -> None:
        if self._message_is_progress:
            self.show_message("")

    def load_catalogue(self) -> None:
        """The services, or the last known ones (marked with their date) when offline."""
        client, cache, language = self.client, self.cache, self.language
        key = f"services|{self.account.server}|{language}"
        # The latest wins: after a change of language or server, an older answer is dropped.
        self._catalogue.run(
            lambda: cache.read_through(
                key, lambda: client.services(language), dump_services, restore_services
            ),
            self.on_services_loaded,
            self.on_load_failed,
        )

    def on_services_loaded(self, known: Known[list[Service]]) -> None:
        if known.offline:
            self.show_progress(
                QCoreApplication.translate(
                    "MainWindow",
                    "No connection to the municipality. These are the services as of %1; "
                    "what you send waits in the outbox until the connection returns.",
                ).replace("%1", date_time(known.updated_at))
            )
        else:
            self.clear_progress()
        self.catalogue.set_services(known.value)
        self.workspace.queue.set_services(known.value)
        self.catalogue_shown.emit(len(known.value), known.offline)

    def on_load_failed(self, error: Exception) -> None:
        self.show_progress(advice(error))
        self.load_failed.emit(self.message.text())

    def definition_fetcher(self) -> Callable[[str, str], ServiceDefinition]:
        """A service's form (blocking, for a worker): from the server, or the kept copy when
        offline. The language is passed in, so the cache key and the call agree."""
        client, cache, server = self.client, self.cache, self.account.server

        def fetch(code: str, language: str) -> ServiceDefinition:
            key = f"definition|{server}|{language}|{code}"
            return cache.read_through(
                key, lambda: client.definition(code, language), asdict, restore_definition
            ).value

        return fetch
