"""The look of the app in one place: the colours of each theme, the type scale, the style sheet.

Three themes: light, dark and high contrast; "system" follows the desktop's light or dark
choice. Every pair of colours that carries text keeps a contrast of at least 4.5:1 (WCAG 2.x
AA), checked by tests/test_theme.py from the palettes below. The text size (100–200 %) scales
every font of the app, so a person who needs larger letters gets them everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

THEMES = ("system", "light", "dark", "high-contrast")
TEXT_SIZES = (100, 125, 150, 175, 200)


@dataclass(frozen=True)
class Colours:
    window: str
    text: str
    base: str  # fields and lists
    alternate: str  # every other row of a list
    button: str
    button_text: str
    primary: str  # the main action of a page
    on_primary: str
    highlight: str  # selection
    on_highlight: str
    muted: str  # secondary text (hints, dates)
    error: str
    notice_bg: str  # a notice box (demo mode, "answer this")
    notice_text: str
    link: str
    border: str


PALETTES = {
    "light": Colours(
        window="#f6f7f9",
        text="#1b1f24",
        base="#ffffff",
        alternate="#eef1f5",
        button="#e4e8ee",
        button_text="#1b1f24",
        primary="#0b5c3b",  # a municipal green
        on_primary="#ffffff",
        highlight="#0b5c3b",
        on_highlight="#ffffff",
        muted="#4d5662",
        error="#a3001b",
        notice_bg="#fff4ce",
        notice_text="#3d2e00",
        link="#0a4f8f",
        border="#767f89",  # 3:1 or more against base and window (WCAG 1.4.11)
    ),
    "dark": Colours(
        window="#1e2227",
        text="#e8eaed",
        base="#15181c",
        alternate="#22272d",
        button="#2e343b",
        button_text="#e8eaed",
        primary="#5fd3a0",
        on_primary="#0b1a13",
        highlight="#2d7355",
        on_highlight="#ffffff",
        muted="#aeb6bf",
        error="#ff8a8a",
        notice_bg="#3d3316",
        notice_text="#ffe9a8",
        link="#8cc4ff",
        border="#747d88",  # 3:1 or more against base and window (WCAG 1.4.11)
    ),
    "high-contrast": Colours(
        window="#000000",
        text="#ffffff",
        base="#000000",
        alternate="#141414",
        button="#000000",
        button_text="#ffff00",
        primary="#ffff00",
        on_primary="#000000",
        highlight="#00ffff",
        on_highlight="#000000",
        muted="#ffffff",
        error="#ff9e9e",
        notice_bg="#000000",
        notice_text="#ffff00",
        link="#00ffff",
        border="#ffffff",
    ),
}

#: the pairs of (text, background) a person reads; each must reach 4.5:1
TEXT_PAIRS = (
    ("text", "window"),
    ("text", "base"),
    ("text", "alternate"),
    ("button_text", "button"),
    ("on_primary", "primary"),
    ("on_highlight", "highlight"),
    ("muted", "window"),
    ("muted", "base"),
    ("error", "window"),
    ("error", "base"),
    ("notice_text", "notice_bg"),
    ("link", "window"),
    ("link", "base"),
)


def luminance(colour: str) -> float:
    """WCAG relative luminance of a #rrggbb colour."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(foreground: str, background: str) -> float:
    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def resolved(theme: str) -> str:
    """The palette a theme name stands for: "system" follows the desktop's colour scheme."""
    if theme in PALETTES:
        return theme
    hints = QGuiApplication.styleHints()
    dark = hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark
    return "dark" if dark else "light"


def palette(colours: Colours) -> QPalette:
    found = QPalette()
    roles = {
        QPalette.ColorRole.Window: colours.window,
        QPalette.ColorRole.WindowText: colours.text,
        QPalette.ColorRole.Base: colours.base,
        QPalette.ColorRole.AlternateBase: colours.alternate,
        QPalette.ColorRole.Text: colours.text,
        QPalette.ColorRole.Button: colours.button,
        QPalette.ColorRole.ButtonText: colours.button_text,
        QPalette.ColorRole.Highlight: colours.highlight,
        QPalette.ColorRole.HighlightedText: colours.on_highlight,
        QPalette.ColorRole.ToolTipBase: colours.base,
        QPalette.ColorRole.ToolTipText: colours.text,
        QPalette.ColorRole.PlaceholderText: colours.muted,
        QPalette.ColorRole.Link: colours.link,
        QPalette.ColorRole.BrightText: colours.error,
    }
    for role, value in roles.items():
        found.setColor(role, QColor(value))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        found.setColor(QPalette.ColorGroup.Disabled, role, QColor(colours.muted))
    return found


