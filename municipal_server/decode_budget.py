"""How many pixels one server process decodes at the same time.

A photo's file can be small and its pixels huge (a 3400×3400 PNG of one colour is a few
kilobytes and about 100 MB while it is decoded, converted and scaled): forty such uploads at
once took a server from 91 MB to 1.7 GB. Each upload reserves its decoded size from this budget
(read from the header, before any pixel is decoded) and waits its turn when the budget is spent,
so the memory decoding can take is bounded whatever arrives. The wait is asynchronous: a waiting
upload holds no worker thread, so other routes are not starved. A photo larger than the whole
budget (within the per-photo limits) waits until it can run alone.

Decoding runs on a few threads of its own, not on the shared worker pool: the C allocator keeps
a memory arena per thread that has allocated, and freed pixels stay in it. Forty decodes spread
over forty pool threads left forty arenas of pixels behind (the measured 476 MB); on two
threads, the same memory is reused.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from municipal_server.errors import ApiError

T = TypeVar("T")


class DecodeBudget:
    def __init__(self, pixels: int, wait: float, threads: int = 2) -> None:
        self.pixels = max(1, pixels)
        self.wait = wait
        self.in_use = 0
        self.threads = max(1, threads)
        self._condition: asyncio.Condition | None = None
        self._executor: ThreadPoolExecutor | None = None

    def _cond(self) -> asyncio.Condition:
        # Made inside the running loop (the app object is built before the loop starts).
        if self._condition is None:
            self._condition = asyncio.Condition()
        return self._condition

    def _threads(self) -> ThreadPoolExecutor:
        # Made on first use, and again after close(): an app may be started more than once.
        if self._executor is None:
            self._executor = ThreadPoolExecutor(self.threads, thread_name_prefix="decode")
        return self._executor

    async def run(self, pixels: int, work: Callable[[], T]) -> T:
        """Run `work` on a decoding thread holding `pixels` of the budget; 503 with Retry-After
        when the budget stays spent for `wait` seconds (the client's outbox tries again)."""
        need = min(max(1, pixels), self.pixels)
        condition = self._cond()
        async with condition:
            try:
                await asyncio.wait_for(
                    condition.wait_for(lambda: self.in_use + need <= self.pixels), self.wait
                )
            except TimeoutError:
                wait = max(1, math.ceil(self.wait / 4))
                raise ApiError(
                    503,
                    "server_busy",
                    "the server is busy with other photos; try again in a moment",
                    {"retry_after": wait},
                    {"Retry-After": str(wait)},
                ) from None
            self.in_use += need
        try:
            return await asyncio.get_running_loop().run_in_executor(self._threads(), work)
        finally:
            async with condition:
                self.in_use -= need
                condition.notify_all()

    def close(self) -> None:
        """End the decoding threads (at the app's shutdown); the loop's condition goes too."""
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
        self._executor, self._condition = None, None
