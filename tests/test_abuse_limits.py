"""Limits that hold across server processes (they are counted in the database): anonymous
requests per client address, registration attempts (refused ones and 409s included), a
citizen's uploads in progress, the pixels a process decodes at once, and the setting that
requires a sign-in to submit."""

from __future__ import annotations

import concurrent.futures
import io
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable

import pytest
import requests
from PIL import Image

from citizen_app.api.client import Open311Client
from citizen_app.api.errors import Rejected
from citizen_app.core.local_db import LocalDatabase
from citizen_app.core.outbox import SENT, WAITING, Outbox, deliver, verdict
from municipal_server import migrate, ratelimit
from municipal_server.db import Database
from municipal_server.models import RateHit
from tests.conftest import SERVER_ENV, register, unique_address
from tests.helpers import new_request
from tests.live_server import LiveServer

pytestmark = pytest.mark.timeout(600)

ANONYMOUS_LIMIT = 40
PASSWORD = "correct horse battery"


def post_anonymously(server: LiveServer, address: str, bearer: str | None = None):
    headers = {"X-Forwarded-For": address}
    if bearer:
        headers["Authorization"] = f"Bearer {bearer}"
    return requests.post(
        server.url + "/open311/v2/requests.json",
        data={
            "api_key": server.api_key,
            "service_code": "sidewalk-damage",
            "lat": "31.53",
            "long": "35.09",
            "description": "رصيف مكسور",
        },
        headers=headers,
        timeout=60,
    )


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_300_anonymous_posts_from_one_address_on_two_processes(
    backend: str, database_factory, start_server: Callable[..., LiveServer]
) -> None:
    env = {
        "MUNICIPAL_TRUSTED_PROXIES": "127.0.0.1/32",
        "MUNICIPAL_ANONYMOUS_MAX_PER_ADDRESS": str(ANONYMOUS_LIMIT),
    }
    url = database_factory(backend)
    first = start_server(database_url=url, env=env)
    second = start_server(database_url=url, env=env, seed=False)
    second.api_key = first.api_key
    address = unique_address()

    def one(n: int) -> requests.Response:
        return post_anonymously((first, second)[n % 2], address)

    # Eight at a time, alternating between the processes: the count must hold under races.
    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(one, range(300)))
    counts = Counter(a.status_code for a in answers)
    assert counts == {200: ANONYMOUS_LIMIT, 429: 300 - ANONYMOUS_LIMIT}, counts
    refused = next(a for a in answers if a.status_code == 429)
    assert 0 < int(refused.headers["Retry-After"]) <= 3600
    assert refused.json()[0]["code"] == 429  # the Open311 error list
    assert "sign in" in refused.json()[0]["description"]
    # The XML answer is an Open311 error list too.
    as_xml = requests.post(
        second.url + "/open311/v2/requests.xml",
        data={
            "api_key": first.api_key,
            "service_code": "sidewalk-damage",
            "address_string": "شارع عين سارة",
        },
        headers={"X-Forwarded-For": address},
        timeout=30,
    )
    assert as_xml.status_code == 429 and b"<errors><error><code>429</code>" in as_xml.content
    # Another address, and a signed-in citizen from the same one, are not limited.
    assert post_anonymously(second, unique_address()).status_code == 200
    citizen = register(first)
    assert post_anonymously(first, address, citizen.access_token).status_code == 200


def test_a_server_can_require_a_sign_in_to_submit(start_server) -> None:
    server = start_server(env={**SERVER_ENV, "MUNICIPAL_REQUIRE_SIGN_IN": "true"})
    refused = post_anonymously(server, unique_address())
    assert refused.status_code == 401
    assert "sign in" in refused.json()[0]["description"]
    assert refused.headers["WWW-Authenticate"].startswith("Bearer")
    citizen = register(server)
    assert post_anonymously(server, unique_address(), citizen.access_token).status_code == 200


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_registration_attempts_are_limited_409s_included(
    backend: str, start_server: Callable[..., LiveServer]
) -> None:
    limit = 6
    server = start_server(
        backend,
        env={
            **SERVER_ENV,
            "MUNICIPAL_REGISTER_MAX_PER_ADDRESS": str(limit),
            # A short sign-in window must not shorten registration's (its own rows, own expiry).
            "MUNICIPAL_LOGIN_WINDOW": "1",
        },
    )
    address = unique_address()
    taken = register(server).login

    def attempt(email: str, password: str = PASSWORD) -> requests.Response:
        return requests.post(
            server.url + "/api/v1/auth/register",
            json={"name": "مستطلع", "email": email, "password": password},
            headers={"X-Forwarded-For": address},
            timeout=30,
        )

    # Asking whether accounts exist: each 409 counts, and so does a refused (short) password.
    assert attempt(taken).status_code == 409
    assert attempt(f"x{uuid.uuid4().hex[:8]}@example.ps", "short").status_code == 400
    for _ in range(limit - 3):
        assert attempt(taken).status_code == 409
    assert attempt(f"n{uuid.uuid4().hex[:8]}@example.ps").status_code == 201
    time.sleep(1.5)  # past the sign-in window
    for _ in range(3):
        blocked = attempt(taken)
        assert blocked.status_code == 429, blocked.text
        assert blocked.json()["error"]["code"] == "rate_limited"
        assert int(blocked.headers["Retry-After"]) > 3000
    assert attempt(f"m{uuid.uuid4().hex[:8]}@example.ps").status_code == 429
    # Another address may still register.
    other = requests.post(
        server.url + "/api/v1/auth/register",
        json={
            "name": "مواطن",
            "email": f"o{uuid.uuid4().hex[:8]}@example.ps",
            "password": "correct horse battery",
        },
        headers={"X-Forwarded-For": unique_address()},
        timeout=30,
    )
    assert other.status_code == 201


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_each_limit_keeps_its_rows_for_its_own_window(backend: str, database_factory) -> None:
    url = database_factory(backend)
    migrate.upgrade(url)
    database = Database(url)
    try:
        with database.session() as session:
            ratelimit.record(session, ["login:10.0.0.1"], 0)  # already past its window
            ratelimit.take(session, "register:10.0.0.1", 5, 3600)
            session.commit()
            ratelimit.prune(session)
            session.commit()
            assert [h.key for h in session.query(RateHit)] == ["register:10.0.0.1"]
            assert ratelimit.retry_after(session, "register:10.0.0.1", 1, 3600) > 3500
    finally:
        database.dispose()


