"""Uploads by someone trying to hurt the server: lying Content-Length on a raw socket, bodies
that stop arriving, a thousand form parts, pixel floods, a citizen filling the disk — each
refused with a clear code, early, with the server's memory measured while it happens."""

from __future__ import annotations

import io
import socket
import threading
import time
import uuid
from collections.abc import Callable, Iterator

import pytest
import requests
from PIL import Image

from tests.conftest import SERVER_ENV, Account, register, sign_in
from tests.helpers import new_request
from tests.live_server import LiveServer

pytestmark = pytest.mark.timeout(180)

QUOTA = 6000  # bytes of stored photos a citizen may add in 24 h on this test's server


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def live(request: pytest.FixtureRequest, database_factory) -> Iterator[LiveServer]:
    env = {**SERVER_ENV, "MUNICIPAL_BODY_TIMEOUT": "1", "MUNICIPAL_USER_UPLOAD_QUOTA": str(QUOTA)}
    server = LiveServer(database_factory(request.param), env=env)
    server.seed()
    server.start()
    yield server
    server.stop()


def jpeg(side: int = 16, colour: tuple[int, int, int] = (0, 0, 0)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (side, side), colour).save(out, "JPEG")
    return out.getvalue()


def multipart(data: bytes, boundary: str, parts: int = 1) -> bytes:
    body = b""
    for n in range(parts - 1):
        body += (
            f'--{boundary}\r\nContent-Disposition: form-data; name="f{n}"\r\n\r\nx\r\n'
        ).encode()
    body += (
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="p.jpg"\r\n'
        "Content-Type: image/jpeg\r\n\r\n"
    ).encode()
    return body + data + f"\r\n--{boundary}--\r\n".encode()


def raw_post(
    server: LiveServer,
    path: str,
    headers: dict[str, str],
    body: bytes,
    wait: float = 10.0,
) -> tuple[bytes, float]:
    """Send exactly these bytes; return everything the server says until it closes or `wait`
    passes, and how long its first byte took."""
    # Connection: close, so that the server's end of the conversation is its closing.
    head = f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n" + "".join(
        f"{k}: {v}\r\n" for k, v in headers.items()
    )
    started = time.monotonic()
    first = None
    received = b""
    with socket.create_connection(("127.0.0.1", server.port), timeout=wait) as sock:
        sock.sendall(head.encode() + b"\r\n" + body)
        deadline = started + wait
        while time.monotonic() < deadline:
            sock.settimeout(max(0.05, deadline - time.monotonic()))
            try:
                chunk = sock.recv(65536)
            except TimeoutError:
                break
            except ConnectionResetError:
                break
            if not chunk:
                break
            first = first or time.monotonic() - started
            received += chunk
    return received, first if first is not None else wait


def statuses(answer: bytes) -> list[int]:
    return [int(line.split()[1]) for line in answer.split(b"\r\n") if line.startswith(b"HTTP/1.")]


def attachments_of(server: LiveServer, account: Account, number: str) -> list:
    detail = account.http.get(f"{server.url}/api/v1/requests/{number}", timeout=30)
    return detail.json()["attachments"]


def healthy(server: LiveServer) -> bool:
    return requests.get(f"{server.url}/open311/v2/services.json", timeout=10).ok


def test_a_body_shorter_than_its_content_length_is_given_up_on(live: LiveServer) -> None:
    account = register(live)
    number = new_request(live, account)
    boundary = uuid.uuid4().hex
    body = multipart(jpeg(), boundary)
    headers = {
        "Authorization": f"Bearer {account.access_token}",
        "Content-Type": f"multipart/form-data; boundary={boundary}",
        "Content-Length": str(len(body) + 500_000),  # promises far more than it sends
    }
    answer, after = raw_post(live, f"/api/v1/requests/{number}/attachments", headers, body)
    assert statuses(answer)[:1] == [408], answer[:300]
    assert b'"body_timeout"' in answer
    assert 0.9 < after < 5
    # The same on Open311's form.
    form = f"api_key={live.api_key}&service_code=water-leak&description=x".encode()
    headers = {
        "Content-Type": "application/x-www-form-urlencoded",
        "Content-Length": str(len(form) + 1000),
    }
    answer, after = raw_post(live, "/open311/v2/requests.json", headers, form)
    assert statuses(answer)[:1] == [408], answer[:300]
    assert attachments_of(live, account, number) == []
    assert healthy(live)


