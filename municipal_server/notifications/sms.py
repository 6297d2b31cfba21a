"""Sending one outbox SMS through the municipality's HTTP gateway.

Gateways differ, so the request is configured: URL, method, content type, a body template and
one authentication header. Placeholders `{to}`, `{text}`, `{id}` (the message's stable
reference, for gateways that drop repeats) and `{from}` are filled in, escaped for where they
stand: URL-encoded in the URL and in form bodies, JSON-escaped in JSON bodies.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections.abc import Callable
from urllib.parse import quote, quote_plus

from municipal_server.config import Settings
from municipal_server.models import Notification
from municipal_server.notifications import DeliveryError, reference

RETRIED_4XX = (408, 425, 429)


def _fill(template: str, values: dict[str, str], escape: Callable[[str], str]) -> str:
    for name, value in values.items():
        template = template.replace("{" + name + "}", escape(value))
    return template


def _json_escape(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)[1:-1]


def _body_escape(content_type: str) -> Callable[[str], str]:
    if "json" in content_type:
        return _json_escape
    if "x-www-form-urlencoded" in content_type:
        return quote_plus
    return str


def build(settings: Settings, notification: Notification) -> urllib.request.Request:
    if not settings.sms_url.lower().startswith(("https://", "http://")):
        raise DeliveryError("MUNICIPAL_SMS_URL must be an http(s) URL", permanent=True)
    values = {
        "to": notification.address,
        "text": notification.body,
        "id": reference(notification.dedupe_key),
        "from": settings.sms_sender,
    }
    url = _fill(settings.sms_url, values, lambda v: quote(v, safe=""))
    data = None
    headers = {"User-Agent": "municipal-server"}
    if settings.sms_method != "GET":
        content_type = settings.sms_content_type
        data = _fill(settings.sms_body, values, _body_escape(content_type)).encode("utf-8")
        headers["Content-Type"] = (
            content_type if "charset" in content_type else content_type + "; charset=utf-8"
        )
    if settings.sms_auth_header:
        name, _, value = settings.sms_auth_header.partition(":")
        headers[name.strip()] = value.strip()
    # An http(s) URL from the municipality's own configuration (checked above).
    return urllib.request.Request(  # noqa: S310
        url, data=data, headers=headers, method=settings.sms_method
    )


def send(settings: Settings, notification: Notification) -> None:
    """Deliver or raise DeliveryError (permanent for a 4xx other than 408/425/429)."""
    request = build(settings, notification)
    try:
        with urllib.request.urlopen(request, timeout=settings.sms_timeout) as answer:  # noqa: S310
            answer.read(65536)
    except urllib.error.HTTPError as error:
        permanent = 400 <= error.code < 500 and error.code not in RETRIED_4XX
        raise DeliveryError(f"gateway answered HTTP {error.code}", permanent=permanent) from None
    except (urllib.error.URLError, OSError) as error:
        raise DeliveryError(f"gateway unreachable: {type(error).__name__}") from None
