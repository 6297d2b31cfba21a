"""Language and direction, set once for the whole application.

Qt's own translation (qtbase) and ours are installed together; the layout direction follows
the language through QLocale, never a hand-written list of right-to-left languages.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QGuiApplication

from citizen_app.core import formats
from citizen_app.resources import resource_path

LANGUAGES = ("ar", "en", "fr")
TRANSLATIONS = resource_path("translations")
FONTS = resource_path("resources", "fonts")
ARABIC_FONT = "Noto Naskh Arabic UI"
# Latin letters, Western digits and punctuation come from Noto Sans in every language, Arabic
# letters and Arabic-Indic digits from Noto Naskh Arabic UI: the two share their line metrics, so
# a number or a Latin word in an Arabic sentence (and the other way round) sits on the same
# baseline in the same height of line. The Naskh's own Western digits are drawn above the
# baseline (to sit with Arabic letters), which looked like a raised baseline beside Latin text;
# Noto Sans also has the direction marks (U+2066…2069), which would otherwise come from
# whatever fallback font has them, with other metrics.
LATIN_FONT = "Noto Sans"
_installed: list[QTranslator] = []
_fonts_registered: list[bool] = []


def apply_language(language: str) -> None:
    """Install the translators for `language` and set the direction and number formats."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = QLocale(language)
    formats.configure(language)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (
        (f"qtbase_{language}", qt_dir),
        (f"citizen_app_{language}", str(TRANSLATIONS)),
    ):
        translator = QTranslator()
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(locale.textDirection())
        _use_fonts_for(language)


def loaded_translations() -> list[str]:
    """The translation files in use, for diagnostics (`citizen-app --smoke-test`)."""
    return [Path(translator.filePath()).name for translator in _installed]


def register_fonts() -> None:
    """Ship our own fonts, so that text looks the same on every machine, Arabic included."""
    from PySide6.QtGui import QFontDatabase

    for path in sorted(FONTS.glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(path))
    _fonts_registered.append(True)
    _use_fonts_for("ar")


def _use_fonts_for(language: str) -> None:
    """Noto Sans first, for the digits, in every language (`language` kept for the day a
    language needs another order); Arabic letters fall back to the Naskh."""
    if not _fonts_registered:
        return
    app = QCoreApplication.instance()
    font = app.font()
    font.setFamilies([LATIN_FONT, ARABIC_FONT])
    app.setFont(font)
