"""The Qt Linguist sources are complete and up to date with the code."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")


@pytest.mark.parametrize("language", ["ar", "en", "fr"])
def test_every_string_is_translated(language: str, tmp_path: Path) -> None:
    source = ROOT / "translations" / f"citizen_app_{language}.ts"
    copy = tmp_path / source.name
    shutil.copy(source, copy)
    files = sorted(str(p) for p in (ROOT / "citizen_app").rglob("*.py"))
    subprocess.run(
        [str(LUPDATE), *files, "-ts", str(copy), "-no-obsolete", "-silent"],
        check=True,
        timeout=120,
        capture_output=True,
    )
    text = copy.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text, "run lupdate and translate the new strings"
    assert text.count("<message>") == source.read_text(encoding="utf-8").count("<message>")


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "ar",
            {
                0: "لا توجد طلبات",
                1: "طلب واحد",
                2: "طلبان",
                5: "5 طلبات",
                11: "11 طلبًا",
                100: "100 طلب",
            },
        ),
        ("en", {1: "1 request", 2: "2 requests", 1000: "1,000 requests"}),
        ("fr", {0: "0 demande", 1: "1 demande", 2: "2 demandes"}),
        ("ar-indic", {5: "٥ طلبات", 11: "١١ طلبًا", 1000: "١٬٠٠٠ طلب"}),
    ],
)
def test_plurals_take_every_form(qapp, language: str, expected: dict[int, str]) -> None:
    """`%Ln`: the number in the site's digits (Western by default, Arabic-Indic when chosen)."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    from citizen_app.core import formats

    language, _, indic = language.partition("-")
    formats.configure(language, formats.ARABIC_INDIC if indic else formats.WESTERN)
    translator = QTranslator()
    assert translator.load(f"citizen_app_{language}", str(ROOT / "translations"))
    QCoreApplication.installTranslator(translator)
    try:
        for n, text in expected.items():
            assert QCoreApplication.translate("MyRequestsPage", "%Ln request(s)", "", n) == text
    finally:
        QCoreApplication.removeTranslator(translator)
        formats.configure("ar", formats.WESTERN)
