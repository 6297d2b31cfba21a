"""The map on the request form and the request's pages: Web Mercator, tiles from a tile server
on loopback (counted), their cache, and a pin that reaches the real server with the request."""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest

from citizen_app.api.client import Open311Client
from citizen_app.api.errors import TransportError
from citizen_app.api.http import USER_AGENT
from citizen_app.api.tiles import Tile, TileServer
from citizen_app.core.credentials import CredentialStore
from citizen_app.core.map_tiles import DiskTileCache, MapTiles, MemoryTileCache, map_tiles
from citizen_app.core.settings import Settings
from citizen_app.core.web_mercator import TILE, tile_of, to_lat_long, to_pixel
from citizen_app.i18n import apply_language
from citizen_app.ui.clerk.detail_panel import DetailPanel
from citizen_app.ui.main_window import MainWindow
from tests.live_server import LiveServer, free_port
from tests.test_citizen_ui import open_service, send, type_text
from tests.tile_server import TileServer as LoopbackTiles

# --- Web Mercator ------------------------------------------------------------------------------


def test_web_mercator_puts_known_places_on_known_tiles() -> None:
    assert to_pixel(0.0, 0.0, 0) == pytest.approx((128.0, 128.0))
    assert to_pixel(85.0511287798, -180.0, 3) == pytest.approx((0.0, 0.0), abs=1e-6)
    assert to_pixel(-85.0511287798, 180.0, 1) == pytest.approx((512.0, 512.0), abs=1e-6)
    # Hebron's old city at zoom 13, by the formula tile servers document.
    lat, long, zoom = 31.5247, 35.1107, 13
    n = 2**zoom
    expected_x = int((long + 180) / 360 * n)
    expected_y = int((1 - math.asinh(math.tan(math.radians(lat))) / math.pi) / 2 * n)
    assert tile_of(lat, long, zoom) == (expected_x, expected_y) == (4894, 3339)


@pytest.mark.parametrize("zoom", [2, 10, 18])
def test_web_mercator_round_trips(zoom: int) -> None:
    for lat, long in [(31.5326, 35.0998), (-33.86, 151.21), (64.13, -21.9), (0.0, 0.0)]:
        x, y = to_pixel(lat, long, zoom)
        assert to_lat_long(x, y, zoom) == pytest.approx((lat, long), abs=1e-9)
    # and from pixels: a pixel's centre comes back to the same pixel
    x, y = 0.3 * TILE * 2**zoom + 0.5, 0.7 * TILE * 2**zoom + 0.5
    assert to_pixel(*to_lat_long(x, y, zoom), zoom) == pytest.approx((x, y), abs=1e-6)


def test_latitudes_beyond_the_square_are_clamped() -> None:
    assert to_pixel(89.9, 0.0, 2)[1] == pytest.approx(0.0, abs=1e-6)
    assert to_lat_long(10.0, -500.0, 2)[0] == pytest.approx(85.0511287798)
    assert to_lat_long(4 * TILE + 10, 0, 2)[1] == pytest.approx(to_lat_long(10, 0, 2)[1])


# --- tiles and their cache ---------------------------------------------------------------------


@pytest.fixture
def tile_server() -> Iterator[LoopbackTiles]:
    server = LoopbackTiles().start()
    yield server
    server.stop()


def test_tiles_are_fetched_once_and_kept_on_disk(tmp_path: Path, tile_server) -> None:
    tiles = MapTiles(TileServer(tile_server.template), DiskTileCache(tmp_path))
    first = tiles.tile(13, 4894, 3339)
    assert first.startswith(b"\x89PNG")
    assert tile_server.requests == [("/tiles/13/4894/3339.png", USER_AGENT)]
    again = MapTiles(TileServer(tile_server.template), DiskTileCache(tmp_path))
    assert again.tile(13, 4894, 3339) == first
    assert tile_server.count == 1


