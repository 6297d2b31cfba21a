"""Every number and date the app writes, in one set of digits (the site's `digits` setting).

Palestinian municipalities print Western digits (0–9), and citizens type ID, phone and request
numbers with them, so that is the default; a site may choose Arabic-Indic digits (٠–٩) for its
Arabic screens. English and French always use 0–9. Whatever the choice, every number goes
through here (counts, plurals, dates, chart axes, receipts, request numbers), so that one screen
never mixes the two sets.

Month names come from QLocale's Palestinian Arabic (ar_PS: «كانون الأول», as the Levant writes
them, where plain `ar` gives Egypt's «ديسمبر»). Qt ties digits to the locale, so the digits are
set after formatting. The default QLocale (which `%Ln` in translations, spin boxes and date
editors use) is one whose digits are the chosen ones.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt

WESTERN, ARABIC_INDIC = "western", "arabic-indic"
DIGIT_CHOICES = (WESTERN, ARABIC_INDIC)
_INDIC = "".join(chr(0x0660 + d) for d in range(10))
_PERSIAN = "".join(chr(0x06F0 + d) for d in range(10))
# Arabic decimal and thousands separators and the per-mille/percent signs, with their Western
# equivalents.
_TO_WESTERN = str.maketrans(_INDIC + _PERSIAN + "٫٬٪", "0123456789" * 2 + ".,%")
_TO_INDIC = str.maketrans("0123456789", _INDIC)
_DECIMAL_POINT = re.compile(r"(?<=[0-9])\.(?=[0-9])")
# The locale whose words (month names) a language uses, and the one whose numbers it uses
# with each choice of digits. ar_EH is Arabic with Western digits and "." for decimals.
_WORDS = {"ar": "ar_PS", "en": "en_GB", "fr": "fr_FR"}
_NUMBERS = {("ar", WESTERN): "ar_EH", ("ar", ARABIC_INDIC): "ar_PS"}

_state = {"language": "ar", "digits": WESTERN}


def configure(language: str | None = None, digits: str | None = None) -> None:
    """Set the language and/or the digits, and the default QLocale to match (which `%Ln`,
    spin boxes and date editors use)."""
    if digits is not None:
        if digits not in DIGIT_CHOICES:
            raise ValueError(f"digits must be one of {DIGIT_CHOICES}, not {digits!r}")
        _state["digits"] = digits
    if language is not None:
        _state["language"] = language
    QLocale.setDefault(number_locale())


def language() -> str:
    """The app's language now ("ar", "en" or "fr")."""
    return _state["language"]


def digits_choice() -> str:
    """The digits in use for the current language (English and French: always Western)."""
    return _state["digits"] if _state["language"] == "ar" else WESTERN


def words_locale() -> QLocale:
    return QLocale(_WORDS.get(_state["language"], _state["language"]))


def number_locale() -> QLocale:
    language = _state["language"]
    return QLocale(_NUMBERS.get((language, digits_choice()), _WORDS.get(language, language)))


def digits(text: str) -> str:
    """`text` (the app's own: a request number, a date Qt wrote) in the chosen digits. Never
    use it on what someone typed: that is shown as it was written."""
    if digits_choice() == ARABIC_INDIC:
        return _DECIMAL_POINT.sub("٫", text).translate(_TO_INDIC)
    return text.translate(_TO_WESTERN)


def number(value: float, decimals: int = 0) -> str:
    """A count or a measure, with the locale's grouping (1,234 or ١٬٢٣٤)."""
    locale = number_locale()
    if decimals == 0:
        return digits(locale.toString(round(value)))
    return digits(locale.toString(float(value), "f", decimals))


def _moment(value: str | datetime | QDateTime | None) -> QDateTime | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        value = value.isoformat()
    if isinstance(value, str):
        value = QDateTime.fromString(value, Qt.DateFormat.ISODate)
    return value.toLocalTime() if value.isValid() else None


def date_text(value: str | datetime | QDateTime | None) -> str:
    """A day in words, in the reader's time zone: «7 كانون الأول 2026», "7 Dec 2026"."""
    moment = _moment(value)
    if moment is None:
        return ""
    return digits(words_locale().toString(moment.date(), "d MMM yyyy"))


def date_time(value: str | datetime | QDateTime | None) -> str:
    """A moment, to the minute: «7 كانون الأول 2026، 14:05», "7 Dec 2026, 14:05"."""
    moment = _moment(value)
    if moment is None:
        return ""
    locale = words_locale()
    day = locale.toString(moment.date(), "d MMM yyyy")
    hour = moment.time().toString("HH:mm")
    separator = "، " if _state["language"] == "ar" else ", "
    return digits(f"{day}{separator}{hour}")


def in_list(value: str | datetime | QDateTime | None, with_time: bool = True) -> str:
    """A moment in a list's column, as short as it stays clear: today the time alone
    («14:05»), this year the day («6 كانون الأول»), before that the day and year; `with_time`
    False gives a day even today. The whole moment goes in the cell's tooltip (`date_time`)."""
    moment = _moment(value)
    if moment is None:
        return ""
    today = QDate.currentDate()
    if with_time and moment.date() == today:
        return digits(moment.time().toString("HH:mm"))
    shape = "d MMM" if moment.date().year() == today.year() else "d MMM yyyy"
    return digits(words_locale().toString(moment.date(), shape))


def week_of(monday: date | str) -> str:
    """A statistics week in words: "week of 7 Dec", «أسبوع 7 كانون الأول». `monday`: its first
    day, or an ISO week such as "2026-W49"."""
    if isinstance(monday, str):
        monday = _week_start(monday)
    day = words_locale().toString(QDate(monday.year, monday.month, monday.day), "d MMM")
    text = QCoreApplication.translate("Formats", "week of %1").replace("%1", day)
    return digits(text)


def _week_start(label: str) -> date:
    """The Monday of an ISO week "2026-W49" (the server's label), or of a date "2026-12-07"."""
    if "-W" in label:
        year, week = label.split("-W")
        return date.fromisocalendar(int(year), int(week), 1)
    return date.fromisoformat(label[:10])