def test_a_body_longer_than_its_content_length_is_cut_and_refused(live: LiveServer) -> None:
    account = register(live)
    number = new_request(live, account)
    boundary = uuid.uuid4().hex
    body = multipart(jpeg(64), boundary)
    headers = {
        "Authorization": f"Bearer {account.access_token}",
        "Content-Type": f"multipart/form-data; boundary={boundary}",
        "Content-Length": "300",  # the rest of the body arrives as if it were a next request
    }
    answer, _ = raw_post(live, f"/api/v1/requests/{number}/attachments", headers, body, wait=5)
    found = statuses(answer)
    assert found, answer[:300]
    assert found[0] in (400, 422), answer[:300]
    assert all(400 <= s < 500 for s in found), found
    assert attachments_of(live, account, number) == []
    assert healthy(live)


def test_a_declared_oversize_body_is_refused_before_it_is_sent(live: LiveServer) -> None:
    account = register(live)
    number = new_request(live, account)
    for path, kind in (
        (f"/api/v1/requests/{number}/attachments", "multipart/form-data; boundary=x"),
        ("/open311/v2/requests.json", "application/x-www-form-urlencoded"),
    ):
        headers = {
            "Authorization": f"Bearer {account.access_token}",
            "Content-Type": kind,
            "Content-Length": str(200 * 1024 * 1024),
        }
        answer, after = raw_post(live, path, headers, b"--x\r\n", wait=5)
        assert statuses(answer)[:1] == [413], answer[:300]
        assert after < 2  # answered without waiting for 200 MB


def test_a_thousand_form_parts_are_refused(live: LiveServer) -> None:
    account = register(live)
    number = new_request(live, account)
    boundary = uuid.uuid4().hex
    started = time.monotonic()
    photo = account.http.post(
        f"{live.url}/api/v1/requests/{number}/attachments",
        data=multipart(jpeg(), boundary, parts=1000),
        headers={"Content-Type": f"multipart/form-data; boundary={boundary}"},
        timeout=30,
    )
    assert photo.status_code == 400
    assert photo.json()["error"]["code"] == "invalid_form"
    fields = "&".join(f"attribute[a{n}]=x" for n in range(1000))
    form = requests.post(
        f"{live.url}/open311/v2/requests.json",
        data=f"api_key={live.api_key}&service_code=water-leak&{fields}",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
        timeout=30,
    )
    assert form.status_code == 400
    as_multipart = requests.post(
        f"{live.url}/open311/v2/requests.json",
        files={f"f{n}": (None, "x") for n in range(1000)},
        timeout=30,
    )
    assert as_multipart.status_code == 400
    assert time.monotonic() - started < 10
    assert attachments_of(live, account, number) == []


def noisy_jpeg(side: int = 64) -> bytes:
    out = io.BytesIO()
    Image.effect_noise((side, side), 80).convert("RGB").save(out, "JPEG", quality=95)
    return out.getvalue()


