"""Map tiles for the app: from a bounded cache when fresh, else from the tile server.

The disk cache (under the app's cache folder) keeps tiles across runs, up to a size limit,
evicting the least recently used; a kiosk uses the memory cache instead, so that nothing a
visitor looked at stays on the machine. A stale tile is fetched again, but shown from the
cache while the tile server cannot be reached.

Blocking calls: run them in background tasks.
"""

from __future__ import annotations

import contextlib
import os
import struct
import threading
import time
from collections import OrderedDict
from pathlib import Path
from typing import Protocol

from citizen_app.api.errors import ServerError, TransportError
from citizen_app.api.tiles import Tile, TileServer
from citizen_app.core.settings import Settings, cache_dir

DISK_LIMIT = 64 * 1024 * 1024
MEMORY_LIMIT = 16 * 1024 * 1024
_HEADER = struct.Struct(">d")  # the expiry time, before the image bytes


class TileCache(Protocol):
    def get(self, key: str) -> Tile | None: ...

    def put(self, key: str, tile: Tile) -> None: ...


class MemoryTileCache:
    def __init__(self, limit: int = MEMORY_LIMIT) -> None:
        self.limit = limit
        self._tiles: OrderedDict[str, Tile] = OrderedDict()
        self._size = 0
        self._lock = threading.Lock()

    def get(self, key: str) -> Tile | None:
        with self._lock:
            tile = self._tiles.get(key)
            if tile is not None:
                self._tiles.move_to_end(key)
            return tile

    def put(self, key: str, tile: Tile) -> None:
        with self._lock:
            old = self._tiles.pop(key, None)
            self._size += len(tile.content) - (len(old.content) if old else 0)
            self._tiles[key] = tile
            while self._size > self.limit and self._tiles:
                _, dropped = self._tiles.popitem(last=False)
                self._size -= len(dropped.content)

    def clear(self) -> None:
        with self._lock:
            self._tiles.clear()
            self._size = 0


class DiskTileCache:
    """One file per tile; a file's modification time is its last use, so eviction removes the
    oldest files first. The size is counted once, on the first write, then kept up to date."""

    def __init__(self, folder: Path, limit: int = DISK_LIMIT) -> None:
        self.folder = folder
        self.limit = limit
        self._size: int | None = None
        self._lock = threading.Lock()

    def _path(self, key: str) -> Path:
        import hashlib  # the map's disk cache only: not loaded at start-up

        name = hashlib.sha256(key.encode()).hexdigest()
        return self.folder / name[:2] / f"{name[2:]}.tile"

    def get(self, key: str) -> Tile | None:
        path = self._path(key)
        try:
            data = path.read_bytes()
            os.utime(path)  # used now: last in line for eviction
        except OSError:
            return None
        if len(data) <= _HEADER.size:
            return None
        (expires,) = _HEADER.unpack_from(data)
        return Tile(data[_HEADER.size :], expires)

    def put(self, key: str, tile: Tile) -> None:
        path = self._path(key)
        with self._lock:
            if self._size is None:
                self._size = sum(f.stat().st_size for f in self._files())
            try:
                old = path.stat().st_size
            except OSError:
                old = 0
            path.parent.mkdir(parents=True, exist_ok=True)
            temp = path.with_name(f".{path.name}.{threading.get_ident()}.tmp")
            try:
                temp.write_bytes(_HEADER.pack(tile.expires) + tile.content)
                os.replace(temp, path)
            except OSError:
                temp.unlink(missing_ok=True)  # a full disk leaves no half-written file
                raise
            self._size += path.stat().st_size - old
            if self._size > self.limit:
                self._evict()

    def _files(self) -> list[Path]:
        return list(self.folder.glob("*/*.tile"))

    def _evict(self) -> None:
        """Down to 90% of the limit, least recently used first."""
        entries = []
        for path in self._files():
            try:
                info = path.stat()
            except OSError:
                continue
            entries.append((info.st_mtime, info.st_size, path))
        entries.sort()
        total = sum(size for _, size, _ in entries)
        for _, size, path in entries:
            if total <= self.limit * 0.9:
                break
            path.unlink(missing_ok=True)
            total -= size
        self._size = total


class MapTiles:
    """What the map widget asks for tiles: `tile()` gives a tile's image bytes."""

    def __init__(self, server: TileServer, cache: TileCache) -> None:
        self.server = server
        self.cache = cache
        # forget() starts a new generation: a tile fetched for the visitor before it is not
        # kept after it (the check and the put happen under the lock forget() takes).
        self._generation = 0
        self._lock = threading.Lock()

    @property
    def attribution(self) -> str:
        return self.server.host

    def forget(self) -> None:
        """A kiosk visitor is done: the tiles they looked at go (a kiosk's cache is memory)."""
        with self._lock:
            self._generation += 1
            if isinstance(self.cache, MemoryTileCache):
                self.cache.clear()

    def tile(self, zoom: int, x: int, y: int) -> bytes:
        key = f"{self.server.template}|{zoom}/{x}/{y}"
        generation = self._generation
        kept = self.cache.get(key)
        if kept is not None and kept.expires > time.time():
            return kept.content
        try:
            fresh = self.server.get(zoom, x, y)
        except (TransportError, ServerError):
            if kept is not None:  # stale, but better than a blank square while offline
                return kept.content
            raise
        if fresh.expires > 0:
            with self._lock, contextlib.suppress(OSError):  # a full disk: downloaded next time
                if generation == self._generation:
                    self.cache.put(key, fresh)
        return fresh.content


def map_tiles(settings: Settings) -> MapTiles | None:
    """The map's tiles as the settings say: none without a tile server; in a kiosk, kept in
    memory only (see KioskMode.end_session, which empties it)."""
    if not settings.map_tile_url:
        return None
    cache: TileCache = (
        MemoryTileCache() if settings.kiosk else DiskTileCache(cache_dir(settings) / "tiles")
    )
    # Through the site's proxy; public tile servers are checked against the built-in CAs, not
    # the municipality's own (ca_bundle is for its server).
    server = TileServer(
        settings.map_tile_url, allow_plain_http=settings.allow_plain_http, proxy=settings.proxy
    )
    return MapTiles(server, cache)
