"""Reading one-time codes out of the loopback mail and SMS sinks, and proving a test account's
addresses with them through the real API (for tests about what verified addresses receive)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable

import requests

from tests.conftest import Account, register
from tests.live_server import LiveServer
from tests.notify_sinks import HttpSink, SmtpSink, text_of, wait_for

#: words of the Arabic code messages (notifications/codes.py) that tell them apart
RESET, VERIFY = "استعادة", "تأكيد"
_CODE = re.compile(r"\b(\d{6})\b")


def _mails(smtp: SmtpSink, address: str, word: str) -> list[str]:
    return [text_of(m) for m in smtp.to(address) if word in m["Subject"]]


def _texts(sms: HttpSink, phone: str, word: str) -> list[str]:
    return [json.dumps(r, ensure_ascii=False) for r in sms.to(phone) if word in r["text"]]


def mailed_code(smtp: SmtpSink, address: str, word: str = VERIFY, count: int = 1) -> str:
    """The code of the `count`-th code e-mail about `word` to `address` (waits for it)."""
    wait_for(lambda: len(_mails(smtp, address, word)) >= count)
    return _CODE.search(_mails(smtp, address, word)[count - 1]).group(1)


def texted_code(sms: HttpSink, phone: str, word: str = VERIFY, count: int = 1) -> str:
    wait_for(lambda: len(_texts(sms, phone, word)) >= count)
    return _CODE.search(_texts(sms, phone, word)[count - 1]).group(1)


def forget_codes(smtp: SmtpSink | None, sms: HttpSink | None) -> None:
    """The sinks drop every code message they received, so that tests counting request
    notifications count only those."""
    if smtp is not None:
        with smtp.lock:
            smtp.messages[:] = [
                (to, m)
                for to, m in smtp.messages
                if VERIFY not in m["Subject"] and RESET not in m["Subject"]
            ]
    if sms is not None:
        with sms.lock:
            sms.requests[:] = [
                r
                for r in sms.requests
                if not any(w in r["body"].decode("utf-8", "replace") for w in (VERIFY, RESET))
            ]


def verify(server: LiveServer, account: Account, channel: str, code: str) -> requests.Response:
    return account.http.post(
        f"{server.url}/api/v1/me/verify", json={"channel": channel, "code": code}, timeout=30
    )


def verified_citizen(
    server: LiveServer,
    smtp: SmtpSink,
    sms: HttpSink | None = None,
    deliver: Callable[[], object] | None = None,
    **extra: str,
) -> Account:
    """A registered citizen whose e-mail (and phone, when given) are proved with the codes the
    server sent at sign-up. `deliver` runs the notification worker when the server's own does
    not."""
    account = register(server, **extra)
    if deliver is not None:
        deliver()
    answer = verify(server, account, "email", mailed_code(smtp, account.login))
    assert answer.status_code == 200, answer.text
    if extra.get("phone"):
        assert sms is not None
        phone = answer.json()["phone"]
        answer = verify(server, account, "phone", texted_code(sms, phone))
        assert answer.status_code == 200, answer.text
    account.user = answer.json()
    forget_codes(smtp, sms)
    return account
