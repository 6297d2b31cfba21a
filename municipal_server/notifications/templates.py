"""Notification texts in Arabic, English and French (plain text: e-mail bodies and SMS).

Request numbers start with Latin letters (`HEB-2026-000123`), so inside an Arabic sentence the
Unicode bidi algorithm already keeps the whole number as one left-to-right run (its digits
follow the letters, rule W7); no LRI/PDI marks are added, because many phones' SMS apps and
some mail readers show those as boxes. Every Arabic line starts with an Arabic word, so readers
that choose the direction from the first letter show it right to left. Dates come already
written (queue.local_date: DD/MM/YYYY in Arabic and French, YYYY-MM-DD in English).

Digits: Western (0–9) in every language, as Palestinian municipalities print them and as
citizens type request numbers; the app's site setting `digits` does not reach e-mail and SMS.
The Arabic follows the house glossary (shared ARABIC.md): مُنجَز for resolved, قائمة العمل for
the clerks' list, غير مُسنَد for no one assigned, ملاحظة for a note; e-mails address the citizen
in the respectful plural (طلبكم) throughout.
"""

from __future__ import annotations

from dataclasses import dataclass

from municipal_server.i18n import DEFAULT_LANGUAGE

# Characters of a note quoted in an SMS; the e-mail has it whole. An Arabic SMS part holds 70
# characters (67 when split), so an Arabic status SMS stays within two parts.
SMS_NOTE_LIMIT = 200
SMS_NOTE_LIMITS = {"ar": 60}

STATUS_NAMES = {
    "ar": {
        "submitted": "مُقدَّم",
        "received": "مُستلَم",
        "in_progress": "قيد التنفيذ",
        "on_hold": "معلّق",
        "resolved": "مُنجَز",
        "closed": "مغلق",
        "rejected": "مرفوض",
        "duplicate": "مكرَّر",
    },
    "en": {
        "submitted": "Submitted",
        "received": "Received",
        "in_progress": "In progress",
        "on_hold": "On hold",
        "resolved": "Resolved",
        "closed": "Closed",
        "rejected": "Rejected",
        "duplicate": "Duplicate",
    },
    "fr": {
        "submitted": "Déposée",
        "received": "Reçue",
        "in_progress": "En cours de traitement",
        "on_hold": "En attente",
        "resolved": "Résolue",
        "closed": "Clôturée",
        "rejected": "Rejetée",
        "duplicate": "Doublon",
    },
}

