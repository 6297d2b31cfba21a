"""What every part of the window shares: the server in use (through the extensions), the
account, this computer's stores and the choices made for this run.

One object handed to each page controller, so that none of them reaches into the window or
into another controller for the client, the cache or the language. It holds no widgets.
"""

from __future__ import annotations

from pathlib import Path

from citizen_app.api.accounts import Extensions
from citizen_app.api.client import Open311Client
from citizen_app.core.account import Account
from citizen_app.core.drafts import Drafts
from citizen_app.core.local_db import LocalDatabase
from citizen_app.core.local_requests import LocalRequests
from citizen_app.core.offline_cache import OfflineCache
from citizen_app.core.outbox import Outbox
from citizen_app.core.settings import save_user
from citizen_app.ui.tasks import Failure, done, run_task

STAFF = ("clerk", "supervisor", "admin")  # roles that open the clerk workspace


class AppContext:
    def __init__(
        self,
        account: Account,
        db: LocalDatabase | None,
        local: LocalRequests | None,
        language: str,
        demo: bool,
        remember_choices: bool,
    ) -> None:
        self.account = account
        self.extensions: Extensions = account.extensions
        self.db = db or LocalDatabase(Path(":memory:"))
        self.outbox, self.drafts = Outbox(self.db), Drafts(self.db)
        self.cache = OfflineCache(self.db)
        #: the citizen's request numbers on a plain Open311 server (None: not kept)
        self.local = local
        self.language = language
        #: the demo municipality is the server in use
        self.demo = demo
        #: the demo server's address once it runs, its key and identity (to switch back)
        self.demo_url: str | None = None
        self.demo_api_key = ""
        self.demo_identity = ""
        #: keep the language, look and server chosen here in the user config
        self.remember_choices = remember_choices

    @property
    def client(self) -> Open311Client:
        """The server in use now. Never changed in place: another server is another client,
        swapped in whole (ServerSwitcher.use_client)."""
        return self.extensions.client

    def has_extensions(self) -> bool:
        endpoint = self.client._endpoint
        return endpoint is not None and endpoint.extensions_url is not None

    def plain_mode(self) -> bool:
        """A server without our extensions: no accounts, my requests kept on this computer."""
        return self.client._endpoint is not None and not self.has_extensions()

    def role(self) -> str | None:
        user = self.account.user
        return user.get("role") if user is not None else None

    def is_staff(self) -> bool:
        return self.role() in STAFF

    def whereabouts(self) -> tuple[str, str] | None:
        """Where the outbox delivers now: this server, as this citizen ('' without account)."""
        if self.client._endpoint is None:
            return None
        user = self.account.user
        return self.account.server, str(user["id"]) if user else ""

    def remember(self, choice: dict, on_failed: Failure) -> None:
        """Keep `choice` in the user config for next time (in the background), if asked to."""
        if self.remember_choices:
            run_task(lambda: save_user(choice), done, on_failed)
