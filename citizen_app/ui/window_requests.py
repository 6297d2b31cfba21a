"""The main window's following of my requests: refreshes, notifications, the detail view; a
mixin of MainWindow."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from citizen_app.api.accounts import Page
from citizen_app.core import offline_cache, plain_mode
from citizen_app.core.formats import date_time
from citizen_app.core.local_db import now_iso
from citizen_app.core.offline_cache import Known
from citizen_app.ui.bidi import request_number
from citizen_app.ui.statuses import status_name


class RequestsFollowing:
    """Needs MainWindow's client, extensions, account, cache, pages and tray."""

    def on_mine_clicked(self) -> None:
        self.stack.setCurrentWidget(self.mine)
        self.refresh_my_requests()

    def refresh_my_requests(self) -> None:
        """Ask for my requests with the last ETag: an unchanged list costs almost nothing."""
        if self.plain_mode() and self.local is not None:
            local, client = self.local, self.client

            def load() -> Known[Page]:
                items = plain_mode.my_requests(client, local.numbers(client.base_url))
                return Known(Page(items, len(items), None), now_iso(), offline=False)

            self._refreshes.run(load, self.on_my_requests_loaded, self.on_load_failed)
            return
        user = self.account.user  # read once: a renewal that fails clears it on a worker
        if user is None:
            return
        etag, cache, extensions = self._etag, self.cache, self.extensions
        key = f"mine|{self.account.server}|{user['id']}"
        self._refreshes.run(
            lambda: offline_cache.my_requests(cache, extensions, key, etag),
            self.on_my_requests_loaded,
            self.on_load_failed,
        )

    def on_my_requests_loaded(self, known: Known[Page]) -> None:
        self.clear_progress()  # an earlier "no connection" is over
        page = known.value
        self.mine.updated.setText(
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
        self.mine.set_items(page.items, self.mine.updated.text())
        if not first_load:
            for request in changed:
                self.notify(request)

    def notify(self, request: dict[str, Any]) -> None:
        text = QCoreApplication.translate("MainWindow", "Request %1 is now: %2").replace(
            "%1", request_number(request["id"])
        )
        self._tell(text.replace("%2", status_name(request["status"])))

    def _tell(self, text: str) -> None:
        """A notification: in the window, and from the system tray where there is one."""
        self.notifications.append(text)
        self.show_message(text)
        if self.tray is not None:
            self.tray.show()
            self.tray.showMessage(
                QCoreApplication.translate("MainWindow", "Municipal e-services"), text
            )

    def on_lookup(self, number: str) -> None:
        """A request looked up by its number: its public record, read-only."""
        client = self.client
        self._back_to_welcome = True

        def show(detail: dict[str, Any]) -> None:
            self.on_detail_loaded(detail)
            self.detail.set_interactive(False)  # someone else's request, maybe: read only

        self._details.run(
            lambda: plain_mode.request_detail(client, number), show, self.on_load_failed
        )

    def on_follow(self, number: str) -> None:
        """ "Follow this request" after sending it: the citizen's own, or its public record."""
        if self.account.signed_in and self._has_extensions():
            self.on_request_opened(number)
        else:
            self.on_lookup(number)

    def on_detail_back(self) -> None:
        if getattr(self, "_back_to_welcome", False):
            self._back_to_welcome = False
            self.detail.set_interactive(not self.plain_mode())
            self.stack.setCurrentWidget(self.welcome)
        else:
            self.on_mine_clicked()

    def on_request_opened(self, number: str) -> None:
        plain = self.plain_mode()
        self._details.run(
            lambda: (
                plain_mode.request_detail(self.client, number)
                if plain
                else self.extensions.request(number)
            ),
            self.on_detail_loaded,
            self.on_load_failed,
        )

    def on_detail_loaded(self, detail: dict[str, Any]) -> None:
        self.clear_progress()
        self.detail.show_detail(detail)
        self.stack.setCurrentWidget(self.detail)
