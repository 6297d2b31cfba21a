"""Shared by the outbox tests: filling an outbox, and what the server ended up with."""

from __future__ import annotations

import io
import uuid
from dataclasses import dataclass

from PIL import Image
from sqlalchemy import create_engine, text

from citizen_app.core.outbox import Outbox

COLOURS = ((200, 30, 30), (30, 160, 30), (30, 30, 200), (220, 200, 40))


def jpeg(colour: tuple[int, int, int], size: tuple[int, int] = (320, 240)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "JPEG", quality=90)
    return out.getvalue()


def fill(
    outbox: Outbox,
    server: str,
    account: str,
    count: int,
    photo_every: int,
    batch: str,
    start: int = 0,
) -> dict[str, int]:
    """`count` requests whose descriptions carry `batch` and their index (from `start`); every
    `photo_every`-th one (with an account) has two photos. Returns description -> photos."""
    expected = {}
    for n in range(start, start + count):
        photos = (
            [jpeg(COLOURS[n % 4]), jpeg(COLOURS[(n + 1) % 4], (240, 320))]
            if account and photo_every and n % photo_every == 0
            else []
        )
        description = f"{batch} #{n}"
        outbox.add(
            server=server,
            account=account,
            service_code="pothole",
            service_name="حفرة في الشارع",
            fields={"description": description, "address_string": "شارع الجامعة"},
            attributes={"size": "small"},
            idempotency_key=str(uuid.uuid4()),
            photos=photos,
        )
        expected[description] = len(photos)
    return expected


@dataclass
class Arrived:
    number: str
    photos: list[tuple[int, int, tuple[int, int, int]]]  # width, height, centre colour


def arrived(database_url: str, batch: str) -> dict[str, list[Arrived]]:
    """Every request on the server whose description starts with `batch`, by description."""
    engine = create_engine(database_url)
    found: dict[str, list[Arrived]] = {}
    with engine.connect() as db:
        rows = db.execute(
            text("SELECT id, number, description FROM service_requests WHERE description LIKE :b"),
            {"b": batch + " #%"},
        ).all()
        for request_id, number, description in rows:
            photos = []
            for width, height, data in db.execute(
                text(
                    "SELECT width, height, data FROM attachments WHERE request_id = :r ORDER BY id"
                ),
                {"r": request_id},
            ):
                image = Image.open(io.BytesIO(data)).convert("RGB")
                photos.append((width, height, image.getpixel((width // 2, height // 2))))
            found.setdefault(description, []).append(Arrived(number, photos))
    engine.dispose()
    return found


def check_exactly_once(expected: dict[str, int], found: dict[str, list[Arrived]]) -> None:
    """0 lost, 0 duplicated, and each photo whole (its size and colour as sent)."""
    lost = sorted(set(expected) - set(found))
    duplicated = sorted(d for d, copies in found.items() if len(copies) > 1)
    assert (lost, duplicated) == ([], [])
    for description, photos in expected.items():
        got = found[description][0].photos
        assert len(got) == photos, description
        n = int(description.rsplit("#", 1)[1])
        for index, (width, height, colour) in enumerate(got):
            assert (width, height) == ((320, 240) if index == 0 else (240, 320))
            want = COLOURS[(n + index) % 4]
            assert all(abs(a - b) <= 12 for a, b in zip(colour, want, strict=True)), colour


def new_batch() -> str:
    return "outbox-" + uuid.uuid4().hex[:10]
