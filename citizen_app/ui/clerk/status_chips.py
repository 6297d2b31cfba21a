"""The clerk's queue at a glance: each status as a coloured chip, and an overdue request's
expected date in the error colour with an alarm mark.

Chip colours are per theme; every chip's text keeps 4.5:1 against its background
(tests/test_look_widgets.py). Colour is never the only sign: the chip says the status in words
and an overdue date is marked with an icon and said as "overdue" to a screen reader
(QueueModel's AccessibleTextRole).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from citizen_app.ui import icons, theme
from citizen_app.ui.clerk.queue_model import COLUMNS, ROW_ROLE
from citizen_app.ui.statuses import STATUSES

#: theme → status → (background, text)
CHIPS = {
    "light": {
        "submitted": ("#dbe9ff", "#0a3d7a"),
        "received": ("#e8e2ff", "#3d2a8a"),
        "in_progress": ("#fff0c2", "#5c4300"),
        "on_hold": ("#eceff3", "#3a4350"),
        "resolved": ("#d7f5e3", "#0b5c3b"),
        "closed": ("#e4e8ee", "#1b1f24"),
        "rejected": ("#ffdede", "#8a0016"),
        "duplicate": ("#eceff3", "#3a4350"),
    },
    "dark": {
        "submitted": ("#17365e", "#cfe2ff"),
        "received": ("#2f2760", "#e1dbff"),
        "in_progress": ("#4a3a08", "#ffe9a8"),
        "on_hold": ("#343b44", "#e8eaed"),
        "resolved": ("#123f2c", "#b6f0d2"),
        "closed": ("#2e343b", "#e8eaed"),
        "rejected": ("#5a1420", "#ffd0d0"),
        "duplicate": ("#343b44", "#e8eaed"),
    },
    "high-contrast": {
        status: ("#000000", "#ffff00" if status in ("submitted", "received") else "#ffffff")
        for status in STATUSES
    },
}


def chip_colours(status: str) -> tuple[str, str]:
    chips = CHIPS[theme.resolved(theme_name())]
    return chips.get(status, chips["closed"])


def theme_name() -> str:
    colours = theme.current_colours()
    for name, palette in theme.PALETTES.items():
        if palette == colours:
            return name
    return "light"


class QueueDelegate(QStyledItemDelegate):
    """Draws the status column as chips and marks overdue expected dates."""

    def _field(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return COLUMNS[index.column()][0]

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        field = self._field(index)
        row = index.data(ROW_ROLE) or {}
        if field == "status":
            self._paint_chip(painter, option, index, row.get("status", ""))
        elif field == "expected_datetime" and row.get("overdue"):
            self._paint_overdue(painter, option, index)
        else:
            super().paint(painter, option, index)

    def _background(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        """The row's own background and selection, without the text."""
        style_option = QStyleOptionViewItem(option)
        self.initStyleOption(style_option, index)
        style_option.text = ""
        style = style_option.widget.style() if style_option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, style_option, painter)

    def _paint_chip(self, painter, option, index, status: str) -> None:
        self._background(painter, option, index)
        text = index.data() or ""
        metrics = option.fontMetrics
        size = QSize(metrics.horizontalAdvance(text) + 18, metrics.height() + 6)
        size = size.boundedTo(option.rect.size() - QSize(6, 2))
        rect = QStyle.alignedRect(
            option.direction,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            size,
            option.rect.adjusted(4, 0, -4, 0),
        )
        background, foreground = chip_colours(status)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(
            QColor(foreground) if theme.current_name() == "high-contrast" else Qt.PenStyle.NoPen
        )
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(rect, size.height() / 2, size.height() / 2)
        painter.setPen(QColor(foreground))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def _paint_overdue(self, painter, option, index) -> None:
        self._background(painter, option, index)
        colours = theme.current_colours()
        selected = option.state & QStyle.StateFlag.State_Selected
        colour = QColor(colours.on_highlight if selected else colours.error)
        side = option.fontMetrics.height()
        inner = option.rect.adjusted(4, 0, -4, 0)
        mark = QStyle.alignedRect(
            option.direction,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QSize(side, side),
            inner,
        )
        text_rect = QRect(inner)
        if option.direction == Qt.LayoutDirection.RightToLeft:
            text_rect.setRight(mark.left() - 4)
        else:
            text_rect.setLeft(mark.right() + 4)
        painter.save()
        icons.icon("overdue", colour).paint(painter, mark)
        font = QApplication.font(option.widget)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(colour)
        align = Qt.AlignmentFlag.AlignVCenter | (
            Qt.AlignmentFlag.AlignRight
            if option.direction == Qt.LayoutDirection.RightToLeft
            else Qt.AlignmentFlag.AlignLeft
        )
        painter.drawText(text_rect, align, index.data() or "")
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        hint = super().sizeHint(option, index)
        extra = {"status": 24, "expected_datetime": option.fontMetrics.height() + 8}
        return QSize(
            hint.width() + extra.get(self._field(index), 0),
            max(hint.height(), option.fontMetrics.height() + 10),
        )
