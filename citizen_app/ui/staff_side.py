"""The staff side: a clerk or administrator who signs in gets the workspace, the statistics and
the administration instead of the citizen's pages (the former StaffSide mixin). Owns those
pages, their buttons and the clerk's saved window layout."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QSize
from PySide6.QtWidgets import QMainWindow, QPushButton

from citizen_app.api.admin import AdministrationApi
from citizen_app.api.clerk import ClerkApi
from citizen_app.api.models import Service, ServiceDefinition
from citizen_app.api.note_templates import NoteTemplatesApi
from citizen_app.core.map_tiles import MapTiles
from citizen_app.ui import window_state
from citizen_app.ui.admin.workspace import AdminWorkspace
from citizen_app.ui.clerk.note_templates import NoteTemplates
from citizen_app.ui.clerk.stats_page import StatsPage
from citizen_app.ui.clerk.workspace import ClerkWorkspace
from citizen_app.ui.context import AppContext
from citizen_app.ui.navigation import Navigation
from citizen_app.ui.notices import Notices
from citizen_app.ui.tasks import done, ignore, run_task
from citizen_app.ui.window_state import fit_on_screen

WORKSPACE = QSize(1280, 800)  # the queue and a request side by side


class StaffSide(QObject):
    def __init__(
        self,
        context: AppContext,
        notices: Notices,
        navigation: Navigation,
        window: QMainWindow,
        definition: Callable[[str], ServiceDefinition],
        services: Callable[[], list[Service]],
        tiles: MapTiles | None,
    ) -> None:
        """`window`: the window whose size and place the clerk's layout keeps. `definition`:
        a service's form (blocking, for a worker). `services`: the catalogue's services."""
        super().__init__(window)
        self.context, self.notices, self.navigation = context, notices, navigation
        self.window, self.services = window, services
        self.clerk_api = ClerkApi(context.extensions)
        templates = NoteTemplates(
            NoteTemplatesApi(context.extensions),
            context.cache,
            lambda: f"note-templates|{context.account.server}",
        )
        self.workspace = ClerkWorkspace(
            self.clerk_api, definition, context.extensions.photo, tiles, templates
        )
        self.workspace.failed.connect(notices.show_failure)
        self.workspace.model.loaded.connect(lambda _: notices.clear_progress())  # back online
        self.stats = StatsPage()
        self.stats.refresh_requested.connect(self.on_stats_clicked)
        self.admin = AdminWorkspace(AdministrationApi(context.extensions))
        self.queue_button, self.stats_button = QPushButton(), QPushButton()
        self.admin_button = QPushButton()
        self.queue_button.clicked.connect(lambda: navigation.show(self.workspace))
        self.stats_button.clicked.connect(self.on_stats_clicked)
        self.admin_button.clicked.connect(self.on_admin_clicked)

    def pages(self) -> tuple:
        return self.workspace, self.stats, self.admin

    def buttons(self) -> tuple[QPushButton, ...]:
        return self.queue_button, self.stats_button, self.admin_button

    def on_services_loaded(self, services: list[Service]) -> None:
        self.workspace.queue.set_services(services)

    def retranslate(self) -> None:
        self.queue_button.setText(QCoreApplication.translate("MainWindow", "Work queue"))
        self.stats_button.setText(QCoreApplication.translate("MainWindow", "Statistics"))
        self.admin_button.setText(QCoreApplication.translate("MainWindow", "Administration"))
        for button in self.buttons():
            button.setAccessibleName(button.text())

    def show_buttons(self) -> None:
        staff = self.context.is_staff()
        self.queue_button.setVisible(staff)
        self.stats_button.setVisible(staff)
        self.admin_button.setVisible(self.context.role() == "admin")

    def open_workspace(self) -> None:
        """The window where the clerk left it last time, or as large as the queue and a request
        side by side want (1280×800) but never larger than the screen."""
        window = self.window
        if (
            not window.isMaximized()
            and not window.isFullScreen()
            and window.width() < WORKSPACE.width()
        ):
            fit_on_screen(window, WORKSPACE.expandedTo(window.size()))
        if self.context.remember_choices:
            path = window_state.state_file()
            run_task(
                lambda: window_state.load(path, "clerk"),
                self._restore_layout,
                ignore("the clerk's saved window layout is unreadable: placed by default"),
            )
        self.workspace.start(self.services())
        self.navigation.show(self.workspace)

    def _restore_layout(self, saved: dict) -> None:
        if not self.context.is_staff():
            return  # signed out meanwhile
        window = self.window
        if "geometry" in saved and not window.isFullScreen():
            window.restoreGeometry(saved["geometry"])
            if not window.isMaximized():
                fit_on_screen(window)
        if "splitter" in saved:
            self.workspace.splitter.restoreState(saved["splitter"])

    def save_layout(self) -> None:
        """Kept for the next time (on sign-out and when the window closes)."""
        if not self.context.remember_choices or self.navigation.current() not in (
            self.workspace,
            self.stats,
        ):
            return
        path = window_state.state_file()
        values = {
            "geometry": self.window.saveGeometry(),
            "splitter": self.workspace.splitter.saveState(),
        }
        run_task(
            lambda: window_state.save(path, "clerk", values),
            done,
            ignore("the clerk's window layout was not saved: placed by default next time"),
        )

    def close(self) -> None:
        self.save_layout()
        self.workspace.stop()
        self.admin.clear()

    def on_admin_clicked(self) -> None:
        """The catalogue's departments, named in the current language, then the shown tab."""
        departments = {(s.group_code, s.group) for s in self.services() if s.group_code}
        self.admin.set_departments(sorted(departments, key=lambda d: d[1]))
        self.navigation.show(self.admin)
        self.admin.load()

    def on_stats_clicked(self) -> None:
        self.navigation.show(self.stats)
        run_task(self.clerk_api.stats, self.stats.show_stats, self.notices.show_failure)
