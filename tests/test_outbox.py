"""The outbox and the local database against the real server: durable, exactly once, discreet."""

from __future__ import annotations

import random
import sqlite3
import uuid
from pathlib import Path

import pytest

from citizen_app.api.accounts import Extensions
from citizen_app.api.client import Open311Client
from citizen_app.api.errors import NotAuthenticated, Rejected, ServerError, TransportError
from citizen_app.core.account import Account as AppAccount
from citizen_app.core.credentials import CredentialStore
from citizen_app.core.local_db import LocalDatabase
from citizen_app.core.outbox import FAILED, SENT, WAITING, Outbox, backoff, deliver, verdict
from tests.conftest import Account
from tests.live_server import LiveServer
from tests.outbox_helpers import arrived, check_exactly_once, fill, jpeg, new_batch


def test_a_damaged_database_is_set_aside_and_a_new_one_made(tmp_path: Path) -> None:
    path = tmp_path / "local.db"
    path.write_bytes(b"this is not a database, it was cut short by a power failure" * 100)
    db = LocalDatabase(path)
    assert db.set_aside is not None
    assert db.set_aside.read_bytes().startswith(b"this is not a database")
    assert Outbox(db).items() == []  # the new one works
    db.close()
    again = LocalDatabase(path)
    assert again.set_aside is None  # a healthy database stays where it is
    again.close()


def test_a_database_from_a_newer_app_is_not_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "local.db"
    sqlite3.connect(path).execute("PRAGMA user_version = 99").connection.close()
    db = LocalDatabase(path)
    assert db.set_aside is not None and db.set_aside.exists()
    db.close()


def test_pragmas_for_durability(tmp_path: Path) -> None:
    db = LocalDatabase(tmp_path / "local.db")
    assert db.query("PRAGMA journal_mode") == [("wal",)]
    assert db.query("PRAGMA synchronous") == [(2,)]  # FULL
    assert db.query("PRAGMA secure_delete") == [(1,)]
    db.close()


def test_backoff_grows_with_jitter_and_honours_retry_after() -> None:
    rng = random.Random(7)
    delays = [backoff(n, base=2, rng=rng) for n in range(1, 12)]
    assert 1 <= delays[0] <= 2
    assert 64 <= delays[6] <= 128
    assert max(delays) <= 300  # capped
    assert backoff(1, retry_after=30, base=2, rng=rng) == 30
    assert len({backoff(3, base=2) for _ in range(20)}) > 1  # jitter


@pytest.mark.parametrize(
    ("error", "retry", "reason"),
    [
        (TransportError("down"), True, "offline"),
        (ServerError(503, retry_after=5), True, "busy"),
        (ServerError(500), True, "server_error"),
        (Rejected(429, "rate_limited", [], retry_after=9), True, "limited"),
        (Rejected(429, "http_429", [], retry_after=600), True, "limited"),
        (NotAuthenticated(401, "unauthorized", []), False, "sign_in"),
        (Rejected(400, "http_400", ["attribute[size] required"]), False, "rejected"),
    ],
)
def test_what_each_failure_means(error: Exception, retry: bool, reason: str) -> None:
    found = verdict(error)
    assert (found.retry, found.reason) == (retry, reason)


def signed_in_client(server: LiveServer, citizen: Account) -> tuple[Open311Client, Extensions]:
    client = Open311Client(server.url, api_key=server.api_key, language="ar")
    extensions = Extensions(client)
    AppAccount(extensions, CredentialStore(memory_only=True)).sign_in(
        citizen.login, citizen.password
    )
    return client, extensions


def test_delivery_resumes_after_a_crash_at_any_step(
    server: LiveServer, citizen_a: Account, tmp_path: Path
) -> None:
    """The request was created but the answer lost; then one photo of two arrived before the
    crash. Delivering again completes it: one request, two photos."""
    client, extensions = signed_in_client(server, citizen_a)
    db = LocalDatabase(tmp_path / "local.db")
    outbox = Outbox(db)
    batch = new_batch()
    expected = fill(outbox, server.url, str(citizen_a.user["id"]), 1, 1, batch)
    (item_id,) = outbox.due(server.url, str(citizen_a.user["id"]))
    payload = outbox.payload(item_id)
    # The POST reached the server, the answer never came back: nothing recorded here.
    client.submit(payload["service_code"], payload["fields"], payload["attributes"], payload["key"])
    first = deliver(outbox, item_id, client, extensions)
    # And once more, as if the "sent" mark had been lost too.
    db.query("UPDATE outbox SET state = 'waiting' WHERE id = ?", (item_id,))
    assert deliver(outbox, item_id, client, extensions).id == first.id
    check_exactly_once(expected, arrived(server.database_url, batch))
    item = outbox.item(item_id)
    assert (item.state, item.number, item.photos) == (SENT, first.id, 0)


