"""Calls in flight, and how they end: each call has a deadline, kept by one watchdog thread
that shuts its sockets down when the time is up (headers, body and retries alike); calls are
grouped (one person's, one server's, the whole app's) so that a group can be cancelled at once,
when a person leaves or the app quits. Shutting the socket wakes whatever thread reads it.
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import socket
import threading
import time
import weakref
from typing import Any


def shut(sock: socket.socket) -> None:
    """Wake every thread blocked on `sock` (a TLS socket too: the plain socket's shutdown, not
    SSLSocket.shutdown, which would drop its TLS state under a reading thread)."""
    with contextlib.suppress(OSError):  # already closed: nothing waits on it
        socket.socket.shutdown(sock, socket.SHUT_RDWR)


class Call:
    """One call in flight: its deadline, and the connections it uses, to shut them down."""

    def __init__(self, seconds: float) -> None:
        self.ends = time.monotonic() + seconds
        #: None while it may go on; "deadline" or "cancelled" once stopped
        self.stopped: str | None = None
        self._lock = threading.Lock()
        self._links: list[tuple[Any, socket.socket]] = []
        self._done = False

    def remaining(self) -> float:
        return self.ends - time.monotonic()

    def attach(self, connection: Any, sock: socket.socket) -> None:
        with self._lock:
            connection._eservices_call = self
            if self.stopped is None:
                self._links.append((connection, sock))
                return
        shut(sock)  # stopped before it could even start: the socket is not used

    def stop(self, reason: str) -> None:
        with self._lock:
            if self._done or self.stopped is not None:
                return
            self.stopped = reason
            # Only the connections still ours: one handed back to the pool may be another
            # call's by now.
            links = [s for c, s in self._links if getattr(c, "_eservices_call", None) is self]
        for sock in links:
            shut(sock)

    def finish(self) -> None:
        with self._lock:
            self._done = True
            self._links.clear()


class Watchdog:
    """One thread for every deadline: it stops each call whose time is up."""

    def __init__(self) -> None:
        self._wake = threading.Condition()
        self._heap: list[tuple[float, int, Call]] = []
        self._order = itertools.count()
        self._thread: threading.Thread | None = None

    def watch(self, call: Call) -> None:
        with self._wake:
            heapq.heappush(self._heap, (call.ends, next(self._order), call))
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="http-deadlines", daemon=True
                )
                self._thread.start()
            self._wake.notify()

    def _run(self) -> None:
        while True:
            with self._wake:
                while not self._heap or self._heap[0][0] > time.monotonic():
                    self._wake.wait(self._heap[0][0] - time.monotonic() if self._heap else None)
                _, _, call = heapq.heappop(self._heap)
            call.stop("deadline")  # nothing happens to a call that has finished


watchdog = Watchdog()
current = threading.local()  # the call this thread is making, for the connections and Retry


def this_call() -> Call | None:
    return getattr(current, "call", None)


class CallGroup:
    """Calls that end together: those made for one person, or with one server's settings.
    `cancel()` stops those in flight now; calls started later are not affected."""

    def __init__(self) -> None:
        self._calls: weakref.WeakSet[Call] = weakref.WeakSet()
        self._lock = threading.Lock()

    def add(self, call: Call) -> None:
        with self._lock:
            self._calls.add(call)

    def discard(self, call: Call) -> None:
        with self._lock:
            self._calls.discard(call)

    def cancel(self) -> None:
        with self._lock:
            calls = list(self._calls)
        for call in calls:
            call.stop("cancelled")


everything = CallGroup()
quitting = threading.Event()


def cancel_everything() -> None:
    """The app is quitting: stop every call in flight and refuse new ones, so that no worker
    thread keeps the process alive waiting for a server."""
    quitting.set()
    everything.cancel()
