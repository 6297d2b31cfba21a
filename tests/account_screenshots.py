"""Screenshots of the citizen's account screens in Arabic at 1366×768, against the real server
with loopback mail and SMS sinks (so the codes really arrive): the step after sign-up, the
account page (contacts with their state, and where the account is signed in), and the
forgotten-password box. Run: `python -m tests.account_screenshots [folder]` (default
docs/screenshots); each PNG is written as account-*.png."""

from __future__ import annotations

import sys
import tempfile
import time
import uuid
from pathlib import Path

from tests.conftest import sign_in
from tests.live_server import LiveServer
from tests.notify_sinks import HttpSink, SmtpSink, notify_env
from tests.verify_codes import RESET, mailed_code, texted_code

SIZE = (1366, 768)


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from citizen_app.api.client import Open311Client
    from citizen_app.core.credentials import CredentialStore
    from citizen_app.i18n import apply_language, register_fonts
    from citizen_app.screenshots import settle
    from citizen_app.ui.main_window import MainWindow
    from citizen_app.ui.page_stack import reveal

    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([sys.argv[0]])
    register_fonts()
    smtp, sms = SmtpSink().start(), HttpSink().start()
    folder = Path(tempfile.mkdtemp(prefix="account-shots-"))
    server = LiveServer(f"sqlite:///{folder / 'municipal.db'}", env=notify_env(smtp, sms))
    server.seed()
    server.start()

    def wait(condition, timeout: float = 20.0) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise RuntimeError("timed out")
            app.processEvents()
            time.sleep(0.02)

    def shot(name: str) -> None:
        for _ in range(5):
            app.processEvents()
            time.sleep(0.05)
        path = out / f"account-{name}.png"
        window.grab().save(str(path))
        print(path)

    try:
        apply_language("ar")
        client = Open311Client(server.url, api_key=server.api_key, language="ar")
        window = MainWindow(client, store=CredentialStore(memory_only=True), language="ar")
        window.resize(*SIZE)
        window.show()
        window.start()
        wait(lambda: window.stack.currentWidget() is window.welcome)

        # Sign-up, then the step that confirms the e-mail and the mobile number.
        login, phone = f"mona.{uuid.uuid4().hex[:6]}@example.ps", "0599" + str(uuid.uuid4().int)[:6]
        password = "a long password"
        welcome = window.welcome
        welcome.new_name.setText("منى الجعبري")
        welcome.new_email.setText(login)
        welcome.new_phone.setText(phone)
        welcome.new_password.setText(password)
        welcome.register_button.click()
        step = window.accounts.verify_step
        wait(lambda: window.stack.currentWidget() is step)
        email, mobile = step.contacts
        email.code.setText(mailed_code(smtp, login))
        email.confirm_button.click()
        wait(lambda: (window.account.user or {}).get("email_verified") is True)
        texted_code(sms, phone)  # the SMS has arrived too: the mobile box waits for it
        mobile.code.setText("0000")
        mobile.confirm_button.click()  # too short: said under the box
        shot("verify-step")

        # The account page: contacts with their state; a new e-mail waiting for its code.
        sign_in(server, login, password)  # a second session, on "another device"
        step.continue_button.click()
        window.accounts.on_my_account_clicked()
        page = window.my_account
        wait(lambda: page.sessions.count() == 2)
        page.email.setText(f"mona.new.{uuid.uuid4().hex[:4]}@example.ps")
        page.save_button.click()
        wait(lambda: page.contacts[0].code.isVisible())
        shot("page")
        for _ in range(2):  # two more devices: a phone, a computer at work
            sign_in(server, login, password)
        page.load_sessions()
        wait(lambda: page.sessions.count() == 4)
        reveal(page.sessions_box)
        shot("sessions")

        # Signed out: the forgotten password box, a code on its way.
        window.accounts.on_sign_out_requested()
        wait(lambda: window.stack.currentWidget() is window.welcome)
        welcome.login.setText(login)
        welcome.forgot_button.click()
        box = welcome.reset_box
        box.send_button.click()
        wait(lambda: box.steps.currentIndex() == 1)
        box.code.setText(mailed_code(smtp, login, RESET))
        shot("password-reset")
        window.close()
        settle(app)
    finally:
        server.stop()
        smtp.stop()
        sms.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
