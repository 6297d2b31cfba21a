"""Web Mercator (EPSG:3857) as XYZ tile servers use it: the world is a square of 256 × 2^zoom
pixels, x grows eastwards from longitude -180 and y southwards from latitude +85.05…, where the
projection is cut off so that the square closes."""

from __future__ import annotations

import math

TILE = 256
MAX_LATITUDE = 85.0511287798  # atan(sinh(pi)): the top edge of the square
MIN_ZOOM, MAX_ZOOM = 2, 18


def world_size(zoom: int) -> int:
    return TILE << zoom


def to_pixel(lat: float, long: float, zoom: int) -> tuple[float, float]:
    """Where a point lies on the whole world's picture at `zoom`, in pixels from its top left."""
    lat = max(-MAX_LATITUDE, min(MAX_LATITUDE, lat))
    size = world_size(zoom)
    x = (long + 180.0) / 360.0 * size
    sine = math.sin(math.radians(lat))
    y = (0.5 - math.log((1 + sine) / (1 - sine)) / (4 * math.pi)) * size
    return x, y


def to_lat_long(x: float, y: float, zoom: int) -> tuple[float, float]:
    """The point under a pixel of the world's picture (x wraps around, y is clamped)."""
    size = world_size(zoom)
    long = (x / size) * 360.0 - 180.0
    long = (long + 180.0) % 360.0 - 180.0
    y = max(0.0, min(float(size), y))
    lat = math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * y / size))))
    return lat, long


def tile_of(lat: float, long: float, zoom: int) -> tuple[int, int]:
    """The tile (x, y) that holds a point."""
    x, y = to_pixel(lat, long, zoom)
    last = (1 << zoom) - 1
    return min(int(x // TILE), last), min(int(y // TILE), last)