def style_sheet(colours: Colours, scale: float) -> str:
    """The app's rules: type scale, the primary button, field errors, notices. Sizes in points
    scale with the text size."""

    def pt(size: float) -> str:
        return f"{size * scale:.1f}pt"

    return f"""
QLabel#heading {{ font-size: {pt(15)}; font-weight: bold; }}
QLabel#requestNumber {{ font-size: {pt(18)}; font-weight: bold; }}
QLabel#fieldError {{ color: {colours.error}; }}
*[invalid="true"] {{ border: 2px solid {colours.error}; }}
QLabel#notice, QLabel#demoBanner {{
    background: {colours.notice_bg}; color: {colours.notice_text};
    padding: 6px; border-radius: 4px;
}}
QLabel#demoBanner {{ font-weight: bold; }}
QLabel#muted {{ color: {colours.muted}; }}
QPushButton#primary {{
    background: {colours.primary}; color: {colours.on_primary};
    border: 1px solid {colours.primary}; border-radius: 4px; padding: 5px 14px;
    font-weight: bold;
}}
QPushButton#primary:disabled {{ background: {colours.button}; color: {colours.muted}; }}
QLineEdit, QPlainTextEdit, QTextEdit {{
    border: 1px solid {colours.border}; border-radius: 3px; background: {colours.base};
}}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus {{ border: 2px solid {colours.highlight}; }}
QPushButton:focus, QLineEdit:focus, QComboBox:focus, QPlainTextEdit:focus {{
    outline: 2px solid {colours.highlight};
}}
QTreeWidget {{ font-size: {pt(12)}; }}
QTreeWidget::item {{ padding: 4px; }}
QFrame#navBar {{ background: {colours.primary}; border-radius: 8px; }}
QFrame#navBar QLabel {{ color: {colours.on_primary}; background: transparent; }}
QLabel#brandName {{ font-size: {pt(12)}; font-weight: bold; padding: 0 4px; }}
QPushButton#navButton {{
    background: transparent; color: {colours.on_primary};
    border: 2px solid transparent; border-radius: 6px; padding: 5px 10px;
}}
QPushButton#navButton:hover, QPushButton#navButton:focus {{ border-color: {colours.on_primary}; }}
QPushButton#navButton[current="true"] {{
    background: {colours.window}; color: {colours.text}; font-weight: bold;
}}
QLabel#sectionHeading {{ font-size: {pt(12)}; font-weight: bold; }}
QLabel#cardTitle {{ font-weight: bold; }}
QLabel#stateTitle {{ font-size: {pt(13)}; font-weight: bold; }}
QPushButton#serviceCard {{
    background: {colours.base}; color: {colours.text}; text-align: left;
    border: 1px solid {colours.border}; border-radius: 8px;
}}
QPushButton#serviceCard:hover {{ border: 2px solid {colours.primary}; }}
QPushButton#serviceCard:focus {{ border: 3px solid {colours.highlight}; }}
QFrame#timelineEntry {{
    background: {colours.base}; border: 1px solid {colours.border}; border-radius: 6px;
}}
"""


@dataclass(frozen=True)
class Look:
    theme: str = "system"
    text_size: int = 100

    @property
    def colours(self) -> Colours:
        return PALETTES[resolved(self.theme)]


_base_point_size: float | None = None
_current = Look()


def current() -> Look:
    """The look last applied (what Settings shows as chosen)."""
    return _current


def current_colours() -> Colours:
    """The colours applied last (widgets that draw icons in the theme's colours ask)."""
    return _current.colours


def current_name() -> str:
    """The palette in use: "light", "dark" or "high-contrast"."""
    return resolved(_current.theme)


def apply(look: Look, app: QApplication | None = None) -> None:
    """Make `look` the whole app's: palette, fonts scaled to the text size, style sheet."""
    app = app or QApplication.instance()
    global _base_point_size, _current
    _current = look
    if _base_point_size is None:
        _base_point_size = app.font().pointSizeF()
    scale = max(TEXT_SIZES[0], min(TEXT_SIZES[-1], look.text_size)) / 100
    font = QFont(app.font())
    font.setPointSizeF(_base_point_size * scale)
    app.setFont(font)
    colours = look.colours
    app.setPalette(palette(colours))
    app.setStyleSheet(style_sheet(colours, scale))
