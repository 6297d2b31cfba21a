"""The made-up map behind the screenshots: a town drawn by code and a tile server on loopback
that serves it (no real map data, nothing beyond this computer)."""

from __future__ import annotations


def draw_tile(zoom: int, x: int, y: int) -> bytes:
    """A made-up town for the map's screenshots (no real map data): blocks, streets, parks,
    a main road and a valley, drawn in the world's pixels so that they continue from tile to
    tile."""
    from PySide6.QtCore import QBuffer, QLineF, QPointF, QRectF
    from PySide6.QtGui import QColor, QImage, QPainter, QPen

    from citizen_app.core.web_mercator import to_pixel

    image = QImage(256, 256, QImage.Format.Format_RGB32)
    image.fill(QColor("#f1eee8"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    left, top = x * 256, y * 256
    painter.translate(-left, -top)
    block = 96
    columns = range(left // block * block, left + 256 + block, block)
    rows = range(top // block * block, top + 256 + block, block)
    for gx in columns:
        for gy in rows:
            if (gx // block * 7 + gy // block * 3) % 11 == 0:
                painter.fillRect(QRectF(gx + 8, gy + 8, block - 16, block - 16), "#cfe8c4")
    for width, colour in ((9, "#d5d0c8"), (6, "#ffffff")):
        painter.setPen(QPen(QColor(colour), width))
        for gx in columns:
            painter.drawLine(QLineF(gx, top, gx, top + 256))
        for gy in rows:
            painter.drawLine(QLineF(left, gy, left + 256, gy))
    cx, cy = to_pixel(31.5326, 35.0998, zoom)
    for colour, width, dy, slope in (("#a9d3f0", 18, 160, -0.25), ("#f7c873", 12, 0, 0.6)):
        painter.setPen(QPen(QColor(colour), width))
        start, end = QPointF(cx - 4000, cy + dy - 4000 * slope), QPointF(cx + 4000, cy + dy)
        end.setY(cy + dy + 4000 * slope)
        painter.drawLine(start, end)
    painter.end()
    buffer = QBuffer()
    buffer.open(QBuffer.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def start_tile_server() -> str:
    """A tile server on loopback drawing `draw_tile`; returns its URL template."""
    import re
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    drawing = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            found = re.fullmatch(r"/(\d+)/(\d+)/(\d+)\.png", self.path)
            if not found:
                self.send_error(404)
                return
            with drawing:  # one painter at a time: the server answers on several threads
                body = draw_tile(*(int(n) for n in found.groups()))
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{httpd.server_address[1]}/{{z}}/{{x}}/{{y}}.png"
