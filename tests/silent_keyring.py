"""A keyring backend that never answers, as a Secret Service waiting on an unlock prompt that
nobody answers would (chosen with PYTHON_KEYRING_BACKEND in a child process)."""

from __future__ import annotations

import threading

from keyring.backend import KeyringBackend


class SilentKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        threading.Event().wait()  # for ever
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        threading.Event().wait()

    def delete_password(self, service: str, username: str) -> None:
        threading.Event().wait()
