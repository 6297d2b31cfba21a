"""Photo uploads: type, size and pixel limits; re-encoding strips EXIF and payloads."""

from __future__ import annotations

import io
import struct
import zlib

import pytest
import requests
from PIL import Image

from tests.conftest import Account
from tests.helpers import new_request
from tests.live_server import LiveServer

MARKER = b"SECRET-GPS-MARKER"


def jpeg_with_exif() -> bytes:
    image = Image.new("RGB", (640, 480), (200, 30, 30))
    exif = Image.Exif()
    exif[0x010F] = MARKER.decode()  # Make
    exif[0x8825] = {1: "N", 2: (31.0, 32.0, 0.0), 3: "E", 4: (35.0, 5.0, 0.0)}  # GPS
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif)
    data = out.getvalue()
    assert MARKER in data
    return data


def png_bomb(width: int = 30000, height: int = 30000) -> bytes:
    """A tiny PNG whose header claims a huge picture (its data is a few bytes)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\0" * 64))
        + chunk(b"IEND", b"")
    )


def upload(
    server: LiveServer,
    account: Account,
    number: str,
    data: bytes,
    name: str = "p.jpg",
    kind: str = "image/jpeg",
) -> requests.Response:
    return account.http.post(
        f"{server.url}/api/v1/requests/{number}/attachments",
        files={"file": (name, data, kind)},
        timeout=60,
    )


def test_exif_and_gps_are_gone_from_the_stored_bytes(
    server: LiveServer, citizen_a: Account, citizen_b: Account, clerk: Account
) -> None:
    number = new_request(server, citizen_a)
    response = upload(server, citizen_a, number, jpeg_with_exif())
    assert response.status_code == 201, response.text
    attachment = response.json()
    assert attachment["content_type"] == "image/jpeg"
    assert (attachment["width"], attachment["height"]) == (640, 480)
    stored = citizen_a.http.get(server.url + attachment["url"], timeout=30)
    assert stored.ok
    assert MARKER not in stored.content
    assert b"Exif" not in stored.content
    assert not Image.open(io.BytesIO(stored.content)).getexif()
    assert clerk.http.get(server.url + attachment["url"], timeout=30).ok
    assert citizen_b.http.get(server.url + attachment["url"], timeout=30).status_code == 404
    assert requests.get(server.url + attachment["url"], timeout=30).status_code == 401
    assert upload(server, citizen_b, number, jpeg_with_exif()).status_code == 404
    listed = citizen_a.http.get(f"{server.url}/api/v1/requests/{number}", timeout=30).json()
    assert [a["id"] for a in listed["attachments"]] == [attachment["id"]]


def test_large_pictures_are_downscaled(server: LiveServer, citizen_a: Account) -> None:
    number = new_request(server, citizen_a)
    out = io.BytesIO()
    Image.new("RGB", (4000, 3000), (10, 120, 40)).save(out, "PNG")
    response = upload(server, citizen_a, number, out.getvalue(), "big.png", "image/png")
    assert response.status_code == 201, response.text
    assert max(response.json()["width"], response.json()["height"]) == 2048


@pytest.mark.parametrize(
    ("data", "name", "kind"),
    [
        (b"GIF89a\x01\x00\x01\x00\x00\x00\x00;", "a.gif", "image/gif"),
        (b"this is text, not a picture", "a.jpg", "image/jpeg"),
        (
            b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF",
            "a.pdf",
            "application/pdf",
        ),
    ],
)
def test_wrong_types_are_415(
    server: LiveServer, citizen_a: Account, data: bytes, name: str, kind: str
) -> None:
    number = new_request(server, citizen_a)
    response = upload(server, citizen_a, number, data, name, kind)
    assert response.status_code == 415
    assert response.json()["error"]["code"] == "unsupported_media_type"


def test_oversized_files_are_413_before_being_read(server: LiveServer, citizen_a: Account) -> None:
    number = new_request(server, citizen_a)
    response = upload(server, citizen_a, number, b"\xff\xd8" + b"\0" * (11 * 1024 * 1024))
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "too_large"


def test_a_decompression_bomb_is_refused_without_decoding(
    server: LiveServer, citizen_a: Account
) -> None:
    number = new_request(server, citizen_a)
    bomb = png_bomb()
    assert len(bomb) < 1000
    response = upload(server, citizen_a, number, bomb, "bomb.png", "image/png")
    assert response.status_code in (413, 415)
    assert requests.get(f"{server.url}/open311/v2/services.json", timeout=10).ok


def test_a_polyglot_loses_its_payload(server: LiveServer, citizen_a: Account) -> None:
    number = new_request(server, citizen_a)
    payload = b"<html><script>alert('x')</script></html>PK\x03\x04polyglot"
    response = upload(server, citizen_a, number, jpeg_with_exif() + payload)
    assert response.status_code == 201
    stored = citizen_a.http.get(server.url + response.json()["url"], timeout=30).content
    assert b"<script>" not in stored
    assert b"polyglot" not in stored


def test_a_request_holds_at_most_ten_photos(start_server) -> None:
    from tests.conftest import register

    live = start_server()
    citizen = register(live)
    number = new_request(live, citizen)
    small = io.BytesIO()
    Image.new("RGB", (16, 16)).save(small, "JPEG")
    for _ in range(10):
        assert upload(live, citizen, number, small.getvalue()).status_code == 201
    eleventh = upload(live, citizen, number, small.getvalue())
    assert eleventh.status_code == 409
    assert eleventh.json()["error"]["code"] == "too_many_attachments"
