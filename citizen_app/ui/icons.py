"""The app's icons: Phosphor (MIT, resources/licenses/phosphor-icons.txt), drawn from its icon
font through QtAwesome (MIT).

A font, not SVG files: it is drawn with QPainter and QFont, so the bundle needs neither Qt Svg
nor the SVG icon engine (packaging/citizen-app.spec leaves both out), and an icon takes any
colour of the theme. Only the Phosphor font is loaded (QtAwesome's own `qta.icon` would load
all its ten fonts, about 3 MB, on first use).

Icons are named for what they mean here (`"services"`, `"water"`), not for their picture, so a
different picture is one change in NAMES.
"""

from __future__ import annotations

import os

from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication

#: meaning → Phosphor name
NAMES = {
    # navigation
    "services": "squares-four",
    "mine": "list-bullets",
    "unsent": "tray",
    "settings": "gear",
    "account": "user-circle",
    "sign-in": "sign-in",
    "queue": "clipboard-text",
    "stats": "chart-bar",
    "admin": "shield-check",
    # departments and services
    "water": "drop",
    "electricity": "lightning",
    "street-light": "lightbulb",
    "waste": "trash",
    "certificates": "identification-card",
    "roads": "traffic-sign",
    "pothole": "warning-circle",
    "sidewalk": "person-simple-walk",
    "building": "buildings",
    "health": "first-aid",
    "pests": "bug",
    "food": "fork-knife",
    "service": "clipboard-text",
    # states and history
    "empty": "tray",
    "loading": "hourglass",
    "error": "warning-circle",
    "offline": "cloud-slash",
    "search-none": "magnifying-glass",
    "done": "check-circle-fill",
    "step": "circle-fill",
    "step-next": "circle",
    "note": "chat-centered-text",
    "photo": "image",
    "overdue": "alarm",
}

#: words of a service's code or its department's code → the icon meaning
_CODE_WORDS = (
    ("light", "street-light"),
    ("power", "electricity"),
    ("electric", "electricity"),
    ("water", "water"),
    ("waste", "waste"),
    ("certificate", "certificates"),
    ("pothole", "pothole"),
    ("sidewalk", "sidewalk"),
    ("road", "roads"),
    ("building", "building"),
    ("permit", "building"),
    ("pest", "pests"),
    ("food", "food"),
    ("health", "health"),
)

_font = None


def _icon_font():
    global _font
    if _font is None:
        # QtPy (under QtAwesome) must take the binding the app runs on, never another one
        # installed beside it.
        os.environ.setdefault("QT_API", "pyside6")
        from qtawesome.iconic_font import IconicFont

        _font = IconicFont(("ph", "phosphor-1.3.0.ttf", "phosphor-charmap-1.3.0.json"))
    return _font


def icon(meaning: str, colour: str | QColor | None = None) -> QIcon:
    """The icon for `meaning` (a key of NAMES) in `colour`, the theme's text colour by
    default."""
    if colour is None:
        colour = QApplication.palette().windowText().color()
    return _icon_font().icon("ph." + NAMES[meaning], color=QColor(colour))


def for_code(code: str) -> str:
    """The icon meaning for a service or department code ("street-light", "water"…); a
    generic form for codes it does not know (a real municipality's own catalogue)."""
    for word, meaning in _CODE_WORDS:
        if word in code:
            return meaning
    return "service"
