"""Small pure helpers: Arabic folding, Palestinian ID check digits, language choice, dates."""

from datetime import UTC, datetime

import pytest

from municipal_server.arabic import ascii_digits, normalize
from municipal_server.i18n import localized, pick_language
from municipal_server.security import valid_palestinian_id
from municipal_server.timeutil import parse_w3c, to_w3c


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("إنارة", "انارة"),
        ("أنارة", "آنارة"),
        ("مدرسة", "مدرسه"),
        ("مستشفى", "مستشفي"),
        ("مَدْرَسَةٌ", "مدرسة"),
        ("شارع ٣", "شارع 3"),
        ("شارع ۳", "شارع 3"),
        ("الـــشارع", "الشارع"),
        ("Water  Leak", "water leak"),
    ],
)
def test_arabic_variants_fold_to_the_same_text(a: str, b: str) -> None:
    assert normalize(a) == normalize(b)


def test_distinct_words_stay_distinct() -> None:
    assert normalize("مياه") != normalize("مباه")


def test_ascii_digits_leaves_letters_alone() -> None:
    assert ascii_digits("رقم ٠٥٩٩١٢٣٤٥٦") == "رقم 0599123456"


@pytest.mark.parametrize("number", ["123456782", "000000018", "987654324"])
def test_valid_id_numbers(number: str) -> None:
    assert valid_palestinian_id(number)


@pytest.mark.parametrize(
    "number", ["123456789", "12345678", "1234567820", "12345678a", "١٢٣٤٥٦٧٨٢", ""]
)
def test_invalid_id_numbers(number: str) -> None:
    assert not valid_palestinian_id(number)


@pytest.mark.parametrize(
    ("locale", "header", "expected"),
    [
        (None, None, "ar"),
        ("en", "fr", "en"),
        ("fr_FR", None, "fr"),
        ("de", "en-GB,en;q=0.8", "en"),
        (None, "de-DE, fr;q=0.9, en;q=0.8", "fr"),
        (None, "en;q=0.2, fr;q=0.7", "fr"),
        (None, "en;q=0, de", "ar"),
        (None, "en;q=abc", "ar"),
    ],
)
def test_language_choice(locale: str | None, header: str | None, expected: str) -> None:
    assert pick_language(locale, header) == expected


def test_localized_falls_back_to_arabic() -> None:
    assert localized({"ar": "ماء", "en": "Water"}, "fr") == "ماء"
    assert localized({}, "en") == ""


def test_w3c_dates_carry_the_municipality_offset() -> None:
    winter = datetime(2026, 1, 10, 10, 0, 0, 123456, tzinfo=UTC)
    assert to_w3c(winter, "Asia/Hebron") == "2026-01-10T12:00:00+02:00"
    summer = datetime(2026, 7, 10, 10, 0, tzinfo=UTC)
    assert to_w3c(summer, "Asia/Hebron") == "2026-07-10T13:00:00+03:00"


def test_w3c_parsing_requires_an_offset() -> None:
    assert parse_w3c("2026-07-10T13:00:00+03:00") == datetime(2026, 7, 10, 10, 0, tzinfo=UTC)
    assert parse_w3c("2026-07-10T10:00:00Z") == datetime(2026, 7, 10, 10, 0, tzinfo=UTC)
    assert parse_w3c("2026-07-10") == datetime(2026, 7, 10, tzinfo=UTC)
    with pytest.raises(ValueError, match="offset"):
        parse_w3c("2026-07-10T10:00:00")
    with pytest.raises(ValueError, match="Invalid"):
        parse_w3c("yesterday")


@pytest.mark.parametrize(
    ("a", "b"),
    [("إنارة", "انارة"), ("مدرسة", "مدرسه"), ("مستشفى", "مستشفي"), ("مَدْرَسَة", "مدرسة"), ("٣", "3")],
)
def test_the_app_folds_arabic_like_the_server(a: str, b: str) -> None:
    from citizen_app.core.text import fold

    assert fold(a) == fold(b) == normalize(b)
