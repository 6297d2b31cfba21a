"""The public note a clerk starts from when choosing a new status: the municipality's
templates from the server, in the clerk's language; the clerk edits before sending.

Fetched when the workspace starts and with each refresh of the queue, so an administrator's
change reaches every clerk within the refresh interval. The last copy fetched is kept (on disk
when the window gives a cache), so a clerk working offline still has them.
"""

from __future__ import annotations

from collections.abc import Callable

from citizen_app.api.municipality import pick
from citizen_app.api.note_templates import NoteTemplatesApi, Templates
from citizen_app.core import formats
from citizen_app.core.offline_cache import OfflineCache
from citizen_app.ui.tasks import Latest, ignore


def _same(value: Templates) -> Templates:
    return value


class NoteTemplates:
    def __init__(
        self,
        api: NoteTemplatesApi | None,
        cache: OfflineCache | None = None,
        key: Callable[[], str] = lambda: "note-templates",
    ) -> None:
        """`api`: None for none at all; `cache` and `key()`: where the last copy is kept (`key`
        names the server)."""
        self.api, self.cache, self.key = api, cache, key
        self.texts: Templates = {}
        self._load = Latest()

    def refresh(self) -> None:
        api, cache, key = self.api, self.cache, self.key()
        if api is None:
            return

        def fetch() -> Templates:
            if cache is None:
                return api.current()
            return cache.read_through(key, api.current, _same, _same).value

        self._load.run(
            fetch,
            self.use,
            ignore(
                "no templates from the server and no copy kept (offline, or a server without "
                "them): the clerk's note box starts empty, or with the last copy in memory"
            ),
        )

    def use(self, texts: Templates) -> None:
        self.texts = texts

    def cancel(self) -> None:
        self._load.cancel()

    def text(self, status: str) -> str:
        """The template for `status` in the app's language ("" when there is none)."""
        return pick(self.texts.get(status) or {}, formats.language())