def png_flood(side: int = 3400) -> bytes:
    """A few tens of kilobytes of PNG that decode to side×side pixels."""
    out = io.BytesIO()
    Image.new("RGB", (side, side), (200, 10, 10)).save(out, "PNG")
    return out.getvalue()


def upload(account, server: LiveServer, number: str, data: bytes) -> requests.Response:
    return account.http.post(
        f"{server.url}/api/v1/requests/{number}/attachments",
        files={"file": ("p.png", data, "image/png")},
        timeout=300,
    )


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_citizen_has_at_most_two_uploads_in_progress(
    backend: str, start_server: Callable[..., LiveServer]
) -> None:
    server = start_server(backend, env=dict(SERVER_ENV))
    citizen = register(server)
    numbers = [new_request(server, citizen) for _ in range(4)]
    data = png_flood(2000)
    with concurrent.futures.ThreadPoolExecutor(40) as pool:
        answers = list(pool.map(lambda n: upload(citizen, server, numbers[n % 4], data), range(40)))
    counts = Counter(a.status_code for a in answers)
    assert set(counts) == {201, 429} and counts[201] >= 2, counts
    busy = next(a for a in answers if a.status_code == 429)
    assert busy.json()["error"]["code"] == "too_many_uploads"
    assert busy.json()["error"]["params"]["max_concurrent"] == 2
    assert busy.headers["Retry-After"] == "5"
    # Slots are given back: one at a time, every upload goes through.
    assert upload(citizen, server, numbers[0], data).status_code == 201


# Resident memory the server may grow by during 40 parallel uploads of a 3400×3400 PNG flood
# (41 kB each, 11.6 megapixels decoded). Measured on the project's machines: 175–185 MiB with
# the decode budget; 1.7 to 3.2 GiB before it.
MEMORY_BOUND_MIB = 300


def test_memory_stays_bounded_during_40_parallel_decompression_heavy_uploads(
    start_server: Callable[..., LiveServer],
) -> None:
    server = start_server(env=dict(SERVER_ENV))
    citizens = [register(server) for _ in range(20)]  # two uploads each: all may be in progress
    numbers = [new_request(server, c) for c in citizens]
    data = png_flood()
    pid = server.process.pid  # type: ignore[union-attr]

    def rss_mib() -> int:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) // 1024
        raise AssertionError("no VmRSS")

    assert upload(citizens[0], server, numbers[0], data).status_code == 201  # warm up
    before = rss_mib()
    peak = [before]
    done = threading.Event()

    def watch() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], rss_mib())
            time.sleep(0.005)

    watcher = threading.Thread(target=watch)
    watcher.start()
    try:
        with concurrent.futures.ThreadPoolExecutor(40) as pool:
            codes = list(
                pool.map(
                    lambda n: upload(citizens[n % 20], server, numbers[n % 20], data).status_code,
                    range(40),
                )
            )
    finally:
        done.set()
        watcher.join()
    print(f"RSS before {before} MiB, peak {peak[0]} MiB")
    assert Counter(codes) == {201: 40}
    assert peak[0] - before < MEMORY_BOUND_MIB, (before, peak[0])


def test_the_apps_outbox_waits_out_a_429_and_then_sends(
    start_server: Callable[..., LiveServer], tmp_path
) -> None:
    """The desktop app's outbox keeps a refused-for-now request, waits for Retry-After, and
    delivers it once the window has passed: nothing is lost, nothing is sent twice."""
    server = start_server(
        env={"MUNICIPAL_ANONYMOUS_MAX_PER_ADDRESS": "1", "MUNICIPAL_ANONYMOUS_WINDOW": "3"}
    )
    client = Open311Client(server.url, api_key=server.api_key, language="ar")
    outbox = Outbox(LocalDatabase(tmp_path / "local.db"))

    def add() -> str:
        return outbox.add(
            server=server.url,
            account="",
            service_code="sidewalk-damage",
            service_name="رصيف",
            fields={"description": "رصيف مكسور", "address_string": "شارع الشلالة"},
            attributes={},
            idempotency_key=str(uuid.uuid4()),
            photos=[],
        )

    first, second = add(), add()
    assert deliver(outbox, first, client, None).id
    with pytest.raises(Rejected) as caught:
        deliver(outbox, second, client, None)
    found = verdict(caught.value)
    assert (found.retry, found.reason) == (True, "limited")
    assert 0 < found.retry_after <= 4
    delay = outbox.defer(second, found.reason, found.retry_after)
    assert delay >= found.retry_after
    assert outbox.item(second).state == WAITING and outbox.item(second).reason == "limited"
    time.sleep(found.retry_after)
    assert deliver(outbox, second, client, None).id
    assert outbox.item(second).state == SENT
