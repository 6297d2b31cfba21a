"""The outbox: requests the citizen has sent, kept on this computer until the server has them.

Submit writes the request (answers, contact, photos and the Idempotency-Key fixed at that
moment) here first; delivery happens afterwards, from here, however many times it takes. A
retry always carries the same key, and each photo its own key derived from it, so neither the
request nor a photo can arrive twice. The request number is written down as soon as it is known,
so a crash between two photos resumes with the next photo. Once the server has everything, the
personal data is purged and only the service name and the number stay, for the list.

Blocking calls: run them in background tasks.
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from citizen_app.api.errors import (
    ApiError,
    NotAuthenticated,
    ParseError,
    Rejected,
    ServerError,
    TransportError,
)
from citizen_app.api.models import SubmitResult
from citizen_app.core.local_db import LocalDatabase, now_iso

WAITING, FAILED, SENT = "waiting", "failed", "sent"
BASE_DELAY = 2.0  # seconds before the first retry (on average half of it, with full jitter)
MAX_DELAY = 300.0
KEEP_SENT_DAYS = 30


class NumberPending(ApiError):
    """A batch server took the request but has not given it a number yet; ask again later."""


@dataclass(frozen=True)
class OutboxItem:
    id: str
    server: str
    account: str
    service_name: str
    state: str
    attempts: int
    next_attempt: float
    reason: str
    number: str | None
    photos: int
    created_at: str
    sent_at: str | None


@dataclass(frozen=True)
class Verdict:
    """What a failed delivery means: try again later (after at least `retry_after` seconds),
    or stop until the citizen acts."""

    retry: bool
    reason: str
    retry_after: float | None = None


# Its own generator: the process-wide one belongs to whoever seeded it.
_jitter = random.Random()  # noqa: S311 - spreading retries, not a secret


def verdict(error: Exception) -> Verdict:
    if isinstance(error, NumberPending):
        return Verdict(True, "no_number_yet")
    if isinstance(error, TransportError):
        return Verdict(True, "offline")
    if isinstance(error, ServerError):
        return Verdict(True, "busy" if error.status == 503 else "server_error", error.retry_after)
    if isinstance(error, NotAuthenticated):
        return Verdict(False, "sign_in")
    if isinstance(error, Rejected):
        if error.status == 429:
            # Too many from here (anonymous requests per address, uploads at once): it waits
            # for the server's Retry-After and goes by itself; nothing is lost.
            return Verdict(True, "limited", error.retry_after)
        if error.status in (408, 425):
            return Verdict(True, "busy", error.retry_after)
        if error.status == 403 and error.code in ("missing_api_key", "invalid_api_key"):
            return Verdict(False, "api_key")
        if error.status == 403 and error.code == "contact_unverified":
            return Verdict(False, "verify")  # the citizen confirms an address, then resends
        return Verdict(False, "rejected")
    if isinstance(error, ParseError):
        return Verdict(True, "server_error")
    return Verdict(False, "error")


def backoff(
    attempts: int,
    retry_after: float | None = None,
    base: float = BASE_DELAY,
    rng: random.Random | None = None,
) -> float:
    """Exponential backoff with jitter (so that many computers coming back online after an
    outage do not all knock at once), never sooner than the server's Retry-After."""
    ceiling = min(MAX_DELAY, base * 2 ** max(attempts - 1, 0))
    delay = (rng or _jitter).uniform(ceiling / 2, ceiling)
    return max(delay, retry_after or 0.0)


def photo_key(idempotency_key: str, position: int) -> str:
    """One key per photo, derived from the request's: stable across retries and restarts."""
    import uuid  # (uuid and the platform module it loads: not at start-up, issue 19)

    return str(uuid.uuid5(uuid.UUID(idempotency_key), str(position)))


