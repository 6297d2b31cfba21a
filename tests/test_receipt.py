"""The receipt: a PDF whose QR code a decoder reads, Arabic shaped by Qt, and an ESC/POS
raster for thermal printers."""

from __future__ import annotations

from pathlib import Path

import zxingcpp
from PIL import Image
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument

from citizen_app.core.receipt import Receipt, escpos_raster, initials, to_image, to_pdf

ROOT = Path(__file__).resolve().parent.parent

ARABIC = Receipt(
    number="HEB-2026-000123",
    tracking_url="https://eservices.hebron.ps/open311/v2/requests/HEB-2026-000123.json",
    service="عطل في إنارة الشارع",
    submitted="٢٠٢٦/١١/٢٣ ١٠:٤٥ ص",
    expected="٢٠٢٦/١١/٢٦",
    municipality="بلدية الخليل",
    contact="هاتف ٠٢٢٢٢٨١٢١",
    initials=initials("سارة", "أحمد"),
    labels={
        "title": "إيصال تقديم طلب",
        "service": "الخدمة",
        "submitted": "تاريخ التقديم",
        "expected": "الإنجاز المتوقع",
        "initials": "مقدّم الطلب",
        "contact": "للاستفسار",
        "keep": "احتفظ بهذا الإيصال لمتابعة طلبك",
    },
    right_to_left=True,
)


def decode(image: QImage) -> list[str]:
    """What a QR decoder reads in the picture (rows copied one by one: Qt pads them)."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    width, height = rgb.width(), rgb.height()
    rows = b"".join(rgb.constScanLine(y).tobytes()[: 3 * width] for y in range(height))
    return [
        found.text
        for found in zxingcpp.read_barcodes(Image.frombytes("RGB", (width, height), rows))
    ]


def test_initials_only() -> None:
    assert initials("سارة", "أحمد") == "س. أ."
    assert initials("", "Haddad") == "H."


def test_the_pdf_receipt_carries_a_readable_qr_code(qapp, tmp_path: Path) -> None:
    pdf = tmp_path / "receipt.pdf"
    to_pdf(ARABIC, str(pdf))
    document = QPdfDocument()
    assert document.load(str(pdf)) == QPdfDocument.Error.None_
    assert document.pageCount() == 1
    page = document.render(0, QSize(874, 1240))  # A6 at 150 dpi
    out = ROOT / "screenshots"
    out.mkdir(exist_ok=True)
    page.save(str(out / "ar-receipt.png"))  # for a person to look at
    assert decode(page) == [f"{ARABIC.number}\n{ARABIC.tracking_url}"]
    text = document.getAllText(0).text()
    assert "بلدية الخليل" in text
    assert "سارة" not in text  # initials, not the name


def test_thermal_printers_get_a_raster(qapp) -> None:
    image = to_image(ARABIC)
    assert image.width() == 576
    assert decode(image) == [f"{ARABIC.number}\n{ARABIC.tracking_url}"]
    data = escpos_raster(image)
    assert data.startswith(b"\x1b@\x1dv0\x00")
    width_bytes = data[6] | data[7] << 8  # after ESC @ and GS v 0 m
    height = data[8] | data[9] << 8
    assert (width_bytes, height) == (72, image.height())
    assert len(data) == 10 + width_bytes * height + len(b"\n\n\n\x1dV\x42\x00")
    assert data.endswith(b"\x1dV\x42\x00")  # feed and cut
