"""A tile server on loopback for the map's tests: every tile is a small PNG made here, every
request is counted (with the User-Agent it came with)."""

from __future__ import annotations

import io
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from PIL import Image


def tile_png(zoom: int, x: int, y: int) -> bytes:
    """A plain square whose colour depends on the tile, so tiles differ."""
    colour = (120 + (x * 37) % 120, 140 + (y * 53) % 100, 160 + zoom * 4)
    out = io.BytesIO()
    Image.new("RGB", (256, 256), colour).save(out, "PNG")
    return out.getvalue()


class TileServer:
    def __init__(self, max_age: int = 86400) -> None:
        self.requests: list[tuple[str, str]] = []  # (path, User-Agent)
        self.max_age = max_age
        #: tiles (zoom, x, y) this server has not got: 404, as at the edge of a regional server
        self.missing: set[tuple[int, int, int]] = set()
        self._lock = threading.Lock()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                with owner._lock:
                    owner.requests.append((self.path, self.headers.get("User-Agent", "")))
                found = re.fullmatch(r"/tiles/(\d+)/(\d+)/(\d+)\.png", self.path)
                tile = tuple(int(n) for n in found.groups()) if found else None
                if tile is None or tile in owner.missing:
                    self.send_error(404)
                    return
                body = tile_png(*tile)
                self.send_response(200)
                self.send_header("Content-Type", "image/png")
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Cache-Control", f"public, max-age={owner.max_age}")
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *_: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def template(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/tiles/{{z}}/{{x}}/{{y}}.png"

    @property
    def count(self) -> int:
        with self._lock:
            return len(self.requests)

    def start(self) -> TileServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
