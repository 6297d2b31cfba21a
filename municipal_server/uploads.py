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

from municipal_server import bodies
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
    return bodies.too_large(limit, "file")


def refuse_declared_size(request: Request, limit: int) -> None:
    """413 at once when Content-Length announces more than a photo of `limit` bytes."""
    bodies.refuse_declared_size(request, limit + MULTIPART_OVERHEAD, lambda: too_large(limit))


async def read_file_part(request: Request, limit: int, idle: float) -> bytes:
    """The bytes of the multipart part `file`, at most `limit` of them.

    The body is counted as it arrives and refused as soon as it is too long, so a chunked
    upload (no Content-Length) or one that lies about its length cannot fill memory or disk,
    and one that stops arriving is given up after `idle` seconds. Starlette's form parser
    bounds only non-file fields, so it is fed the counted body.
    """
    if not request.headers.get("content-type", "").startswith("multipart/form-data"):
        raise ApiError(415, "unsupported_media_type", "send the photo as multipart/form-data")
    body = await bodies.read_body(
        request, limit + MULTIPART_OVERHEAD, idle, lambda: too_large(limit)
    )
    form = await bodies.parse_form(request, body, max_files=1, max_fields=5)
    del body
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


def open_image(
    data: bytes, max_pixels: int, max_side: int, max_lossless_pixels: int
) -> Image.Image:
    """The photo in `data`, its header read and checked, nothing decoded yet.

    A JPEG is set to decode at the smallest scale that still gives `max_side` pixels a side,
    so `decode_cost` of what this returns is what decoding it will really cost.
    """
    image = _open(data, max_pixels, max_lossless_pixels)
    if image.format == "JPEG":
        # Let libjpeg decode at 1/2, 1/4 or 1/8 scale when the photo is far larger than
        # what we keep: less memory and time, same result after the downscale.
        try:
            image.draft("RGB", (max_side, max_side))
        except Exception as error:
            raise invalid_image() from error
    return image


def decode_cost(image: Image.Image) -> int:
    """Pixels the decoder will hold for `image` (see decode_budget.py)."""
    width, height = image.size
    return width * height


def clean_image(image: Image.Image, max_side: int, always_png: bool = False) -> CleanImage:
    """The opened photo re-encoded without metadata, at most `max_side` pixels a side;
    `always_png` for a picture with sharp edges and flat colours (a logo), which JPEG blurs."""
    return _encode(_decode(image), max_side, always_png)


def _open(data: bytes, max_pixels: int, max_lossless_pixels: int) -> Image.Image:
    """Read the header only, and refuse a picture whose pixels would not fit in our budget.

    A JPEG is decoded at a reduced scale (see `_decode`), so its budget can be large; PNG and
    WebP are decoded whole, at four bytes a pixel, so a small file of one colour claiming
    36 megapixels would cost the server about half a gigabyte: they get a smaller budget.
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
    limit = max_pixels if image.format == "JPEG" else min(max_pixels, max_lossless_pixels)
    if width * height > limit:
        raise too_many_pixels(limit, width, height)
    return image


def _decode(image: Image.Image) -> Image.Image:
    """Decode the pixels and turn them upright (phones store rotation as an EXIF tag).

    Decoders fail in many ways on corrupt input (OSError, ValueError, SyntaxError, EOFError,
    zlib errors…); every one of them is the uploader's bad file, never a server error.
    """
    try:
        image.load()
        ImageOps.exif_transpose(image, in_place=True)  # no second copy of the pixels
        return image
    except Exception as error:
        raise invalid_image() from error


def _has_alpha(image: Image.Image) -> bool:
    """True when some pixel is actually (partly) transparent."""
    if image.mode not in ALPHA_MODES and "transparency" not in image.info:
        return False
    # The alpha channel alone when there is one, rather than a converted copy of the picture.
    alpha = (
        image.getchannel("A") if "A" in image.getbands() else image.convert("RGBA").getchannel("A")
    )
    low, _ = alpha.getextrema()
    return low < 255


def _encode(image: Image.Image, max_side: int, always_png: bool = False) -> CleanImage:
    """A fresh file from the pixels: PNG when there is transparency to keep, JPEG otherwise.

    The conversion to RGB(A) comes before the downscale, so palette pictures are resampled
    smoothly rather than by nearest neighbour.
    """
    try:
        keep_alpha = _has_alpha(image)
        mode = "RGBA" if keep_alpha else "RGB"
        # convert() copies even to the same mode; the decoded picture is not used again.
        pixels = image if image.mode == mode else image.convert(mode)
        pixels.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
        # convert() copies `info` (ICC profile, text chunks, EXIF bytes); some encoders, PNG's
        # among them, write parts of it back out unless it is cleared.
        pixels.info = {}
        out = io.BytesIO()
        if keep_alpha or always_png:
            pixels.save(out, "PNG", optimize=True)
            content_type = "image/png"
        else:
            pixels.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
            content_type = "image/jpeg"
    except Exception as error:  # an exotic mode Pillow cannot convert
        raise invalid_image() from error
    return CleanImage(out.getvalue(), content_type, pixels.width, pixels.height)
