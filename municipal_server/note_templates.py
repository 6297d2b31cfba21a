"""The public notes clerks start from when they move a request to a status, in ar/en/fr: kept
on the server, so every clerk of the municipality writes with the same words, and edited by
administrators. A status nobody has written a template for uses the built-in text below."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from municipal_server.i18n import LANGUAGES
from municipal_server.models import NoteTemplate
from municipal_server.statuses import STATUSES

#: a template is a note: as long as a clerk's public note may be
MAX_TEXT = 2000

BUILT_IN: dict[str, dict[str, str]] = {
    "submitted": {"ar": "", "en": "", "fr": ""},
    "received": {
        "ar": "وصل طلبك إلى الدائرة المختصة، وسيُنظر فيه قريبًا.",
        "en": "Your request has reached the responsible department and will be looked at soon.",
        "fr": "Votre demande est arrivée au service concerné et sera examinée bientôt.",
    },
    "in_progress": {
        "ar": "بدأ العمل على طلبك، وسنبلغك عند الانتهاء منه.",
        "en": "Work on your request has started. We will tell you when it is done.",
        "fr": "Le travail sur votre demande a commencé. Nous vous dirons quand il sera terminé.",
    },
    "on_hold": {
        "ar": "طلبك معلّق مؤقتًا بسبب: … وسنتابعه في أقرب وقت ممكن.",
        "en": "Your request is on hold for now because: … We will continue as soon as possible.",
        "fr": "Votre demande est en attente pour le moment parce que : … Nous reprendrons dès "
        "que possible.",
    },
    "resolved": {
        "ar": "تمت معالجة طلبك. إذا بقيت المشكلة قائمة يمكنك إعادة فتحه.",
        "en": "Your request has been dealt with. If the problem is still there, you can reopen it.",
        "fr": "Votre demande a été traitée. Si le problème persiste, vous pouvez la rouvrir.",
    },
    "closed": {
        "ar": "أُغلق طلبك. شكرًا لمساعدتك بلديتك.",
        "en": "Your request is closed. Thank you for helping your municipality.",
        "fr": "Votre demande est close. Merci d'aider votre municipalité.",
    },
    "rejected": {
        "ar": "لا يمكننا تنفيذ هذا الطلب بسبب: … للاستفسار يرجى الاتصال بالبلدية.",
        "en": "We cannot carry out this request because: … For questions, call the municipality.",
        "fr": "Nous ne pouvons pas donner suite à cette demande parce que : … Pour toute "
        "question, appelez la municipalité.",
    },
    "duplicate": {
        "ar": "سبق الإبلاغ عن هذه المشكلة، ونتابعها برقم آخر.",
        "en": "This problem was already reported; we follow it under another number.",
        "fr": "Ce problème a déjà été signalé ; nous le suivons sous un autre numéro.",
    },
}


def current(session: Session) -> dict[str, dict[str, str]]:
    """Every status's template in every language, as clerks get them."""
    saved = dict(session.execute(select(NoteTemplate.status, NoteTemplate.texts)).all())
    return {
        status: {lang: (saved.get(status) or BUILT_IN[status]).get(lang, "") for lang in LANGUAGES}
        for status in STATUSES
    }


def customised(session: Session) -> list[str]:
    """The statuses whose template an administrator has saved."""
    return sorted(session.scalars(select(NoteTemplate.status)))


def save(session: Session, templates: dict[str, dict[str, str]]) -> None:
    """Store the statuses given (the others keep theirs); a status whose texts are the
    built-in ones keeps no row, so an improved built-in text reaches it."""
    for status, texts in templates.items():
        whole = {lang: texts.get(lang, "").strip() for lang in LANGUAGES}
        session.execute(delete(NoteTemplate).where(NoteTemplate.status == status))
        if whole != BUILT_IN[status]:
            session.add(NoteTemplate(status=status, texts=whole))