def test_a_stale_tile_is_fetched_again_but_shown_while_offline(tmp_path: Path) -> None:
    live = LoopbackTiles(max_age=0).start()  # max-age=0: never fresh, never kept
    try:
        tiles = MapTiles(TileServer(live.template), DiskTileCache(tmp_path))
        tiles.tile(5, 1, 2)
        tiles.tile(5, 1, 2)
        assert live.count == 2
    finally:
        live.stop()
    cache = MemoryTileCache()
    down = f"http://127.0.0.1:{free_port()}/{{z}}/{{x}}/{{y}}.png"
    cache.put(f"{down}|5/1/2", Tile(b"old", time.time() - 10))
    tiles = MapTiles(TileServer(down), cache)
    assert tiles.tile(5, 1, 2) == b"old"
    with pytest.raises(TransportError):
        tiles.tile(5, 1, 3)


def test_the_disk_cache_stays_under_its_limit_dropping_the_least_recently_used(
    tmp_path: Path,
) -> None:
    cache = DiskTileCache(tmp_path, limit=10_000)
    for n in range(5):
        cache.put(f"t{n}", Tile(b"x" * 1900, time.time() + 60))
        time.sleep(0.01)
    assert cache.get("t0") is not None  # used now: no longer the oldest
    cache.put("t5", Tile(b"x" * 1900, time.time() + 60))
    assert cache.get("t1") is None
    assert cache.get("t0") is not None and cache.get("t5") is not None
    assert sum(f.stat().st_size for f in tmp_path.glob("*/*.tile")) <= 10_000


def test_a_tile_that_cannot_be_written_leaves_no_file_behind(tmp_path: Path) -> None:
    cache = DiskTileCache(tmp_path)
    cache._path("t").mkdir(parents=True)  # where the tile would go: a file cannot replace it
    with pytest.raises(IsADirectoryError):
        cache.put("t", Tile(b"x" * 100, time.time() + 60))
    assert [p.name for p in tmp_path.rglob("*") if p.is_file()] == []


def test_a_tile_arriving_after_the_visitor_left_is_not_kept(tile_server) -> None:
    """A kiosk session ends while a tile is on its way: it is not cached for the next visitor."""
    arrived, go_on = threading.Event(), threading.Event()

    class Slow(TileServer):
        def get(self, zoom: int, x: int, y: int) -> Tile:
            tile = super().get(zoom, x, y)
            arrived.set()
            go_on.wait(10)
            return tile

    cache = MemoryTileCache()
    tiles = MapTiles(Slow(tile_server.template), cache)
    worker = threading.Thread(target=tiles.tile, args=(13, 4894, 3339))
    worker.start()
    assert arrived.wait(10)
    tiles.forget()
    go_on.set()
    worker.join(10)
    assert cache.get(f"{tile_server.template}|13/4894/3339") is None
    tiles.tile(13, 4894, 3340)  # the next visitor's tiles are kept as usual
    assert cache.get(f"{tile_server.template}|13/4894/3340") is not None


def test_no_map_without_a_tile_server_and_a_kiosk_keeps_tiles_in_memory(tmp_path: Path) -> None:
    assert map_tiles(Settings()) is None
    url = "https://tiles.example.ps/{z}/{x}/{y}.png"
    assert isinstance(map_tiles(Settings(map_tile_url=url, kiosk=True)).cache, MemoryTileCache)
    home = map_tiles(Settings(map_tile_url=url, data_dir=str(tmp_path)))
    assert home.cache.folder == tmp_path / "cache" / "tiles"
    assert home.attribution == "tiles.example.ps"


# --- the form ----------------------------------------------------------------------------------


