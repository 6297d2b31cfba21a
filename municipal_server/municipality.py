"""The municipality's profile as administrators keep it: names and contact line in ar/en/fr,
logo, time zone and request number prefix.

The time zone and the prefix start as the server's MUNICIPAL_TIMEZONE and
MUNICIPAL_REQUEST_PREFIX (first-run defaults) and, once saved, are read from the database
(`with_profile`), so a change applies in every server process without a restart: at once in the
process that saved it, within a second in the others (`ProfileCache`), and at once for request
numbers, whose prefix a create reads in its own transaction. The prefix is fixed once a request
exists: request numbers already given out (on receipts, over the phone) must keep meaning the
same request.
"""

from __future__ import annotations

import hashlib
import re
import threading
import time
import zoneinfo
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from PIL import Image
from sqlalchemy import select
from sqlalchemy.orm import Session

from municipal_server.config import Settings
from municipal_server.errors import ApiError
from municipal_server.models import Municipality, ServiceRequest
from municipal_server.timeutil import utcnow
from municipal_server.uploads import (
    CleanImage,
    clean_image,
    open_image,
)

#: the logo file as sent (a logo is a small picture; a photo of a poster is refused)
LOGO_MAX_BYTES = 1024 * 1024
#: pixels a side of the stored logo (header, receipts and e-mails show it far smaller)
LOGO_SIDE = 512
#: a logo is decoded whole (PNG): a small pixel budget
LOGO_MAX_PIXELS = 4_000_000
LOGO_FORMATS = ("PNG", "JPEG")
#: `HEB`, `NBL2`: Latin capitals and digits, read over the phone, starting with a letter
PREFIX = re.compile(r"[A-Z][A-Z0-9]{1,7}")
ROW = 1  # the one municipality this server speaks for


@cache
def _zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def is_time_zone(name: str) -> bool:
    """An IANA name the server knows (`Asia/Hebron`); never a path, however ZoneInfo would take
    it, since only names from the list are accepted."""
    return name in _zones()


def row(session: Session) -> Municipality | None:
    return session.get(Municipality, ROW)


def with_profile(settings: Settings, session: Session) -> Settings:
    """`settings` with the time zone and prefix an administrator saved, if any (one small read
    of one row; the logo is a deferred column and is not loaded)."""
    found = session.execute(
        select(Municipality.timezone, Municipality.request_prefix).where(Municipality.id == ROW)
    ).first()
    if found is None:
        return settings
    changes = {}
    if found.timezone and found.timezone != settings.timezone:
        changes["timezone"] = found.timezone
    if found.request_prefix and found.request_prefix != settings.request_prefix:
        changes["request_prefix"] = found.request_prefix
    return settings.model_copy(update=changes) if changes else settings


class ProfileCache:
    """`with_profile` for one server process, read again at most once every `seconds`.

    Most routes need the time zone. Read on every request, it was a read session of its own
    each time: 19 % of a loaded server's samples (py-spy, bench/load_bench.py), and a second
    pooled connection held per request. A change saved through this process applies at once
    (`forget`); one saved through another process within `seconds`."""

    def __init__(
        self,
        settings: Settings,
        read_sessions: Callable[[], Session],
        seconds: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.settings = settings
        self.seconds = seconds
        self._read_sessions = read_sessions
        self._clock = clock
        self._lock = threading.Lock()
        self._kept: tuple[float, Settings] | None = None
        self._generation = 0  # one more at each `forget`: a read begun before it is not kept

    def get(self) -> Settings:
        now = self._clock()
        with self._lock:
            kept, generation = self._kept, self._generation
        if kept is not None and now - kept[0] < self.seconds:
            return kept[1]
        with self._read_sessions() as session:
            fresh = with_profile(self.settings, session)
        with self._lock:
            if generation == self._generation:
                self._kept = (now, fresh)
        return fresh

    def forget(self) -> None:
        """The profile was saved here: the next request reads it again."""
        with self._lock:
            self._kept = None
            self._generation += 1


def current_logo(session: Session) -> bytes | None:
    """The logo's PNG, None without one."""
    return session.scalar(select(Municipality.logo).where(Municipality.id == ROW))


def has_requests(session: Session) -> bool:
    return session.scalar(select(ServiceRequest.id).limit(1)) is not None


def ensure_row(session: Session) -> Municipality:
    """The profile's row; created empty on a server that was never seeded (a municipality going
    live fills it in from the app)."""
    found = row(session)
    if found is None:
        found = Municipality(id=ROW, names={}, contact={}, changeset=utcnow())
        session.add(found)
        session.flush()
    return found


def prefix_locked() -> ApiError:
    return ApiError(
        409,
        "prefix_locked",
        "the request number prefix cannot change once a request exists",
    )


@dataclass(frozen=True)
class Logo:
    png: bytes
    sha256: str


def not_a_logo() -> ApiError:
    return ApiError(
        415,
        "unsupported_media_type",
        "only PNG and JPEG logos are accepted",
        {"allowed": ["image/png", "image/jpeg"]},
    )


def open_logo(data: bytes) -> Image.Image:
    """The logo's header read and checked (PNG or JPEG only, within the pixel budget); nothing
    is decoded yet, so the caller can reserve the decode from the process's budget."""
    try:
        image = open_image(data, LOGO_MAX_PIXELS, LOGO_SIDE, LOGO_MAX_PIXELS)
    except ApiError as error:
        if error.code == "unsupported_media_type":
            raise not_a_logo() from None
        raise
    if image.format not in LOGO_FORMATS:
        raise not_a_logo()
    return image


def clean_logo(image: Image.Image) -> Logo:
    """A new PNG from the pixels alone (no metadata, nothing trailing), at most LOGO_SIDE a side."""
    clean: CleanImage = clean_image(image, LOGO_SIDE, always_png=True)
    return Logo(clean.data, hashlib.sha256(clean.data).hexdigest())
