"""The app's icons: Phosphor Icons 1.3.0 (MIT, resources/licenses/phosphor-icons.txt), drawn
from its icon font (resources/icons/phosphor-1.3.0.ttf) with QPainter.

A font, not SVG files: the bundle needs neither Qt Svg nor the SVG icon engine
(packaging/citizen-app.spec leaves both out), an icon takes any colour of the theme and is sharp
at any size and text scale. Drawn here rather than through QtAwesome: importing QtAwesome (and
its QtPy layer) took 0.5–1 s of the app's start on this machine; loading the one font takes
about 50 ms, once, when the first icon is drawn.

Icons are named for what they mean here ("services", "water"), not for their picture, so a
different picture is one change in NAMES (the Phosphor name beside each code point).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QIcon,
    QIconEngine,
    QPainter,
    QPixmap,
)
from PySide6.QtWidgets import QApplication

from citizen_app.resources import resource_path

#: meaning → the Phosphor glyph's code point (regular weight)
NAMES = {
    # navigation
    "services": 0xF2F0,  # squares-four
    "mine": 0xF1FB,  # list-bullets
    "unsent": 0xF336,  # tray
    "settings": 0xF19B,  # gear
    "account": 0xF347,  # user-circle
    "sign-in": 0xF2C6,  # sign-in
    "queue": 0xF0F8,  # clipboard-text
    "stats": 0xF0D2,  # chart-bar
    "admin": 0xF2B8,  # shield-check
    # departments and services
    "water": 0xF14E,  # drop
    "electricity": 0xF1EF,  # lightning
    "street-light": 0xF1ED,  # lightbulb
    "waste": 0xF334,  # trash
    "certificates": 0xF1DC,  # identification-card
    "roads": 0xF32F,  # traffic-sign
    "pothole": 0xF35D,  # warning-circle
    "sidewalk": 0xF26D,  # person-simple-walk
    "building": 0xF0A8,  # buildings
    "health": 0xF178,  # first-aid
    "pests": 0xF0A5,  # bug
    "food": 0xF193,  # fork-knife
    "service": 0xF0F8,  # clipboard-text
    # states and history
    "empty": 0xF336,  # tray
    "loading": 0xF1D0,  # hourglass
    "error": 0xF35D,  # warning-circle
    "offline": 0xF106,  # cloud-slash
    "search-none": 0xF20A,  # magnifying-glass
    "done": 0xF851,  # check-circle-fill
    "step": 0xF857,  # circle-fill
    "step-next": 0xF0EC,  # circle
    "note": 0xF0DB,  # chat-centered-text
    "photo": 0xF1DD,  # image
    "overdue": 0xF379,  # alarm
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

_family: str | None = None


def family() -> str:
    """The icon font's family, registered with Qt on first use."""
    global _family
    if _family is None:
        path = resource_path("resources", "icons", "phosphor-1.3.0.ttf")
        found = QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(str(path)))
        if not found:  # a broken install: say so plainly rather than draw empty squares
            raise RuntimeError(f"the icon font {path} could not be loaded")
        _family = found[0]
    return _family


class GlyphEngine(QIconEngine):
    """One glyph of the icon font in one colour, drawn at whatever size is asked."""

    def __init__(self, code: int, colour: QColor) -> None:
        super().__init__()
        self.code, self.colour = code, QColor(colour)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        font = QFont(family())
        font.setPixelSize(max(1, round(min(rect.width(), rect.height()) * 0.9)))
        colour = QColor(self.colour)
        if mode == QIcon.Mode.Disabled:
            colour.setAlphaF(0.45)
        painter.save()
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, chr(self.code))
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return GlyphEngine(self.code, self.colour)


def icon(meaning: str, colour: str | QColor | None = None) -> QIcon:
    """The icon for `meaning` (a key of NAMES) in `colour`, the theme's text colour by
    default."""
    if colour is None:
        colour = QApplication.palette().windowText().color()
    return QIcon(GlyphEngine(NAMES[meaning], QColor(colour)))


def for_code(code: str) -> str:
    """The icon meaning for a service or department code ("street-light", "water"…); a
    generic form for codes it does not know (a real municipality's own catalogue)."""
    for word, meaning in _CODE_WORDS:
        if word in code:
            return meaning
    return "service"
