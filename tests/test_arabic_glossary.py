"""Every concept of ARABIC.md's glossary is said one way in translations/citizen_app_ar.ts: the
messages about it use the chosen term, and no message uses a form the glossary rules out."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

TS = Path(__file__).resolve().parent.parent / "translations" / "citizen_app_ar.ts"

# concept: (English sources it covers (regex on the source), the term they must use (regex on
# the translation), forms no translation may use)
GLOSSARY = {
    "department": (
        r"\bdepartments?\b",
        r"دائرة|الدوائر",  # indefinite too: "New department" is «دائرة جديدة»
        [r"القسم المختص", r"كل الأقسام", r"^القسم$"],
    ),
    "resolved": (
        r"^Resolved$|is resolved|Opened and resolved",
        r"مُنجَز|المنجزة",
        [r"تمت المعالجة", r"عولج", r"(?<!ال)منجزة", r"أُنجز"],
    ),
    "still open": (r"^Still open$", r"^المفتوحة$", [r"قيد المعالجة"]),
    "closed (filter)": (r"^Closed$", r"^(المغلقة|مغلق)$", []),
    "expected by": (
        r"Expected by",
        r"موعد الإنجاز المتوقع",
        [r"(?<!موعد )الإنجاز المتوقع", r"الموعد المتوقع"],
    ),
    "mobile phone": (r"[Mm]obile", r"الجوال|جوال", [r"الهاتف المحمول", r"هاتفك"]),
    "kiosk": (r"\bkiosk\b", r"جهاز الخدمة الذاتية|الجهاز|الخدمة الذاتية", [r"الكشك", r"كشك"]),
    "comment": (r"\b[Cc]omment\b", r"ملاحظ[ةت]", [r"تعليق"]),
    "IT staff": (r"IT staff", r"قسم تكنولوجيا المعلومات", [r"فريق تقنية المعلومات"]),
    "SMS": (r"\bSMS\b", r"رسالة نصية|الرسائل النصية|SMS", [r"الرسائل القصيرة", r"رسالة قصيرة"]),
    "clerks' list": (r"clerk workspace|work list", r"قائمة العمل", [r"مساحة عمل الموظفين"]),
    "unassigned": (r"^Unassigned$|^[Nn]obody$", r"غير مُسنَد", [r"^لا أحد$"]),
    "complaint about": (r"[Cc]omplaint about", r"شكوى بشأن", [r"شكوى على"]),
    "signed in as": (r"Signed in as", r"تم تسجيل الدخول باسم", [r"مسجَّل الدخول باسم"]),
    "submitted (date column)": (r"^Submitted$", r"تاريخ التقديم|مُقدَّم", []),
}
# Words citizens never meet (ARABIC.md, Clarity), outside the IT staff's own screens.
JARGON = [
    r"مخزن كلمات",
    r"مفتاح الربط",
    r"citizen-app ",
    r"الخادم يفشل",
    r"لا شيء يستمع",
    r"تحت رقم",
]
STAFF_CONTEXTS = {"Doctor", "SiteConfig", "ConfigCheck"}


def messages() -> list[tuple[str, str, list[str]]]:
    found = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.findall("numerusform")] or [
                translation.text or ""
            ]
            found.append((name, message.find("source").text, forms))
    return found


@pytest.mark.parametrize("concept", list(GLOSSARY))
def test_each_concept_is_said_one_way(concept: str) -> None:
    sources, term, forbidden = GLOSSARY[concept]
    wrong = []
    for context, source, forms in messages():
        for text in forms:
            if re.search(sources, source) and not re.search(term, text):
                wrong.append((context, source, text, "lacks the term"))
            for pattern in forbidden:
                if re.search(pattern, text):
                    wrong.append((context, source, text, pattern))
    assert not wrong, wrong


def test_the_status_and_filter_words_of_the_glossary() -> None:
    found = {(c, s): forms[0] for c, s, forms in messages()}
    assert found["MyRequestsPage", "Closed"] == "المغلقة"
    assert found["MyRequestsPage", "Still open"] == "المفتوحة"
    assert found["MyRequestsPage", "Resolved"] == "المنجزة"
    assert found["MyRequestsPage", "Submitted"] == "تاريخ التقديم"
    assert found["Status", "Resolved"] == "مُنجَز"
    assert found["Status", "Closed"] == "مغلق"


def test_no_jargon_on_citizen_screens() -> None:
    wrong = [
        (context, text)
        for context, _, forms in messages()
        if context not in STAFF_CONTEXTS
        for text in forms
        for pattern in JARGON
        if re.search(pattern, text)
    ]
    assert not wrong, wrong


def test_latin_runs_with_punctuation_are_isolated() -> None:
    """`https://` or `["ar", "en"]` inside Arabic reorders unless isolated (or followed by LRM)."""
    run = re.compile(r"https?://[^\s\u2066-\u2069\u200e]*|\[\"[a-z]+\"(?:, \"[a-z]+\")*\]")
    wrong = []
    for context, _, forms in messages():
        for text in forms:
            for found in run.finditer(text):
                before = text[: found.start()]
                after = text[found.end() :]
                isolated = before.endswith("\u2066") and after.startswith("\u2069")
                marked = after.startswith("\u200e")
                if not (isolated or marked):
                    wrong.append((context, text))
    assert not wrong, wrong