def map_window(qtbot, server: LiveServer, tiles: MapTiles | None) -> MainWindow:
    apply_language("ar")
    client = Open311Client(server.url, api_key=server.api_key, language="ar")
    win = MainWindow(client, demo=True, store=CredentialStore(memory_only=True), tiles=tiles)
    qtbot.addWidget(win)
    win.show()
    win.loader.load_catalogue()
    qtbot.waitUntil(lambda: win.catalogue.group_count() > 0, timeout=15000)
    win.stack.setCurrentWidget(win.catalogue)
    return win


def test_a_pin_on_the_map_reaches_the_server_with_the_request(
    qtbot, server: LiveServer, tile_server, clerk, tmp_path: Path
) -> None:
    tiles = MapTiles(TileServer(tile_server.template), DiskTileCache(tmp_path / "tiles"))
    window = map_window(qtbot, server, tiles)
    open_service(qtbot, window, "sidewalk-damage")
    box = window.form.map
    assert box.isVisibleTo(window) and box.canvas.width() > 0
    wanted = len(box.canvas.visible_tiles())
    qtbot.waitUntil(box.canvas.tiles_shown, timeout=20000)
    assert {agent for _, agent in tile_server.requests} == {USER_AGENT}
    fetched = tile_server.count
    assert fetched == wanted  # each tile once, nothing else
    # RLM, then FSI: the server's words, in a sentence that stays right to left
    assert box.attribution.text() == "الخريطة: \u200f\u2068127.0.0.1\u2069"

    # The map is not mirrored in Arabic: east stays on the right.
    point = QPoint(box.canvas.width() // 2 + 60, box.canvas.height() // 2 - 40)
    expected = box.canvas.place_at(QPointF(point))
    assert expected[1] > box.canvas.place_at(QPointF(0, 0))[1]
    QTest.mouseClick(box.canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    assert box.canvas.pin == pytest.approx(expected)
    assert window.form.lat.text() == f"{expected[0]:.6f}"
    window.form.anonymous.setChecked(True)
    send(window)  # no address: the pin is the place
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.confirmation, timeout=15000)
    number = window.confirmation.result.id
    detail = clerk.http.get(f"{server.url}/api/v1/requests/{number}", timeout=30).json()
    assert (detail["lat"], detail["long"]) == pytest.approx(expected, abs=1e-6)

    # The clerk sees the pin where the citizen put it.
    panel = DetailPanel(None, lambda _url: b"", tiles)
    qtbot.addWidget(panel)
    panel.show()
    panel.show_detail(detail, None, [])
    assert panel.map.isVisibleTo(panel)
    assert panel.map.canvas.pin == pytest.approx(expected, abs=1e-6)
    qtbot.waitUntil(panel.map.canvas.tiles_shown, timeout=20000)

    # A second look, with a new window and nothing in memory: the tiles come from the disk.
    panel.hide()
    window.close()
    seen = tile_server.count
    again = MapTiles(TileServer(tile_server.template), DiskTileCache(tmp_path / "tiles"))
    second = map_window(qtbot, server, again)
    open_service(qtbot, second, "sidewalk-damage")
    qtbot.waitUntil(second.form.map.canvas.tiles_shown, timeout=20000)
    assert tile_server.count == seen


def test_the_map_is_keyboard_usable(qtbot, server: LiveServer, tile_server, tmp_path) -> None:
    tiles = MapTiles(TileServer(tile_server.template), MemoryTileCache())
    window = map_window(qtbot, server, tiles)
    open_service(qtbot, window, "sidewalk-damage")
    canvas = window.form.map.canvas
    assert canvas.accessibleName() == "الخريطة: انقر لتحديد المكان"
    assert window.form.map.zoom_in.accessibleName() and window.form.map.zoom_out.accessibleName()
    before = canvas.place_at(QPointF(canvas.width() / 2, canvas.height() / 2))
    QTest.keyClick(canvas, Qt.Key.Key_Right)
    QTest.keyClick(canvas, Qt.Key.Key_Plus)
    assert canvas.zoom == 14
    QTest.keyClick(canvas, Qt.Key.Key_Return)
    assert canvas.pin is not None and canvas.pin[1] > before[1]
    assert float(window.form.long.text()) == pytest.approx(canvas.pin[1], abs=1e-6)
    # Typed coordinates move the mark; "remove the mark" empties them.
    window.form.lat.setText("31.5")
    window.form.long.setText("35.1")
    assert canvas.pin == (31.5, 35.1)
    window.form.map.remove_button.click()
    assert canvas.pin is None and window.form.lat.text() == ""


def test_with_the_tile_server_down_the_map_says_so_and_the_address_still_works(
    qtbot, server: LiveServer, clerk
) -> None:
    down = f"http://127.0.0.1:{free_port()}/{{z}}/{{x}}/{{y}}.png"
    window = map_window(qtbot, server, MapTiles(TileServer(down), MemoryTileCache()))
    open_service(qtbot, window, "sidewalk-damage")
    canvas = window.form.map.canvas
    qtbot.waitUntil(lambda: bool(canvas.notice), timeout=30000)
    assert canvas.notice.startswith("لا يمكن عرض الخريطة")
    type_text(window.form.address, "شارع الشلالة")
    window.form.anonymous.setChecked(True)
    send(window)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.confirmation, timeout=15000)
    number = window.confirmation.result.id
    detail = clerk.http.get(f"{server.url}/api/v1/requests/{number}", timeout=30).json()
    assert detail["address"] == "شارع الشلالة" and detail["lat"] is None


