"""The citizen's session: signing in, staying signed in across restarts, signing out."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from citizen_app.api.accounts import Extensions, Session
from citizen_app.api.client import Open311Client
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


@dataclass(frozen=True)
class Departure:
    """What ends a session that was left, beyond this window. Both are blocking and best
    effort; run them apart (tasks.SESSION): a keyring waiting for an unlock prompt must not
    hold the revocation back, nor a slow server the keyring."""

    #: forget the refresh token kept in the keyring
    forget_here: Callable[[], None]
    #: revoke it on the server (within a short deadline; offline, it expires by itself)
    end_on_server: Callable[[], None]

    def __call__(self) -> None:
        self.forget_here()
        self.end_on_server()


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
        return _server_of(self.extensions)

    def switch_client(self, client: Open311Client) -> Open311Client:
        """Work with another server from now on, in one step: this server's session is left
        (its refresh token stays in the keyring, for coming back), and every call started
        after this goes to `client`. Returns the client that was in use (to close)."""
        with self._state:
            self._generation += 1
            self._refresh_token, self.user = None, None
            old = self.extensions.client
            old.access_token = None
            client.access_token = None
            client.renew = self._renew
            self.extensions.client = client
        old.cancel_personal()
        return old

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
        extensions = self.extensions.pinned()
        if not extensions.available:
            return None
        generation = self._generation if generation is None else generation
        server = _server_of(extensions)
        token = self.store.load(server)
        if not token:
            return None
        try:
            session = extensions.refresh(token)
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
        return self._keep(session, generation)

    def sign_in(self, login: str, password: str, generation: int | None = None) -> dict[str, Any]:
        generation = self._generation if generation is None else generation
        return self._keep(self.extensions.sign_in(login, password), generation)

    def _keep(self, session: Session, generation: int) -> dict[str, Any]:
        """Keep `session` unless its generation has passed (or its server was switched away
        from: that is a new generation too)."""
        extensions = session.origin
        client, server = extensions.client, _server_of(extensions)
        with self._state:
            current = generation == self._generation
            if current:
                self._refresh_token, self.user = session.refresh_token, session.user
            elif client.access_token == session.access_token:
                client.access_token = None
        if not current:
            with contextlib.suppress(ApiError):  # best effort: it expires by itself
                extensions.revoke(session.refresh_token)  # where it came from, not elsewhere
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
                generation, token = self._generation, self._refresh_token
                extensions = self.extensions.pinned()
                server = _server_of(extensions)
                if token is None:
                    return False
                extensions.client.access_token = None  # the refresh call needs no bearer
            try:
                self._keep(extensions.refresh(token), generation)
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

    def detach(self) -> Departure:
        """Sign out here at once (the calls in flight with the citizen's token are stopped);
        returns what ends the session in the keyring and on the server (run it in the
        background). The next sign-in may start before it has run."""
        token, extensions = self._leave()
        store, server = self.store, _server_of(extensions)

        def end_on_server() -> None:
            # Best effort: offline or slow, the refresh token expires by itself on the
            # server, and it is gone from this computer already.
            with contextlib.suppress(ApiError):
                extensions.revoke(token)

        return Departure(lambda: store.delete(server), end_on_server)

    def _leave(self) -> tuple[str | None, Extensions]:
        """A new generation, with no session; the refresh token it had, and the server it
        had it from. Calls still on their way with the citizen's token are stopped: nobody is
        there for their answers."""
        with self._state:
            self._generation += 1
            token, self._refresh_token, self.user = self._refresh_token, None, None
            extensions = self.extensions.pinned()
            extensions.client.access_token = None
        extensions.client.cancel_personal()
        return token, extensions


def _server_of(extensions: Extensions) -> str:
    client = extensions.client
    return client.identity or client.base_url
