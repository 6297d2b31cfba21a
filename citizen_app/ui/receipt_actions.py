"""Printing and saving the receipt of the request just sent, from the confirmation page.

The receipt's drawing (core/receipt.py: QR code, PDF) and Qt's print support load when a
receipt is first made, not while the app starts."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtWidgets
from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QGuiApplication, QPainter
from PySide6.QtWidgets import QFileDialog, QWidget

from citizen_app.core import formats
from citizen_app.core.formats import date_text, date_time
from citizen_app.core.qt_types import make_types
from citizen_app.ui.brand import Brand
from citizen_app.ui.context import AppContext
from citizen_app.ui.navigation import LazyPage
from citizen_app.ui.notices import Notices
from citizen_app.ui.tasks import ignore, run_task

if TYPE_CHECKING:
    from citizen_app.core.receipt import Receipt
    from citizen_app.core.receipt_printer import PrinterTarget
    from citizen_app.ui.confirmation_page import ConfirmationPage
    from citizen_app.ui.request_form_page import RequestFormPage

# The receipt's PDF is drawn on a worker thread, and Qt answers its document's layout as this
# widgets type (core/receipt.py makes the others; see core/qt_types.py).
make_types(QtWidgets, "QPlainTextDocumentLayout")


class ReceiptActions(QObject):
    def __init__(
        self,
        context: AppContext,
        notices: Notices,
        form: LazyPage[RequestFormPage],
        confirmation: LazyPage[ConfirmationPage],
        window: QWidget,
        brand: Brand,
        receipt_printer: str,
    ) -> None:
        """`window`: the parent of the save dialog. `brand`: the municipality's name, contact
        line and logo as the window shows them. `receipt_printer`: the site config's printer
        for receipts (core/receipt_printer.py)."""
        super().__init__(window)
        self.context, self.notices, self.form, self.window = context, notices, form, window
        self.brand, self.receipt_printer = brand, receipt_printer
        self.last_receipt: Receipt | None = None
        confirmation.when_made(self._on_confirmation_made)
        form.when_made(lambda page: page.submitted.connect(self._remember_receipt))

    def _on_confirmation_made(self, page: ConfirmationPage) -> None:
        page.print_requested.connect(self.print_receipt)
        page.save_requested.connect(self.save_receipt)

    def forget(self) -> None:
        """The next visitor must not print this one."""
        self.last_receipt = None

    def _remember_receipt(self, result: object) -> None:
        """Made when the request is confirmed, while the form still shows the name (only the
        initials are kept)."""
        from citizen_app.core.receipt import Receipt, initials

        if not getattr(result, "id", None):
            self.last_receipt = None
            return
        form, client = self.form.get(), self.context.client
        endpoint = client._endpoint
        # The municipality as its administrators present it (the site configuration's name wins).
        brand, language = self.brand, formats.language()
        url = f"{endpoint.url}/requests/{result.id}.json" if endpoint else client.base_url
        self.last_receipt = Receipt(
            number=result.id,
            tracking_url=url,
            service=form.service.name if form.service else "",
            submitted=date_time(datetime.now(UTC).isoformat()),
            expected="",
            municipality=brand.shown_name()
            or QCoreApplication.translate("Receipt", "Municipal e-services"),
            contact=brand.profile.contact(language),
            logo=brand.profile.logo,
            initials=initials(form.first_name.text(), form.last_name.text()),
            labels={
                "title": QCoreApplication.translate("Receipt", "Receipt for a request"),
                "service": QCoreApplication.translate("Receipt", "Service"),
                "submitted": QCoreApplication.translate("Receipt", "Submitted"),
                "expected": QCoreApplication.translate("Receipt", "Expected by"),
                "initials": QCoreApplication.translate("Receipt", "Submitted by"),
                "contact": QCoreApplication.translate("Receipt", "Questions"),
                "keep": QCoreApplication.translate(
                    "Receipt", "Keep this receipt to follow your request."
                ),
            },
            right_to_left=QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft,
        )
        # The expected date is the server's (its service targets and calendar): in the answer to
        # the submission (ours), else asked for in the background (a private service's request
        # is not public, so only the answer has it); a receipt printed before then goes without.
        if getattr(result, "expected", None) is not None:
            self._add_expected(self.last_receipt, result)
            return
        receipt = self.last_receipt
        run_task(
            lambda: client.request(result.id, extensions=False),
            lambda found: self._add_expected(receipt, found),
            ignore("a receipt printed before the answer goes without the expected date"),
        )

    def _add_expected(self, receipt: Receipt, found: object) -> None:
        expected = getattr(found, "expected", None)
        if expected is not None and self.last_receipt is receipt:  # still this visitor's
            self.last_receipt = replace(receipt, expected=date_text(expected))

    def print_receipt(self) -> None:
        """On the printer the site config names (`receipt_printer`), else on the system's
        default printer; never through a dialog (a kiosk has no one to answer it)."""
        if self.last_receipt is None:
            return
        from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

        from citizen_app.core.receipt import to_image
        from citizen_app.core.receipt_printer import parse_target

        try:
            target = parse_target(self.receipt_printer)
        except ValueError:
            self._printer_missing()
            return
        if target.thermal:
            self._print_thermal(target)
            return
        info = QPrinterInfo.printerInfo(target.name) if target.name else None
        printer = (
            QPrinter(info, QPrinter.PrinterMode.HighResolution)
            if info is not None and not info.isNull()
            else QPrinter(QPrinter.PrinterMode.HighResolution)
        )
        if not printer.isValid() or (target.name and printer.printerName() != target.name):
            self._printer_missing()
            return
        image = to_image(self.last_receipt)
        painter = QPainter(printer)
        area = painter.viewport()
        size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
        painter.drawImage(area.x(), area.y(), image.scaled(size))
        painter.end()
        self._printed()

    def _print_thermal(self, target: PrinterTarget) -> None:
        """Drawn here (Qt paints on the GUI thread), sent in the background (a device or the
        network may be slow or absent)."""
        from citizen_app.core.receipt import escpos_raster, to_image
        from citizen_app.core.receipt_printer import send_raw

        data = escpos_raster(to_image(self.last_receipt, target.dots))
        run_task(lambda: send_raw(target, data), lambda _: self._printed(), self._printer_missing)

    def _printed(self) -> None:
        self.notices.show_message(
            QCoreApplication.translate("Receipt", "The receipt was sent to the printer.")
        )

    def _printer_missing(self, *_: object) -> None:
        self.notices.show_message(
            QCoreApplication.translate(
                "Receipt", "No printer is available. Ask the staff for help."
            )
        )

    def save_receipt(self) -> None:
        if self.last_receipt is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            QCoreApplication.translate("Receipt", "Save the receipt"),
            f"{self.last_receipt.number}.pdf",
            "PDF (*.pdf)",
        )
        if name:
            self.write_receipt(Path(name))

    def write_receipt(self, path: Path) -> None:
        from citizen_app.core.receipt import to_pdf

        receipt = self.last_receipt
        run_task(
            lambda: to_pdf(receipt, str(path)),
            lambda _: self.notices.show_message(
                QCoreApplication.translate("Receipt", "Receipt saved: %1").replace("%1", str(path))
            ),
            lambda error: self.notices.show_message(
                QCoreApplication.translate("Receipt", "Could not save the receipt.")
            ),
        )
