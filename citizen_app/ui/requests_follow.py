"""Following the citizen's requests: the list and its refreshes, status-change notifications,
a request's detail, a request looked up by its number (the former RequestsFollowing mixin)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from citizen_app.api.accounts import Page
from citizen_app.core import offline_cache, plain_mode
from citizen_app.core.formats import date_time
from citizen_app.core.local_db import now_iso
from citizen_app.core.offline_cache import Known
from citizen_app.ui.advice import advice
from citizen_app.ui.bidi import request_number
from citizen_app.ui.context import AppContext
from citizen_app.ui.navigation import LazyPage, Navigation
from citizen_app.ui.notices import Notices
from citizen_app.ui.statuses import status_name
from citizen_app.ui.tasks import Latest, run_task

if TYPE_CHECKING:
    from citizen_app.ui.my_requests_page import MyRequestsPage
    from citizen_app.ui.request_detail_page import RequestDetailPage

REFRESH_MS = 60_000


class RequestsFollower(QObject):
    def __init__(
        self,
        context: AppContext,
        notices: Notices,
        navigation: Navigation,
        mine: LazyPage[MyRequestsPage],
        detail: LazyPage[RequestDetailPage],
    ) -> None:
        super().__init__(navigation)
        self.context, self.notices, self.navigation = context, notices, navigation
        self.mine, self.detail = mine, detail
        self._statuses: dict[str, str] = {}
        self._etag: str | None = None
        self._back_to_lookup = False
        self._refreshes = Latest()
        self._details = Latest()  # a request opened or looked up: the last one asked for
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        mine.when_made(self._on_list_made)
        detail.when_made(lambda page: page.back.connect(self.on_detail_back))

    def _on_list_made(self, page: MyRequestsPage) -> None:
        page.opened.connect(self.on_request_opened)
        page.refresh_requested.connect(self.refresh)

    def show_mine(self) -> None:
        self.navigation.show(self.mine)
        self.refresh()

    def start(self) -> None:
        """Refresh now and every minute."""
        self.refresh()
        self.timer.start()

    def follow_later(self) -> None:
        """Refresh every minute from now on (the first refresh is someone else's)."""
        self.timer.start()

    def stop(self) -> None:
        """What was on its way for the citizen who just left is not shown to anyone."""
        self.timer.stop()
        self._statuses.clear()
        self._etag = None
        self._refreshes.cancel()
        self._details.cancel()

    def reload(self) -> None:
        """Everything again (another language: the statuses' texts)."""
        self._etag = None
        self.refresh()

    def refresh(self) -> None:
        """Ask for my requests with the last ETag: an unchanged list costs almost nothing."""
        context = self.context
        if context.plain_mode() and context.local is not None:
            local, client = context.local, context.client

            def load() -> Known[Page]:
                items = plain_mode.my_requests(client, local.numbers(client.base_url))
                return Known(Page(items, len(items), None), now_iso(), offline=False)

            self._refreshes.run(load, self.on_my_requests_loaded, self.notices.show_failure)
            return
        user = context.account.user  # read once: a renewal that fails clears it on a worker
        if user is None:
            return
        etag, cache, extensions = self._etag, context.cache, context.extensions
        key = f"mine|{context.account.server}|{user['id']}"
        self._refreshes.run(
            lambda: offline_cache.my_requests(cache, extensions, key, etag),
            self.on_my_requests_loaded,
            self.notices.show_failure,
        )

    def on_my_requests_loaded(self, known: Known[Page]) -> None:
        if not known.offline:  # an earlier "no connection" is over; offline, it still holds
            self.notices.clear_progress()
        page, mine = known.value, self.mine.get()
        mine.updated.setText(
            QCoreApplication.translate("MainWindow", "No connection: as of %1").replace(
                "%1", date_time(known.updated_at)
            )
            if known.offline
            else QCoreApplication.translate("MainWindow", "Updated %1").replace(
                "%1", date_time(known.updated_at)
            )
        )
        if page.unchanged:
            return
        self._etag = page.etag
        changed = [
            r
            for r in page.items
            if r["id"] in self._statuses and self._statuses[r["id"]] != r["status"]
        ]
        first_load = not self._statuses
        self._statuses = {r["id"]: r["status"] for r in page.items}
        mine.set_items(page.items, mine.updated.text())
        if not first_load:
            for request in changed:
                self.notify(request)

    def notify(self, request: dict[str, Any]) -> None:
        text = QCoreApplication.translate("MainWindow", "Request %1 is now: %2").replace(
            "%1", request_number(request["id"])
        )
        self.notices.tell(text.replace("%2", status_name(request["status"])))

    def on_delivered(self, number: str) -> None:
        """Any request that reached the server, now or later: follow it in My requests."""
        context = self.context
        if context.plain_mode() and context.local is not None:
            local, server = context.local, context.client.base_url
            run_task(
                lambda: local.add(server, number),
                lambda _: self.refresh(),
                lambda error: self.notices.show_message(advice(error)),
            )
        elif context.account.signed_in:
            self.refresh()

    def on_lookup(self, number: str) -> None:
        """A request looked up by its number: its public record, read-only."""
        client = self.context.client
        self._back_to_lookup = True

        def show(detail: dict[str, Any]) -> None:
            self.on_detail_loaded(detail)
            self.detail.get().set_interactive(False)  # someone else's request, maybe: read only

        self._details.run(
            lambda: plain_mode.request_detail(client, number), show, self.notices.show_failure
        )

    def on_follow(self, number: str) -> None:
        """ "Follow this request" after sending it: the citizen's own, or its public record."""
        if self.context.account.signed_in and self.context.has_extensions():
            self.on_request_opened(number)
        else:
            self.on_lookup(number)

    def on_detail_back(self) -> None:
        if self._back_to_lookup:
            self._back_to_lookup = False
            self.detail.get().set_interactive(not self.context.plain_mode())
            self.navigation.back()  # to where it was looked up from
        else:
            self.show_mine()

    def on_request_opened(self, number: str) -> None:
        context, plain = self.context, self.context.plain_mode()
        self._details.run(
            lambda: (
                plain_mode.request_detail(context.client, number)
                if plain
                else context.extensions.request(number)
            ),
            self.on_detail_loaded,
            self.notices.show_failure,
        )

    def on_detail_loaded(self, detail: dict[str, Any]) -> None:
        self.notices.clear_progress()
        self.detail.get().show_detail(detail)
        self.navigation.show(self.detail)
