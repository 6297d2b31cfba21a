"""Receipts printed where the site config says: a thermal printer on the network or on a device
file gets an ESC/POS raster that still carries a readable QR code; a missing printer is said
plainly."""

from __future__ import annotations

import socket
import threading
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from citizen_app.core.receipt_printer import PrinterTarget, parse_target, send_raw
from tests.live_server import LiveServer
from tests.test_citizen_ui import fields, open_service, send, type_text
from tests.test_kiosk import PIN, kiosk_window
from tests.test_receipt import decode


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("", PrinterTarget("system")),
        ("HP_LaserJet_Hall", PrinterTarget("system", name="HP_LaserJet_Hall")),
        ("escpos:/dev/usb/lp0", PrinterTarget("device", path="/dev/usb/lp0")),
        ("escpos:/dev/usb/lp1?dots=384", PrinterTarget("device", path="/dev/usb/lp1", dots=384)),
        ("escpos+tcp://10.0.0.7", PrinterTarget("network", host="10.0.0.7", port=9100)),
        (
            "escpos+tcp://printer.local:9101",
            PrinterTarget("network", host="printer.local", port=9101),
        ),
    ],
)
def test_printer_targets_are_read_from_the_setting(value: str, expected: PrinterTarget) -> None:
    assert parse_target(value) == expected


@pytest.mark.parametrize(
    "value", ["escpos:", "escpos+tcp://", "escpos+tcp://host:port", "escpos:/dev/lp0?dots=12"]
)
def test_malformed_printer_targets_are_refused_with_a_reason(value: str) -> None:
    with pytest.raises(ValueError, match=r"\w+"):
        parse_target(value)


class RawPrinter:
    """A network receipt printer on loopback: keeps every byte of each job."""

    def __init__(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.jobs: list[bytes] = []
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                link, _ = self.listener.accept()
            except OSError:
                return
            with link:
                job = bytearray()
                while chunk := link.recv(65536):
                    job += chunk
                self.jobs.append(bytes(job))

    def close(self) -> None:
        self.listener.close()


def raster_image(job: bytes) -> QImage:
    """The picture an ESC/POS job prints (GS v 0), to read its QR code back."""
    assert job.startswith(b"\x1b@\x1dv0\x00")
    row_bytes, height = job[6] | job[7] << 8, job[8] | job[9] << 8
    bits = job[10 : 10 + row_bytes * height]
    image = QImage(row_bytes * 8, height, QImage.Format.Format_Grayscale8)
    image.fill(255)
    for y in range(height):
        for x in range(row_bytes * 8):
            if bits[y * row_bytes + x // 8] & (0x80 >> (x % 8)):
                image.setPixel(x, y, 0xFF000000)
    return image


def submit_certificate(qtbot, window) -> str:
    window.kiosk.start_page.buttons[0].click()
    window.welcome.skip_button.click()
    open_service(qtbot, window, "residence-certificate")
    type_text(fields(window)["copies"].input, "1")
    type_text(window.form.first_name, "سارة")
    window.form.anonymous.setChecked(True)
    send(window)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.confirmation, timeout=20000)
    return window.confirmation.result.id


@pytest.mark.timeout(120)
def test_a_kiosk_prints_its_receipt_on_a_network_thermal_printer(qtbot, server: LiveServer) -> None:
    printer = RawPrinter()
    window = kiosk_window(qtbot, server)
    window.receipts.receipt_printer = f"escpos+tcp://127.0.0.1:{printer.port}?dots=384"
    number = submit_certificate(qtbot, window)
    # The expected date comes from the server (its service target), asked for after submitting.
    qtbot.waitUntil(lambda: bool(window.receipts.last_receipt.expected), timeout=15000)
    window.confirmation.print_button.click()
    qtbot.waitUntil(lambda: bool(printer.jobs), timeout=15000)
    (job,) = printer.jobs
    assert job.endswith(b"\x1dV\x42\x00")  # feed and cut
    image = raster_image(job)
    assert image.width() == 384
    (read,) = decode(image)
    assert read.startswith(number + "\n")
    printer.close()
    window.kiosk.allow_close(PIN)


@pytest.mark.timeout(120)
def test_a_missing_receipt_printer_is_reported(qtbot, server: LiveServer, tmp_path: Path) -> None:
    window = kiosk_window(qtbot, server)
    window.receipts.receipt_printer = f"escpos:{tmp_path / 'lp0'}"  # no such device
    submit_certificate(qtbot, window)
    window.confirmation.print_button.click()
    qtbot.waitUntil(lambda: "طابعة" in window.message.text(), timeout=15000)
    assert not (tmp_path / "lp0").exists()  # never created as a file
    window.kiosk.allow_close(PIN)


def test_a_device_printer_gets_the_bytes(tmp_path: Path) -> None:
    device = tmp_path / "lp0"
    device.write_bytes(b"")
    send_raw(parse_target(f"escpos:{device}"), b"\x1b@job")
    assert device.read_bytes() == b"\x1b@job"
