"""A hostile server's pictures: small files that declare huge images cost the app neither
memory nor a frozen window.

The bomb is a 7900×7900 PNG of about 200 KB (238 MiB once decoded), served by a server on
loopback as every map tile and every photo of a request. Before, 26 such tiles took the app
from 109 MB to 6.3 GB and froze it for up to 1.8 s each; 50 photos froze the timeline 19.5 s.
"""

from __future__ import annotations

import struct
import threading
import time
import zlib
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import requests
from PySide6.QtCore import QBuffer, QByteArray, QElapsedTimer, QIODevice, QSize, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog, QLabel

from citizen_app.api.tiles import TileServer
from citizen_app.core import images
from citizen_app.core.map_tiles import MapTiles, MemoryTileCache
from citizen_app.ui.map_view import TileLoader

SIDE = 7900
#: what loading every bomb may add to the app's resident memory (one decoded bomb is 238 MiB)
RSS_GROWTH = 60 * 1024 * 1024
#: the longest the window may stop answering while they load
STALL = 0.050


def bomb_png(side: int = SIDE) -> bytes:
    """A black RGB PNG, written row by row so that making it costs no memory either."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    packer = zlib.compressobj(9)
    row = b"\x00" * (1 + 3 * side)
    idat = b"".join(packer.compress(row) for _ in range(side)) + packer.flush()
    header = struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")
    )


BOMB = bomb_png()


def small_jpeg(width: int = 800, height: int = 600) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(0x3366AA)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPEG", 85)
    return bytes(data.data())


class BombServer:
    """Answers every GET with the bomb, as a PNG, and counts them."""

    def __init__(self) -> None:
        self.count = 0
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                owner.count += 1
                self.send_response(200)
                self.send_header("Content-Type", "image/png")
                self.send_header("Content-Length", str(len(BOMB)))
                self.end_headers()
                self.wfile.write(BOMB)

            def log_message(self, *_: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def fetch(self, path: str) -> bytes:
        answer = requests.get(self.url + path, timeout=10)
        answer.raise_for_status()
        return answer.content


@pytest.fixture
def bombs() -> Iterator[BombServer]:
    server = BombServer()
    yield server
    server.httpd.shutdown()
    server.httpd.server_close()


def rss() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise AssertionError("no VmRSS in /proc/self/status")


class StallMeter:
    """The longest gap between ticks of a 5 ms timer on the GUI thread."""

    def __init__(self) -> None:
        self.longest = 0.0
        self._clock = QElapsedTimer()
        self._timer = QTimer()
        self._timer.setInterval(5)
        self._timer.timeout.connect(self._tick)

    def __enter__(self) -> StallMeter:
        self._clock.start()
        self._timer.start()
        return self

    def _tick(self) -> None:
        self.longest = max(self.longest, self._clock.restart() / 1000)

    def __exit__(self, *_: object) -> None:
        self._timer.stop()


def test_a_bomb_is_refused_from_its_header_before_any_pixel_is_decoded() -> None:
    assert len(BOMB) < 300_000
    started = time.monotonic()
    with pytest.raises(images.ImageRefused, match="7900"):
        images.photo(BOMB, QSize(120, 120))
    with pytest.raises(images.ImageRefused):
        images.tile(BOMB)
    assert time.monotonic() - started < 0.1


def test_a_real_photo_is_decoded_at_the_size_it_is_shown() -> None:
    shown = images.photo(small_jpeg(), QSize(120, 120))
    assert (shown.width(), shown.height()) == (120, 90)


def test_what_is_not_a_picture_is_refused() -> None:
    for data in (b"", b"<html>login</html>", BOMB[:40]):
        with pytest.raises(images.ImageRefused):
            images.photo(data, QSize(120, 120))


def test_the_picture_cache_is_bounded_in_bytes_not_in_pictures() -> None:
    cache = images.ImageCache(limit=1024 * 1024)
    for n in range(10):
        image = QImage(256, 256, QImage.Format.Format_RGB32)  # 256 KiB each
        cache.put(n, image)
    assert cache.size <= 1024 * 1024 and len(cache) == 4
    assert 9 in cache and 0 not in cache


def test_bomb_tiles_leave_the_map_blank_not_the_machine_out_of_memory(qtbot, bombs) -> None:
    tiles = MapTiles(TileServer(bombs.url + "/{z}/{x}/{y}.png"), MemoryTileCache())
    loader = TileLoader(tiles)
    keys = [(13, 4890 + n % 6, 3330 + n // 6) for n in range(30)]
    before = rss()
    with StallMeter() as meter:
        loader.want(keys)
        qtbot.waitUntil(lambda: all(loader.settled(k) for k in keys), timeout=30_000)
    assert bombs.count >= 26
    assert loader.missing == set(keys)  # blank squares: nothing decoded, nothing kept
    assert rss() - before < RSS_GROWTH
    assert meter.longest < STALL


def test_fifty_bomb_photos_in_a_timeline_cost_neither_memory_nor_a_frozen_window(
    qtbot, bombs
) -> None:
    from citizen_app.ui.request_detail_page import RequestDetailPage

    class Extensions:
        photo = staticmethod(bombs.fetch)

    page = RequestDetailPage(Extensions())  # type: ignore[arg-type]
    qtbot.addWidget(page)
    before = rss()
    with StallMeter() as meter:
        page.load_photos([{"url": f"/photos/{n}.png"} for n in range(50)])
        qtbot.waitUntil(lambda: page.photos.count() == 50, timeout=60_000)
    assert rss() - before < RSS_GROWTH
    assert meter.longest < STALL
    shown = [page.photos.itemAt(n).widget() for n in range(50)]
    assert all(label.pixmap().isNull() and label.text() for label in shown)


def test_the_clerk_keeps_thumbnails_and_opens_a_photo_at_the_size_it_is_shown(qtbot) -> None:
    from citizen_app.ui.clerk.detail_panel import DetailPanel
    from citizen_app.ui.clerk.photo_strip import ENLARGED, THUMB

    photo = small_jpeg(3000, 2000)
    fetched: list[str] = []

    def fetch(url: str) -> bytes:
        fetched.append(url)
        return photo

    panel = DetailPanel(None, fetch)  # type: ignore[arg-type]
    qtbot.addWidget(panel)
    panel.load_photos([{"url": "/a/1.jpg"}, {"url": "/a/2.jpg"}])
    qtbot.waitUntil(lambda: panel.photos.count() == 3, timeout=10_000)
    first = panel.photos.itemAt(0).widget()
    assert first.pixmap().width() == THUMB
    first.clicked.emit()
    qtbot.waitUntil(lambda: bool(panel.findChildren(QDialog)), timeout=10_000)
    assert fetched.count("/a/1.jpg") == 2  # fetched again, at the size the dialog shows
    shown = panel.findChildren(QDialog)[0].findChild(QLabel).pixmap()
    assert 0 < shown.width() <= ENLARGED[0] and 0 < shown.height() <= ENLARGED[1]
