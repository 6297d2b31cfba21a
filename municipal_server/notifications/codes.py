"""The messages that carry a one-time code (a forgotten password; proving an e-mail address or a
mobile number), in the person's language.

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


#: Proving an address. Only the e-mail version goes by e-mail and only the SMS by text, so each
#: names what it proves; both say what to do if the reader never asked (someone typed their
#: address by mistake): nothing, and they will not be written to again.
VERIFY = {
    "ar": {
        "subject": "رمز تأكيد بريدك الإلكتروني — {municipality}",
        "body": (
            "رمز تأكيد بريدك الإلكتروني: {code}\n\n"
            "اكتبه في تطبيق البلدية، في صفحة «حسابي». الرمز صالح 10 دقائق ولمرة واحدة.\n"
            "إن لم تطلبه، فتجاهل هذه الرسالة؛ لن نراسلك على هذا العنوان ما لم يُؤكَّد.\n\n"
            "{municipality}"
        ),
        "sms": "رمز تأكيد رقم جوالك: {code} (صالح 10 دقائق). {municipality}",
    },
    "en": {
        "subject": "Your e-mail confirmation code — {municipality}",
        "body": (
            "Your e-mail confirmation code: {code}\n\n"
            "Type it in the municipality's app, on the My account page. It works once, for "
            "10 minutes.\nIf you did not ask for it, ignore this message; we will not write to "
            "this address unless it is confirmed.\n\n{municipality}"
        ),
        "sms": "Mobile number confirmation code: {code} (valid 10 minutes). {municipality}",
    },
    "fr": {
        "subject": "Votre code de confirmation d’adresse — {municipality}",
        "body": (
            "Votre code de confirmation d’adresse électronique : {code}\n\n"
            "Saisissez-le dans l’application de la municipalité, page « Mon compte ». Il ne sert "
            "qu’une fois, pendant 10 minutes.\nSi vous ne l’avez pas demandé, ignorez ce "
            "message ; nous n’écrirons pas à cette adresse tant qu’elle n’est pas confirmée."
            "\n\n{municipality}"
        ),
        "sms": "Code de confirmation du mobile : {code} (valable 10 minutes). {municipality}",
    },
}


def verify_address(language: str, *, code: str, municipality: str) -> Message:
    t = VERIFY.get(language) or VERIFY["ar"]
    values = {"code": code, "municipality": municipality}
    return Message(
        subject=t["subject"].format(**values),
        body=t["body"].format(**values),
        sms=t["sms"].format(**values),
    )
