"""A fault-injecting HTTP proxy on loopback, between the app's client and the real server.

One request per client connection (the proxy answers with `Connection: close`), so it knows
exactly when a request and its answer are complete, and can fail at the worst moments:

- pass: forward the request and the answer;
- drop: close the connection before reading anything (the server never hears of it);
- reset_after_commit: forward the request, read the server's whole answer (the work is done),
  then reset the client's connection without a byte of the answer;
- delay: wait `delay` seconds, then pass;
- blackhole: read the request and never answer (until the client gives up);
- drip: pass, but trickle the answer `drip_bytes` at a time every `drip_interval` seconds;
- unavailable: answer 503 with Retry-After at once, without the server.
"""

from __future__ import annotations

import collections
import random
import socket
import struct
import threading
import time
from collections.abc import Callable

MODES = ("pass", "drop", "reset_after_commit", "delay", "blackhole", "drip", "unavailable")


def _read_request(connection: socket.socket) -> bytes | None:
    """The whole request (head and Content-Length body), or None if the client went away."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = connection.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        chunk = connection.recv(65536)
        if not chunk:
            return None
        body += chunk
    return head + b"\r\n\r\n" + body


def _with_close(head_and_body: bytes) -> bytes:
    """The same message with `Connection: close` (one exchange per connection)."""
    head, _, body = head_and_body.partition(b"\r\n\r\n")
    lines = [line for line in head.split(b"\r\n") if not line.lower().startswith(b"connection:")]
    return b"\r\n".join([*lines, b"Connection: close"]) + b"\r\n\r\n" + body


class FaultProxy:
    def __init__(self, upstream_port: int, upstream_host: str = "127.0.0.1", seed: int = 0):
        self.upstream = (upstream_host, upstream_port)
        self.delay, self.retry_after, self.blackhole_hold = 0.5, 1, 30.0
        self.drip_bytes, self.drip_interval = 16, 0.05
        self.counts: collections.Counter[str] = collections.Counter()
        self._weights: dict[str, float] = {"pass": 1.0}
        self._applies: Callable[[bytes], bool] = lambda _head: True
        self._rng = random.Random(seed)
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._open: set[socket.socket] = set()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.2)
        self.port = self._listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self._accept, daemon=True)

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(self, *_: object) -> None:
        self.stop()

    def start(self) -> FaultProxy:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self._thread.join(timeout=2)
        self._listener.close()
        with self._lock:
            for connection in list(self._open):
                connection.close()

    def set_faults(self, weights: dict[str, float]) -> None:
        unknown = set(weights) - set(MODES)
        if unknown:
            raise ValueError(f"unknown fault modes: {sorted(unknown)}")
        with self._lock:
            self._weights = dict(weights)

    def set_mode(self, mode: str) -> None:
        self.set_faults({mode: 1.0})

    def only_for(self, predicate: Callable[[bytes], bool]) -> None:
        """Faults only for requests whose first line matches (e.g. b"POST" in it)."""
        self._applies = predicate

    # --- inside ------------------------------------------------------------------------------

    def _choose(self, first_line: bytes) -> str:
        if not self._applies(first_line):
            return "pass"
        with self._lock:
            modes, weights = zip(*self._weights.items(), strict=True)
            return self._rng.choices(modes, weights)[0]

    def _accept(self) -> None:
        while not self._stopping.is_set():
            try:
                connection, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with self._lock:
                self._open.add(connection)
            threading.Thread(target=self._serve, args=(connection,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        try:
            self._exchange(client)
        except OSError:
            pass  # the client gave up or was reset: that is the point
        finally:
            with self._lock:
                self._open.discard(client)
            client.close()

    def _exchange(self, client: socket.socket) -> None:
        client.settimeout(30)
        # Peek at the first line to decide; "drop" must not even read the request.
        first = client.recv(65536, socket.MSG_PEEK).split(b"\r\n", 1)[0]
        mode = self._choose(first)
        with self._lock:
            self.counts[mode] += 1
        if mode == "drop":
            return
        request = _read_request(client)
        if request is None:
            return
        if mode == "unavailable":
            body = b'{"code": "unavailable", "message": "try again later"}'
            client.sendall(
                b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\n"
                + f"Retry-After: {self.retry_after}\r\nContent-Length: {len(body)}\r\n".encode()
                + b"Connection: close\r\n\r\n"
                + body
            )
            return
        if mode == "blackhole":
            until = time.monotonic() + self.blackhole_hold
            client.settimeout(0.2)
            while time.monotonic() < until and not self._stopping.is_set():
                try:
                    if not client.recv(1):
                        return
                except TimeoutError:
                    continue
            return
        if mode == "delay":
            time.sleep(self.delay)
        answer = self._forward(request)
        if mode == "reset_after_commit":
            client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            return
        answer = _with_close(answer)
        if mode == "drip":
            for start in range(0, len(answer), self.drip_bytes):
                client.sendall(answer[start : start + self.drip_bytes])
                time.sleep(self.drip_interval)
            return
        client.sendall(answer)

    def _forward(self, request: bytes) -> bytes:
        with socket.create_connection(self.upstream, timeout=60) as upstream:
            upstream.sendall(_with_close(request))
            chunks = []
            while chunk := upstream.recv(65536):
                chunks.append(chunk)
        return b"".join(chunks)