TEXTS: dict[str, dict[str, str]] = {
    "ar": {
        "greeting": "مرحبًا {name}،",
        "footer": "هذه رسالة آلية، يُرجى عدم الرد عليها.\n{municipality}",
        "status_subject": "طلبكم رقم {number}: {status}",
        "status_body": "نُعلمكم بأن حالة طلبكم رقم {number} ({service}) أصبحت: {status}.",
        "note_subject": "ملاحظة جديدة على طلبكم رقم {number}",
        "note_body": "أضافت البلدية ملاحظة على طلبكم رقم {number} ({service}).",
        "note_label": "ملاحظة البلدية:",
        "duplicate_line": "الطلب مكرَّر، وتجري متابعته ضمن الطلب رقم {other}.",
        "resolved_line": "إذا لم تُحلّ المشكلة، يمكنكم إعادة فتح الطلب من التطبيق.",
        "follow_line": "يمكنكم متابعة الطلب من خلال تطبيق الخدمات الإلكترونية للبلدية.",
        "status_sms": "{municipality}: أصبحت حالة طلبكم رقم {number} ({service}): {status}.",
        "note_sms": "{municipality}: ملاحظة جديدة على طلبكم رقم {number} ({service}).",
        "escalation_subject": "تجاوز الموعد: الطلب رقم {number} ({service})",
        "escalation_body": (
            "كان موعد الإنجاز المتوقع للطلب رقم {number} ({service}) في {due}، ولا تزال حالته: "
            "{status}.\nتاريخ التقديم: {submitted}. الموظف المكلّف: {assignee}.\n"
            "يُرجى متابعته من قائمة العمل."
        ),
        "escalation_sms": "تجاوز الموعد ({due}): الطلب رقم {number} ({service})، وحالته: {status}.",
        "nobody": "غير مُسنَد",
        "fixed_subject": "هل حُلّت المشكلة؟ الطلب رقم {number}",
        "fixed_body": (
            "أصبح طلبكم رقم {number} ({service}) مُنجَزًا بتاريخ {resolved}. هل النتيجة مُرضية؟\n\n"
            "يُرجى الإجابة من خلال تطبيق الخدمات الإلكترونية للبلدية: الإجابة «نعم» تُغلق "
            "الطلب، والإجابة «لا» تُعيده إلى البلدية مع السبب الذي تذكرونه."
        ),
        "fixed_sms": (
            "{municipality}: هل حُلّت المشكلة في طلبكم رقم {number} ({service})؟ "
            "يُرجى الإجابة من خلال تطبيق الخدمات الإلكترونية."
        ),
    },
    "en": {
        "greeting": "Hello {name},",
        "footer": "This is an automatic message; please do not reply to it.\n{municipality}",
        "status_subject": "Your request {number}: {status}",
        "status_body": "Your request {number} ({service}) is now: {status}.",
        "note_subject": "A new note on your request {number}",
        "note_body": "The municipality added a note to your request {number} ({service}).",
        "note_label": "Note from the municipality:",
        "duplicate_line": "It duplicates request {other}, which is being handled.",
        "resolved_line": "If the problem is not solved, you can reopen the request in the app.",
        "follow_line": "You can follow your request in the municipality's e-services app.",
        "status_sms": "{municipality}: your request {number} ({service}) is now {status}.",
        "note_sms": "{municipality}: a new note on your request {number} ({service}).",
        "escalation_subject": "Overdue: request {number} ({service})",
        "escalation_body": (
            "Request {number} ({service}) was due on {due} and is still: {status}.\n"
            "Submitted on {submitted}. Assigned to: {assignee}.\n"
            "Please see to it in the work list."
        ),
        "escalation_sms": "Overdue since {due}: request {number} ({service}), still {status}.",
        "nobody": "nobody",
        "fixed_subject": "Is it fixed? Request {number}",
        "fixed_body": (
            "Your request {number} ({service}) was resolved on {resolved}. Is the result good?\n\n"
            'Please answer in the municipality\'s e-services app: "Yes" closes the request; '
            '"No" sends it back to the municipality with your reason.'
        ),
        "fixed_sms": (
            "{municipality}: is your request {number} ({service}) fixed? "
            "Please answer in the e-services app."
        ),
    },
    "fr": {
        "greeting": "Bonjour {name},",
        "footer": "Ceci est un message automatique ; merci de ne pas y répondre.\n{municipality}",
        "status_subject": "Votre demande {number} : {status}",
        "status_body": "Votre demande {number} ({service}) est désormais : {status}.",
        "note_subject": "Une nouvelle note sur votre demande {number}",
        "note_body": "La municipalité a ajouté une note à votre demande {number} ({service}).",
        "note_label": "Note de la municipalité :",
        "duplicate_line": "Elle fait double emploi avec la demande {other}, qui est en cours.",
        "resolved_line": (
            "Si le problème n'est pas réglé, vous pouvez rouvrir la demande dans l'application."
        ),
        "follow_line": (
            "Vous pouvez suivre votre demande dans l'application des services en ligne de la "
            "municipalité."
        ),
        "status_sms": "{municipality} : votre demande {number} ({service}) est désormais {status}.",
        "note_sms": "{municipality} : une nouvelle note sur votre demande {number} ({service}).",
        "escalation_subject": "En retard : demande {number} ({service})",
        "escalation_body": (
            "La demande {number} ({service}) devait être traitée le {due} et elle est toujours : "
            "{status}.\nDéposée le {submitted}. Attribuée à : {assignee}.\n"
            "Merci de vous en occuper dans la liste de travail."
        ),
        "escalation_sms": (
            "En retard depuis le {due} : demande {number} ({service}), toujours {status}."
        ),
        "nobody": "personne",
        "fixed_subject": "Est-ce réglé ? Demande {number}",
        "fixed_body": (
            "Votre demande {number} ({service}) a été résolue le {resolved}. Le résultat vous "
            "convient-il ?\n\nMerci de répondre dans l'application des services en ligne de la "
            "municipalité : « Oui » clôt la demande ; « Non » la renvoie à la municipalité avec "
            "votre motif."
        ),
        "fixed_sms": (
            "{municipality} : votre demande {number} ({service}) est-elle réglée ? "
            "Merci de répondre dans l'application des services en ligne."
        ),
    },
}


