"""Loading what the window shows first: finding the server, restoring the session, the
catalogue and the services' forms, kept for offline use (the former Loading mixin)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from citizen_app.api.models import Service, ServiceDefinition
from citizen_app.core.account import LeftMeanwhile
from citizen_app.core.drafts import Draft
from citizen_app.core.formats import date_time
from citizen_app.core.offline_cache import (
    Known,
    dump_services,
    restore_definition,
    restore_endpoint,
    restore_services,
)
from citizen_app.ui.context import AppContext
from citizen_app.ui.navigation import LazyPage, Navigation
from citizen_app.ui.notices import Notices
from citizen_app.ui.tasks import Latest, run_task

if TYPE_CHECKING:
    from citizen_app.ui.catalogue_page import CataloguePage
    from citizen_app.ui.request_form_page import RequestFormPage


class Loader(QObject):
    #: the server's endpoint is known (found, or the kept copy when offline)
    endpoint_found = Signal()
    #: the session kept in the keyring was restored: the user, or None (nobody signed in)
    session_restored = Signal(object)
    #: the catalogue was loaded (the list of Service)
    services_loaded = Signal(list)
    #: the catalogue is shown: how many services, and whether it is a kept (offline) copy
    catalogue_shown = Signal(int, bool)

    def __init__(
        self,
        context: AppContext,
        notices: Notices,
        navigation: Navigation,
        catalogue: LazyPage[CataloguePage],
        form: LazyPage[RequestFormPage],
    ) -> None:
        super().__init__(navigation)
        self.context, self.notices, self.navigation = context, notices, navigation
        self.catalogue, self.form = catalogue, form
        #: the services of the catalogue last loaded
        self.services: list[Service] = []
        catalogue.when_made(self._on_catalogue_made)
        self._catalogue = Latest()
        self._definitions = Latest()
        self._restore = Latest()

    def _on_catalogue_made(self, page: CataloguePage) -> None:
        page.retry.connect(self.start)  # its "Try again" after a failure
        if self.services:  # loaded before the page was first shown
            page.set_services(self.services)

    def start(self) -> None:
        """Find the server's endpoint and extensions; endpoint_found follows."""
        self.notices.show_progress(
            QCoreApplication.translate("MainWindow", "Connecting to the municipality…")
        )
        client, cache = self.context.client, self.context.cache
        key = f"endpoint|{self.context.account.server}"

        def find() -> Known:
            known = cache.read_through(key, client.endpoint, asdict, restore_endpoint)
            client._endpoint = known.value  # the kept one when offline: the app still opens
            return known

        run_task(find, lambda _: self.endpoint_found.emit(), self.notices.show_failure)

    def restore_session(self) -> None:
        account, cache = self.context.account, self.context.cache
        key, generation = f"me|{account.server}", account.generation

        def restore() -> dict | None:
            kept = cache.get(key)
            return account.restore(kept.body if kept else None, generation)

        # Latest wins: after a switch of server, the old server's answer is not shown.
        self._restore.run(restore, self.session_restored.emit, self.on_restore_failed)

    def on_restore_failed(self, error: Exception) -> None:
        if not isinstance(error, LeftMeanwhile):  # left meanwhile: whoever left decides
            self.session_restored.emit(None)

    def show_kept_catalogue(self) -> None:
        """The catalogue as last received, shown at once while the server is asked (start);
        the server's answer replaces it. Nothing when none was kept."""
        cache = self.context.cache
        key = f"services|{self.context.account.server}|{self.context.language}"

        def read() -> list[Service] | None:
            kept = cache.get(key)
            return None if kept is None else restore_services(kept.body)

        def show(services: list[Service] | None) -> None:
            if services is not None and not self.services:
                self.services = services
                for page in self.catalogue:  # (made later: it takes self.services)
                    page.set_services(services)
                self.services_loaded.emit(services)

        # Latest wins: the server's answer, when it comes first, is not replaced by the kept one.
        self._catalogue.run(read, show, self.notices.show_failure)

    def load_catalogue(self) -> None:
        """The services, or the last known ones (marked with their date) when offline."""
        client, cache, language = self.context.client, self.context.cache, self.context.language
        key = f"services|{self.context.account.server}|{language}"
        # The latest wins: after a change of language or server, an older answer is dropped.
        self._catalogue.run(
            lambda: cache.read_through(
                key, lambda: client.services(language), dump_services, restore_services
            ),
            self.on_services_loaded,
            self.notices.show_failure,
        )

    def on_services_loaded(self, known: Known[list[Service]]) -> None:
        if known.offline:
            self.notices.show_progress(
                QCoreApplication.translate(
                    "MainWindow",
                    "No connection to the municipality. These are the services as of %1; "
                    "what you send waits in the outbox until the connection returns.",
                ).replace("%1", date_time(known.updated_at))
            )
        else:
            self.notices.clear_progress()
        self.services = known.value
        for page in self.catalogue:  # (made later: it takes self.services)
            page.set_services(known.value)
        self.services_loaded.emit(known.value)
        self.catalogue_shown.emit(len(known.value), known.offline)

    def definition_fetcher(self) -> Callable[[str, str], ServiceDefinition]:
        """A service's form (blocking, for a worker): from the server, or the kept copy when
        offline. The language is passed in, so the cache key and the call agree."""
        client, cache, server = self.context.client, self.context.cache, self.context.account.server

        def fetch(code: str, language: str) -> ServiceDefinition:
            key = f"definition|{server}|{language}|{code}"
            return cache.read_through(
                key, lambda: client.definition(code, language), asdict, restore_definition
            ).value

        return fetch

    def open_service(self, service: Service, draft: Draft | None = None) -> None:
        """The service's form (its definition loaded first), or the draft's filled in again."""
        self._definitions.cancel()  # the form of a service chosen before is not wanted now
        if not service.metadata:
            self.on_definition_loaded(service, ServiceDefinition(service.code), draft)
            return
        self.notices.show_progress(QCoreApplication.translate("MainWindow", "Loading the form…"))
        fetch, language = self.definition_fetcher(), self.context.language
        self._definitions.run(
            lambda: fetch(service.code, language),
            lambda definition: self.on_definition_loaded(service, definition, draft),
            self.notices.show_failure,
        )

    def on_definition_loaded(
        self, service: Service, definition: ServiceDefinition, draft: Draft | None = None
    ) -> None:
        self.notices.clear_progress()
        form = self.form.get()
        form.show_service(service, definition, draft)
        if draft is None:
            form.prefill_contact(self.context.account.user)
        self.navigation.show(self.form)

    def open_draft(self, draft: Draft) -> None:
        service = next((s for s in self.services if s.code == draft.service_code), None)
        if service is None:
            self.notices.show_message(
                QCoreApplication.translate(
                    "MainWindow",
                    "This service is not offered by the municipality's server right now.",
                )
            )
            return
        self.open_service(service, draft)

    def drop_session_loads(self) -> None:
        """What was on its way for the person who just left is not shown to anyone."""
        self._definitions.cancel()
        self._restore.cancel()

    def drop_all(self) -> None:
        """Another server: nothing of the old one's is shown."""
        self.drop_session_loads()
        self._catalogue.cancel()
