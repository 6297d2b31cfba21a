"""The bar across the top of the window: the municipality's brand and the staff's pages added in
front, the citizen's pages with their icons, who is signed in, and Sign in. The page being shown
is marked (colour for the eye, "current page" for a screen reader).

Which buttons show for whom is decided here (show_for), from plain facts the window gives it;
what a button opens is the window's business (the buttons' clicked signals), and so is which
pages each button stands for (follow). The row runs start to end: right to left in Arabic.
"""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractButton,
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
translate = QCoreApplication.translate  # the window's context: these were its buttons


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
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("navBar")
        self._entries: list[tuple[QPushButton, str, tuple[Collection[QWidget], ...]]] = []
        self._stack: QStackedWidget | None = None
        outer = QHBoxLayout(self)
        outer.setContentsMargins(8, 4, 8, 4)
        # What is in front and not a button (the brand) gives way first on a narrow window (or
        # at a large text size): shown only where it fits whole beside the buttons, never cut,
        # and the bar's least width is that of its buttons alone (minimumSizeHint), so the
        # window can still be made narrower.
        outer.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.front = QWidget()
        front_row = QHBoxLayout(self.front)
        front_row.setContentsMargins(0, 0, 0, 0)
        self.front.installEventFilter(self)  # what is in it changed size: fits still?
        outer.addWidget(self.front)
        self.row = QHBoxLayout()
        self.row.setSpacing(4)
        outer.addLayout(self.row, 1)
        self.services_button, self.mine_button = QPushButton(), QPushButton()
        self.settings_button, self.account_button = QPushButton(), QPushButton()
        self.unsent_button = QPushButton()
        for button in self.citizen_buttons():
            self._add(button)
        self.row.addStretch(1)
        # Who is signed in, in the header (a shared computer: whose requests these are).
        self.user_label = UserChip()
        self.user_label.hide()
        self.row.addWidget(self.user_label)
        self._add(self.account_button)
        self.retranslate()

    def citizen_buttons(self) -> tuple[QPushButton, ...]:
        return self.services_button, self.mine_button, self.unsent_button, self.settings_button

    def add_in_front(self, *widgets: QWidget) -> None:
        """What comes first: the municipality's brand (a widget that is not a button: it gives
        way first, see __init__), then the buttons of the staff's pages."""
        buttons = [widget for widget in widgets if isinstance(widget, QAbstractButton)]
        for widget in widgets:
            if widget not in buttons:
                self.front.layout().addWidget(widget)
        for button in reversed(buttons):
            self._add(button, 0)
        self._fit_front()

    def add_at_end(self, button: QPushButton) -> None:
        self._add(button)

    def _add(self, button: QPushButton, index: int = -1) -> None:
        button.setObjectName("navButton")
        button.setIconSize(ICON)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.row.insertWidget(index, button)

    def retranslate(self) -> None:
        self.services_button.setText(translate("MainWindow", "Services"))
        self.mine_button.setText(translate("MainWindow", "My requests"))
        self.settings_button.setText(translate("MainWindow", "Settings"))
        self.unsent_button.setText(translate("MainWindow", "Drafts and outbox"))
        self.account_button.setText(translate("MainWindow", "Sign in"))
        for button in (*self.citizen_buttons(), self.account_button):
            button.setAccessibleName(button.text())
        self.user_label.setAccessibleName(
            translate("MainWindow", "Signed in as %1").replace("%1", self.user_label.text())
        )
        self.setAccessibleName(self.tr("Main navigation"))
        self._mark()

    def show_for(
        self,
        signed_in: bool,
        name: str,
        can_sign_in: bool,
        has_mine: bool,
        staff: bool,
        kiosk: bool,
        kiosk_waiting: bool,
    ) -> None:
        """`name`: who is signed in ("" when the server gave none). `can_sign_in`: the server
        has accounts. `has_mine`: there is a list of the citizen's requests. `staff`: staff see
        their own pages instead. `kiosk`: a shared machine, `kiosk_waiting` for a visitor."""
        self.mine_button.setVisible(has_mine and not staff)
        self.account_button.setVisible(can_sign_in and not signed_in)
        self.user_label.setText(name if signed_in else "")
        self.user_label.setVisible(signed_in and bool(name))
        for button in (self.services_button, self.unsent_button):
            button.setVisible(not staff)
        if kiosk:
            # A shared machine: no server change, no list of what earlier visitors left.
            for button in (self.settings_button, self.unsent_button):
                button.hide()
            if kiosk_waiting:  # nothing to press but a language until someone starts
                for button in (self.services_button, self.account_button, self.mine_button):
                    button.hide()
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._mark()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.front and event.type() == QEvent.Type.LayoutRequest:
            self._fit_front()
        return super().eventFilter(watched, event)

    def minimumSizeHint(self) -> QSize:
        margins = self.layout().contentsMargins()
        row = self.row.minimumSize()
        height = max(row.height(), self.front.minimumSizeHint().height())
        return QSize(
            row.width() + margins.left() + margins.right(),
            height + margins.top() + margins.bottom(),
        )

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_front()

    def _fit_front(self) -> None:
        self.front.layout().activate()  # its size now, even while it is hidden
        margins = self.layout().contentsMargins()
        free = self.width() - margins.left() - margins.right() - self.row.minimumSize().width()
        fits = free >= self.front.sizeHint().width() + self.layout().spacing()
        if fits != self.front.isVisibleTo(self):
            self.front.setVisible(fits)

    def follow(
        self,
        stack: QStackedWidget,
        entries: list[tuple[QPushButton, str, tuple[Collection[QWidget], ...]]],
    ) -> None:
        """`entries`: each button, its icon (icons.NAMES) and the pages it stands for (the
        first is where it leads; the others are steps under it, such as a request's detail
        under My requests), each a collection of the page once made (navigation.LazyPage)."""
        self._stack, self._entries = stack, entries
        stack.currentChanged.connect(self._mark)
        self._mark()

    def current_button(self) -> QPushButton | None:
        page = self._stack.currentWidget() if self._stack is not None else None
        for button, _meaning, pages in self._entries:
            if any(page in made for made in pages):
                return button
        return None

    def _mark(self, *_: object) -> None:
        self._fit_front()  # the buttons shown change with the page and who is signed in
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