@dataclass(frozen=True)
class Message:
    subject: str
    body: str  # the e-mail's plain text
    sms: str


def _texts(language: str) -> dict[str, str]:
    return TEXTS.get(language) or TEXTS[DEFAULT_LANGUAGE]


def status_name(status: str, language: str) -> str:
    names = STATUS_NAMES.get(language) or STATUS_NAMES[DEFAULT_LANGUAGE]
    return names.get(status, status)


def _short(note: str, language: str) -> str:
    limit = SMS_NOTE_LIMITS.get(language, SMS_NOTE_LIMIT)
    note = " ".join(note.split())
    return note if len(note) <= limit else note[: limit - 1].rstrip() + "…"


def _letter(t: dict[str, str], name: str, municipality: str, paragraphs: list[str]) -> str:
    parts = [
        t["greeting"].format(name=name),
        *paragraphs,
        t["footer"].format(municipality=municipality),
    ]
    return "\n\n".join(p for p in parts if p) + "\n"


def request_update(
    language: str,
    *,
    kind: str,
    name: str,
    municipality: str,
    number: str,
    service: str,
    status: str,
    note: str | None,
    duplicate_of: str | None = None,
) -> Message:
    """A status change (`kind` "status") or a note for the citizen without one ("note")."""
    t = _texts(language)
    values = {
        "number": number,
        "service": service,
        "status": status_name(status, language),
        "municipality": municipality,
    }
    paragraphs = [t[f"{kind}_body"].format(**values)]
    if kind == "status" and status == "duplicate" and duplicate_of:
        paragraphs.append(t["duplicate_line"].format(other=duplicate_of))
    if note:
        paragraphs.append(t["note_label"] + "\n" + note)
    if kind == "status" and status == "resolved":
        paragraphs.append(t["resolved_line"])
    paragraphs.append(t["follow_line"])
    sms = t[f"{kind}_sms"].format(**values)
    if note:
        sms += " " + _short(note, language)
    return Message(
        subject=t[f"{kind}_subject"].format(**values),
        body=_letter(t, name, municipality, paragraphs),
        sms=sms,
    )


def escalation(
    language: str,
    *,
    name: str,
    municipality: str,
    number: str,
    service: str,
    status: str,
    due: str,
    submitted: str,
    assignee: str | None,
) -> Message:
    t = _texts(language)
    values = {
        "number": number,
        "service": service,
        "status": status_name(status, language),
        "due": due,
        "submitted": submitted,
        "assignee": assignee or t["nobody"],
    }
    return Message(
        subject=t["escalation_subject"].format(**values),
        body=_letter(t, name, municipality, [t["escalation_body"].format(**values)]),
        sms=t["escalation_sms"].format(**values),
    )


def fixed_check(
    language: str, *, name: str, municipality: str, number: str, service: str, resolved: str
) -> Message:
    t = _texts(language)
    values = {
        "number": number,
        "service": service,
        "resolved": resolved,
        "municipality": municipality,
    }
    return Message(
        subject=t["fixed_subject"].format(**values),
        body=_letter(t, name, municipality, [t["fixed_body"].format(**values)]),
        sms=t["fixed_sms"].format(**values),
    )
