"""Status names in the citizen's language (our fine statuses and Open311's open/closed)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

#: the server's statuses of a request, in the order a request goes through them
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


def status_name(status: str) -> str:
    names = {
        "submitted": QCoreApplication.translate("Status", "Submitted"),
        "received": QCoreApplication.translate("Status", "Received"),
        "in_progress": QCoreApplication.translate("Status", "In progress"),
        "on_hold": QCoreApplication.translate("Status", "On hold"),
        "resolved": QCoreApplication.translate("Status", "Resolved"),
        "closed": QCoreApplication.translate("Status", "Closed"),
        "rejected": QCoreApplication.translate("Status", "Rejected"),
        "duplicate": QCoreApplication.translate("Status", "Duplicate"),
        "open": QCoreApplication.translate("Status", "Open"),
    }
    return names.get(status, status)


def event_name(kind: str) -> str:
    names = {
        "comment": QCoreApplication.translate("Status", "Your comment"),
        "attachment": QCoreApplication.translate("Status", "Photo added"),
        "rating": QCoreApplication.translate("Status", "Your rating"),
        "expected": QCoreApplication.translate("Status", "Expected date set"),
    }
    return names.get(kind, kind)
