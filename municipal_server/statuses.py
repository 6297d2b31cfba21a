"""The request status model and its Open311 projection."""

from __future__ import annotations

STATUSES = (
    "submitted",
    "received",
    "in_progress",
    "on_hold",
    "resolved",
    "closed",
    "rejected",
    "duplicate",
)
OPEN = frozenset({"submitted", "received", "in_progress", "on_hold"})

# What a clerk may move a request to, from each status. `duplicate` is reached only through the
# duplicate-of action (it needs the other request), and a citizen's reopen is its own route.
TRANSITIONS: dict[str, frozenset[str]] = {
    "submitted": frozenset({"received", "in_progress", "rejected"}),
    "received": frozenset({"in_progress", "on_hold", "resolved", "rejected"}),
    "in_progress": frozenset({"on_hold", "resolved", "rejected"}),
    "on_hold": frozenset({"in_progress", "rejected"}),
    "resolved": frozenset({"closed", "in_progress"}),
    "closed": frozenset(),
    "rejected": frozenset(),
    "duplicate": frozenset(),
}
CAN_BE_DUPLICATE = OPEN
REOPENED_STATUS = "received"
MAX_REOPENS = 1


def open311_status(status: str) -> str:
    return "open" if status in OPEN else "closed"


def can_move(current: str, target: str) -> bool:
    return target in TRANSITIONS.get(current, frozenset())
