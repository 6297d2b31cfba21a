"""The outbox worker: escalations and "is it fixed?" questions, then delivery with retries.

Delivery of one message:
1. claim it in a short transaction: the oldest due `queued` row (or a `sending` row whose lease
   ran out: its worker died) is locked (FOR UPDATE SKIP LOCKED on PostgreSQL; SQLite's
   BEGIN IMMEDIATE serialises), set to `sending` with a lease, its attempt counted; commit;
2. send it (no transaction open);
3. mark it `sent` in its own commit at once, or `queued` again with a backoff (doubling from
   MUNICIPAL_NOTIFY_RETRY_BASE up to MUNICIPAL_NOTIFY_RETRY_MAX), or `failed` when the refusal is
   permanent or the attempts are used up.

Nothing is lost: a message is in the database before its cause is committed, and only a
delivered or finally refused one leaves `queued`. Delivery is at least once: a worker that dies
between the server's acceptance (step 2) and the commit of step 3, a window of one small UPDATE,
leaves the row `sending`; it is sent again when the lease (MUNICIPAL_NOTIFY_LEASE) runs out.
Such a repeat carries the same Message-ID (and SMS `{id}`), so it can be recognised. A worker
that is stopped normally finishes the message in hand first. The attempt count is the claim's
fencing token: a late worker cannot overwrite the outcome of a newer claim.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import and_, delete, or_, select, update
from sqlalchemy.exc import IntegrityError

from municipal_server.config import Settings
from municipal_server.db import Database
from municipal_server.models import Notification
from municipal_server.municipality import current_logo, with_profile
from municipal_server.notifications import DeliveryError, email, escalation, fixed_check, sms
from municipal_server.timeutil import utcnow

log = logging.getLogger("municipal_server.notifications")

Sender = Callable[[Settings, Notification], None]
MAX_PER_TICK = 500


@dataclass
class Tally:
    escalated: int = 0
    asked: int = 0
    sent: int = 0
    retried: int = 0
    failed: int = 0
    pruned: int = 0
    paused: set[str] = field(default_factory=set)


class Worker:
    """One worker; any number may run at once (threads, processes) on one database."""

    def __init__(
        self,
        database: Database,
        settings: Settings,
        clock: Callable[[], datetime] = utcnow,
        senders: dict[str, Sender] | None = None,
    ) -> None:
        self.database = database
        self.settings = settings
        self.clock = clock
        self.senders = senders or {"email": self._send_email, "sms": sms.send}

    def _send_email(self, settings: Settings, row: Notification) -> None:
        """E-mails carry the municipality's logo as it is when they are sent."""
        with self.database.session() as session:
            logo = current_logo(session)
        email.send(settings, row, logo)

    def run_once(self, stop: threading.Event | None = None) -> Tally:
        """One pass: queue escalations and questions, then deliver what is due."""
        tally = Tally()
        tally.escalated = self._scan(escalation.escalate_overdue)
        tally.asked = self._scan(fixed_check.ask_resolved)
        tally.pruned = self.prune()
        for _ in range(MAX_PER_TICK):
            if stop is not None and stop.is_set():
                break
            row = self.claim(exclude=tally.paused)
            if row is None:
                break
            self.deliver(row, tally)
        return tally

    def _scan(self, step: Callable[..., int]) -> int:
        with self.database.session() as session:
            try:
                count = step(session, with_profile(self.settings, session), self.clock())
                session.commit()
            except IntegrityError:
                # Another worker queued the same messages first (dedupe key); its work stands.
                session.rollback()
                return 0
        return count

    def prune(self) -> int:
        """Delete sent messages older than MUNICIPAL_NOTIFY_KEEP_DAYS: they hold addresses and
        texts, and their dedupe keys are no longer needed (each cause is queued only once:
        events when they happen, escalations and questions behind their own columns).
        Failed messages stay for the administrator to look at."""
        cutoff = self.clock() - timedelta(days=self.settings.notify_keep_days)
        with self.database.session() as session:
            result = session.execute(
                delete(Notification).where(
                    Notification.state == "sent", Notification.sent_at < cutoff
                )
            )
            session.commit()
        return result.rowcount or 0

    def claim(self, exclude: Collection[str] = ()) -> Notification | None:
        now = self.clock()
        with self.database.session() as session:
            query = (
                select(Notification)
                .where(
                    or_(
                        and_(Notification.state == "queued", Notification.next_attempt_at <= now),
                        and_(Notification.state == "sending", Notification.lease_until < now),
                    )
                )
                .order_by(Notification.next_attempt_at, Notification.id)
                .limit(1)
                .with_for_update(skip_locked=True)
            )
            if exclude:
                query = query.where(Notification.channel.not_in(sorted(exclude)))
            row = session.scalars(query).first()
            if row is None:
                session.rollback()
                return None
            row.state = "sending"
            row.attempts += 1
            row.lease_until = now + timedelta(seconds=self.settings.notify_lease)
            session.commit()
            return row

    def deliver(self, row: Notification, tally: Tally) -> None:
        sender = self.senders.get(row.channel)
        try:
            if sender is None:
                raise DeliveryError(f"unknown channel {row.channel}", permanent=True)
            sender(self.settings, row)
        except DeliveryError as error:
            self._not_sent(row, str(error), error.permanent, tally)
        except Exception as error:  # a bug or an unforeseen failure: keep the message
            log.exception("notification %s: unexpected error while sending", row.id)
            self._not_sent(row, type(error).__name__, False, tally)
        else:
            # A one-time code is not kept once it has gone: the outbox is no second inbox.
            blank = {"body": "", "subject": None} if row.kind == "code" else {}
            self._finish(row, state="sent", sent_at=self.clock(), last_error=None, **blank)
            tally.sent += 1
            log.info("notification %s sent (%s, %s)", row.id, row.channel, row.kind)

    def _not_sent(self, row: Notification, error: str, permanent: bool, tally: Tally) -> None:
        if permanent or row.attempts >= self.settings.notify_max_attempts:
            self._finish(row, state="failed", last_error=error[:500])
            tally.failed += 1
            log.warning("notification %s failed for good (%s): %s", row.id, row.channel, error)
            return
        delay = min(
            self.settings.notify_retry_base * 2 ** (row.attempts - 1),
            self.settings.notify_retry_max,
        )
        self._finish(
            row,
            state="queued",
            next_attempt_at=self.clock() + timedelta(seconds=delay),
            last_error=error[:500],
        )
        tally.retried += 1
        # The next message on this channel would meet the same outage: leave it for later.
        tally.paused.add(row.channel)
        log.warning(
            "notification %s not sent (%s, attempt %d, again in %.0f s): %s",
            row.id,
            row.channel,
            row.attempts,
            delay,
            error,
        )

    def _finish(self, row: Notification, **values: object) -> None:
        """Record the outcome in its own commit, unless a newer claim took the row over."""
        with self.database.session() as session:
            session.execute(
                update(Notification)
                .where(
                    Notification.id == row.id,
                    Notification.state == "sending",
                    Notification.attempts == row.attempts,
                )
                .values(lease_until=None, **values)
            )
            session.commit()


class WorkerThread:
    """The worker inside `municipal-server serve`: a pass every `interval` seconds."""

    def __init__(self, worker: Worker, interval: float) -> None:
        self.worker = worker
        self.interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="notifications", daemon=True)

    def start(self) -> WorkerThread:
        self._thread.start()
        return self

    def stop(self, timeout: float = 60.0) -> None:
        """Ask it to stop and wait: the message in hand is finished, no new one is claimed."""
        self._stop.set()
        self._thread.join(timeout)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self.worker.run_once(self._stop)
            except Exception:  # the database may be away for a while; try again later
                log.exception("notification worker pass failed")
            self._stop.wait(self.interval)
