"""One formatter for numbers and dates (core/formats.py), isolation of request numbers and of other
people's words (ui/bidi.py), and one font family for digits and letters (i18n.py)."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

import pytest
from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtGui import QFont, QGuiApplication, QRawFont, QTextLayout, QTextOption

from citizen_app.core import formats
from citizen_app.i18n import ARABIC_FONT, FONTS, LATIN_FONT, apply_language, register_fonts
from citizen_app.ui.bidi import foreign, question_and_answer, request_number

INDIC = set("٠١٢٣٤٥٦٧٨٩")
WESTERN = set("0123456789")


@pytest.fixture
def arabic(qapp):
    """Arabic screens with the chosen digits; the defaults back afterwards."""

    def use(digits: str) -> None:
        formats.configure(digits=digits)
        apply_language("ar")

    yield use
    formats.configure(digits=formats.WESTERN)
    apply_language("ar")


def test_western_digits_by_default_in_arabic(arabic) -> None:
    arabic(formats.WESTERN)
    assert formats.number(1234) == "1,234"
    assert formats.number(12.25, 1) == "12.2" or formats.number(12.25, 1) == "12.3"
    assert formats.digits("HEB-٢٠٢٦-000123") == "HEB-2026-000123"
    moment = "2026-12-07T12:05:00+00:00"
    day = formats.date_text(moment)
    assert "كانون الأول" in day and "2026" in day and not INDIC & set(day)
    assert formats.week_of("2026-W50") == "أسبوع 7 كانون الأول"
    assert formats.week_of(date(2026, 12, 7)) == "أسبوع 7 كانون الأول"
    # %Ln and Qt's own widgets use the default locale: its digits are ours.
    assert QLocale().toString(2026) == "2,026"


def test_arabic_indic_digits_everywhere_when_the_site_chooses_them(arabic) -> None:
    arabic(formats.ARABIC_INDIC)
    assert formats.number(1234) == "١٬٢٣٤"
    assert formats.number(3.5, 1) == "٣٫٥"
    assert formats.digits("HEB-2026-000123") == "HEB-٢٠٢٦-٠٠٠١٢٣"
    assert formats.week_of("2026-W50") == "أسبوع ٧ كانون الأول"
    stamp = formats.date_time("2026-12-07T12:05:00+00:00")
    assert not WESTERN & set(stamp) and INDIC & set(stamp)
    assert QLocale().toString(2026) == "٢٬٠٢٦"


def test_latin_languages_always_use_western_digits(qapp) -> None:
    formats.configure(digits=formats.ARABIC_INDIC)
    try:
        apply_language("en")
        assert formats.number(1234) == "1,234"
        assert formats.week_of("2026-W50") == "week of 7 Dec"
        assert formats.date_text("2026-12-07T12:00:00+00:00") == "7 Dec 2026"
        apply_language("fr")
        assert formats.week_of("2026-W50") == "semaine du 7 déc."
    finally:
        formats.configure(digits=formats.WESTERN)
        apply_language("ar")


def test_the_expected_date_is_a_day_and_a_moment_is_to_the_minute(arabic) -> None:
    arabic(formats.WESTERN)
    moment = QDateTime.fromString("2026-12-07T10:30:00Z", Qt.DateFormat.ISODate)
    local = moment.toLocalTime()
    assert formats.date_text(moment) == f"{local.date().day()} كانون الأول 2026"
    assert formats.date_time(moment).endswith(local.time().toString("HH:mm"))
    assert formats.date_text("") == "" and formats.date_time(None) == ""


def test_a_list_says_a_moment_short_and_clear(arabic) -> None:
    """The clerk's queue on a 1366-px screen cut "6 كانون الأول 202…" (found in a real window):
    a list's column says the time today, the day this year, the year only before."""
    arabic(formats.WESTERN)
    now = QDateTime.currentDateTime()
    assert formats.in_list(now) == now.time().toString("HH:mm")
    assert formats.in_list(now, with_time=False) == formats.date_text(now).rsplit(" ", 1)[0]
    earlier = now.addDays(-400)
    assert formats.in_list(earlier) == formats.date_text(earlier)
    assert formats.in_list(None) == ""


def test_an_unknown_digit_choice_is_refused() -> None:
    with pytest.raises(ValueError, match="digits must be one of"):
        formats.configure(digits="hindi")


def visual_x(text: str, direction: Qt.LayoutDirection) -> list[float]:
    """Where each character of `text` lands on one line, as Qt draws it."""
    layout = QTextLayout(text, QFont())
    option = QTextOption()
    option.setTextDirection(direction)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(100000)
    layout.endLayout()
    return [line.cursorToX(i)[0] for i in range(len(text))]


def reads_left_to_right(text: str, part: str, direction: Qt.LayoutDirection) -> bool:
    start = text.index(part)
    xs = visual_x(text, direction)[start : start + len(part)]
    return all(a < b for a, b in pairwise(xs))


