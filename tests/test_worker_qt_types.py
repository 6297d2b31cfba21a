"""The functions the app runs on worker threads meet no Qt class or enum type for the first time
there (PySide6 makes them lazily, and not thread-safely: see citizen_app/core/qt_types.py).

They are run on a worker thread in a fresh process that has only imported their modules and
made the QApplication, as the app does; the process records every enum type made off the main
thread, and every class a PySide6 module gained while the worker ran.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PROBE = r"""
import enum, io, sys, tempfile, threading
from pathlib import Path

made = []
original = enum.EnumType.__call__


def spy(cls, value, names=None, *rest, **kw):
    if names is not None and threading.current_thread() is not threading.main_thread():
        made.append(value)
    return original(cls, value, names, *rest, **kw)


enum.EnumType.__call__ = spy

from PIL import Image
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from citizen_app.core import images, photos, receipt
from citizen_app.ui import receipt_actions  # noqa: F401 (the receipt's worker is started there)

app = QApplication(sys.argv)
folder = Path(sys.argv[1])
picture = Image.new("RGB", (2400, 1800), (200, 30, 30))
exif = Image.Exif()
exif[0x0112] = 6  # taken with the phone turned: the reader rotates it
picture.save(folder / "turned.jpg", "JPEG", exif=exif)
png, tile = io.BytesIO(), io.BytesIO()
picture.save(png, "PNG")
picture.resize((256, 256)).save(tile, "PNG")
labels = ("title", "number", "service", "submitted", "expected", "initials", "contact", "keep")
ticket = receipt.Receipt(
    "HEB-2026-000123", "https://example.test/requests/HEB-2026-000123.json", "إنارة الشوارع",
    "٢٠٢٦/١١/٢٣", "٢٠٢٦/١١/٢٦", "بلدية الخليل", "٠٢٢٢٢٨١٢١", "س. أ.",
    {key: key for key in labels}, True,
)


def work():
    jpeg = photos.prepare_photo(folder / "turned.jpg")
    photos.thumbnail(jpeg, 96)
    images.photo(png.getvalue(), QSize(200, 200))
    images.tile(tile.getvalue())
    images.thumbnails(lambda url: jpeg, ["one"], QSize(64, 64))
    receipt.to_pdf(ticket, str(folder / "receipt.pdf"))
    receipt.escpos_raster(receipt.to_image(ticket))
    made.append("done")


qt = [module for name, module in sys.modules.items() if name.startswith("PySide6.Qt")]
before = {module: set(vars(module)) for module in qt}
worker = threading.Thread(target=work)
worker.start()
worker.join()
classes = [name for module in qt for name in sorted(set(vars(module)) - before[module])]
print(",".join(classes + made))
"""


def test_worker_functions_make_no_qt_type_off_the_gui_thread(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(Path.cwd())}
    run = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    # "done" proves the work ran to its end; anything before it is a type made on the worker
    assert run.stdout.strip() == "done", run.stdout + run.stderr
