"""The bar across the top of the window: the municipality, the pages with their icons, and
who is signed in. The page being shown is marked (colour for the eye, "current page" for a
screen reader).

The window keeps creating its navigation buttons and showing or hiding them for who is signed
in; the bar lays them out (its `row`, start to end: right to left in Arabic), gives each its
icon and follows the page stack to mark the current one.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from citizen_app.ui import icons, theme

ICON = QSize(20, 20)


class UserChip(QLabel):
    """The signed-in person's name with a person icon before it (on a shared computer: whose
    requests these are). Hidden with its icon when nobody is signed in."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("signedInName")
        self._set_margins()

    def _set_margins(self) -> None:
        room = self.fontMetrics().height() + 10
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            self.setContentsMargins(0, 0, room, 0)
        else:
            self.setContentsMargins(room, 0, 0, 0)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LayoutDirectionChange, QEvent.Type.FontChange):
            self._set_margins()
        super().changeEvent(event)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        side = self.fontMetrics().height()
        y = (self.height() - side) // 2
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        x = self.width() - side - 2 if rtl else 2
        colour = self.palette().color(self.foregroundRole())
        painter = QPainter(self)
        painter.drawPixmap(QPoint(x, y), icons.icon("account", colour).pixmap(side, side))
        painter.end()


class NavBar(QFrame):
    def __init__(self, municipality: str = "") -> None:
        super().__init__()
        self.setObjectName("navBar")
        self.municipality = municipality
        self._entries: list[tuple[QPushButton, str, tuple[QWidget, ...]]] = []
        self._stack: QStackedWidget | None = None
        outer = QHBoxLayout(self)
        outer.setContentsMargins(8, 4, 8, 4)
        self.brand = QLabel()
        self.brand.setObjectName("navBrand")
        outer.addWidget(self.brand)
        # The name gives way first on a narrow window (or at a large text size): shown only
        # where it fits whole beside the buttons, never cut, and the bar's least width is that
        # of its buttons alone (minimumSizeHint), so the window can still be made narrower.
        outer.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        #: the window's buttons, the stretch and the signed-in name go here
        self.row = QHBoxLayout()
        self.row.setSpacing(4)
        outer.addLayout(self.row, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.brand.setText(self.municipality or self.tr("Municipal e-services"))
        self._fit_brand()
        self.setAccessibleName(self.tr("Main navigation"))
        self._mark()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._mark()
        super().changeEvent(event)

    def minimumSizeHint(self) -> QSize:
        margins = self.layout().contentsMargins()
        row = self.row.minimumSize()
        height = max(row.height(), self.brand.minimumSizeHint().height())
        return QSize(
            row.width() + margins.left() + margins.right(),
            height + margins.top() + margins.bottom(),
        )

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_brand()

    def _fit_brand(self) -> None:
        margins = self.layout().contentsMargins()
        free = self.width() - margins.left() - margins.right() - self.row.minimumSize().width()
        self.brand.setVisible(free >= self.brand.sizeHint().width() + self.layout().spacing())

    def follow(
        self, stack: QStackedWidget, entries: list[tuple[QPushButton, str, tuple[QWidget, ...]]]
    ) -> None:
        """`entries`: each button, its icon (icons.NAMES) and the pages it stands for (the
        first is where it leads; the others are steps under it, such as a request's detail
        under My requests)."""
        self._stack, self._entries = stack, entries
        for button, _meaning, _pages in entries:
            button.setObjectName("navButton")
            button.setIconSize(ICON)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
        stack.currentChanged.connect(self._mark)
        self._mark()

    def current_button(self) -> QPushButton | None:
        page = self._stack.currentWidget() if self._stack is not None else None
        for button, _meaning, pages in self._entries:
            if page in pages:
                return button
        return None

    def _mark(self, *_: object) -> None:
        self._fit_brand()  # the buttons shown change with the page and who is signed in
        current = self.current_button()
        colours = theme.current_colours()
        for button, meaning, _pages in self._entries:
            is_current = button is current
            button.setProperty("current", is_current)
            button.style().unpolish(button)
            button.style().polish(button)
            colour = colours.text if is_current else colours.on_primary
            button.setIcon(icons.icon(meaning, colour))
            button.setAccessibleDescription(self.tr("Current page") if is_current else "")