class Outbox:
    def __init__(self, db: LocalDatabase, base_delay: float = BASE_DELAY) -> None:
        self.db = db
        self.base_delay = base_delay

    def add(
        self,
        *,
        server: str,
        account: str,
        service_code: str,
        service_name: str,
        fields: dict[str, Any],
        attributes: dict[str, Any],
        idempotency_key: str,
        photos: list[bytes],
    ) -> str:
        import uuid  # not at start-up (issue 19)

        item_id = str(uuid.uuid4())
        with self.db.transaction() as db:
            db.execute(
                "INSERT INTO outbox (id, server, account, service_code, service_name, fields,"
                " attributes, idempotency_key, state, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    item_id,
                    server,
                    account,
                    service_code,
                    service_name,
                    json.dumps(fields, ensure_ascii=False),
                    json.dumps(attributes, ensure_ascii=False),
                    idempotency_key,
                    WAITING,
                    now_iso(),
                ),
            )
            db.executemany(
                "INSERT INTO outbox_photos (item_id, position, jpeg) VALUES (?, ?, ?)",
                [(item_id, n, jpeg) for n, jpeg in enumerate(photos)],
            )
        return item_id

    def items(self) -> list[OutboxItem]:
        rows = self.db.query(
            "SELECT id, server, account, service_name, state, attempts, next_attempt, reason,"
            " number, (SELECT count(*) FROM outbox_photos p WHERE p.item_id = outbox.id),"
            " created_at, sent_at FROM outbox ORDER BY created_at DESC, id"
        )
        return [OutboxItem(*row) for row in rows]

    def item(self, item_id: str) -> OutboxItem | None:
        return next((i for i in self.items() if i.id == item_id), None)

    def due(self, server: str, account: str, now: float | None = None) -> list[str]:
        """Items waiting for this server that may go now: without an account, or for the
        citizen signed in now. The oldest first."""
        now = time.time() if now is None else now
        rows = self.db.query(
            "SELECT id FROM outbox WHERE state = ? AND server = ? AND account IN ('', ?)"
            " AND next_attempt <= ? ORDER BY created_at, id",
            (WAITING, server, account, now),
        )
        return [row[0] for row in rows]

    def next_due_time(self, server: str, account: str) -> float | None:
        rows = self.db.query(
            "SELECT min(next_attempt) FROM outbox WHERE state = ? AND server = ?"
            " AND account IN ('', ?)",
            (WAITING, server, account),
        )
        return rows[0][0]

    def payload(self, item_id: str) -> dict[str, Any]:
        rows = self.db.query(
            "SELECT service_code, fields, attributes, idempotency_key, number, token, account"
            " FROM outbox WHERE id = ?",
            (item_id,),
        )
        if not rows:
            raise KeyError(item_id)
        code, fields, attributes, key, number, token, account = rows[0]
        positions = [
            row[0]
            for row in self.db.query(
                "SELECT position FROM outbox_photos WHERE item_id = ? ORDER BY position",
                (item_id,),
            )
        ]
        return {
            "service_code": code,
            "fields": json.loads(fields or "{}"),
            "attributes": json.loads(attributes or "{}"),
            "key": key,
            "number": number,
            "token": token,
            "account": account,
            "photos": positions,
        }

    def photo(self, item_id: str, position: int) -> bytes:
        return self.db.query(
            "SELECT jpeg FROM outbox_photos WHERE item_id = ? AND position = ?",
            (item_id, position),
        )[0][0]

    def record_number(self, item_id: str, number: str | None, token: str | None) -> None:
        with self.db.transaction() as db:
            db.execute(
                "UPDATE outbox SET number = coalesce(?, number), token = coalesce(?, token)"
                " WHERE id = ?",
                (number, token, item_id),
            )

    def photo_sent(self, item_id: str, position: int) -> None:
        with self.db.transaction() as db:
            db.execute(
                "DELETE FROM outbox_photos WHERE item_id = ? AND position = ?",
                (item_id, position),
            )

    def mark_sent(self, item_id: str) -> None:
        """The server has everything: purge what the citizen typed and the photos."""
        with self.db.transaction() as db:
            db.execute("DELETE FROM outbox_photos WHERE item_id = ?", (item_id,))
            db.execute(
                "UPDATE outbox SET state = ?, fields = NULL, attributes = NULL, token = NULL,"
                " reason = '', sent_at = ? WHERE id = ?",
                (SENT, now_iso(), item_id),
            )
        self.db.forget_deleted()

    def defer(
        self, item_id: str, reason: str, retry_after: float | None = None, now: float | None = None
    ) -> float:
        """Another try later; returns the delay chosen."""
        now = time.time() if now is None else now
        attempts = self.db.query("SELECT attempts FROM outbox WHERE id = ?", (item_id,))
        count = (attempts[0][0] if attempts else 0) + 1
        delay = backoff(count, retry_after, self.base_delay)
        with self.db.transaction() as db:
            db.execute(
                "UPDATE outbox SET attempts = ?, next_attempt = ?, reason = ? WHERE id = ?"
                " AND state = ?",
                (count, now + delay, reason, item_id, WAITING),
            )
        return delay

    def fail(self, item_id: str, reason: str) -> None:
        """Stopped until the citizen retries or cancels; nothing is dropped."""
        with self.db.transaction() as db:
            db.execute(
                "UPDATE outbox SET state = ?, reason = ?, attempts = attempts + 1 WHERE id = ?"
                " AND state = ?",
                (FAILED, reason, item_id, WAITING),
            )

    def retry_now(self, item_id: str) -> None:
        with self.db.transaction() as db:
            db.execute(
                "UPDATE outbox SET state = ?, next_attempt = 0, reason = '' WHERE id = ?"
                " AND state != ?",
                (WAITING, item_id, SENT),
            )

    def remove(self, item_id: str) -> None:
        """Cancel an unsent item, or clear a sent one from the list."""
        with self.db.transaction() as db:
            db.execute("DELETE FROM outbox WHERE id = ?", (item_id,))
        self.db.forget_deleted()

    def counts(self) -> dict[str, int]:
        """How many items are in each state (waiting, failed, sent); read only."""
        rows = self.db.query("SELECT state, count(*) FROM outbox GROUP BY state")
        return {WAITING: 0, FAILED: 0, SENT: 0, **dict(rows)}

    def remove_old_sent(self, days: int = KEEP_SENT_DAYS) -> None:
        cutoff = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(time.time() - days * 86400))
        with self.db.transaction() as db:
            db.execute("DELETE FROM outbox WHERE state = ? AND sent_at < ?", (SENT, cutoff))


