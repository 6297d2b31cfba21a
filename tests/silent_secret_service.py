"""A Secret Service that owns its D-Bus name and never answers a call (a child process of
tests/test_keyring_matrix.py): what an unlock prompt nobody answers looks like to the app."""

from __future__ import annotations

from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection


def main() -> None:
    connection = open_dbus_connection(bus="SESSION")
    connection.send_and_get_reply(message_bus.RequestName("org.freedesktop.secrets"), timeout=10)
    while True:
        connection.receive()  # every call is read and dropped


if __name__ == "__main__":
    main()
