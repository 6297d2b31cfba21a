"""Confirming an e-mail or a mobile number in the real window, against the real server with
mail and SMS sinks: the step after sign-up, the account page's contacts with their state, a
changed address that waits for its code, and a municipality that asks for a confirmed address
before it takes a request."""

from __future__ import annotations

import uuid

import pytest

from citizen_app.api.errors import Rejected
from tests.conftest import register
from tests.helpers import marker
from tests.live_server import LiveServer
from tests.notify_sinks import HttpSink, SmtpSink
from tests.test_account_ui import welcome_window
from tests.test_clerk_workspace import signed_in_window
from tests.verify_codes import mailed_code, verified_citizen


def test_after_sign_up_the_verify_step_takes_the_code(
    qtbot, mailing: LiveServer, sinks: tuple[SmtpSink, HttpSink]
) -> None:
    smtp, _ = sinks
    window = welcome_window(qtbot, mailing)
    welcome = window.welcome
    login = f"v{uuid.uuid4().hex[:10]}@example.ps"
    welcome.new_name.setText("منى")
    welcome.new_email.setText(login)
    welcome.new_password.setText("a long password")
    welcome.register_button.click()
    step = window.accounts.verify_step
    qtbot.waitUntil(lambda: window.stack.currentWidget() is step, timeout=15000)
    assert welcome.new_email.text() == "" and welcome.new_name.text() == ""  # not left behind
    email, phone = step.contacts
    assert email.isVisibleTo(window) and not phone.isVisibleTo(window)  # no phone was given
    assert login in email.state.text() and email.code.hasFocus()
    assert step.continue_button.text() == "لاحقًا"
    code = mailed_code(smtp, login)

    email.code.setText("12")  # too short: said at once, nothing sent
    email.confirm_button.click()
    assert email.status.text() == "يتكوّن الرمز من 6 أرقام."
    email.code.setText("000000" if code != "000000" else "111111")
    email.confirm_button.click()
    qtbot.waitUntil(lambda: "4" in email.status.text(), timeout=15000)
    assert email.code.text() == ""  # a wrong code is not kept
    email.code.setText(code.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")))
    email.code.returnPressed.emit()
    qtbot.waitUntil(lambda: window.account.user.get("email_verified") is True, timeout=15000)
    assert "✔" in email.state.text() and not email.code.isVisibleTo(window)
    assert step.continue_button.text() == "متابعة"
    step.continue_button.click()
    assert window.stack.currentWidget() is window.catalogue


def test_the_account_page_shows_each_contact_and_a_new_email_waits_for_its_code(
    qtbot, mailing: LiveServer, sinks: tuple[SmtpSink, HttpSink]
) -> None:
    smtp, _ = sinks
    phone = "+9705" + marker()[1:9].translate(str.maketrans("abcdef", "123456"))
    citizen = verified_citizen(mailing, smtp)
    citizen.http.patch(f"{mailing.url}/api/v1/me", json={"phone": phone}, timeout=30)
    window = signed_in_window(qtbot, mailing, citizen.login, citizen.password)
    window.accounts.on_my_account_clicked()
    page = window.my_account
    email, mobile = page.contacts
    assert "✔" in email.state.text() and not email.send_button.isVisibleTo(window)
    assert "غير مؤكَّد" in mobile.state.text() and mobile.send_button.isVisibleTo(window)

    new = f"n{marker()}@example.ps"
    page.email.setText(new)
    page.save_button.click()
    qtbot.waitUntil(lambda: email.code.isVisibleTo(window), timeout=15000)
    assert citizen.login in email.state.text() and new in email.state.text()
    assert page.email.text() == new  # what the person chose stays in the field
    email.code.setText(mailed_code(smtp, new))
    email.confirm_button.click()
    qtbot.waitUntil(lambda: window.account.user.get("email") == new, timeout=15000)
    assert "✔" in email.state.text() and new in email.state.text()
    me = citizen.http.get(f"{mailing.url}/api/v1/me", timeout=30).json()
    assert (me["email"], me["pending_email"], me["email_verified"]) == (new, None, True)

    # Signed out: neither the addresses nor anything typed stays on the page.
    mobile.code.setText("123")
    window.accounts.on_sign_out_requested()
    assert not mobile.code.text() and not email.state.text() and not email.isVisibleTo(window)


def test_a_municipality_that_asks_for_a_confirmed_address_leads_there(
    qtbot, strict_mailing: LiveServer, sinks: tuple[SmtpSink, HttpSink]
) -> None:
    smtp, _ = sinks
    citizen = register(strict_mailing)
    window = signed_in_window(qtbot, strict_mailing, citizen.login, citizen.password)
    # The real server's refusal of a real submission, as the outbox sender receives it.
    with pytest.raises(Rejected) as refused:
        window.client.submit(
            "water-leak",
            {"address_string": "شارع عين سارة", "description": "تسرب"},
            {"where": "street"},
            str(uuid.uuid4()),
        )
    assert refused.value.code == "contact_unverified"
    window.stack.setCurrentWidget(window.form)
    window.form.on_submit_failed(refused.value)
    assert "تأكيد بريدك الإلكتروني أو رقم جوالك" in window.form.status.text()
    step = window.accounts.verify_step
    assert window.stack.currentWidget() is step
    email = step.contacts[0]
    email.code.setText(mailed_code(smtp, citizen.login))
    email.confirm_button.click()
    qtbot.waitUntil(lambda: window.account.user.get("email_verified") is True, timeout=15000)
    step.continue_button.click()
    assert window.stack.currentWidget() is window.form  # back to the request, to send it
