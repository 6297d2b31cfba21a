"""Where the refresh token lives: the keyring, or memory when there is no usable keyring."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null

from citizen_app.core.credentials import SERVICE, CredentialStore
from tests.live_server import in_ci


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        del self.items[(service, username)]


class SilentKeyring(MemoryKeyring):
    """A keyring whose unlock prompt nobody answers."""

    def get_password(self, service: str, username: str) -> str | None:
        threading.Event().wait(30)
        return None

    set_password = get_password  # type: ignore[assignment]


@pytest.fixture
def backend() -> Iterator[None]:
    previous = keyring.get_keyring()
    yield
    keyring.set_keyring(previous)


def test_the_token_is_kept_in_the_keyring_and_deleted_on_sign_out(backend: None) -> None:
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    store = CredentialStore()
    assert store.save("https://city.example", "refresh-1")
    assert memory.items == {(SERVICE, "https://city.example"): "refresh-1"}
    assert CredentialStore().load("https://city.example") == "refresh-1"
    assert CredentialStore().load("https://other.example") is None
    store.delete("https://city.example")
    assert memory.items == {}
    assert store.remembered


def test_no_keyring_means_this_run_only(backend: None) -> None:
    keyring.set_keyring(fail.Keyring())
    store = CredentialStore()
    assert store.load("https://city.example") is None
    assert not store.save("https://city.example", "refresh-1")
    assert not store.remembered
    assert store.load("https://city.example") == "refresh-1"  # still signed in for this run


def test_a_keyring_that_never_answers_is_given_up_on(backend: None) -> None:
    keyring.set_keyring(SilentKeyring())
    store = CredentialStore(timeout=0.3)
    assert not store.save("https://city.example", "refresh-1")
    assert not store.remembered


def test_a_silent_keyring_is_waited_for_once(backend: None) -> None:
    keyring.set_keyring(SilentKeyring())
    store = CredentialStore(timeout=0.3)
    started = time.monotonic()
    loading = threading.Thread(target=store.load, args=("https://city.example",))
    loading.start()  # the start-up's look-up, still waiting when the citizen signs in
    time.sleep(0.05)
    assert not store.save("https://city.example", "refresh-1")
    loading.join()
    store.delete("https://city.example")
    assert store.load("https://city.example") is None
    # Twice the timeout would mean it was waited for twice; the rest is room for a loaded
    # machine (the check that matters: the save did not wait a second 0.3 s on its own).
    assert time.monotonic() - started < 0.3 * 2 + 0.25
    assert not store.remembered


def test_a_keyring_that_keeps_nothing_is_not_remembered(backend: None) -> None:
    keyring.set_keyring(null.Keyring())
    store = CredentialStore()
    assert not store.save("https://city.example", "refresh-1")
    assert not store.remembered
    assert store.load("https://city.example") == "refresh-1"  # this run only


def test_a_kiosk_never_touches_the_keyring(backend: None) -> None:
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    store = CredentialStore(memory_only=True)
    assert not store.save("https://city.example", "refresh-1")
    assert memory.items == {}
    assert store.load("https://city.example") == "refresh-1"


def test_the_real_secret_service(backend: None) -> None:
    """In CI this runs inside a private D-Bus session with an unlocked gnome-keyring."""
    from keyring.backends import SecretService

    real = SecretService.Keyring()
    try:
        real.get_password("probe", "probe")
        usable = bool(os.environ.get("DBUS_SESSION_BUS_ADDRESS"))
    except Exception:
        usable = False
    if not usable:
        message = "no Secret Service: run the tests in a D-Bus session with gnome-keyring (.ci/run)"
        if in_ci():
            pytest.fail(message)
        pytest.skip(message)
    keyring.set_keyring(real)
    store = CredentialStore()
    server = "https://ci.example/" + os.urandom(4).hex()
    assert store.save(server, "refresh-ci")
    assert real.get_password(SERVICE, server) == "refresh-ci"
    assert CredentialStore().load(server) == "refresh-ci"
    store.delete(server)
    assert real.get_password(SERVICE, server) is None
