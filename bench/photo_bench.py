"""Bandwidth of a photo: a 12-megapixel picture as chosen, and as the app sends it after
preparing it on the citizen's machine (citizen_app/core/photos.py: at most 1600 px, JPEG 85,
no EXIF), counted on the wire while uploading both to the reference server.

    python bench/photo_bench.py [--quick] [--report FILE]

The picture is synthetic (colour gradients under fine grain, 4000 x 3000, JPEG 90: about the
size of a phone's photo of a street); the time the preparation takes is reported too. (The
refresh of an unchanged list is measured by bench/outbox_bench.py.)
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import requests  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402

from bench.common import (  # noqa: E402
    Meter,
    Report,
    arguments,
    median,
    reference_server,
    register_citizen,
    synthetic_photo,
)
from citizen_app.api.accounts import Extensions  # noqa: E402
from citizen_app.api.client import Open311Client  # noqa: E402
from citizen_app.core.photos import prepare_photo  # noqa: E402


def main() -> None:
    args = arguments(__doc__.split("\n\n")[0])
    report = Report("Bandwidth of a 12 MP photo")
    app = QGuiApplication([])
    folder = Path(tempfile.mkdtemp(prefix="photo-bench-"))
    original = folder / "photo-12mp.jpg"
    original.write_bytes(synthetic_photo(4000, 3000, noise=0.25, quality=90))
    times = []
    for _ in range(1 if args.quick else 5):
        started = time.perf_counter()
        prepared = prepare_photo(original)
        times.append(time.perf_counter() - started)
    server = reference_server(f"sqlite:///{folder / 'server.db'}")
    server.start()
    try:
        _, token = register_citizen(server.url)
        created = requests.post(
            server.url + "/open311/v2/requests.json",
            data={
                "api_key": server.api_key,
                "service_code": "pothole",
                "attribute[size]": "small",
                "address_string": "شارع الجامعة",
                "description": "حفرة مع صورة",
            },
            headers={"Authorization": f"Bearer {token}"},
            timeout=30,
        )
        created.raise_for_status()
        number = created.json()[0]["service_request_id"]
        client = Open311Client(server.url, api_key=server.api_key, language="ar")
        client.access_token = token
        extensions = Extensions(client)
        extensions.me()  # discovery and the first exchange, before counting
        meter = Meter(client.session)
        meter.reset()
        extensions.upload_photo(number, prepared, str(uuid.uuid4()))
        sent_prepared = meter.reset()
        extensions.upload_photo(number, original.read_bytes(), str(uuid.uuid4()))
        sent_original = meter.reset()
    finally:
        server.stop()
    size = original.stat().st_size
    report.add(
        "photo file: prepared by the app (1600 px, JPEG 85) vs as chosen (12 MP)",
        f"{len(prepared):,} B",
        f"{size:,} B",
        len(prepared) / size,
    )
    report.add(
        "bytes on the wire uploading it (request and answer)",
        f"{sent_prepared:,} B",
        f"{sent_original:,} B (the original uploaded as is)",
        sent_prepared / sent_original,
    )
    report.add(
        f"preparing it on the citizen's machine (median of {len(times)})",
        f"{1000 * median(times):.0f} ms",
    )
    report.save(args.report)
    del app


if __name__ == "__main__":
    main()
