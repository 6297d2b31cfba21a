"""Sending one outbox e-mail through the municipality's SMTP server (STARTTLS, SSL or plain).

One connection per message: municipal volumes are small, and a message is marked sent as soon
as the server has accepted it, before anything else can fail. Errors are described by class and
SMTP code only: the server's text can echo the address.
"""

from __future__ import annotations

import html
import smtplib
import ssl
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid, parseaddr

from municipal_server.config import Settings
from municipal_server.models import Notification
from municipal_server.notifications import DeliveryError, reference
from municipal_server.timeutil import utcnow


def build(
    settings: Settings, notification: Notification, logo: bytes | None = None
) -> EmailMessage:
    """The plain-text message; with the municipality's `logo` (a clean PNG) an HTML
    alternative shows it above the same text, for mail readers that show HTML."""
    message = EmailMessage()
    name, address = parseaddr(settings.smtp_from)
    message["From"] = formataddr((name, address)) if name else address
    message["To"] = notification.address
    message["Subject"] = notification.subject or ""
    message["Date"] = format_datetime(notification.created_at or utcnow())
    # The same on every attempt, so a repeat after a crash mid-send is recognisable.
    domain = settings.jurisdiction_id or "localhost"
    message["Message-ID"] = f"<{reference(notification.dedupe_key)}@{domain}>"
    message["Auto-Submitted"] = "auto-generated"  # RFC 3834: no auto-replies, please
    message.set_content(notification.body, charset="utf-8")
    if logo:
        _add_logo(message, notification, logo, domain)
    message["Content-Language"] = notification.language  # after set_content, which drops it
    return message


def _add_logo(message: EmailMessage, notification: Notification, logo: bytes, domain: str) -> None:
    cid = make_msgid("logo", domain=domain)
    direction = "rtl" if notification.language == "ar" else "ltr"
    text = html.escape(notification.body)
    message.add_alternative(
        f'<!DOCTYPE html><html lang="{html.escape(notification.language)}" dir="{direction}">'
        f'<body><p><img src="cid:{cid[1:-1]}" alt="" height="64"></p>'
        f'<div style="white-space:pre-wrap">{text}</div></body></html>',
        subtype="html",
        charset="utf-8",
    )
    message.get_payload()[1].add_related(logo, "image", "png", cid=cid, filename="logo.png")


def _context(settings: Settings) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=settings.smtp_ca_file or None)


def _connect(settings: Settings) -> smtplib.SMTP:
    if settings.smtp_security == "ssl":
        return smtplib.SMTP_SSL(
            settings.smtp_host,
            settings.smtp_port,
            timeout=settings.smtp_timeout,
            context=_context(settings),
        )
    client = smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=settings.smtp_timeout)
    if settings.smtp_security == "starttls":
        try:
            client.starttls(context=_context(settings))
        except BaseException:
            client.close()  # the socket would otherwise stay open
            raise
    return client


def send(settings: Settings, notification: Notification, logo: bytes | None = None) -> None:
    """Deliver or raise DeliveryError (permanent for a 5xx refusal of this message)."""
    message = build(settings, notification, logo)
    if settings.smtp_user and settings.smtp_security not in ("starttls", "ssl"):
        # The settings refuse this at start; a password is never sent in clear all the same.
        raise DeliveryError("refusing to sign in to the mail server without TLS")
    try:
        client = _connect(settings)
    except (smtplib.SMTPException, OSError) as error:
        raise DeliveryError(f"cannot connect: {type(error).__name__}") from None
    try:
        if settings.smtp_user:
            client.login(settings.smtp_user, settings.smtp_password)
        client.send_message(message)
    except smtplib.SMTPRecipientsRefused as error:
        codes = sorted({code for code, _ in error.recipients.values()})
        permanent = all(code >= 500 for code in codes)
        raise DeliveryError(f"recipient refused {codes}", permanent=permanent) from None
    except smtplib.SMTPAuthenticationError as error:
        raise DeliveryError(f"authentication failed ({error.smtp_code})") from None
    except smtplib.SMTPResponseException as error:
        permanent = error.smtp_code >= 500
        text = f"{type(error).__name__} {error.smtp_code}"
        raise DeliveryError(text, permanent=permanent) from None
    except (smtplib.SMTPException, OSError) as error:
        raise DeliveryError(type(error).__name__) from None
    finally:
        _close(client)


def _close(client: smtplib.SMTP) -> None:
    """QUIT, ignoring its errors: the message was accepted (or not) before this point."""
    try:
        client.quit()
    except (smtplib.SMTPException, OSError):
        client.close()
