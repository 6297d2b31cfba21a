"""One copy of the app per data folder: two would run two outbox senders on one local.db,
and two demo servers on one database.

The first copy holds a lock file in the data folder (QLockFile: a copy that crashed leaves a
stale lock that the next start takes over) and listens on a local socket named after the
folder. A second start finds the lock taken, asks the first copy to bring its window to the
front over that socket, and ends. The first copy listens once its window is painted: QtNetwork
costs 3 MiB and 7 ms before the first paint (issue 19), and a second start tries for a few
seconds anyway.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCryptographicHash, QLockFile, QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer

log = logging.getLogger(__name__)
LOCK_FILE = "app.lock"


class SingleInstance(QObject):
    #: a second start asked for this copy's window
    activated = Signal()

    def __init__(self, folder: Path) -> None:
        super().__init__()
        folder.mkdir(parents=True, exist_ok=True)
        self._lock = QLockFile(str(folder / LOCK_FILE))
        self._lock.setStaleLockTime(0)  # stale only when its process is gone, however old
        # Qt's SHA-256, the same digest as hashlib's: hashlib would map OpenSSL at every start.
        digest = bytes(
            QCryptographicHash.hash(
                str(folder.resolve()).encode(), QCryptographicHash.Algorithm.Sha256
            ).toHex()
        ).decode()[:20]
        self.name = f"citizen-app-{digest}"
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True when this copy is the only one (or the lock cannot be used at all, which is
        logged: better one copy too many than none). The copy that holds the lock then
        listen()s for a second start."""
        if self._lock.tryLock(200):
            return True
        if self._lock.error() == QLockFile.LockError.LockFailedError:
            return False
        log.warning("single instance: the lock file cannot be used (%s)", self._lock.error())
        return True

    def listen(self) -> None:
        """Hear a second start (once the window is painted: see the module's docstring)."""
        from PySide6.QtNetwork import QLocalServer

        if self._server is not None or not self._lock.isLocked():
            return
        QLocalServer.removeServer(self.name)  # left by a copy that crashed
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self.on_new_connection)
        if not self._server.listen(self.name):
            log.warning("single instance: cannot listen (%s)", self._server.errorString())

    def on_new_connection(self) -> None:
        while self._server is not None and (socket := self._server.nextPendingConnection()):
            socket.disconnected.connect(socket.deleteLater)
            socket.disconnectFromServer()
            log.info("a second start asked for this window")
            self.activated.emit()

    def ask_to_show(self, timeout: float = 5.0) -> bool:
        """From a second copy: ask the first to show its window. The first may still be
        starting (locked, not listening yet), so it is tried for a few seconds."""
        from PySide6.QtNetwork import QLocalSocket

        deadline = time.monotonic() + timeout
        while True:
            socket = QLocalSocket()
            socket.connectToServer(self.name)
            if socket.waitForConnected(1000):
                socket.write(b"show\n")
                socket.waitForBytesWritten(1000)
                socket.disconnectFromServer()
                return True
            if time.monotonic() > deadline:
                return False
            time.sleep(0.2)


def bring_to_front(window: object) -> None:
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
