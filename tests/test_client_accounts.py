"""The app's /api/v1 client and photo preparation, against the real server."""

from __future__ import annotations

import io
import uuid
from pathlib import Path

import pytest
from PIL import Image

from citizen_app.api.accounts import Extensions
from citizen_app.api.client import Open311Client
from citizen_app.api.errors import NotAuthenticated, Rejected
from citizen_app.core.account import Account as CitizenAccount
from citizen_app.core.account import LeftMeanwhile
from citizen_app.core.credentials import CredentialStore
from citizen_app.core.photos import PhotoError, prepare_photo
from tests.conftest import Account, unique_address
from tests.live_server import LiveServer


def signed_in(server: LiveServer) -> tuple[Open311Client, Extensions, str, str]:
    client = Open311Client(server.url, api_key=server.api_key)
    # An address of its own: registrations are limited per address on the shared server.
    client.session.headers["X-Forwarded-For"] = unique_address()
    api = Extensions(client)
    login = f"app{uuid.uuid4().hex[:8]}@example.ps"
    api.register("ليلى", "a good password", email=login, idempotency_key=str(uuid.uuid4()))
    api.sign_in(login, "a good password")
    return client, api, login, "a good password"


def test_register_sign_in_submit_and_follow(server: LiveServer, clerk: Account) -> None:
    client, api, login, _ = signed_in(server)
    assert api.available
    assert api.me()["email"] == login
    result = client.submit(
        "water-leak", {"address_string": "x"}, {"where": "meter"}, str(uuid.uuid4())
    )
    first = api.my_requests()
    assert [r["id"] for r in first.items] == [result.id]
    again = api.my_requests(etag=first.etag)
    assert again.unchanged
    clerk.http.post(
        f"{server.url}/api/v1/clerk/requests/{result.id}/status",
        json={"status": "received", "note": "استلمنا طلبك"},
        timeout=30,
    )
    changed = api.my_requests(etag=first.etag)
    assert not changed.unchanged
    assert changed.items[0]["status"] == "received"
    detail = api.request(result.id)
    assert "استلمنا طلبك" in [e["note"] for e in detail["events"]]
    commented = api.comment(result.id, "شكرًا", str(uuid.uuid4()))
    assert commented["events"][-1]["kind"] == "comment"
    with pytest.raises(Rejected) as early:
        api.rate(result.id, 5, "", str(uuid.uuid4()))
    assert early.value.code == "not_resolved"


def test_photo_upload_with_progress(server: LiveServer, tmp_path: Path) -> None:
    client, api, _, _ = signed_in(server)
    result = client.submit(
        "water-leak", {"address_string": "x"}, {"where": "street"}, str(uuid.uuid4())
    )
    big = tmp_path / "big.jpg"
    Image.new("RGB", (4000, 3000), (20, 90, 160)).save(big, "JPEG", quality=95)
    jpeg = prepare_photo(big)
    shown = Image.open(io.BytesIO(jpeg))
    assert shown.size == (1600, 1200)
    seen: list[tuple[int, int]] = []
    attachment = api.upload_photo(
        result.id, jpeg, str(uuid.uuid4()), lambda a, b: seen.append((a, b))
    )
    assert attachment["width"] == 1600
    assert seen[-1][0] == seen[-1][1]
    assert len(seen) > 1
    assert api.photo(attachment["url"])[:2] == b"\xff\xd8"


def test_photos_are_turned_upright_and_lose_their_exif(tmp_path: Path) -> None:
    path = tmp_path / "sideways.jpg"
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° clockwise to display
    exif[0x010F] = "SECRET-CAMERA"
    Image.new("RGB", (2000, 1000)).save(path, "JPEG", exif=exif)
    jpeg = prepare_photo(path)
    assert Image.open(io.BytesIO(jpeg)).size == (800, 1600)
    assert b"SECRET-CAMERA" not in jpeg
    (tmp_path / "notes.txt").write_text("not a picture")
    with pytest.raises(PhotoError):
        prepare_photo(tmp_path / "notes.txt")


def test_sign_out_ends_the_session(server: LiveServer) -> None:
    client, api, login, password = signed_in(server)
    account = CitizenAccount(api, CredentialStore(memory_only=True))
    account.sign_in(login, password)
    token = account._refresh_token
    end = account.detach()  # signed out here at once (the GUI thread's part)...
    assert not account.signed_in and client.access_token is None
    end()  # ...and on the server (the background part)
    with pytest.raises(NotAuthenticated):
        api.refresh(token)


def test_a_sign_in_that_returns_after_the_session_was_left_is_ended_too(
    server: LiveServer,
) -> None:
    """A kiosk visitor presses Sign in and walks away; the session ends before the answer
    comes back: it is not kept for the next visitor, and it is ended on the server."""
    client, api, login, password = signed_in(server)
    account = CitizenAccount(api, CredentialStore(memory_only=True))
    client.access_token = None
    answers = []
    real_sign_in = api.sign_in

    def slow_sign_in(*args: str):
        answers.append(real_sign_in(*args))
        account.forget()  # the visitor's session ended while the answer was on its way
        return answers[-1]

    api.sign_in = slow_sign_in  # type: ignore[method-assign]
    with pytest.raises(LeftMeanwhile):
        account.sign_in(login, password)
    assert not account.signed_in and account._refresh_token is None
    assert client.access_token is None
    with pytest.raises(NotAuthenticated):
        api.refresh(answers[0].refresh_token)


def test_an_expired_access_token_is_renewed_quietly(start_server) -> None:
    import time

    from citizen_app.core.account import Account as AppAccount
    from citizen_app.core.credentials import CredentialStore

    live = start_server(env={"MUNICIPAL_ACCESS_TOKEN_TTL": "1"})
    client = Open311Client(live.url, api_key=live.api_key)
    account = AppAccount(Extensions(client), CredentialStore(memory_only=True))
    account.sign_in(*live.accounts["citizen"])
    first_refresh = account.store.load(live.url)
    time.sleep(1.5)
    result = client.submit(
        "water-leak", {"address_string": "x"}, {"where": "street"}, str(uuid.uuid4())
    )
    assert result.id in [r["id"] for r in account.extensions.my_requests().items]
    assert account.store.load(live.url) != first_refresh  # rotated
    assert account.signed_in
