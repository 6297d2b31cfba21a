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
