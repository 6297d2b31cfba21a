"""Checking and re-encoding uploaded photos.

A photo from a phone carries the citizen's GPS position and device in its EXIF block, and a
crafted file can hide a second payload (HTML, ZIP) after the picture or claim a size that would
exhaust memory once decoded. So only JPEG, PNG and WebP are opened, the pixel count is checked
from the header before any pixel is decoded, and what is stored is a new file encoded from the
pixels alone: no EXIF, XMP, ICC profile or text chunk, and no trailing bytes survive.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from typing import Any

from PIL import Image, ImageOps, UnidentifiedImageError
from starlette.requests import Request
from starlette.types import Message

from municipal_server.errors import ApiError

# Room for the multipart framing (boundaries, part headers, a long file name) around the file.
MULTIPART_OVERHEAD = 64 * 1024
FORMATS = ("JPEG", "PNG", "WEBP")
ALLOWED_TYPES = ["image/jpeg", "image/png", "image/webp"]
JPEG_QUALITY = 85
ALPHA_MODES = ("RGBA", "RGBa", "LA", "La", "PA")


@dataclass(frozen=True)
class CleanImage:
    data: bytes
    content_type: str
    width: int
    height: int


# --- receiving the file ------------------------------------------------------------------------

UPLOAD_BODY: dict[str, Any] = {
    "requestBody": {
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["file"],
                    "properties": {"file": {"type": "string", "format": "binary"}},
                }
            }
        },
        "required": True,
    }
}


def too_large(limit: int) -> ApiError:
    return ApiError(413, "too_large", "the file is too large", {"max_bytes": limit})


def refuse_declared_size(request: Request, limit: int) -> None:
    """413 at once when Content-Length announces more than a photo of `limit` bytes."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit + MULTIPART_OVERHEAD:
        raise too_large(limit)


async def read_file_part(request: Request, limit: int) -> bytes:
    """The bytes of the multipart part `file`, at most `limit` of them.

    The body is counted as it arrives and refused as soon as it is too long, so a chunked
    upload (no Content-Length) or one that lies about its length cannot fill memory or disk.
    Starlette's form parser bounds only non-file fields, so it is fed the counted body.
    """
    if not request.headers.get("content-type", "").startswith("multipart/form-data"):
        raise ApiError(415, "unsupported_media_type", "send the photo as multipart/form-data")
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit + MULTIPART_OVERHEAD:
            raise too_large(limit)

    async def replay() -> Message:
        return {"type": "http.request", "body": bytes(body), "more_body": False}

    try:
        form = await Request(request.scope, replay).form(max_files=1, max_fields=5)
    except Exception as error:  # a malformed multipart body is the client's error
        raise ApiError(400, "invalid_form", "the upload could not be read") from error
    try:
        upload = form.get("file")
        if upload is None or isinstance(upload, str):
            raise ApiError(400, "missing_field", "file: required", {"field": "file"})
        data = await upload.read(limit + 1)
    finally:
        await form.close()
    if len(data) > limit:
        raise too_large(limit)
    return data


# --- checking and re-encoding ------------------------------------------------------------------


def unsupported() -> ApiError:
    return ApiError(
        415,
        "unsupported_media_type",
        "only JPEG, PNG and WebP photos are accepted",
        {"allowed": ALLOWED_TYPES},
    )


def too_many_pixels(
    max_pixels: int, width: int | None = None, height: int | None = None
) -> ApiError:
    params: dict[str, int] = {"max_pixels": max_pixels}
    if width is not None and height is not None:
        params.update(width=width, height=height)
    return ApiError(413, "image_too_large", "the picture has too many pixels", params)


def invalid_image() -> ApiError:
    return ApiError(422, "invalid_image", "the picture could not be read")


def clean_image(data: bytes, max_pixels: int, max_side: int) -> CleanImage:
    """The photo in `data` re-encoded without metadata, at most `max_side` pixels a side."""
    image = _decode(_open(data, max_pixels), max_side)
    return _encode(image, max_side)


def _open(data: bytes, max_pixels: int) -> Image.Image:
    """Read the header only, and refuse a picture whose pixels would not fit in our budget.

    Pillow's own bomb guard (a warning, or an error past twice its global limit) fires inside
    `Image.open`; both mean the same thing to the citizen as our stricter limit.
    """
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=FORMATS)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise too_many_pixels(max_pixels) from None
    except UnidentifiedImageError:
        raise unsupported() from None
    except Exception as error:  # a header broken in a way the format probe did not catch
        raise invalid_image() from error
    if image.format not in FORMATS:
        raise unsupported()
    width, height = image.size
    if width < 1 or height < 1:
        raise invalid_image()
    if width * height > max_pixels:
        raise too_many_pixels(max_pixels, width, height)
    return image


def _decode(image: Image.Image, max_side: int) -> Image.Image:
    """Decode the pixels and turn them upright (phones store rotation as an EXIF tag).

    Decoders fail in many ways on corrupt input (OSError, ValueError, SyntaxError, EOFError,
    zlib errors…); every one of them is the uploader's bad file, never a server error.
    """
    try:
        if image.format == "JPEG":
            # Let libjpeg decode at 1/2, 1/4 or 1/8 scale when the photo is far larger than
            # what we keep: less memory and time, same result after the downscale.
            image.draft("RGB", (max_side, max_side))
        image.load()
        return ImageOps.exif_transpose(image)
    except Exception as error:
        raise invalid_image() from error


def _has_alpha(image: Image.Image) -> bool:
    """True when some pixel is actually (partly) transparent."""
    if image.mode not in ALPHA_MODES and "transparency" not in image.info:
        return False
    alpha = image.convert("RGBA").getchannel("A")
    low, _ = alpha.getextrema()
    return low < 255


def _encode(image: Image.Image, max_side: int) -> CleanImage:
    """A fresh file from the pixels: PNG when there is transparency to keep, JPEG otherwise.

    The conversion to RGB(A) comes before the downscale, so palette pictures are resampled
    smoothly rather than by nearest neighbour.
    """
    try:
        keep_alpha = _has_alpha(image)
        pixels = image.convert("RGBA" if keep_alpha else "RGB")
        pixels.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
        # convert() copies `info` (ICC profile, text chunks, EXIF bytes); some encoders, PNG's
        # among them, write parts of it back out unless it is cleared.
        pixels.info = {}
        out = io.BytesIO()
        if keep_alpha:
            pixels.save(out, "PNG", optimize=True)
            content_type = "image/png"
        else:
            pixels.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
            content_type = "image/jpeg"
    except Exception as error:  # an exotic mode Pillow cannot convert
        raise invalid_image() from error
    return CleanImage(out.getvalue(), content_type, pixels.width, pixels.height)