def deliver(
    outbox: Outbox,
    item_id: str,
    client: Any,
    extensions: Any,
    progress: Callable[[int, int], None] | None = None,
) -> SubmitResult:
    """Send one item as far as it can go; raises the API error that stopped it. Safe to call
    again after any failure or crash: every step carries its idempotency key.
    `progress(done, total)` follows the photos' bytes, in thousandths."""
    item = outbox.payload(item_id)
    number, token = item["number"], item["token"]
    answer = SubmitResult(None)  # what the submission said besides the number (expected date)
    if number is None and token is None:
        result = answer = client.submit(
            item["service_code"],
            item["fields"],
            item["attributes"],
            item["key"],
            bearer=bool(item["account"]),
        )
        number, token = result.id, result.token
        if number is None and token is None:  # a service that gives neither: nothing to follow
            outbox.mark_sent(item_id)
            return result
        outbox.record_number(item_id, number, token)
    if number is None and token:
        number = client.token(token)
        if number is None:
            raise NumberPending("the server has not given the request a number yet")
        outbox.record_number(item_id, number, None)
    photos = item["photos"]
    for index, position in enumerate(photos):
        report = None
        if progress is not None:

            def report(done: int, size: int, i: int = index) -> None:
                progress(int(1000 * (i + done / max(size, 1)) / len(photos)), 1000)

        extensions.upload_photo(
            number, outbox.photo(item_id, position), photo_key(item["key"], position), report
        )
        outbox.photo_sent(item_id, position)
    outbox.mark_sent(item_id)
    return replace(answer, id=number, token=token)
