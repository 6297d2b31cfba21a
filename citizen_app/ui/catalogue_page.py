"""The service catalogue, grouped, with a search that ignores Arabic letter variants."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from citizen_app.api.models import Service
from citizen_app.core.text import fold
from citizen_app.ui import qt_gaps
from citizen_app.ui.page_reset import clear_inputs


class CataloguePage(QWidget):
    #: the service the citizen chose
    chosen = Signal(object)

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
        self.search.textChanged.connect(self.on_search_changed)
        layout.addWidget(self.search)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.itemActivated.connect(self.on_item_activated)
        # Enter in the search field goes to the matches, with the first one ready to open.
        self.search.returnPressed.connect(self.tree.setFocus)
        layout.addWidget(self.tree)
        self.empty = QLabel()
        self.empty.hide()
        layout.addWidget(self.empty)
        self.retranslate()

    def retranslate(self) -> None:
        self._new_language = True  # the services come again, named in the new language
        self.heading.setText(self.tr("What would you like to ask the municipality for?"))
        self.search.setPlaceholderText(self.tr("Search services, e.g. water, light, certificate"))
        self.search.setAccessibleName(self.tr("Search services"))
        qt_gaps.name_clear_button(self.search)
        self.tree.setAccessibleName(self.tr("Services"))
        # Hidden, but still read by screen readers (as "1" when not set).
        self.tree.setHeaderLabels([self.tree.accessibleName()])
        self.empty.setText(self.tr("No service matches your search."))

    def set_services(self, services: list[Service]) -> None:
        """After a change of language, a search typed in the old one that matches nothing
        now is cleared, instead of leaving an empty list."""
        self._services = services
        self.on_search_changed(self.search.text())
        if self._new_language and services:
            self._new_language = False
            if self.empty.isVisibleTo(self):
                self.search.clear()

    def reset(self) -> None:
        """For the next kiosk visitor: no search typed, the whole catalogue shown."""
        clear_inputs(self)

    def on_search_changed(self, query: str) -> None:
        words = fold(query).split()
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        shown = 0
        first: QTreeWidgetItem | None = None
        for service in self._services:
            haystack = fold(
                " ".join([service.name, service.description, service.group, *service.keywords])
            )
            if not all(word in haystack for word in words):
                continue
            group = groups.get(service.group)
            if group is None:
                group = QTreeWidgetItem(self.tree, [service.group or self.tr("Other services")])
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                groups[service.group] = group
            item = QTreeWidgetItem(group, [service.name])
            item.setToolTip(0, service.description)
            item.setData(0, Qt.ItemDataRole.UserRole, service)
            shown += 1
            first = first or item
        self.tree.expandAll()
        if first is not None:
            self.tree.setCurrentItem(first)  # Tab (or Enter) then Enter opens the best match
        self.empty.setVisible(shown == 0 and bool(self._services))

    def on_item_activated(self, item: QTreeWidgetItem) -> None:
        service = item.data(0, Qt.ItemDataRole.UserRole)
        if service is not None:
            self.chosen.emit(service)

    def visible_services(self) -> list[Service]:
        found = []
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            found += [
                group.child(i).data(0, Qt.ItemDataRole.UserRole) for i in range(group.childCount())
            ]
        return found