@pytest.mark.parametrize(
    "direction", [Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight]
)
def test_an_override_in_a_service_name_cannot_reverse_our_request_number(qapp, direction) -> None:
    number = "HEB-2026-000123"
    service = "تسرب مياه\u202e"  # a right-to-left override left open at the end
    plain = f"{service} — {number}"
    assert not reads_left_to_right(plain, "2026-000123", direction)  # the attack works raw
    shown = f"{foreign(service)} — {request_number(number)}"
    assert reads_left_to_right(shown, "2026-000123", direction)


def test_the_request_detail_heading_isolates_both(qapp) -> None:
    from citizen_app.api.accounts import Extensions
    from citizen_app.api.client import Open311Client
    from citizen_app.ui.request_detail_page import RequestDetailPage

    page = RequestDetailPage(Extensions(Open311Client("http://127.0.0.1:9")))
    page.show_detail(
        {
            "id": "HEB-2026-000123",
            "service_name": "تسرب مياه\u202e",
            "status": "submitted",
            "events": [],
            "attachments": [],
            "description": "الماء يتسرب\u2069\u202e منذ أمس",
        }
    )
    heading = page.heading.text()
    assert reads_left_to_right(heading, "2026-000123", Qt.LayoutDirection.RightToLeft)
    # Their stray PDI is dropped (it would have closed our isolate early).
    assert page.summary.text().count("\u2068") == page.summary.text().count("\u2069")


def test_foreign_text_is_isolated_line_by_line(qapp) -> None:
    from citizen_app.i18n import apply_language

    apply_language("en")  # each line starts with the app's direction mark: LRM here
    try:
        assert foreign("") == ""
        assert foreign("a\nb") == "\u200e\u2068a\u2069\n\u200e\u2068b\u2069"
        assert foreign("x\u2066y") == "\u200e\u2068x\u2066y\u2069\u2069"  # left open
        assert foreign("x\u2069y") == "\u200e\u2068xy\u2069"
    finally:
        apply_language("ar")


def test_a_question_already_ending_in_a_question_mark_takes_no_colon(qapp) -> None:
    """«أين التسرب؟: في الشارع» was read in the clerk's panel and the review."""
    shown = question_and_answer("أين التسرب؟", "في الشارع")
    assert "؟\u2069 " in shown and ":" not in shown
    assert "\u2069: " in question_and_answer("رقم العمود", "EL-2045")
    assert ":" not in question_and_answer("Where is it?", "street").replace("\u2068", "")


def test_digits_and_letters_come_from_one_family_per_language(qapp) -> None:
    """Western digits are drawn by Noto Sans (as Latin letters are), never by the Naskh, whose
    own Western digits sit above the baseline; Arabic-Indic digits by the Naskh (as Arabic
    letters are); both share their line metrics, and no text falls back to a third font (the
    isolate marks included)."""
    register_fonts()
    naskh = QRawFont(str(FONTS / "NotoNaskhArabicUI-Regular.ttf"), 40)
    sans = QRawFont(str(FONTS / "NotoSans-Regular.ttf"), 40)
    assert (naskh.ascent(), naskh.descent()) == (sans.ascent(), sans.descent())
    western_in_naskh = set(naskh.glyphIndexesForString("0123456789"))
    indic_in_naskh = set(naskh.glyphIndexesForString("٠١٢٣٤٥٦٧٨٩"))
    samples = [
        "3 طلبات، آخرها \u2066HEB-2026-000123\u2069 — 12 %",
        "Request \u2066HEB-2026-000123\u2069: \u2068تسرب مياه\u2069, 3 photos",
        "٣ طلبات، آخرها \u2066HEB-٢٠٢٦-٠٠٠١٢٣\u2069",
    ]
    for language in ("ar", "en", "fr"):
        apply_language(language)
        for text in samples:
            layout = QTextLayout(text, QGuiApplication.font())
            layout.beginLayout()
            layout.createLine()
            layout.endLayout()
            runs = {}
            for run in layout.glyphRuns():
                runs.setdefault(run.rawFont().familyName(), set()).update(run.glyphIndexes())
            assert set(runs) <= {ARABIC_FONT, LATIN_FONT}, (language, set(runs))
            assert not runs.get(ARABIC_FONT, set()) & western_in_naskh, (language, text)
            if "٣" in text:
                assert runs[ARABIC_FONT] & indic_in_naskh
    apply_language("ar")


def test_the_audit_log_names_coded_values_in_arabic(arabic) -> None:
    """Seen in the admin's audit tab: a role, a service's type and visibility shown as the
    server's codes (clerk, realtime, public) in an Arabic screen."""
    from citizen_app.ui.admin.audit_page import change_text

    arabic(formats.WESTERN)
    text = change_text(
        {"role": "clerk", "visibility": "public", "type": "realtime"},
        {"role": "supervisor", "visibility": "private", "type": "batch"},
    )
    for code in ("clerk", "supervisor", "public", "private", "realtime", "batch"):
        assert code not in text, text
    assert "مشرف" in text and "خاصة" in text, text
