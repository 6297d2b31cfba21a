"""The map itself: tiles painted around a centre, dragged, zoomed and clicked to mark a place.

Geography is not mirrored: north is up and east is right in every language, so the painting
and the mouse use absolute coordinates; only the buttons around the map (map_box.py) follow the
layout direction. Tiles load in background tasks, at most two at a time (as public tile servers
ask), nearest to the centre first; moving the map drops what is no longer in view.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QKeyEvent, QMouseEvent, QPainter, QPen, QWheelEvent
from PySide6.QtWidgets import QWidget

from citizen_app.api.errors import Rejected
from citizen_app.core import images
from citizen_app.core.map_tiles import MapTiles
from citizen_app.core.web_mercator import (
    MAX_ZOOM,
    MIN_ZOOM,
    TILE,
    to_lat_long,
    to_pixel,
    world_size,
)
from citizen_app.ui.tasks import Task

Key = tuple[int, int, int]  # zoom, x, y
IN_FLIGHT = 2
NO_SUCH_TILE = (204, 404, 410)  # statuses a tile server gives where it has no tile
#: decoded tiles kept, in bytes: about 190 tiles of 256×256, several screens of map
KEPT_BYTES = 48 * 1024 * 1024
DRAG_START = 4  # pixels the mouse moves before a press becomes a drag
STEP = 64  # pixels an arrow key moves the map
DEFAULT_VIEW = (31.5326, 35.0998, 13)  # Hebron, the demo municipality


class TileLoader(QObject):
    """Fetches the tiles the view wants, a few at a time; the latest view wins."""

    #: a tile arrived: paint again
    loaded = Signal()
    #: the tile server cannot be reached or fails (the error); what was waiting is dropped
    failed = Signal(object)

    def __init__(self, tiles: MapTiles) -> None:
        super().__init__()
        self.tiles = tiles
        self.images = images.ImageCache(KEPT_BYTES)
        self._queue: list[Key] = []
        self._running: dict[Key, Task] = {}
        #: tiles the server has not got (404, not an image): a blank square, not asked again
        self.missing: set[Key] = set()

    def image(self, key: Key) -> QImage | None:
        return self.images.get(key)

    def settled(self, key: Key) -> bool:
        """The tile is painted, or known to be missing."""
        return key in self.images or key in self.missing

    def want(self, keys: list[Key]) -> None:
        """Exactly these tiles, in this order; others still loading will not be delivered."""
        wanted = set(keys)
        for key, task in self._running.items():
            task.cancelled = key not in wanted  # wanted again after a move: delivered after all
        self._queue = [k for k in keys if not self.settled(k) and k not in self._running]
        self._pump()

    def forget(self) -> None:
        self.want([])
        self.images.clear()
        self.missing.clear()

    def _pump(self) -> None:
        while self._queue and len(self._running) < IN_FLIGHT:
            key = self._queue.pop(0)
            task = Task(lambda k=key, t=self.tiles: images.tile(t.tile(*k)))
            task.succeeded.connect(lambda image, k=key, t=task: self._arrived(k, t, image))
            task.failed.connect(lambda error, k=key, t=task: self._failed(k, t, error))
            # Connected before the start: a tile from the disk can be done before the next line.
            task.finished.connect(lambda k=key, t=task: self._finished(k, t))
            task.start()
            self._running[key] = task

    def _arrived(self, key: Key, task: Task, image: QImage) -> None:
        if task.cancelled:  # dropped after it was sent (a kiosk session ended meanwhile)
            return
        self.images.put(key, image)
        self.loaded.emit()

    def _failed(self, key: Key, task: Task, error: Exception) -> None:
        if task.cancelled:
            return
        if isinstance(error, ValueError) or (
            isinstance(error, Rejected) and error.status in NO_SUCH_TILE
        ):
            self.missing.add(key)  # one tile the server has not got: the others still come
            return
        # Anything else (refused, rate-limited, a login page instead of images) is the
        # server's problem, not one tile's: said over the map.
        self._queue = []  # a server that is down is not asked for every other tile too
        self.failed.emit(error)

    def _finished(self, key: Key, task: Task) -> None:
        if self._running.get(key) is task:
            del self._running[key]
        self._pump()


class MapCanvas(QWidget):
    """A slippy map. `pin` is the marked place (lat, long) or None."""

    #: the citizen marked a place: latitude, longitude
    pin_chosen = Signal(float, float)

    def __init__(self, loader: TileLoader, editable: bool) -> None:
        super().__init__()
        self.loader = loader
        self.editable = editable
        self.pin: tuple[float, float] | None = None
        #: a short message painted over the map (tiles cannot be had), or ""
        self.notice = ""
        self.zoom = DEFAULT_VIEW[2]
        self.center = to_pixel(DEFAULT_VIEW[0], DEFAULT_VIEW[1], self.zoom)
        self._pressed: QPointF | None = None
        self._dragging = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFixedHeight(260 if editable else 200)
        self.setCursor(Qt.CursorShape.CrossCursor if editable else Qt.CursorShape.OpenHandCursor)
        loader.loaded.connect(self.update)

    # --- the view ----------------------------------------------------------------------------

    def center_on(self, lat: float, long: float, zoom: int | None = None) -> None:
        if zoom is not None:
            self.zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        self.center = to_pixel(lat, long, self.zoom)
        self.refresh()

    def reset_view(self) -> None:
        self.center_on(*DEFAULT_VIEW)

    def set_pin(self, place: tuple[float, float] | None) -> None:
        self.pin = place
        self.update()

    def zoom_by(self, steps: int, anchor: QPointF | None = None) -> None:
        """Zoom in (steps > 0) or out, keeping the point under `anchor` (default: the centre)
        where it is on the screen."""
        zoom = max(MIN_ZOOM, min(MAX_ZOOM, self.zoom + steps))
        if zoom == self.zoom:
            return
        middle = QPointF(self.width() / 2, self.height() / 2)
        anchor = anchor or middle
        lat, long = self.place_at(anchor)
        x, y = to_pixel(lat, long, zoom)
        self.zoom = zoom
        self.center = (x - (anchor.x() - middle.x()), y - (anchor.y() - middle.y()))
        self.refresh()

    def pan(self, dx: float, dy: float) -> None:
        size = world_size(self.zoom)
        x = (self.center[0] + dx) % size
        y = max(0.0, min(float(size), self.center[1] + dy))
        self.center = (x, y)
        self.refresh()

    def place_at(self, point: QPointF) -> tuple[float, float]:
        x = self.center[0] + point.x() - self.width() / 2
        y = self.center[1] + point.y() - self.height() / 2
        return to_lat_long(x, y, self.zoom)

    def point_of(self, lat: float, long: float) -> QPointF:
        x, y = to_pixel(lat, long, self.zoom)
        size = world_size(self.zoom)
        dx = (x - self.center[0] + size / 2) % size - size / 2  # the nearer copy of the world
        return QPointF(self.width() / 2 + dx, self.height() / 2 + y - self.center[1])

    def visible_tiles(self) -> list[Key]:
        """The tiles in view, nearest to the centre first."""
        left = self.center[0] - self.width() / 2
        top = self.center[1] - self.height() / 2
        count = 1 << self.zoom
        first_x, last_x = math.floor(left / TILE), math.floor((left + self.width()) / TILE)
        first_y = max(math.floor(top / TILE), 0)
        last_y = min(math.floor((top + self.height()) / TILE), count - 1)
        middle = ((left + self.width() / 2) / TILE, (top + self.height() / 2) / TILE)
        found = [(tx, ty) for ty in range(first_y, last_y + 1) for tx in range(first_x, last_x + 1)]
        found.sort(key=lambda t: (t[0] + 0.5 - middle[0]) ** 2 + (t[1] + 0.5 - middle[1]) ** 2)
        keys = [(self.zoom, tx % count, ty) for tx, ty in found]
        return list(dict.fromkeys(keys))

    def refresh(self) -> None:
        if self.isVisible():
            self.loader.want(self.visible_tiles())
        self.update()

    # --- painting ----------------------------------------------------------------------------

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#e5e3df"))
        left = self.center[0] - self.width() / 2
        top = self.center[1] - self.height() / 2
        count = 1 << self.zoom
        for ty in range(max(math.floor(top / TILE), 0), count):
            y = ty * TILE - top
            if y > self.height():
                break
            tx = math.floor(left / TILE)
            while tx * TILE - left < self.width():
                image = self.loader.image((self.zoom, tx % count, ty))
                if image is not None:
                    painter.drawImage(QRectF(tx * TILE - left, y, TILE, TILE), image)
                tx += 1
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.pin is not None:
            self._paint_pin(painter, self.point_of(*self.pin))
        if self.hasFocus() and self.editable:
            middle = QPointF(self.width() / 2, self.height() / 2)
            painter.setPen(QPen(QColor("#1a4f8b"), 2))
            painter.drawLine(middle - QPointF(12, 0), middle + QPointF(12, 0))
            painter.drawLine(middle - QPointF(0, 12), middle + QPointF(0, 12))
        if self.hasFocus():
            painter.setPen(QPen(QColor("#1a4f8b"), 3))
            painter.drawRect(self.rect().adjusted(1, 1, -2, -2))
        if self.notice:
            self._paint_notice(painter)

    def tiles_shown(self) -> bool:
        """Every tile in view is painted (for tests and screenshots)."""
        return all(self.loader.settled(key) for key in self.visible_tiles())

    @staticmethod
    def _paint_pin(painter: QPainter, at: QPointF) -> None:
        head = at - QPointF(0, 22)
        painter.setPen(QPen(QColor("#7f1d1d"), 3))
        painter.drawLine(at, head)
        painter.setPen(QPen(QColor("#ffffff"), 2))
        painter.setBrush(QColor("#c62828"))
        painter.drawEllipse(head, 9, 9)
        painter.setBrush(QColor("#ffffff"))
        painter.drawEllipse(head, 3, 3)

    def _paint_notice(self, painter: QPainter) -> None:
        box = QRectF(self.rect()).adjusted(24, 0, -24, 0)
        box.setTop(self.height() / 2 - 40)
        box.setHeight(80)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#ffffff"))
        painter.drawRoundedRect(box, 6, 6)
        painter.setPen(QColor("#3d2c00"))
        painter.drawText(
            box.adjusted(8, 4, -8, -4),
            Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
            self.notice,
        )

    # --- mouse and keys ----------------------------------------------------------------------

    def showEvent(self, event: object) -> None:
        super().showEvent(event)
        self.refresh()

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)
        self.refresh()

    def focusInEvent(self, event: object) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: object) -> None:
        super().focusOutEvent(event)
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._pressed, self._dragging = event.position(), False

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pressed is None:
            return
        moved = event.position() - self._pressed
        if not self._dragging and moved.manhattanLength() < DRAG_START:
            return
        self._dragging = True
        self._pressed = event.position()
        self.pan(-moved.x(), -moved.y())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pressed is not None and not self._dragging and self.editable:
            self.choose(self.place_at(event.position()))
        self._pressed, self._dragging = None, False

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = 1 if event.angleDelta().y() > 0 else -1 if event.angleDelta().y() < 0 else 0
        if steps:
            self.zoom_by(steps, event.position())
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        moves = {
            Qt.Key.Key_Left: (-STEP, 0),
            Qt.Key.Key_Right: (STEP, 0),
            Qt.Key.Key_Up: (0, -STEP),
            Qt.Key.Key_Down: (0, STEP),
        }
        if key in moves:
            self.pan(*moves[key])
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(1)
        elif key == Qt.Key.Key_Minus:
            self.zoom_by(-1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.editable:
            self.choose(self.place_at(QPointF(self.width() / 2, self.height() / 2)))
        else:
            super().keyPressEvent(event)

    def choose(self, place: tuple[float, float]) -> None:
        self.set_pin(place)
        self.pin_chosen.emit(*place)
