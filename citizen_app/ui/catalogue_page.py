"""The service catalogue as cards grouped by department, with a search on top that ignores
Arabic letter variants."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from citizen_app.api.models import Service
from citizen_app.core.text import fold
from citizen_app.ui import qt_gaps
from citizen_app.ui.page_reset import clear_inputs
from citizen_app.ui.service_cards import ServiceCards
from citizen_app.ui.state_view import StateView

#: the pause in typing after which the cards show the matches
SEARCH_PAUSE_MS = 150
#: keys that leave the search for the matches: they are shown first
LEAVING_KEYS = {Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Return, Qt.Key.Key_Enter}
LEAVING_KEYS |= {Qt.Key.Key_Down, Qt.Key.Key_Up}


class CataloguePage(QWidget):
    #: the service the citizen chose
    chosen = Signal(object)
    #: the services could not be loaded and the citizen asks to try again
    retry = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._services: list[Service] = []
        self._new_language = False
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        layout.addWidget(self.heading)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        # The cards are redrawn after a pause in typing, not on every letter: redrawing them
        # for each key made typing lag (and a real-window test's typed letters went astray).
        self._filter = QTimer(self)
        self._filter.setSingleShot(True)
        self._filter.setInterval(SEARCH_PAUSE_MS)
        self._filter.timeout.connect(lambda: self.on_search_changed(self.search.text()))
        self.search.textChanged.connect(lambda _: self._filter.start())
        self.search.installEventFilter(self)
        layout.addWidget(self.search)
        self.cards = ServiceCards()
        self.cards.chosen.connect(self.chosen)
        self.cards.before = self.search
        # Enter in the search field goes to the matches, the first one ready to open.
        self.search.returnPressed.connect(self.on_search_entered)
        layout.addWidget(self.cards, 1)
        self.empty = StateView()
        self.empty.action.connect(self.on_state_action)
        self._failure = ""  # why the services could not be loaded, while none are shown
        layout.addWidget(self.empty)
        self.retranslate()

    def retranslate(self) -> None:
        self._new_language = True  # the services come again, named in the new language
        self.heading.setText(self.tr("What would you like to ask the municipality for?"))
        self.search.setPlaceholderText(self.tr("Search services, e.g. water, light, certificate"))
        self.search.setAccessibleName(self.tr("Search services"))
        qt_gaps.name_clear_button(self.search)
        self.cards.setAccessibleName(self.tr("Services"))
        self._show_empty()

    def _show_empty(self) -> None:
        """The state shown instead of cards: loading, failed, or a search matching nothing."""
        if self._services:
            self.empty.show_state(
                "search-none",
                self.tr("No service matches your search."),
                self.tr("Try another word, or clear the search to see every service."),
                self.tr("Clear the search"),
            )
        elif self._failure:
            self.empty.show_state(
                "error",
                self.tr("The services could not be loaded"),
                self._failure,
                self.tr("Try again"),
            )
        else:
            self.empty.show_state("loading", self.tr("Loading the services…"))
        self.empty.setVisible(not self.cards.cards)

    def show_failure(self, explanation: str) -> None:
        """Loading failed: said here too when there are no services to show."""
        self._failure = explanation
        if not self._services:
            self._show_empty()

    def on_state_action(self) -> None:
        if self.empty.kind == "error":
            self._failure = ""
            self._show_empty()
            self.retry.emit()
        else:
            self.search.clear()
            self.apply_search()

    def set_services(self, services: list[Service]) -> None:
        """After a change of language, a search typed in the old one that matches nothing
        now is cleared, instead of leaving an empty list."""
        self._services = services
        self._failure = ""
        self._filter.stop()
        self.on_search_changed(self.search.text())
        if self._new_language and services:
            self._new_language = False
            if self.empty.isVisibleTo(self):
                self.search.clear()
                self.apply_search()

    def reset(self) -> None:
        """For the next kiosk visitor: no search typed, the whole catalogue shown."""
        clear_inputs(self)
        self.apply_search()

    def on_search_changed(self, query: str) -> None:
        words = fold(query).split()
        groups: dict[str, tuple[str, str, list[Service]]] = {}
        for service in self._services:
            haystack = fold(
                " ".join([service.name, service.description, service.group, *service.keywords])
            )
            if not all(word in haystack for word in words):
                continue
            name = service.group or self.tr("Other services")
            groups.setdefault(service.group, (service.group_code, name, []))[2].append(service)
        self.cards.show_services(list(groups.values()))
        self._show_empty()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Tab, Enter or Down in the search: the matches are shown first, then the key acts
        on them."""
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and event.key() in LEAVING_KEYS
        ):
            self.apply_search()
        return super().eventFilter(watched, event)

    def apply_search(self) -> None:
        """The matches for what is typed, now rather than after the pause."""
        if self._filter.isActive():
            self._filter.stop()
            self.on_search_changed(self.search.text())

    def on_search_entered(self) -> None:
        self.apply_search()
        first = self.cards.first()
        if first is not None:
            first.setFocus(Qt.FocusReason.TabFocusReason)

    def visible_services(self) -> list[Service]:
        self.apply_search()
        return [card.service for card in self.cards.cards]

    def group_names(self) -> list[str]:
        """The departments shown, in order."""
        self.apply_search()
        return [title.heading.text() for title, _cards in self.cards.sections]

    def group_count(self) -> int:
        self.apply_search()
        return len(self.cards.sections)
