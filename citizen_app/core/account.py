"""The citizen's session: signing in, staying signed in across restarts, signing out."""

from __future__ import annotations

import threading
from typing import Any

from citizen_app.api.accounts import Extensions
from citizen_app.api.errors import NotAuthenticated, Rejected, ServerError, TransportError
from citizen_app.core.credentials import CredentialStore


class Account:
    """Blocking calls: run them in background tasks."""

    def __init__(self, extensions: Extensions, store: CredentialStore) -> None:
        self.extensions = extensions
        self.store = store
        self.user: dict[str, Any] | None = None
        self._refresh_token: str | None = None
        self._renewing = threading.Lock()
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

    def restore(self, offline_user: dict[str, Any] | None = None) -> dict[str, Any] | None:
        """Sign back in with the kept refresh token, if any and still valid. When the server
        cannot be reached, `offline_user` (the last known profile) stands in, so the citizen
        can read their kept requests; the token is swapped once the server answers."""
        if not self.extensions.available:
            return None
        token = self.store.load(self.server)
        if not token:
            return None
        try:
            session = self.extensions.refresh(token)
        except (NotAuthenticated, Rejected):
            self.store.delete(self.server)
            return None
        except (TransportError, ServerError):
            if offline_user is None:
                raise
            self._refresh_token, self.user = token, offline_user
            return offline_user
        return self._keep(session)

    def sign_in(self, login: str, password: str) -> dict[str, Any]:
        return self._keep(self.extensions.sign_in(login, password))

    def _keep(self, session: Any) -> dict[str, Any]:
        self._refresh_token = session.refresh_token
        self.store.save(self.server, session.refresh_token)
        self.user = session.user
        return session.user

    def _renew(self) -> bool:
        """Swap the refresh token for a new pair when the access token has expired."""
        with self._renewing:
            token = self._refresh_token
            if token is None:
                return False
            self.extensions.client.access_token = None  # the refresh call needs no bearer
            try:
                self._keep(self.extensions.refresh(token))
            except (NotAuthenticated, Rejected):
                self.user, self._refresh_token = None, None
                self.store.delete(self.server)
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
        self.user, self._refresh_token = None, None
        self.extensions.client.access_token = None

    def sign_out(self) -> None:
        """Forget the token here and end the session on the server (best effort offline)."""
        token, self._refresh_token, self.user = self._refresh_token, None, None
        self.store.delete(self.server)
        try:
            self.extensions.sign_out(token)
        except Exception:
            self.extensions.client.access_token = None
