"""The message that carries a one-time code (a forgotten password), in the person's language.

Short enough for one SMS part in Arabic (70 characters). The code itself is never logged; the
worker blanks the message's text once it is sent (worker.Worker.deliver).
"""

from __future__ import annotations

from municipal_server.notifications.templates import Message

TEXTS = {
    "ar": {
        "subject": "رمز استعادة كلمة المرور — {municipality}",
        "body": (
            "رمز استعادة كلمة المرور: {code}\n\n"
            "الرمز صالح 10 دقائق ولمرة واحدة. إن لم تطلبه، فتجاهل هذه الرسالة؛ "
            "كلمة مرورك لم تتغير.\n\n{municipality}"
        ),
        "sms": "رمز استعادة كلمة المرور: {code} (صالح 10 دقائق). {municipality}",
    },
    "en": {
        "subject": "Your password reset code — {municipality}",
        "body": (
            "Your password reset code: {code}\n\n"
            "It works once, for 10 minutes. If you did not ask for it, ignore this message; "
            "your password has not changed.\n\n{municipality}"
        ),
        "sms": "Password reset code: {code} (valid 10 minutes). {municipality}",
    },
    "fr": {
        "subject": "Votre code de réinitialisation — {municipality}",
        "body": (
            "Votre code de réinitialisation du mot de passe : {code}\n\n"
            "Il ne sert qu’une fois, pendant 10 minutes. Si vous ne l’avez pas demandé, "
            "ignorez ce message ; votre mot de passe n’a pas changé.\n\n{municipality}"
        ),
        "sms": "Code de réinitialisation : {code} (valable 10 minutes). {municipality}",
    },
}


def password_reset(language: str, *, code: str, municipality: str) -> Message:
    t = TEXTS.get(language) or TEXTS["ar"]
    values = {"code": code, "municipality": municipality}
    return Message(
        subject=t["subject"].format(**values),
        body=t["body"].format(**values),
        sms=t["sms"].format(**values),
    )
