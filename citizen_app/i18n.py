"""Language and direction, set once for the whole application.

Qt's own translation (qtbase) and ours are installed together; the layout direction follows
the language through QLocale, never a hand-written list of right-to-left languages.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QGuiApplication

LANGUAGES = ("ar", "en", "fr")
TRANSLATIONS = Path(__file__).resolve().parent.parent / "translations"
FONTS = Path(__file__).resolve().parent.parent / "resources" / "fonts"
ARABIC_FONT = "Noto Naskh Arabic UI"
_installed: list[QTranslator] = []


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


def register_fonts() -> None:
    """Ship our own Arabic font, so Arabic renders on a machine that has none installed.

    It comes first in the application font's family list; characters it lacks (Latin letters)
    fall back to the system's usual font.
    """
    from PySide6.QtGui import QFontDatabase

    loaded = [QFontDatabase.addApplicationFont(str(path)) for path in sorted(FONTS.glob("*.ttf"))]
    if any(font_id >= 0 for font_id in loaded):
        app = QCoreApplication.instance()
        font = app.font()
        font.setFamilies([ARABIC_FONT, *font.families()])
        app.setFont(font)
