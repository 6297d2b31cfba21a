"""Telling people by e-mail and SMS: an outbox in the database, filled in the transaction of
what it tells about (queue.py, escalation.py, fixed_check.py), emptied by a worker (worker.py)
through an SMTP server (email.py) and an HTTP SMS gateway (sms.py), in the reader's language
(templates.py)."""

from __future__ import annotations

import hashlib


class DeliveryError(Exception):
    """A message was not delivered. `permanent`: trying again would not help (an address the
    server refuses); otherwise it is retried later. The text never holds an address or body."""

    def __init__(self, text: str, *, permanent: bool = False) -> None:
        super().__init__(text)
        self.permanent = permanent


def reference(dedupe_key: str) -> str:
    """A stable id for one message, the same on every attempt: the e-mail's Message-ID and the
    SMS gateway's `{id}`, so a receiver can recognise a repeat after a crash mid-send."""
    return hashlib.sha256(dedupe_key.encode("utf-8")).hexdigest()[:32]
