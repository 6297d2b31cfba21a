"""The catalogue's validation messages in Arabic, English and French.

A problem is a machine code, a path in the document and parameters; the sentence is made here
in the reader's language (the admin API's caller, or the IT technician at the CLI).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from municipal_server.i18n import DEFAULT_LANGUAGE

MESSAGES: dict[str, dict[str, str]] = {
    "not_object": {
        "ar": "يجب أن يكون كائنًا ({…})",
        "en": "must be an object ({…})",
        "fr": "doit être un objet ({…})",
    },
    "not_list": {
        "ar": "يجب أن تكون قائمة ([…])",
        "en": "must be a list ([…])",
        "fr": "doit être une liste ([…])",
    },
    "not_text": {"ar": "يجب أن يكون نصًا", "en": "must be text", "fr": "doit être un texte"},
    "not_bool": {
        "ar": "يجب أن تكون القيمة true أو false",
        "en": "must be true or false",
        "fr": "doit valoir true ou false",
    },
    "not_integer": {
        "ar": "يجب أن يكون عددًا صحيحًا",
        "en": "must be a whole number",
        "fr": "doit être un nombre entier",
    },
    "required": {"ar": "حقل مطلوب", "en": "is required", "fr": "est obligatoire"},
    "unknown_field": {
        "ar": "ليس من حقول الدليل (خطأ في الكتابة؟)",
        "en": "is not a field of the catalogue (a typo?)",
        "fr": "n'est pas un champ du catalogue (une faute de frappe ?)",
    },
    "unknown_language": {
        "ar": "اللغات المقبولة هنا هي ar وen وfr فقط",
        "en": "only ar, en and fr are languages here",
        "fr": "seules les langues ar, en et fr sont possibles ici",
    },
    "arabic_missing": {
        "ar": "النص العربي (ar) مطلوب",
        "en": "needs an Arabic text (ar)",
        "fr": "il faut un texte en arabe (ar)",
    },
    "too_long": {
        "ar": "أطول من {max} حرفًا",
        "en": "is longer than {max} characters",
        "fr": "dépasse {max} caractères",
    },
    "too_many": {
        "ar": "أكثر من {max} عنصرًا",
        "en": "has more than {max} entries",
        "fr": "a plus de {max} éléments",
    },
    "code": {
        "ar": "الرمز من 1 إلى 50 حرفًا لاتينيًا أو رقمًا أو '-' أو '_' أو '.'",
        "en": "a code is 1 to 50 Latin letters, digits, '-', '_' or '.'",
        "fr": "un code compte 1 à 50 lettres latines, chiffres, '-', '_' ou '.'",
    },
    "duplicate": {
        "ar": "الرمز '{code}' مستخدم أكثر من مرة",
        "en": "the code '{code}' is used more than once",
        "fr": "le code '{code}' est utilisé plus d'une fois",
    },
    "unknown_group": {
        "ar": "القسم '{code}' غير موجود في الدليل",
        "en": "there is no department '{code}' in the catalogue",
        "fr": "il n'y a pas de service municipal '{code}' dans le catalogue",
    },
    "datatype": {
        "ar": "'{value}' ليس نوع سؤال؛ الأنواع: {allowed}",
        "en": "'{value}' is not a question type; the types are {allowed}",
        "fr": "'{value}' n'est pas un type de question ; les types sont {allowed}",
    },
    "values_missing": {
        "ar": "سؤال الاختيار من قائمة يحتاج إلى خيار واحد على الأقل",
        "en": "a question with a list of choices needs at least one choice",
        "fr": "une question à choix a besoin d'au moins un choix",
    },
    "values_not_allowed": {
        "ar": "الخيارات لأسئلة القوائم فقط (singlevaluelist أو multivaluelist)",
        "en": "only list questions (singlevaluelist, multivaluelist) have choices",
        "fr": "seules les questions à liste (singlevaluelist, multivaluelist) ont des choix",
    },
    "choice": {
        "ar": "'{value}' غير مقبول؛ القيم المقبولة: {allowed}",
        "en": "'{value}' is not allowed; the choices are {allowed}",
        "fr": "'{value}' n'est pas permis ; les choix sont {allowed}",
    },
    "range": {
        "ar": "يجب أن يكون بين {min} و{max}",
        "en": "must be between {min} and {max}",
        "fr": "doit être entre {min} et {max}",
    },
    "informational_required": {
        "ar": "سطر المعلومات لا يُجاب عنه، فلا يكون مطلوبًا",
        "en": "an information line takes no answer, so it cannot be required",
        "fr": "une ligne d'information n'attend pas de réponse, elle ne peut être obligatoire",
    },
    "format": {
        "ar": "إصدار صيغة الملف غير مدعوم؛ المدعوم: 1",
        "en": "unsupported file format version; supported: 1",
        "fr": "version de format non prise en charge ; prise en charge : 1",
    },
    "code_mismatch": {
        "ar": "لا يطابق الرمز '{code}' في العنوان",
        "en": "does not match the code '{code}' in the address",
        "fr": "ne correspond pas au code '{code}' de l'adresse",
    },
    "forbidden_character": {
        "ar": "يحتوي على حرف تحكم غير مسموح ({character})",
        "en": "contains a control character, not allowed ({character})",
        "fr": "contient un caractère de contrôle interdit ({character})",
    },
    "line_break": {
        "ar": "يجب أن يكون سطرًا واحدًا ({character})",
        "en": "must be a single line ({character})",
        "fr": "doit tenir sur une seule ligne ({character})",
    },
    "invisible_character": {
        "ar": "يحتوي على حرف غير مرئي أو يغيّر اتجاه النص ({character})",
        "en": "contains an invisible or direction-changing character ({character})",
        "fr": "contient un caractère invisible ou qui change le sens du texte ({character})",
    },
    "no_letter": {
        "ar": "يجب أن يحتوي على حرف واحد على الأقل",
        "en": "needs at least one letter",
        "fr": "doit contenir au moins une lettre",
    },
    "not_json": {
        "ar": "ليس ملف JSON صالحًا: {detail}",
        "en": "is not valid JSON: {detail}",
        "fr": "n'est pas du JSON valide : {detail}",
    },
}


@dataclass(frozen=True)
class Problem:
    """One mistake in a catalogue document: where (`path`), what (`code`) and its details."""

    path: str
    code: str
    params: dict[str, Any] = field(default_factory=dict)

    def message(self, language: str = DEFAULT_LANGUAGE) -> str:
        texts = MESSAGES[self.code]
        template = texts.get(language) or texts[DEFAULT_LANGUAGE]
        return template.format(**self.params)

    def as_json(self, language: str) -> dict[str, Any]:
        return {"path": self.path, "code": self.code, "message": self.message(language)}

    def line(self, language: str) -> str:
        return f"{self.path or '(file)'}: {self.message(language)}"