def test_a_citizen_has_a_daily_photo_quota(live: LiveServer) -> None:
    account = register(live)
    number = new_request(live, account)
    url = f"{live.url}/api/v1/requests/{number}/attachments"
    answers = []
    for _ in range(9):
        answers.append(
            account.http.post(
                url, files={"file": ("p.jpg", noisy_jpeg(), "image/jpeg")}, timeout=30
            )
        )
        if answers[-1].status_code != 201:
            break
    refused = answers[-1]
    assert len(answers) >= 2
    assert [a.status_code for a in answers[:-1]] == [201] * (len(answers) - 1)
    assert refused.status_code == 429, refused.text
    error = refused.json()["error"]
    assert error["code"] == "upload_quota_exceeded"
    assert error["params"]["quota_bytes"] == QUOTA
    assert 0 < int(refused.headers["Retry-After"]) <= 24 * 3600
    assert error["params"]["retry_after"] == int(refused.headers["Retry-After"])
    # Refused before the body is read: a 9 MB upload is answered before it is sent.
    boundary = uuid.uuid4().hex
    headers = {
        "Authorization": f"Bearer {account.access_token}",
        "Content-Type": f"multipart/form-data; boundary={boundary}",
        "Content-Length": str(9 * 1024 * 1024),
    }
    answer, after = raw_post(live, f"/api/v1/requests/{number}/attachments", headers, b"--")
    assert statuses(answer)[:1] == [429], answer[:300]
    assert after < 2
    # Others are not affected: another citizen, and staff (their photos document the work).
    other = register(live)
    other_number = new_request(live, other)
    other_url = f"{live.url}/api/v1/requests/{other_number}/attachments"
    photo = {"file": ("p.jpg", noisy_jpeg(), "image/jpeg")}
    assert other.http.post(other_url, files=photo, timeout=30).status_code == 201
    clerk = sign_in(live, *live.accounts["clerk"])
    for _ in range(5):
        assert clerk.http.post(other_url, files=photo, timeout=30).status_code == 201


def peak_rss_growth(pid: int, action: Callable[[], requests.Response]) -> tuple[int, int]:
    """(MiB the process's resident memory grew at most while `action` ran, its status)."""

    def rss() -> int:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) // 1024
        raise AssertionError("no VmRSS")

    before = rss()
    peak = [before]
    done = threading.Event()

    def watch() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], rss())
            time.sleep(0.005)

    watcher = threading.Thread(target=watch)
    watcher.start()
    try:
        status = action().status_code
    finally:
        done.set()
        watcher.join()
    return peak[0] - before, status


def png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


@pytest.mark.parametrize("live", ["sqlite"], indirect=True)  # measured once
def test_server_memory_stays_bounded_during_big_uploads(live: LiveServer) -> None:
    number = new_request(live, register(live))
    # A clerk sends, so that the citizens' daily quota does not stop the uploads early.
    account = sign_in(live, *live.accounts["clerk"])
    url = f"{live.url}/api/v1/requests/{number}/attachments"
    pid = live.process.pid  # type: ignore[union-attr]

    def send(data: bytes, kind: str = "image/png") -> Callable[[], requests.Response]:
        return lambda: account.http.post(url, files={"file": ("p", data, kind)}, timeout=60)

    def endless() -> Iterator[bytes]:
        boundary_head = (
            b'--b\r\nContent-Disposition: form-data; name="file"; filename="p.jpg"\r\n\r\n'
        )
        yield boundary_head
        for _ in range(64):
            yield b"\0" * (1024 * 1024)

    noise = png(Image.effect_noise((1700, 1700), 90).convert("RGB"))  # ~8.5 MB, incompressible
    cases = {
        "noise near the size limit": (send(noise), (201,)),
        "64 MiB chunked": (
            lambda: account.http.post(
                url,
                data=endless(),
                headers={"Content-Type": "multipart/form-data; boundary=b"},
                timeout=60,
            ),
            (413,),
        ),
        # One colour: a few kilobytes of PNG, the most pixels a lossless picture may have.
        "RGBA flood at the lossless budget": (
            send(png(Image.new("RGBA", (3460, 3460), (1, 2, 3, 0)))),
            (201,),
        ),
        "RGB flood over it": (send(png(Image.new("RGB", (6300, 6300)))), (413,)),
    }
    for name, (action, expected) in cases.items():
        grown, status = peak_rss_growth(pid, action)
        assert status in expected, (name, status)
        # The body, the decoded pixels (4 bytes each, 46 MiB at the lossless budget) and a
        # working copy; a 36-megapixel PNG flood took 470 MiB before it had its own budget.
        print(name, grown, "MiB")
        assert grown < 200, (name, grown)
    assert healthy(live)
