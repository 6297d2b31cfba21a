"""Photo uploads: type, size and pixel limits; re-encoding strips EXIF and payloads."""

from __future__ import annotations

import io
import struct
import time
import uuid
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
    headers: dict[str, str] | None = None,
) -> requests.Response:
    return account.http.post(
        f"{server.url}/api/v1/requests/{number}/attachments",
        files={"file": (name, data, kind)},
        headers=headers or {},
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
    started = time.monotonic()
    response = upload(server, citizen_a, number, bomb, "bomb.png", "image/png")
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "image_too_large"
    assert time.monotonic() - started < 5  # 900 megapixels were never decoded
    assert requests.get(f"{server.url}/open311/v2/services.json", timeout=10).ok


def test_pictures_over_our_pixel_budget_are_refused_from_the_header(
    server: LiveServer, citizen_a: Account
) -> None:
    """7000 x 7000 is under Pillow's own guard but over the server's 40 megapixels."""
    number = new_request(server, citizen_a)
    response = upload(server, citizen_a, number, png_bomb(7000, 7000), "big.png", "image/png")
    assert response.status_code == 413
    error = response.json()["error"]
    assert error["code"] == "image_too_large"
    assert error["params"]["width"] == error["params"]["height"] == 7000


def test_a_polyglot_loses_its_payload(server: LiveServer, citizen_a: Account) -> None:
    number = new_request(server, citizen_a)
    payload = b"<html><script>alert('x')</script></html>PK\x03\x04polyglot"
    response = upload(server, citizen_a, number, jpeg_with_exif() + payload)
    assert response.status_code == 201
    stored = citizen_a.http.get(server.url + response.json()["url"], timeout=30).content
    assert b"<script>" not in stored
    assert b"polyglot" not in stored


def test_a_request_holds_at_most_ten_photos(server: LiveServer, citizen_a: Account) -> None:
    number = new_request(server, citizen_a)
    small = io.BytesIO()
    Image.new("RGB", (16, 16)).save(small, "JPEG")
    for _ in range(9):
        assert upload(server, citizen_a, number, small.getvalue()).status_code == 201
    key = {"Idempotency-Key": str(uuid.uuid4())}
    tenth = upload(server, citizen_a, number, small.getvalue(), headers=key)
    assert tenth.status_code == 201
    eleventh = upload(server, citizen_a, number, small.getvalue())
    assert eleventh.status_code == 409
    assert eleventh.json()["error"]["code"] == "too_many_attachments"
    # The outbox re-sending the tenth (its answer was lost) gets that answer, not a 409.
    again = upload(server, citizen_a, number, small.getvalue(), headers=key)
    assert again.status_code == 201
    assert again.json() == tenth.json()
    detail = citizen_a.http.get(f"{server.url}/api/v1/requests/{number}", timeout=30).json()
    assert len(detail["attachments"]) == 10
    assert [e["kind"] for e in detail["events"]].count("attachment") == 10


def encoded(image: Image.Image, fmt: str, **options) -> bytes:
    out = io.BytesIO()
    image.save(out, fmt, **options)
    return out.getvalue()


def test_the_same_photo_with_the_same_key_is_stored_once(
    server: LiveServer, citizen_a: Account
) -> None:
    number = new_request(server, citizen_a)
    photo = jpeg_with_exif()
    key = {"Idempotency-Key": str(uuid.uuid4())}
    first = upload(server, citizen_a, number, photo, headers=key)
    second = upload(server, citizen_a, number, photo, "other-name.jpg", headers=key)
    assert first.status_code == second.status_code == 201
    assert second.headers.get("Idempotent-Replayed") == "true"
    assert first.json()["id"] == second.json()["id"]
    other = upload(
        server, citizen_a, number, encoded(Image.new("RGB", (9, 9)), "JPEG"), headers=key
    )
    assert other.status_code == 422
    assert other.json()["error"]["code"] == "idempotency_key_reused"
    detail = citizen_a.http.get(f"{server.url}/api/v1/requests/{number}", timeout=30).json()
    assert len(detail["attachments"]) == 1


def test_the_exif_orientation_is_applied_then_dropped(
    server: LiveServer, citizen_a: Account
) -> None:
    exif = Image.Exif()
    exif[0x0112] = 6  # Orientation: rotate 90° clockwise to display
    photo = encoded(Image.new("RGB", (640, 480), (0, 90, 200)), "JPEG", exif=exif)
    number = new_request(server, citizen_a)
    response = upload(server, citizen_a, number, photo)
    assert response.status_code == 201, response.text
    assert (response.json()["width"], response.json()["height"]) == (480, 640)
    stored = citizen_a.http.get(server.url + response.json()["url"], timeout=30).content
    assert not Image.open(io.BytesIO(stored)).getexif()


def test_transparency_stays_png_and_png_metadata_is_dropped(
    server: LiveServer, citizen_a: Account
) -> None:
    from PIL import PngImagePlugin

    image = Image.new("RGBA", (120, 80), (255, 0, 0, 0))
    image.paste((0, 128, 0, 255), (10, 10, 60, 60))
    text = PngImagePlugin.PngInfo()
    text.add_text("Comment", MARKER.decode())
    icc = b"\0" * 128 + MARKER  # not a real profile: only its survival is checked
    png = encoded(image, "PNG", pnginfo=text, icc_profile=icc)
    assert MARKER in png
    number = new_request(server, citizen_a)
    response = upload(server, citizen_a, number, png, "t.png", "image/png")
    assert response.status_code == 201, response.text
    assert response.json()["content_type"] == "image/png"
    stored = citizen_a.http.get(server.url + response.json()["url"], timeout=30)
    assert stored.headers["content-type"] == "image/png"
    assert "private" in stored.headers["cache-control"]
    assert MARKER not in stored.content
    assert b"iCCP" not in stored.content
    assert Image.open(io.BytesIO(stored.content)).getpixel((0, 0))[3] == 0

    opaque = encoded(Image.new("RGBA", (50, 50), (1, 2, 3, 255)), "PNG")
    flat = upload(server, citizen_a, number, opaque, "o.png", "image/png")
    assert flat.json()["content_type"] == "image/jpeg"


def test_webp_is_accepted_and_its_exif_dropped(server: LiveServer, citizen_a: Account) -> None:
    exif = Image.Exif()
    exif[0x010F] = MARKER.decode()
    webp = encoded(Image.new("RGB", (100, 60), (9, 9, 9)), "WEBP", exif=exif)
    number = new_request(server, citizen_a)
    response = upload(server, citizen_a, number, webp, "w.webp", "image/webp")
    assert response.status_code == 201, response.text
    assert response.json()["content_type"] == "image/jpeg"
    stored = citizen_a.http.get(server.url + response.json()["url"], timeout=30).content
    assert MARKER not in stored


def test_a_corrupt_picture_is_422(server: LiveServer, citizen_a: Account) -> None:
    number = new_request(server, citizen_a)
    whole = encoded(Image.effect_noise((400, 300), 60).convert("RGB"), "JPEG")
    response = upload(server, citizen_a, number, whole[: len(whole) // 2])
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "invalid_image"


def test_a_chunked_body_is_counted_while_it_arrives(server: LiveServer, citizen_a: Account) -> None:
    """No Content-Length to check up front: the server stops once the body is too long."""
    number = new_request(server, citizen_a)
    boundary = "b" + uuid.uuid4().hex
    head = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="p.jpg"\r\n'
        "Content-Type: image/jpeg\r\n\r\n"
    ).encode()

    def body():
        yield head + b"\xff\xd8"
        for _ in range(10):
            yield b"\0" * (1024 * 1024)
        yield b"\0" * (128 * 1024)  # past 10 MiB + the framing allowance
        yield f"\r\n--{boundary}--\r\n".encode()

    response = citizen_a.http.post(
        f"{server.url}/api/v1/requests/{number}/attachments",
        data=body(),
        headers={"Content-Type": f"multipart/form-data; boundary={boundary}"},
        timeout=60,
    )
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "too_large"


def test_malformed_uploads_are_client_errors(server: LiveServer, citizen_a: Account) -> None:
    number = new_request(server, citizen_a)
    url = f"{server.url}/api/v1/requests/{number}/attachments"
    as_json = citizen_a.http.post(url, json={"file": "x"}, timeout=30)
    assert as_json.status_code == 415
    no_file = citizen_a.http.post(url, files={"photo": ("p.jpg", b"x", "image/jpeg")}, timeout=30)
    assert no_file.status_code == 400
    assert no_file.json()["error"]["code"] == "missing_field"


def test_a_clerk_may_add_photos_and_read_them(
    server: LiveServer, citizen_a: Account, citizen_b: Account, clerk: Account
) -> None:
    number = new_request(server, citizen_a)
    response = upload(server, clerk, number, encoded(Image.new("RGB", (30, 20)), "JPEG"))
    assert response.status_code == 201, response.text
    url = server.url + response.json()["url"]
    assert citizen_a.http.get(url, timeout=30).ok
    assert clerk.http.get(url, timeout=30).ok
    assert citizen_b.http.get(url, timeout=30).status_code == 404
    assert (
        citizen_b.http.get(f"{server.url}/api/v1/attachments/999999999", timeout=30).status_code
        == 404
    )
    detail = citizen_a.http.get(f"{server.url}/api/v1/requests/{number}", timeout=30).json()
    event = next(e for e in detail["events"] if e["kind"] == "attachment")
    # The citizen sees the photo in the history; photos are never public.
    assert event["audience"] == "citizen" and not event["public"]
    assert event["data"]["attachment_id"] == response.json()["id"]
