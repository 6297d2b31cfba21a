"""A network stand-in (bench/line_proxy.py's LineProxy, tests/fault_injector.py's FaultProxy) run
in a child process, so that a benchmark of the GUI thread measures the app and not the proxy.

In the field the line is not in the app's process; run as threads beside the GUI, the proxy's
four threads per connection (Python, chunk by chunk, with sleeps) compete with the GUI thread
for the interpreter's lock, and their hand-offs showed as GUI stalls of 20-30 ms that were the
bench's own.

    with ProxyProcess("bench.line_proxy:LineProxy", port, 64, 400) as line:
        line.url, line.get("bytes_up"), line.call("reset"), line.set("delay", 2.0)
"""

from __future__ import annotations

import importlib
import multiprocessing
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def _serve(target: str, args: tuple[Any, ...], connection: Any) -> None:
    """The child: build the proxy, say its address, then answer the parent's requests."""
    sys.path.insert(0, str(ROOT))
    module, name = target.split(":")
    proxy = getattr(importlib.import_module(module), name)(*args)
    with proxy:
        connection.send(proxy.url)
        while True:
            try:
                verb, attribute, value = connection.recv()
            except EOFError:
                return
            if verb == "stop":
                connection.send(None)
                return
            if verb == "get":
                connection.send(getattr(proxy, attribute))
            elif verb == "set":
                setattr(proxy, attribute, value)
                connection.send(None)
            else:
                connection.send(getattr(proxy, attribute)(*value))


class ProxyProcess:
    def __init__(self, target: str, *args: Any) -> None:
        context = multiprocessing.get_context("spawn")  # the parent holds Qt and threads
        self._connection, child = context.Pipe()
        self._process = context.Process(target=_serve, args=(target, args, child), daemon=True)
        self.url = ""

    def _ask(self, verb: str, attribute: str = "", value: Any = None) -> Any:
        self._connection.send((verb, attribute, value))
        return self._connection.recv()

    def get(self, attribute: str) -> Any:
        return self._ask("get", attribute)

    def set(self, attribute: str, value: Any) -> None:
        self._ask("set", attribute, value)

    def call(self, method: str, *args: Any) -> Any:
        return self._ask("call", method, args)

    def __enter__(self) -> ProxyProcess:
        self._process.start()
        if not self._connection.poll(60):
            self._process.kill()
            raise RuntimeError("the proxy process did not start within 60 s")
        self.url = self._connection.recv()
        return self

    def __exit__(self, *_: object) -> None:
        try:
            self._ask("stop")
        finally:
            self._process.join(10)
            if self._process.is_alive():
                self._process.kill()
