"""A slow line between the app and a server on loopback: bandwidth and latency in each direction,
in Python, since the kernel's netem is not available on these machines.

    with LineProxy(server_port, kbit_per_s=64, round_trip_ms=400) as line:
        client = Open311Client(line.url, ...)
        ...
        line.bytes_up, line.bytes_down, line.round_trips, line.connections

Each direction of each connection is a serial link: a chunk leaves once the link has sent what
came before it (size ÷ bandwidth) and arrives half a round trip later; what the link has not
yet sent is held up to BUFFER_SECONDS, then the sender is made to wait (as a full router queue
and TCP's window would). A new connection's first byte waits one round trip more (the TCP
handshake). Round trips are counted as a real line would cost them: one per connection (the
handshake) and one per turn of the conversation (the client speaks, then the server answers).
Bytes are counted as the payload that crosses (TCP/IP headers aside).

    python bench/line_proxy.py PORT [--kbit 64] [--rtt 400]   # by hand, until Ctrl+C
"""

from __future__ import annotations

import argparse
import contextlib
import socket
import threading
import time
from collections import deque

CHUNK = 1024  # small: a slow line delivers a body in drips, as the app must cope with
BUFFER_SECONDS = 0.5


class _Conversation:
    """One connection: who spoke last (a round trip begins when the client speaks again)."""

    def __init__(self) -> None:
        self.last_up: bool | None = None


class _Link:
    """One direction of one connection."""

    def __init__(
        self,
        line: LineProxy,
        conversation: _Conversation,
        source: socket.socket,
        target: socket.socket,
        up: bool,
    ) -> None:
        self.line, self.conversation = line, conversation
        self.source, self.target, self.up = source, target, up
        self.free_at = time.monotonic()  # when the link has sent everything given to it
        self.queue: deque[tuple[float, bytes]] = deque()
        self.ready = threading.Condition()
        self.closed = False

    def read(self) -> None:
        """Take what the source sends, as fast as the link's buffer allows."""
        try:
            while True:
                data = self.source.recv(CHUNK)
                if not data:
                    break
                now = time.monotonic()
                self.line.turn(self.conversation, self.up, len(data))
                start = max(now, self.free_at)
                self.free_at = start + len(data) / self.line.bytes_per_s
                arrives = self.free_at + self.line.one_way
                with self.ready:
                    self.queue.append((arrives, data))
                    self.ready.notify()
                backlog = self.free_at - time.monotonic() - BUFFER_SECONDS
                if backlog > 0:
                    time.sleep(backlog)
        except OSError:
            pass
        finally:
            with self.ready:
                self.closed = True
                self.ready.notify()

    def write(self) -> None:
        """Deliver each chunk at its time."""
        try:
            while True:
                with self.ready:
                    while not self.queue and not self.closed:
                        self.ready.wait()
                    if not self.queue:
                        break
                    arrives, data = self.queue.popleft()
                wait = arrives - time.monotonic()
                if wait > 0:
                    time.sleep(wait)
                self.target.sendall(data)
        except OSError:
            pass
        finally:
            with contextlib.suppress(OSError):
                self.target.shutdown(socket.SHUT_WR)


class LineProxy:
    def __init__(self, port: int, kbit_per_s: float = 64, round_trip_ms: float = 400) -> None:
        self.upstream = port
        self.bytes_per_s = kbit_per_s * 1000 / 8
        self.round_trip = round_trip_ms / 1000
        self.one_way = self.round_trip / 2
        self.bytes_up = self.bytes_down = self.round_trips = self.connections = 0
        self._lock = threading.Lock()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._stopped = False
        self._sockets: list[socket.socket] = []

    def turn(self, conversation: _Conversation, up: bool, size: int) -> None:
        """Count bytes, and a round trip each time the client speaks first or after the server
        did."""
        with self._lock:
            if up:
                self.bytes_up += size
                if conversation.last_up is not True:
                    self.round_trips += 1
            else:
                self.bytes_down += size
            conversation.last_up = up

    def reset(self) -> None:
        with self._lock:
            self.bytes_up = self.bytes_down = self.round_trips = self.connections = 0

    def ideal_seconds(self) -> float:
        """What the line itself costs: every byte at its bandwidth, every round trip."""
        return (self.bytes_up + self.bytes_down) / self.bytes_per_s + (
            self.round_trips + self.connections
        ) * self.round_trip

    def _accept(self) -> None:
        while not self._stopped:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            accepted = time.monotonic()
            try:
                server = socket.create_connection(("127.0.0.1", self.upstream))
            except OSError:
                client.close()
                continue
            for sock in (client, server):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            with self._lock:
                self.connections += 1
                number = self.connections
                self._sockets += [client, server]
            conversation = _Conversation()
            up = _Link(self, conversation, client, server, True)
            up.free_at = accepted + self.round_trip  # the handshake, before the first byte
            down = _Link(self, conversation, server, client, False)
            for link, name in ((up, "up"), (down, "down")):
                for work in (link.read, link.write):
                    threading.Thread(target=work, name=f"line-{number}-{name}", daemon=True).start()

    def __enter__(self) -> LineProxy:
        threading.Thread(target=self._accept, name="line-accept", daemon=True).start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stopped = True
        self._listener.close()
        for sock in self._sockets:
            with contextlib.suppress(OSError):
                sock.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("port", type=int, help="the server's port on 127.0.0.1")
    parser.add_argument("--kbit", type=float, default=64)
    parser.add_argument("--rtt", type=float, default=400, help="round trip, ms")
    args = parser.parse_args()
    with LineProxy(args.port, args.kbit, args.rtt) as line:
        print(f"{line.url} -> 127.0.0.1:{args.port} ({args.kbit:g} kbit/s, {args.rtt:g} ms)")
        with contextlib.suppress(KeyboardInterrupt):
            while True:
                time.sleep(1)


if __name__ == "__main__":
    main()
