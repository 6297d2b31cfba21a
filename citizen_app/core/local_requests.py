"""Request numbers kept on this computer, for servers without accounts (plain Open311).

A plain Open311 server has no "my requests"; the app remembers the numbers it was given, per
server, and asks for those requests by id. Written atomically: a crash mid-write leaves the
previous list, never a torn file.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path


class LocalRequests:
    def __init__(self, path: Path) -> None:
        self.path = path

    def _load(self) -> dict[str, list[str]]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def numbers(self, server: str) -> list[str]:
        return [str(n) for n in self._load().get(server, [])]

    def add(self, server: str, number: str) -> None:
        data = self._load()
        numbers = data.setdefault(server, [])
        if number not in numbers:
            numbers.insert(0, number)
        self._write(data)

    def _write(self, data: dict[str, list[str]]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(dir=self.path.parent, prefix=".requests-", suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(data, out, ensure_ascii=False)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temp, self.path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
