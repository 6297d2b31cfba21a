"""The receipt a citizen takes home: request number, a QR code with the number and the tracking
address, service, date and time, expected date, the municipality's contact, and initials only.

Laid out once as rich text (Qt shapes and orders the Arabic itself), then drawn to a PDF page,
to an image for the screen or a printer, and to an ESC/POS raster for thermal receipt printers,
which cannot print Arabic text (no shaping, no right-to-left) but print pictures.
"""

from __future__ import annotations

import html
import io
import os
from dataclasses import dataclass

import segno
from PySide6 import QtCore, QtGui
from PySide6.QtCore import QMarginsF, Qt, QUrl
from PySide6.QtGui import (
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTextOption,
)

from citizen_app.core.formats import digits
from citizen_app.core.qt_types import make_types
from citizen_app.core.receipt_printer import THERMAL_DOTS

#: the logo's height as a share of the receipt's width
LOGO_SHARE = 0.18

# A receipt's PDF is drawn on a worker thread (see qt_types).
make_types(Qt, "LayoutDirection", "GlobalColor")
make_types(QTextDocument, "ResourceType")
make_types(QPageSize, "PageSizeId")
make_types(QPageLayout, "Orientation", "Unit")
make_types(QImage, "Format")
make_types(QtCore, "QRect", "QSizeF")  # what the page layout and the document answer
make_types(QtGui, "QAbstractTextDocumentLayout")


@dataclass(frozen=True)
class Receipt:
    number: str  # as the server wrote it (the QR code keeps it so); printed in the app's digits
    tracking_url: str
    service: str
    submitted: str  # already formatted for the reader
    expected: str  # formatted, or ""
    municipality: str
    contact: str  # the municipality's phone or address
    initials: str  # never the full name
    labels: dict[str, str]  # the translated captions: title, service, submitted, …
    right_to_left: bool
    logo: bytes = b""  # the municipality's logo (PNG), printed above its name


def initials(first: str, last: str) -> str:
    return " ".join(f"{part.strip()[0]}." for part in (first, last) if part and part.strip())


def qr_png(receipt: Receipt) -> bytes:
    code = segno.make(f"{receipt.number}\n{receipt.tracking_url}", error="m")
    out = io.BytesIO()
    code.save(out, kind="png", scale=6, border=4)
    return out.getvalue()


def document(receipt: Receipt, width: float, qr_width: float | None = None) -> QTextDocument:
    """Laid out `width` device pixels wide; the QR code `qr_width` wide (in the document's
    pixels, which on a high-resolution device are larger than the device's)."""
    doc = QTextDocument()
    doc.setDocumentMargin(12)
    option = QTextOption()
    option.setTextDirection(
        Qt.LayoutDirection.RightToLeft if receipt.right_to_left else Qt.LayoutDirection.LeftToRight
    )
    doc.setDefaultTextOption(option)
    qr = QImage.fromData(qr_png(receipt), "PNG")
    doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl("receipt://qr"), qr)
    logo = QImage.fromData(receipt.logo) if receipt.logo else QImage()
    if not logo.isNull():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl("receipt://logo"), logo)
    text = receipt.labels
    align = "right" if receipt.right_to_left else "left"
    rows = [
        (text["service"], receipt.service),
        (text["submitted"], receipt.submitted),
        (text["expected"], receipt.expected),
        (text["initials"], receipt.initials),
        (text["contact"], receipt.contact),
    ]
    body = "".join(
        f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(v)}</td></tr>" for k, v in rows if v
    )
    direction = "rtl" if receipt.right_to_left else "ltr"
    header = (
        f'<p align="center"><img src="receipt://logo" height="{int(width * LOGO_SHARE)}"></p>'
        if not logo.isNull()
        else ""
    )
    doc.setHtml(
        f'<div dir="{direction}" align="{align}">{header}'
        f'<p align="center" style="font-size:15pt"><b>{html.escape(receipt.municipality)}</b></p>'
        f'<p align="center">{html.escape(text["title"])}</p>'
        f'<p align="center" style="font-size:20pt">'
        f"<b>\u2066{html.escape(digits(receipt.number))}\u2069</b></p>"
        f'<p align="center"><img src="receipt://qr" width="{int(qr_width or width * 0.55)}"></p>'
        f'<table width="100%" cellpadding="3">{body}</table>'
        f'<p align="center">{html.escape(text["keep"])}</p></div>'
    )
    doc.setTextWidth(width)
    return doc


def to_image(receipt: Receipt, width: int = THERMAL_DOTS) -> QImage:
    doc = document(receipt, width)
    image = QImage(width, int(doc.size().height()) + 1, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    doc.drawContents(painter)
    painter.end()
    return image


def to_pdf(receipt: Receipt, path: str) -> None:
    """An A6 page (a quarter of A4): prints on any office printer and fits a pocket. The text
    stays text (selectable, sharp); the layout is made for the PDF's own resolution. Written
    beside the target and renamed when complete, so no one opens a half-written file."""
    partial = f"{path}.part"
    writer = QPdfWriter(partial)
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A6),
            QPageLayout.Orientation.Portrait,
            QMarginsF(6, 6, 6, 6),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(receipt.number)
    area = writer.pageLayout().paintRectPixels(writer.resolution())
    doc = document(receipt, area.width(), area.width() * 0.5 * 96 / writer.resolution())
    doc.documentLayout().setPaintDevice(writer)
    doc.setTextWidth(area.width())
    painter = QPainter(writer)
    doc.drawContents(painter)
    painter.end()
    del writer  # flushes and closes the file
    os.replace(partial, path)


def escpos_raster(image: QImage) -> bytes:
    """ESC/POS commands printing `image` as a 1-bit raster (GS v 0), then feeding and cutting."""
    mono = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height = mono.width(), mono.height()
    row_bytes = (width + 7) // 8
    data = bytearray()
    for y in range(height):
        line = mono.constScanLine(y).tobytes()[:width]
        packed = bytearray(row_bytes)
        for x, value in enumerate(line):
            if value < 128:  # dark: a printed dot
                packed[x // 8] |= 0x80 >> (x % 8)
        data += packed
    header = b"\x1dv0\x00" + bytes((row_bytes & 0xFF, row_bytes >> 8, height & 0xFF, height >> 8))
    return b"\x1b@" + header + bytes(data) + b"\n\n\n\x1dV\x42\x00"
