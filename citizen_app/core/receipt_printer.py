"""Where receipts are printed, from the site config's `receipt_printer`:

- empty: the system's default printer (through Qt's print system);
- a printer's name as the system knows it, for example `HP_LaserJet_Hall`;
- `escpos:/dev/usb/lp0`: a thermal receipt printer on a device file (USB or parallel);
- `escpos+tcp://192.168.1.50:9100`: a thermal receipt printer on the network (raw port 9100).

ESC/POS targets may add `?dots=384` for 58 mm paper (the default, 576, is 80 mm at 203 dpi).
Thermal printers get the receipt as a raster image (core/receipt.py), never as text: most cannot
shape or order Arabic. Sending is plain blocking I/O, meant for a worker thread.
"""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

THERMAL_DOTS = 576  # an 80 mm printer at 203 dpi
DEVICE_PREFIX = "escpos:"
NETWORK_PREFIX = "escpos+tcp://"
RAW_PORT = 9100
TIMEOUT = 10.0


@dataclass(frozen=True)
class PrinterTarget:
    #: "system", "device" or "network"
    kind: str
    #: the system printer's name ("" = the default printer)
    name: str = ""
    path: str = ""
    host: str = ""
    port: int = RAW_PORT
    dots: int = THERMAL_DOTS

    @property
    def thermal(self) -> bool:
        return self.kind != "system"


def _dots(query: str) -> int:
    values = parse_qs(query).get("dots", [str(THERMAL_DOTS)])
    try:
        dots = int(values[-1])
    except ValueError:
        raise ValueError("dots should be a whole number") from None
    if not 128 <= dots <= 2048:
        raise ValueError("dots should be between 128 and 2048")
    return dots


def parse_target(value: str) -> PrinterTarget:
    """The printer that `value` names; ValueError with a plain reason when it is malformed."""
    value = value.strip()
    if value.startswith(NETWORK_PREFIX):
        parts = urlsplit(value)
        if not parts.hostname:
            raise ValueError("a network receipt printer needs a host, as escpos+tcp://host:9100")
        try:
            port = parts.port or RAW_PORT
        except ValueError:
            raise ValueError("the printer's port should be a number") from None
        return PrinterTarget("network", host=parts.hostname, port=port, dots=_dots(parts.query))
    if value.startswith(DEVICE_PREFIX):
        path, _, query = value[len(DEVICE_PREFIX) :].partition("?")
        if not path:
            raise ValueError("a receipt printer device needs a path, as escpos:/dev/usb/lp0")
        return PrinterTarget("device", path=path, dots=_dots(query))
    return PrinterTarget("system", name=value)


def send_raw(target: PrinterTarget, data: bytes, timeout: float = TIMEOUT) -> None:
    """Write ESC/POS bytes to a thermal printer; OSError when it cannot be reached."""
    if target.kind == "network":
        with socket.create_connection((target.host, target.port), timeout=timeout) as link:
            link.sendall(data)
            link.shutdown(socket.SHUT_WR)
    elif target.kind == "device":
        # O_APPEND|O_WRONLY without O_CREAT: a missing device is an error, never a new file.
        descriptor = os.open(target.path, os.O_WRONLY | os.O_APPEND)
        with os.fdopen(descriptor, "wb") as device:
            device.write(data)
            device.flush()
    else:
        raise ValueError("a system printer is driven through Qt, not with raw bytes")
