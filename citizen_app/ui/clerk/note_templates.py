"""Public note templates per status, in the clerk's language; the clerk edits before sending."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def template(status: str) -> str:
    texts = {
        "received": QCoreApplication.translate(
            "NoteTemplates",
            "Your request has reached the responsible department and will be looked at soon.",
        ),
        "in_progress": QCoreApplication.translate(
            "NoteTemplates", "Work on your request has started. We will tell you when it is done."
        ),
        "on_hold": QCoreApplication.translate(
            "NoteTemplates",
            "Your request is on hold for now because: … We will continue as soon as possible.",
        ),
        "resolved": QCoreApplication.translate(
            "NoteTemplates",
            "Your request has been dealt with. If the problem is still there, you can reopen it.",
        ),
        "closed": QCoreApplication.translate(
            "NoteTemplates", "Your request is closed. Thank you for helping your municipality."
        ),
        "rejected": QCoreApplication.translate(
            "NoteTemplates",
            "We cannot carry out this request because: … For questions, call the municipality.",
        ),
        "submitted": "",
        "duplicate": QCoreApplication.translate(
            "NoteTemplates", "This problem was already reported; we follow it under another number."
        ),
    }
    return texts.get(status, "")
