"""Drafts: what the citizen has typed into a request form, saved as they type.

The form saves a draft a moment after each change (debounced), in a background task, so a crash,
a power cut or a closed window loses at most the last second of typing. Photos are kept as the
prepared JPEGs (downscaled, without EXIF), never as paths that might move.

Blocking calls: run them in background tasks.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from citizen_app.core.local_db import LocalDatabase, now_iso


@dataclass(frozen=True)
class DraftSummary:
    id: str
    server: str
    service_code: str
    service_name: str
    updated_at: str


@dataclass(frozen=True)
class Draft:
    id: str
    server: str
    service_code: str
    service_name: str
    content: dict[str, Any]
    photos: list[bytes]


class Drafts:
    def __init__(self, db: LocalDatabase) -> None:
        self.db = db

    def save(
        self,
        draft_id: str,
        *,
        server: str,
        service_code: str,
        service_name: str,
        content: dict[str, Any],
        photos: list[bytes] | None = None,
    ) -> None:
        """Insert or replace; `photos=None` leaves the stored photos as they are."""
        with self.db.transaction() as db:
            db.execute(
                "INSERT INTO drafts (id, server, service_code, service_name, content, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                " content = excluded.content, updated_at = excluded.updated_at,"
                " service_name = excluded.service_name",
                (
                    draft_id,
                    server,
                    service_code,
                    service_name,
                    json.dumps(content, ensure_ascii=False),
                    now_iso(),
                ),
            )
            if photos is not None:
                db.execute("DELETE FROM draft_photos WHERE draft_id = ?", (draft_id,))
                db.executemany(
                    "INSERT INTO draft_photos (draft_id, position, jpeg) VALUES (?, ?, ?)",
                    [(draft_id, n, jpeg) for n, jpeg in enumerate(photos)],
                )

    def list(self, server: str | None = None) -> list[DraftSummary]:
        sql = "SELECT id, server, service_code, service_name, updated_at FROM drafts"
        rows = (
            self.db.query(sql + " ORDER BY updated_at DESC, id")
            if server is None
            else self.db.query(sql + " WHERE server = ? ORDER BY updated_at DESC, id", (server,))
        )
        return [DraftSummary(*row) for row in rows]

    def load(self, draft_id: str) -> Draft | None:
        rows = self.db.query(
            "SELECT id, server, service_code, service_name, content FROM drafts WHERE id = ?",
            (draft_id,),
        )
        if not rows:
            return None
        photos = [
            row[0]
            for row in self.db.query(
                "SELECT jpeg FROM draft_photos WHERE draft_id = ? ORDER BY position", (draft_id,)
            )
        ]
        draft_id, server, code, name, content = rows[0]
        return Draft(draft_id, server, code, name, json.loads(content), photos)

    def delete(self, draft_id: str) -> None:
        """After sending (the outbox has it now) or when the citizen throws it away."""
        with self.db.transaction() as db:
            db.execute("DELETE FROM drafts WHERE id = ?", (draft_id,))
        self.db.forget_deleted()
