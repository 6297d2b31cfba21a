"""Doctor: an Arabic-capable font and a printer (QtGui and QtPrintSupport; no widgets).

Needs a QGuiApplication (cli.py makes one, offscreen when there is no display)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase

from citizen_app.core.settings import Settings
from citizen_app.doctor import FAIL, PASS, WARN, Check
from citizen_app.i18n import FONTS


def check_arabic_font() -> Check:
    title = QCoreApplication.translate("Doctor", "Arabic font")
    arabic = QFontDatabase.WritingSystem.Arabic
    shipped = []
    for path in sorted(FONTS.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        shipped += [
            family
            for family in QFontDatabase.applicationFontFamilies(font_id)
            if arabic in QFontDatabase.writingSystems(family)
        ]
    if shipped:
        message = QCoreApplication.translate("Doctor", "Shipped with the app: %1.").replace(
            "%1", ", ".join(dict.fromkeys(shipped))
        )
        return Check("font", PASS, title, message, "shipped")
    system = QFontDatabase.families(arabic)
    if system:
        message = QCoreApplication.translate(
            "Doctor", "The app's own font is missing; the system's %1 will be used."
        ).replace("%1", system[0])
        return Check("font", PASS, title, message, "system")
    message = QCoreApplication.translate(
        "Doctor",
        "No font can show Arabic: every letter would be a box. Reinstall the app or install "
        "an Arabic font.",
    )
    return Check("font", FAIL, title, message, "none")


def check_printer(settings: Settings) -> Check:
    """WARN, never FAIL: receipts can still be saved as PDF away from a kiosk."""
    from PySide6.QtPrintSupport import QPrinterInfo

    title = QCoreApplication.translate("Doctor", "Printer")
    names = QPrinterInfo.availablePrinterNames()
    wanted = settings.receipt_printer or QPrinterInfo.defaultPrinterName()
    if settings.receipt_printer and wanted not in names:
        message = (
            QCoreApplication.translate(
                "Doctor", "The receipt_printer %1 is not installed (installed: %2)."
            )
            .replace("%1", wanted)
            .replace("%2", ", ".join(names) or "-")
        )
        return Check("printer", WARN, title, message, "missing")
    if not names:
        message = QCoreApplication.translate(
            "Doctor", "No printer installed: receipts can only be saved as PDF."
        )
        return Check("printer", WARN, title, message, "none")
    if not wanted:
        message = QCoreApplication.translate(
            "Doctor", "No default printer; installed: %1. Set one, or receipt_printer."
        ).replace("%1", ", ".join(names))
        return Check("printer", WARN, title, message, "no_default")
    message = QCoreApplication.translate("Doctor", "Receipts go to %1.").replace("%1", wanted)
    return Check("printer", PASS, title, message, "ok")
