"""Checking and re-encoding uploaded photos.

Only JPEG, PNG and WebP are opened, the pixel count is checked from the header before any
decoding (decompression bombs), and the picture is re-encoded from its pixels, so nothing of
the original file survives: no EXIF or GPS block, no trailing payload of a polyglot file.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

from PIL import Image, ImageOps, UnidentifiedImageError

from municipal_server.errors import ApiError

FORMATS = ("JPEG", "PNG", "WEBP")


@dataclass(frozen=True)
class CleanImage:
    data: bytes
    content_type: str
    width: int
    height: int


def clean_image(data: bytes, max_pixels: int, max_side: int) -> CleanImage:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=FORMATS)
    except (UnidentifiedImageError, Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ApiError(
            415,
            "unsupported_media_type",
            "only JPEG, PNG and WebP photos are accepted",
            {"allowed": ["image/jpeg", "image/png", "image/webp"]},
        ) from None
    width, height = image.size
    if width * height > max_pixels or width < 1 or height < 1:
        raise ApiError(
            413,
            "image_too_large",
            "the picture has too many pixels",
            {"max_pixels": max_pixels, "width": width, "height": height},
        )
    try:
        image.load()
        image = ImageOps.exif_transpose(image)
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as error:
        raise ApiError(422, "invalid_image", "the picture could not be read") from error
    image.thumbnail((max_side, max_side))
    keep_alpha = image.mode in ("RGBA", "LA", "P") and image.info.get("transparency") is not None
    keep_alpha = keep_alpha or image.mode in ("RGBA", "LA")
    out = io.BytesIO()
    if keep_alpha:
        image.convert("RGBA").save(out, "PNG", optimize=True)
        content_type = "image/png"
    else:
        image.convert("RGB").save(out, "JPEG", quality=85, optimize=True)
        content_type = "image/jpeg"
    return CleanImage(out.getvalue(), content_type, image.width, image.height)
