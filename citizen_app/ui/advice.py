"""Failures as plain advice in the citizen's language, never exception text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from citizen_app.api.errors import (
    CertificateError,
    NotAuthenticated,
    Rejected,
    ServerError,
    TransportError,
)
from citizen_app.api.url_policy import Refusal, UrlRefused
from citizen_app.core import formats
from citizen_app.ui.bidi import ltr


def sign_in_first() -> str:
    """When a municipality takes requests only from signed-in citizens."""
    return QCoreApplication.translate(
        "Advice",
        "This municipality takes requests only from signed-in citizens. Sign in or create an "
        "account; your request is kept as a draft and you can send it afterwards.",
    )


def verify_first() -> str:
    """When a municipality takes requests only from accounts with a confirmed address."""
    return QCoreApplication.translate(
        "Advice",
        "This municipality asks you to confirm your e-mail or mobile number before sending a "
        "request. We send you a code; your request is kept as a draft and you can send it "
        "afterwards.",
    )


def code_refused(error: Exception) -> str | None:
    """What to say when the server refused a one-time code (the tries left, or that the code is
    spent); None for any other error. The reset box and the confirm box both ask for codes."""
    if not (isinstance(error, Rejected) and error.code == "invalid_code"):
        return None
    left = int(error.params.get("tries_left", 0))
    if left:
        text = QCoreApplication.translate("PasswordResetBox", "The code is wrong. Tries left: %1.")
        return text.replace("%1", formats.number(left))
    return QCoreApplication.translate(
        "PasswordResetBox", "This code no longer works. Ask for a new one."
    )


def advice(error: Exception) -> str:
    if isinstance(error, UrlRefused):
        return _refused(error)
    if isinstance(error, CertificateError):
        return QCoreApplication.translate(
            "Advice",
            "The server's identity could not be verified, so nothing was sent. Ask the "
            "municipality's IT staff (they can run: citizen-app doctor).",
        )
    if isinstance(error, TransportError):
        return QCoreApplication.translate(
            "Advice",
            "No connection to the municipality's server. Check your internet and try again.",
        )
    if isinstance(error, ServerError):
        return QCoreApplication.translate(
            "Advice", "The municipality's server has a problem right now. Please try again later."
        )
    if isinstance(error, NotAuthenticated):
        return QCoreApplication.translate("Advice", "Your session has ended. Please sign in again.")
    if isinstance(error, Rejected):
        if error.code == "upload_quota_exceeded":
            return QCoreApplication.translate(
                "Advice",
                "You have sent as many photos as allowed in one day. They can be sent tomorrow.",
            )
        if error.code == "contact_unverified":
            return verify_first()
        if error.code == "rate_limited":
            return QCoreApplication.translate(
                "Advice", "Too many attempts. Please wait a few minutes and try again."
            )
        if error.code == "too_many_uploads":
            return QCoreApplication.translate(
                "Advice", "Your other photos are still being sent. This one will follow."
            )
        if error.status == 429:
            return QCoreApplication.translate(
                "Advice",
                "The municipality asked to wait before more is sent from this connection. "
                "Please try again later, or sign in.",
            )
        if error.status == 403:
            return QCoreApplication.translate(
                "Advice", "This app is not allowed to send requests to this server (API key)."
            )
        if error.status == 404:
            return QCoreApplication.translate("Advice", "Not found on the municipality's server.")
        return QCoreApplication.translate(
            "Advice", "The server did not accept the request. Check the highlighted fields."
        )
    return QCoreApplication.translate("Advice", "Something went wrong. Please try again.")


def _refused(error: UrlRefused) -> str:
    """Nothing was sent: said with the address (as shown: no password, no query), so that IT
    staff can tell which setting or which server answer is at fault."""
    if error.reason is Refusal.OTHER_ORIGIN:
        text = QCoreApplication.translate(
            "Advice",
            "The municipality's server pointed the app to another address, %1. Nothing was "
            "sent there. If that address is right, type it under Settings.",
        )
    elif error.reason is Refusal.PLAIN_HTTP:
        text = QCoreApplication.translate(
            "Advice",
            "The app sends nothing to %1: it is plain http:// to another computer, so "
            "passwords and personal details would travel unencrypted. Nothing was sent.",
        )
    else:
        text = QCoreApplication.translate(
            "Advice", "%1 is not a web address the app can use. Nothing was sent."
        )
    return text.replace("%1", ltr(error.url))
