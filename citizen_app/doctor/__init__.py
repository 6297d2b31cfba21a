"""`citizen-app doctor`: checks a machine the way IT staff would, one PASS/WARN/FAIL line each.

One small module per group of checks: config.py (the site and user files), network.py (server,
TLS, Open311, extensions), machine.py (keyring, data folder, outbox), desktop.py (Arabic font,
printer: QtGui, no widgets); cli.py runs them and prints text or JSON. Every check returns
quickly: network calls have timeouts and the keyring is asked on a worker thread with a limit.
"""

from __future__ import annotations

from dataclasses import dataclass

PASS, WARN, FAIL = "PASS", "WARN", "FAIL"


@dataclass(frozen=True)
class Check:
    """One result. `id` and `code` are stable for machines; `title` and `message` are in the
    chosen language."""

    id: str
    status: str
    title: str
    message: str
    code: str = ""
