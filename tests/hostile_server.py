"""A server that lies and misbehaves, on loopback, over plain HTTP or TLS: one route per
misbehaviour, and a log of every request it heard (to prove that nothing was sent to it).

Routes (the path's first segment; the rest is free):
- /drip-headers: the status line and headers one byte a second;
- /drip-body: headers at once, then a body of a megabyte one byte a second;
- /silent: reads the request and never answers;
- /busy: 503 with `Retry-After: <busy_seconds>`;
- /slow: waits `slow_seconds`, then answers `slow_body` (JSON);
- /go/<url>: a 302 redirect to <url>;
- /open311/discovery.json: a discovery document naming `discovery_endpoint`, with the
  api_v1 extension;
- anything else: 200 with `{}` (JSON).

Raw sockets rather than http.server: what it must do wrong (headers a byte at a time) is what
a well-behaved server library will not do.
"""

from __future__ import annotations

import json
import socket
import ssl
import threading
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Heard:
    """One request as it arrived."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    at: float


class HostileServer:
    def __init__(self, pem: Path | None = None) -> None:
        """`pem`: a key and certificate chain to speak TLS with (tests/tls_server.py's
        make_certificates), or None for plain HTTP."""
        self.heard: list[Heard] = []
        self.discovery_endpoint = ""
        self.busy_seconds = 4
        self.slow_seconds = 5.0
        self.slow_body: object = {}
        self._context = None
        if pem is not None:
            self._context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            self._context.load_cert_chain(str(pem))
        self._stopping = threading.Event()
        self._lock = threading.Lock()
        self._open: set[socket.socket] = set()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.2)
        self.port = self._listener.getsockname()[1]
        scheme = "https" if pem is not None else "http"
        self.url = f"{scheme}://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def __enter__(self) -> HostileServer:
        return self

    def __exit__(self, *_: object) -> None:
        self.stop()

    def stop(self) -> None:
        self._stopping.set()
        self._thread.join(timeout=2)
        self._listener.close()
        with self._lock:
            for connection in list(self._open):
                connection.close()

    @property
    def open_connections(self) -> int:
        """Connections being served now (a silent route holds its own until the client goes)."""
        with self._lock:
            return len(self._open)

    def paths(self) -> list[str]:
        return [heard.path for heard in self.heard]

    # --- inside ------------------------------------------------------------------------------

    def _accept(self) -> None:
        while not self._stopping.is_set():
            try:
                connection, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=self._serve, args=(connection,), daemon=True).start()

    def _serve(self, connection: socket.socket) -> None:
        with self._lock:
            self._open.add(connection)
        try:
            connection.settimeout(60)
            if self._context is not None:
                connection = self._context.wrap_socket(connection, server_side=True)
                with self._lock:
                    self._open.add(connection)
            while not self._stopping.is_set():
                heard = self._read(connection)
                if heard is None:
                    return
                self.heard.append(heard)
                if not self._answer(connection, heard):
                    return
        except (OSError, ssl.SSLError):
            pass  # the client gave up or hung up: that is what the tests want to see
        finally:
            with self._lock:
                self._open.discard(connection)
            connection.close()

    @staticmethod
    def _read(connection: socket.socket) -> Heard | None:
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = connection.recv(65536)
            if not chunk:
                return None
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        method, path, _ = lines[0].split(" ", 2)
        headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        length = int(headers.get("content-length", "0") or 0)
        while len(body) < length:
            chunk = connection.recv(65536)
            if not chunk:
                return None
            body += chunk
        return Heard(method, path, headers, body, time.monotonic())

    def _answer(self, connection: socket.socket, heard: Heard) -> bool:
        """Answer one request; False to end the connection."""
        route = heard.path.split("?")[0]
        if route.startswith("/drip-headers"):
            head = _head(200, {"Content-Type": "application/json", "Content-Length": "2"})
            self._drip(connection, head + b"{}")
            return False
        if route.startswith("/drip-body"):
            size = 1024 * 1024
            connection.sendall(
                _head(200, {"Content-Type": "application/json", "Content-Length": str(size)})
            )
            self._drip(connection, b" " * size)
            return False
        if route.startswith("/silent"):
            while not self._stopping.is_set() and connection.recv(1):
                pass  # until the client hangs up
            return False
        if route.startswith("/busy"):
            connection.sendall(
                _head(503, {"Retry-After": str(self.busy_seconds), "Content-Length": "0"})
            )
            return True
        if route.startswith("/go/"):
            where = heard.path[len("/go/") :]
            connection.sendall(_head(302, {"Location": where, "Content-Length": "0"}))
            return True
        if route.startswith("/slow"):
            time.sleep(self.slow_seconds)
            return _json(connection, self.slow_body)
        if route == "/open311/discovery.json":
            document = {
                "changeset": "2026-01-01T00:00:00Z",
                "endpoints": [
                    {
                        "specification": "http://wiki.open311.org/GeoReport_v2",
                        "url": self.discovery_endpoint,
                        "type": "production",
                        "formats": ["application/json"],
                    }
                ],
                "extensions": [{"name": "api_v1"}],
            }
            return _json(connection, document)
        return _json(connection, {})

    def _drip(self, connection: socket.socket, data: bytes) -> None:
        for index in range(len(data)):
            if self._stopping.is_set():
                return
            connection.sendall(data[index : index + 1])
            time.sleep(1.0)


def _head(status: int, headers: dict[str, str]) -> bytes:
    lines = [f"HTTP/1.1 {status} Whatever"] + [f"{k}: {v}" for k, v in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def _json(connection: socket.socket, value: object) -> bool:
    body = json.dumps(value).encode()
    headers = {"Content-Type": "application/json", "Content-Length": str(len(body))}
    connection.sendall(_head(200, headers) + body)
    return True