def test_a_rejected_item_waits_for_the_citizen_and_keeps_everything(
    server: LiveServer, tmp_path: Path
) -> None:
    client = Open311Client(server.url, api_key=server.api_key, language="ar")
    outbox = Outbox(LocalDatabase(tmp_path / "local.db"))
    item_id = outbox.add(
        server=server.url,
        account="",
        service_code="pothole",
        service_name="حفرة",
        fields={"description": "بلا حجم", "address_string": "شارع"},
        attributes={},  # "size" is required
        idempotency_key=str(uuid.uuid4()),
        photos=[],
    )
    with pytest.raises(Rejected) as caught:
        deliver(outbox, item_id, client, None)
    outbox.fail(item_id, verdict(caught.value).reason)
    item = outbox.item(item_id)
    assert (item.state, item.reason) == (FAILED, "rejected")
    assert outbox.payload(item_id)["fields"]["description"] == "بلا حجم"
    assert outbox.due(server.url, "") == []
    outbox.retry_now(item_id)
    assert outbox.item(item_id).state == WAITING
    outbox.remove(item_id)
    assert outbox.items() == []


def test_items_wait_for_their_own_server_and_account(tmp_path: Path) -> None:
    outbox = Outbox(LocalDatabase(tmp_path / "local.db"))
    common = {
        "service_code": "pothole",
        "service_name": "حفرة",
        "fields": {},
        "attributes": {},
        "photos": [],
    }
    anonymous = outbox.add(server="A", account="", idempotency_key=str(uuid.uuid4()), **common)
    mine = outbox.add(server="A", account="7", idempotency_key=str(uuid.uuid4()), **common)
    outbox.add(server="B", account="", idempotency_key=str(uuid.uuid4()), **common)
    assert set(outbox.due("A", "7")) == {anonymous, mine}
    assert outbox.due("A", "8") == [anonymous]  # another citizen never sends mine
    assert outbox.due("A", "") == [anonymous]
    delay = outbox.defer(anonymous, "offline", retry_after=60)
    assert delay >= 60
    assert outbox.due("A", "") == []


def test_nothing_personal_is_left_on_disk_after_sending(server: LiveServer, tmp_path: Path) -> None:
    """Canaries typed into a request (an ID number, a phone, an e-mail) and the session's
    password and tokens: after submit and purge, not one byte of them in the data folder,
    the -wal and -shm files included."""
    citizen_id = "CANARY" + uuid.uuid4().hex[:8]
    password = "canary-password-" + uuid.uuid4().hex[:8]
    email = f"canary{uuid.uuid4().hex[:8]}@example.ps"
    import requests

    response = requests.post(
        server.url + "/api/v1/auth/register",
        json={"name": "كناري", "email": email, "password": password},
        timeout=30,
    )
    assert response.status_code == 201, response.text
    client = Open311Client(server.url, api_key=server.api_key, language="ar")
    extensions = Extensions(client)
    account = AppAccount(extensions, CredentialStore(memory_only=True))
    user = account.sign_in(email, password)
    folder = tmp_path / "data"
    db = LocalDatabase(folder / "local.db")
    outbox = Outbox(db)
    item_id = outbox.add(
        server=server.url,
        account=str(user["id"]),
        service_code="pothole",
        service_name="حفرة في الشارع",
        fields={
            "description": f"رقم هويتي {citizen_id}",
            "address_string": "شارع الجامعة",
            "email": email,
            "phone": "0599" + citizen_id[-6:],
        },
        attributes={"size": "large"},
        idempotency_key=str(uuid.uuid4()),
        photos=[jpeg((1, 2, 3))],
    )
    assert citizen_id.encode() in b"".join(p.read_bytes() for p in folder.iterdir())
    deliver(outbox, item_id, client, extensions)
    secrets = [citizen_id, password, email, client.access_token, account._refresh_token]
    files = sorted(folder.iterdir())
    assert {p.name for p in files} >= {"local.db"}
    hits = [
        (p.name, secret)
        for p in files
        for secret in secrets
        if secret and secret.encode() in p.read_bytes()
    ]
    assert hits == []
    db.close()
    hits = [
        (p.name, secret)
        for p in sorted(folder.iterdir())
        for secret in secrets
        if secret and secret.encode() in p.read_bytes()
    ]
    assert hits == []