def test_one_missing_tile_leaves_the_rest_of_the_map(
    qtbot, server: LiveServer, tile_server
) -> None:
    """A 404 for one tile is a blank square, not "the map cannot be loaded"."""
    window = map_window(
        qtbot, server, MapTiles(TileServer(tile_server.template), MemoryTileCache())
    )
    open_service(qtbot, window, "sidewalk-damage")
    canvas = window.form.map.canvas
    qtbot.waitUntil(canvas.tiles_shown, timeout=30000)  # nothing left on its way
    first, *others = canvas.visible_tiles()
    tile_server.missing.add(first)
    canvas.loader.tiles.forget()  # the tiles fetched so far: not in memory any more
    canvas.loader.forget()
    canvas.refresh()
    qtbot.waitUntil(canvas.tiles_shown, timeout=30000)
    assert canvas.loader.image(first) is None
    assert all(canvas.loader.image(key) is not None for key in others)
    assert canvas.notice == ""
    asked = tile_server.count
    canvas.refresh()  # the missing tile is not asked for again and again
    qtbot.wait(300)
    assert tile_server.count == asked


def test_no_map_when_no_tile_server_is_configured(qtbot, server: LiveServer) -> None:
    window = map_window(qtbot, server, None)
    open_service(qtbot, window, "sidewalk-damage")
    assert window.form.map is None and window.detail.map is None
    assert window.workspace.panel.map is None


def test_a_kiosk_forgets_the_tiles_when_the_visitor_is_done(
    qtbot, server: LiveServer, tile_server
) -> None:
    cache = MemoryTileCache()
    tiles = MapTiles(TileServer(tile_server.template), cache)
    window = MainWindow(
        Open311Client(server.url, api_key=server.api_key),
        store=CredentialStore(memory_only=True),
        kiosk={"idle_timeout": 600, "pin_hash": "", "municipality": ""},
        tiles=tiles,
    )
    qtbot.addWidget(window)
    window.kiosk.begin_session("ar")
    tiles.tile(13, 4894, 3339)
    window.form.map.loader.images.put((13, 4894, 3339), QImage(4, 4, QImage.Format.Format_RGB32))
    window.form.map.show_place((31.52, 35.11))
    assert window.form.map.remembers_anything()
    window.kiosk.end_session()
    assert cache.get(f"{tile_server.template}|13/4894/3339") is None
    assert not window.form.map.remembers_anything()
    window.allow_shutdown()
