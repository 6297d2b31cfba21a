"""Language and direction, set once for the whole application.

Qt's own translation (qtbase) and ours are installed together; the layout direction follows
the language through QLocale, never a hand-written list of right-to-left languages.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QGuiApplication

from citizen_app.resources import resource_path

LANGUAGES = ("ar", "en", "fr")
TRANSLATIONS = resource_path("translations")
FONTS = resource_path("resources", "fonts")
ARABIC_FONT = "Noto Naskh Arabic UI"
_installed: list[QTranslator] = []
_system_families: list[str] = []


def apply_language(language: str) -> None:
    """Install the translators for `language` and set the direction and number formats."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = QLocale(language)
    QLocale.setDefault(locale)
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
    """Ship our own Arabic font, so Arabic renders on a machine that has none installed."""
    from PySide6.QtGui import QFontDatabase, QFontInfo

    # The real family behind the system font (an alias such as "Sans Serif" would not match a
    # family, and punctuation would then come from the Arabic font in Latin screens).
    font = QCoreApplication.instance().font()
    _system_families.extend(dict.fromkeys([QFontInfo(font).family(), *font.families()]))
    for path in sorted(FONTS.glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(path))
    _use_fonts_for("ar")


def _use_fonts_for(language: str) -> None:
    """Arabic screens take our Naskh font first; others keep the system font for Latin text
    (digits and punctuation included) and fall back to ours for any Arabic they show."""
    if not _system_families:
        return
    app = QCoreApplication.instance()
    font = app.font()
    others = [f for f in _system_families if f != ARABIC_FONT]
    font.setFamilies([ARABIC_FONT, *others] if language == "ar" else [*others, ARABIC_FONT])
    app.setFont(font)
