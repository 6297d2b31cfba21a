"""The citizen's session: signing in, staying signed in across restarts, signing out."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any

from citizen_app.api.accounts import Extensions, Session
from citizen_app.api.errors import (
    ApiError,
    NotAuthenticated,
    Rejected,
    ServerError,
    TransportError,
)
from citizen_app.core.credentials import CredentialStore


class LeftMeanwhile(Exception):
    """The session was left (signed out, a kiosk visitor gone, another server) while this
    sign-in was on its way: the new session was ended on the server and is not kept."""


class Account:
    """Blocking calls: run them in background tasks; `forget` and `detach` are instant, for
    the GUI thread.

    Each session has a generation: leaving it starts a new one, and a sign-in, restore or
    renewal that began in an older one is not kept when it comes back.
    """

    def __init__(self, extensions: Extensions, store: CredentialStore) -> None:
        self.extensions = extensions
        self.store = store
        self.user: dict[str, Any] | None = None
        self._refresh_token: str | None = None
        self._renewing = threading.Lock()
        self._state = threading.Lock()  # the generation and what it holds change together
        self._generation = 0
        extensions.client.renew = self._renew

    @property
    def server(self) -> str:
        """The keyring account name: the server's URL, or a stable name for the demo server,
        whose port changes at every start."""
        client = self.extensions.client
        return client.identity or client.base_url

    @property
    def signed_in(self) -> bool:
        return self.user is not None

    @property
    def generation(self) -> int:
        """Read it on the GUI thread when a sign-in is asked for, and pass it to the task: a
        task that only starts after the session was left must not take the new one for its
        own."""
        return self._generation

    def restore(
        self, offline_user: dict[str, Any] | None = None, generation: int | None = None
    ) -> dict[str, Any] | None:
        """Sign back in with the kept refresh token, if any and still valid. When the server
        cannot be reached, `offline_user` (the last known profile) stands in, so the citizen
        can read their kept requests; the token is swapped once the server answers."""
        if not self.extensions.available:
            return None
        generation = self._generation if generation is None else generation
        server = self.server
        token = self.store.load(server)
        if not token:
            return None
        try:
            session = self.extensions.refresh(token)
        except (NotAuthenticated, Rejected):
            if generation == self._generation:  # not a newer session's token, nor another server's
                self.store.delete(server)
            return None
        except (TransportError, ServerError):
            if offline_user is None:
                raise
            with self._state:
                if generation != self._generation:
                    raise LeftMeanwhile from None
                self._refresh_token, self.user = token, offline_user
            return offline_user
        return self._keep(session, generation, server)

    def sign_in(self, login: str, password: str, generation: int | None = None) -> dict[str, Any]:
        generation = self._generation if generation is None else generation
        server = self.server
        return self._keep(self.extensions.sign_in(login, password), generation, server)

    def _keep(self, session: Session, generation: int, server: str) -> dict[str, Any]:
        client = self.extensions.client
        with self._state:
            current = generation == self._generation
            if current:
                self._refresh_token, self.user = session.refresh_token, session.user
            elif client.access_token == session.access_token:
                client.access_token = None
        if not current:
            with contextlib.suppress(ApiError):
                self.extensions.revoke(session.refresh_token)
            raise LeftMeanwhile
        self.store.save(server, session.refresh_token)
        if generation != self._generation:  # left while the keyring was writing
            self.store.delete(server)
            raise LeftMeanwhile
        return session.user

    def _renew(self) -> bool:
        """Swap the refresh token for a new pair when the access token has expired."""
        with self._renewing:
            with self._state:
                generation, token, server = self._generation, self._refresh_token, self.server
                if token is None:
                    return False
                self.extensions.client.access_token = None  # the refresh call needs no bearer
            try:
                self._keep(self.extensions.refresh(token), generation, server)
            except LeftMeanwhile:
                return False
            except (NotAuthenticated, Rejected):
                with self._state:
                    current = generation == self._generation
                    if current:
                        self.user, self._refresh_token = None, None
                if current:
                    self.store.delete(server)
                return False
            return True

    def load_profile(self) -> dict[str, Any]:
        """The profile as the server has it now (it may hold more than the sign-in gave)."""
        return self.extensions.me()

    def update_profile(self, changes: dict[str, Any]) -> dict[str, Any]:
        user = self.extensions.update_me(changes)
        if self.user is not None and self.user.get("id") == user.get("id"):
            self.user = user  # unless the citizen signed out meanwhile
        return user

    def forget(self) -> None:
        """Leave this server's session without ending it: its refresh token stays in the
        keyring, so coming back to the server signs the citizen in again."""
        self._leave()

    def detach(self) -> Callable[[], None]:
        """Sign out here at once; returns what ends the session in the keyring and on the
        server (blocking, best effort offline: run it in the background). The next sign-in
        may start before it has run."""
        token = self._leave()
        store, server, extensions = self.store, self.server, self.extensions

        def end() -> None:
            store.delete(server)
            with contextlib.suppress(ApiError):
                extensions.revoke(token)

        return end

    def _leave(self) -> str | None:
        """A new generation, with no session; the refresh token it had."""
        with self._state:
            self._generation += 1
            token, self._refresh_token, self.user = self._refresh_token, None, None
            self.extensions.client.access_token = None
        return token
