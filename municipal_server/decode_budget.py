"""How many pixels one server process decodes at the same time.

A photo's file can be small and its pixels huge (a 3400×3400 PNG of one colour is a few
kilobytes and about 100 MB while it is decoded, converted and scaled): forty such uploads at
once took a server from 91 MB to 1.7 GB. Each upload reserves its decoded size from this budget
(read from the header, before any pixel is decoded) and waits its turn when the budget is spent,
so the memory decoding can take is bounded whatever arrives. The wait is asynchronous: a waiting
upload holds no worker thread, so other routes are not starved. A photo larger than the whole
budget (within the per-photo limits) waits until it can run alone.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from municipal_server.errors import ApiError


class DecodeBudget:
    def __init__(self, pixels: int, wait: float) -> None:
        self.pixels = max(1, pixels)
        self.wait = wait
        self.in_use = 0
        self._condition: asyncio.Condition | None = None

    def _cond(self) -> asyncio.Condition:
        # Made inside the running loop (the app object is built before the loop starts).
        if self._condition is None:
            self._condition = asyncio.Condition()
        return self._condition

    @asynccontextmanager
    async def reserve(self, pixels: int) -> AsyncIterator[None]:
        """Hold `pixels` of the budget while the block runs; 503 with Retry-After when the
        budget stays spent for `wait` seconds (the client's outbox tries again later)."""
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
            yield
        finally:
            async with condition:
                self.in_use -= need
                condition.notify_all()
