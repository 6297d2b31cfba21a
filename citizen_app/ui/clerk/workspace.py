"""The clerk workspace: the queue beside the selected request, refreshed in the background."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from citizen_app.api.clerk import ClerkApi
from citizen_app.api.models import Service, ServiceDefinition
from citizen_app.api.note_templates import NoteTemplatesApi
from citizen_app.core.map_tiles import MapTiles
from citizen_app.ui.clerk.detail_panel import DetailPanel
from citizen_app.ui.clerk.note_templates import NoteTemplates
from citizen_app.ui.clerk.queue_model import QueueModel
from citizen_app.ui.clerk.queue_page import QueuePage
from citizen_app.ui.page_reset import clear_inputs
from citizen_app.ui.tasks import Latest, run_task

REFRESH_MS = 30_000


class ClerkWorkspace(QWidget):
    #: a failure to show in the window (an error)
    failed = Signal(object)

    def __init__(
        self,
        api: ClerkApi,
        definition: Any,
        photo: Any,
        tiles: MapTiles | None = None,
        templates: NoteTemplates | None = None,
    ) -> None:
        """`definition(code)` gives a service definition (cached by the caller); `photo(url)`
        an attachment's bytes. Both are blocking: they run in background tasks. `tiles`: the
        map's, or None for no map. `templates`: the server's note templates (kept in memory
        only when not given)."""
        super().__init__()
        self.api, self.definition = api, definition
        self.templates = templates or NoteTemplates(NoteTemplatesApi(api.extensions))
        self.model = QueueModel(api)
        self.queue = QueuePage(self.model)
        self.panel = DetailPanel(api, photo, tiles, self.templates)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.queue)
        self.splitter.addWidget(self.panel)
        # The queue has seven columns, the panel one: three fifths to the queue (at 1366 px,
        # half left its service column three letters wide).
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([740, 490])
        QVBoxLayout(self).addWidget(self.splitter)
        self._details = Latest()
        self._definitions: dict[str, ServiceDefinition] = {}
        self.queue.opened.connect(self.open_request)
        self.panel.changed.connect(self.model.update_request)
        self.model.failed.connect(self.failed.emit)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        QShortcut(QKeySequence("F5"), self, self.refresh)
        QShortcut(QKeySequence("Ctrl+F"), self, self.queue.search.setFocus)

    def retranslate(self) -> None:
        self.queue.retranslate()
        self.panel.retranslate()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 6)

    def start(self, services: list[Service]) -> None:
        """Signed in as staff: load the queue, the staff list, and refresh every 30 s."""
        self.queue.set_services(services)
        self.model.active = True
        self.queue.apply_filters()
        api = self.api
        run_task(api.clerks, self.panel.set_clerks, self.failed.emit)
        self.templates.refresh()
        self.timer.start()

    def stop(self) -> None:
        """Signed out: no more calls, and nothing of the queue left on screen."""
        self.timer.stop()
        self._details.cancel()
        self.templates.cancel()
        self.model.active = False
        self.model.set_query(self.model.query)
        self.panel.clear()

    def reset(self) -> None:
        """For the next kiosk visitor: the queue stopped and nothing of a request left."""
        clear_inputs(self)
        self.stop()
        if self.panel.map is not None:
            self.panel.map.forget()

    def refresh(self) -> None:
        self.model.refresh()
        self.templates.refresh()

    def open_request(self, number: str) -> None:
        api, definitions, definition = self.api, self._definitions, self.definition

        def load() -> tuple[dict[str, Any], ServiceDefinition | None, list[str]]:
            detail = api.detail(number)
            code = detail.get("service_code", "")
            if code and code not in definitions:
                try:
                    definitions[code] = definition(code)
                except Exception:  # the answers then show without their labels
                    definitions[code] = ServiceDefinition(code)
            return detail, definitions.get(code), api.transitions(number)

        self._details.run(load, lambda found: self.panel.show_detail(*found), self.failed.emit)
