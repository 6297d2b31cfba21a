"""A photo reaches the server over a line slower than the read timeout can wait for: the body
drains from the computer's buffers at the line's pace, the answer comes after its last byte.
With a fixed 20 s read timeout every try of such a photo failed, for ever
(bench/slow_line_bench.py found it at 64 kbit/s with a 670 kB photo)."""

from __future__ import annotations

import io
import uuid

import pytest
from PIL import Image

from bench.line_proxy import LineProxy
from citizen_app.api.accounts import Extensions
from citizen_app.api.client import Open311Client
from citizen_app.api.http import READ_TIMEOUT
from tests.conftest import Account
from tests.live_server import LiveServer


def noise_jpeg(at_least: int) -> bytes:
    """A JPEG of grain (it does not compress) of at least `at_least` bytes."""
    side = 64
    while True:
        out = io.BytesIO()
        Image.effect_noise((side, side), 80).convert("RGB").save(out, "JPEG", quality=95)
        if out.tell() >= at_least:
            return out.getvalue()
        side += 16


@pytest.mark.parametrize("server", ["sqlite"], indirect=True)
def test_a_photo_longer_on_the_line_than_the_read_timeout_arrives(
    server: LiveServer, citizen_a: Account
) -> None:
    kbit = 8  # 1,000 bytes a second
    photo = noise_jpeg(int(READ_TIMEOUT * 1.2 * kbit * 1000 / 8))  # 24 s of line
    with LineProxy(int(server.url.rsplit(":", 1)[1]), kbit, 100) as line:
        client = Open311Client(line.url, api_key=server.api_key, language="ar")
        client.access_token = citizen_a.access_token
        number = client.submit(
            "pothole",
            {"description": "صورة على خط بطيء", "address_string": "شارع الجامعة"},
            {"size": "small"},
            str(uuid.uuid4()),
        ).id
        line.reset()
        sent: list[int] = []
        found = Extensions(client).upload_photo(
            number, photo, str(uuid.uuid4()), lambda done, _total: sent.append(done)
        )
        assert line.bytes_up > len(photo) and line.ideal_seconds() > READ_TIMEOUT
    assert found["size"] > 0 and sent[-1] == max(sent)
