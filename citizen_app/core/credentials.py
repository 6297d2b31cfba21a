"""The citizen's refresh token in the operating system's keyring — and nowhere else.

Only the refresh token is kept, under the app's name with the server URL as the account, so
that a returning citizen is signed in. With no usable keyring (none, locked, or no answer
within a few seconds: an unlock prompt nobody answers would block for ever) the app still works
for this run and `remembered` says that sign-in will not be remembered. A keyring that did not
answer once is not asked again in this run: every sign-in, renewal and sign-out would wait
the whole timeout again, and its stuck call never returns. A kiosk keeps credentials in memory
only and never touches the keyring.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

SERVICE = "municipal-eservices"
TIMEOUT = 5.0
T = TypeVar("T")


class KeyringUnavailable(Exception):
    """The keyring could not be used (missing, locked, refused or silent)."""


class KeyringSilent(KeyringUnavailable):
    """The keyring did not answer in time."""


def _bounded(call: Callable[[], T], timeout: float) -> T:
    """Run a keyring call on a daemon thread; give up after `timeout` seconds."""
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["value"] = call()
        except Exception as error:
            outcome["error"] = error

    worker = threading.Thread(target=run, name="keyring", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise KeyringSilent("the keyring did not answer")
    if "error" in outcome:
        raise KeyringUnavailable(type(outcome["error"]).__name__) from outcome["error"]
    return outcome["value"]


class CredentialStore:
    def __init__(self, memory_only: bool = False, timeout: float = TIMEOUT) -> None:
        self.memory_only = memory_only
        self.timeout = timeout
        self.remembered = not memory_only
        self._memory: dict[str, str] = {}
        self._silent = False
        self._one_at_a_time = threading.Lock()

    def _keyring(self):
        import keyring

        return keyring

    def _ask(self, call: Callable[[], T]) -> T:
        """One bounded keyring call at a time; a keyring that was silent once is not asked
        again (a sign-in while the start-up's look-up is still waiting waits for its verdict
        instead of starting a second wait)."""
        if not self._one_at_a_time.acquire(timeout=self.timeout):
            self._silent = True
            raise KeyringSilent("another keyring call is still waiting")
        try:
            if self._silent:
                raise KeyringSilent("the keyring did not answer before")
            try:
                return _bounded(call, self.timeout)
            except KeyringSilent:
                self._silent = True
                raise
        finally:
            self._one_at_a_time.release()

    def load(self, server: str) -> str | None:
        if server in self._memory or self.memory_only:
            return self._memory.get(server)
        try:
            token = self._ask(lambda: self._keyring().get_password(SERVICE, server))
        except KeyringUnavailable:
            self.remembered = False
            return None
        if token:
            self._memory[server] = token
        return token

    def save(self, server: str, refresh_token: str) -> bool:
        """Keep the token; False when it is kept for this run only."""
        self._memory[server] = refresh_token
        if self.memory_only:
            return False
        try:
            self._ask(lambda: self._set(server, refresh_token))
        except KeyringUnavailable:
            self.remembered = False
            return False
        self.remembered = True
        return True

    def delete(self, server: str) -> None:
        self._memory.pop(server, None)
        if self.memory_only:
            return
        try:
            self._ask(lambda: self._delete(server))
        except KeyringUnavailable:
            self.remembered = False

    def _set(self, server: str, refresh_token: str) -> None:
        """Store and read back: the null backend (and a keyring that drops what it is given)
        accepts without keeping, and the citizen would be told sign-in is remembered."""
        keyring = self._keyring()
        keyring.set_password(SERVICE, server, refresh_token)
        if keyring.get_password(SERVICE, server) != refresh_token:
            raise KeyringUnavailable("the keyring did not keep the token")

    def _delete(self, server: str) -> None:
        keyring = self._keyring()
        if keyring.get_password(SERVICE, server) is not None:
            keyring.delete_password(SERVICE, server)


def probe(timeout: float = TIMEOUT) -> str:
    """The keyring backend's name when it answers a harmless read in time (for
    `citizen-app doctor`); KeyringUnavailable with the reason otherwise. Reads a name nothing
    stores, so no secret is ever fetched."""
    import keyring

    def read() -> str:
        backend = keyring.get_keyring()
        backend.get_password(SERVICE, "citizen-app-doctor-probe")
        return f"{type(backend).__module__}.{type(backend).__name__}"

    return _bounded(read, timeout)
