"""The catalogue as cards: a section per department (its icon and name), then a card per
service with its icon, name and a short description, as many across as the width allows.

Keyboard: Tab reaches the cards, the arrow keys move between them as they are drawn (right to
left in Arabic), Enter or Space opens one. A screen reader hears each card as a button named
for the service, with its description and department.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QEvent, QPoint, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from citizen_app.api.models import Service
from citizen_app.ui import icons, theme

CARD_EMS = 18  # a card's least width, in letter heights: 4 across at 1366 px, 2 at 200 % text


def first_sentence(text: str) -> str:
    """A card's short description: the description's first sentence, whole (the rest is in
    the tooltip and what a screen reader hears)."""
    line = text.strip().split("\n")[0]
    head, stop, _rest = line.partition(". ")
    return head + "." if stop else line


ARROWS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)


class ServiceCard(QPushButton):
    """One service; its parts are labels inside the button, so a click anywhere opens it."""

    def __init__(self, service: Service, department: str) -> None:
        super().__init__()
        self.service = service
        self.setObjectName("serviceCard")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(10)
        # Made with the card as parent: a label shown before its layout is placed would
        # otherwise open as a window of its own (and take the focus from the app's window).
        self.picture = QLabel(self)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        words.setSpacing(2)
        self.name = QLabel(service.name, self)
        self.name.setObjectName("cardTitle")
        self.name.setWordWrap(True)
        words.addWidget(self.name)
        description = first_sentence(service.description)
        self.description = QLabel(description, self)
        self.description.setObjectName("muted")
        self.description.setWordWrap(True)
        words.addWidget(self.description)
        self.description.setHidden(not description)
        words.addStretch(1)
        layout.addLayout(words, 1)
        for label in (self.picture, self.name, self.description):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAccessibleName(service.name)
        self.setAccessibleDescription(
            " — ".join(part for part in (service.description, department) if part)
        )
        self.setToolTip(service.description)
        self._draw_icon()

    def _draw_icon(self) -> None:
        side = self.fontMetrics().height() * 2
        colour = theme.current_colours().primary
        meaning = icons.for_code(self.service.code or self.service.group_code)
        self.picture.setPixmap(icons.icon(meaning, colour).pixmap(QSize(side, side)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._draw_icon()
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        return self.layout().sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self.layout().minimumSize()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.layout().totalHeightForWidth(width)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
            return
        if event.key() in ARROWS:  # ServiceCards moves as drawn (a button would go to the next)
            event.ignore()
            return
        super().keyPressEvent(event)


class ServiceCards(QWidget):
    """The departments' sections of cards, laid out again when the width changes."""

    #: the service whose card was opened
    chosen = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.sections: list[tuple[SectionTitle, list[ServiceCard]]] = []
        self.cards: list[ServiceCard] = []
        self._columns = 0
        self._holders: list[QWidget] = []
        #: the widget before the cards in Tab order (the search field)
        self.before: QWidget | None = None

    def show_services(self, groups: list[tuple[str, str, list[Service]]]) -> None:
        """`groups`: (department code, department name, its services), in the order shown."""
        self._clear()
        for title, _cards in self.sections:
            title.deleteLater()
        self.sections, self.cards = [], []
        for code, name, services in groups:
            title = SectionTitle(name, icons.for_code(code or services[0].code))
            cards = [ServiceCard(service, name) for service in services]
            for card in cards:
                card.clicked.connect(lambda _=False, s=card.service: self.chosen.emit(s))
            self.sections.append((title, cards))
            self.cards += cards
        self._columns = 0
        self._arrange()

    def _clear(self) -> None:
        """The layout emptied; the grids that held the cards go (the cards and titles stay)."""
        while self.layout_.count():
            self.layout_.takeAt(0)
        for holder in self._holders:
            holder.deleteLater()
        self._holders = []

    def columns(self) -> int:
        """As many as fit, but no more than the largest department has cards: a column that
        no section fills would leave half a wide window empty."""
        fit = self.width() // max(1, self._least_width())
        widest = max((len(cards) for _title, cards in self.sections), default=1)
        return max(1, min(fit, widest))

    def _least_width(self) -> int:
        return self.fontMetrics().height() * CARD_EMS

    def _arrange(self) -> None:
        columns = self.columns()
        if columns == self._columns:
            self._fit_heights()
            return
        self._columns = columns
        holders = []
        for title, cards in self.sections:  # the same widgets, in grids of the new width
            holder = QWidget()
            grid = QGridLayout(holder)
            grid.setContentsMargins(0, 0, 0, 8)
            grid.setSpacing(10)
            for index, card in enumerate(cards):
                grid.addWidget(card, index // columns, index % columns)
            for column in range(columns):  # equal columns, even in a short section
                grid.setColumnStretch(column, 1)
                grid.setColumnMinimumWidth(column, self._least_width() // 2)
            holders.append((title, holder))
        self._clear()
        for title, holder in holders:
            self.layout_.addWidget(title)
            self.layout_.addWidget(holder)
            self._holders.append(holder)
            # Shown now, not on the next turn of the event loop (as a layout would): a Tab
            # pressed right after typing in the search reaches the first card.
            for widget in (title, holder, *holder.findChildren(ServiceCard)):
                widget.show()
        self.layout_.addStretch(1)
        self._set_tab_order()
        self._fit_heights()

    def _fit_heights(self) -> None:
        """Each card as tall as its wrapped name and description need at the column's width
        (the page scrolls; a layout in a scroll area does not ask for heights by width)."""
        columns = max(1, self._columns)
        width = (self.width() - 10 * (columns - 1)) // columns
        for _title, cards in self.sections:
            for start in range(0, len(cards), columns):
                row = cards[start : start + columns]
                tallest = max(card.heightForWidth(width) for card in row)
                for card in row:
                    card.setMinimumHeight(tallest)

    def _set_tab_order(self) -> None:
        """Tab goes through the cards in reading order (they are made after the page's other
        widgets, so Qt would otherwise put them anywhere in the chain)."""
        chain = ([self.before] if self.before is not None else []) + self.cards
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._columns = 0
            self._arrange()
        super().changeEvent(event)

    def keyPressEvent(self, event) -> None:
        """The arrows move to the nearest card that way, as drawn on the screen."""
        steps = {
            Qt.Key.Key_Left: QPoint(-1, 0),
            Qt.Key.Key_Right: QPoint(1, 0),
            Qt.Key.Key_Up: QPoint(0, -1),
            Qt.Key.Key_Down: QPoint(0, 1),
        }
        step = steps.get(event.key())
        focused = self.focusWidget()
        if step is None or focused not in self.cards:
            super().keyPressEvent(event)
            return
        target = nearest(focused, self.cards, step)
        if target is not None:
            target.setFocus(Qt.FocusReason.TabFocusReason)

    def first(self) -> ServiceCard | None:
        return self.cards[0] if self.cards else None


class SectionTitle(QWidget):
    """A department's heading with its icon, before its cards."""

    def __init__(self, name: str, meaning: str) -> None:
        super().__init__()
        self.meaning = meaning
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 2)
        self.picture = QLabel()
        layout.addWidget(self.picture)
        self.heading = QLabel(name)
        self.heading.setObjectName("sectionHeading")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading, 1)
        self._draw_icon()

    def _draw_icon(self) -> None:
        side = self.heading.fontMetrics().height() + 6
        colour = theme.current_colours().primary
        self.picture.setPixmap(icons.icon(self.meaning, colour).pixmap(side, side))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._draw_icon()
        super().changeEvent(event)


def nearest(origin: QWidget, widgets: list[QWidget], step: QPoint) -> QWidget | None:
    """Of `widgets`, the closest one whose centre lies in the direction `step` from
    `origin`'s centre (a sideways step stays on its row, an up or down one prefers its
    column)."""
    here = origin.mapToGlobal(origin.rect().center())
    best, best_cost = None, None
    for widget in widgets:
        if widget is origin or not widget.isVisible():
            continue
        there = widget.mapToGlobal(widget.rect().center())
        dx, dy = there.x() - here.x(), there.y() - here.y()
        along = dx * step.x() + dy * step.y()
        across = abs(dy) if step.x() else abs(dx)
        if along <= 0 or (step.x() and across > origin.height() // 2):
            continue
        cost = along + 3 * across
        if best_cost is None or cost < best_cost:
            best, best_cost = widget, cost
    return best
