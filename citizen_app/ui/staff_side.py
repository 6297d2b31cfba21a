"""The staff side: a clerk or administrator who signs in gets the workspace, the statistics and
the administration instead of the citizen's pages (the former StaffSide mixin). Owns those
pages, their buttons and the clerk's saved window layout.

The staff's pages are made when first wanted, not while the app starts: a citizen never needs
them, and their modules (QtCharts among them) would take a tenth of a second before the first
paint (issue 19)."""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSize
from PySide6.QtWidgets import QMainWindow, QPushButton, QWidget

from citizen_app.api.models import Service, ServiceDefinition
from citizen_app.core.map_tiles import MapTiles
from citizen_app.ui import window_state
from citizen_app.ui.context import AppContext
from citizen_app.ui.navigation import Navigation
from citizen_app.ui.notices import Notices
from citizen_app.ui.tasks import done, ignore, run_task
from citizen_app.ui.window_state import fit_on_screen

if TYPE_CHECKING:
    from citizen_app.api.clerk import ClerkApi
    from citizen_app.ui.admin.workspace import AdminWorkspace
    from citizen_app.ui.clerk.stats_page import StatsPage
    from citizen_app.ui.clerk.workspace import ClerkWorkspace

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
        self.definition, self.tiles = definition, tiles
        self._clerk_api: ClerkApi | None = None
        self._workspace = navigation.lazy(self._make_workspace)
        self._stats = navigation.lazy(self._make_stats)
        self._admin = navigation.lazy(self._make_admin)
        self.queue_button, self.stats_button = QPushButton(), QPushButton()
        self.admin_button = QPushButton()
        self.queue_button.clicked.connect(lambda: navigation.show(self.workspace))
        self.stats_button.clicked.connect(self.on_stats_clicked)
        self.admin_button.clicked.connect(self.on_admin_clicked)

    @property
    def clerk_api(self) -> ClerkApi:
        """The clerk's calls, made when first wanted (staff only)."""
        if self._clerk_api is None:
            from citizen_app.api.clerk import ClerkApi

            self._clerk_api = ClerkApi(self.context.extensions)
        return self._clerk_api

    def _make_workspace(self) -> ClerkWorkspace:
        from citizen_app.api.note_templates import NoteTemplatesApi
        from citizen_app.ui.clerk.note_templates import NoteTemplates
        from citizen_app.ui.clerk.workspace import ClerkWorkspace

        context, notices = self.context, self.notices
        templates = NoteTemplates(
            NoteTemplatesApi(context.extensions),
            context.cache,
            lambda: f"note-templates|{context.account.server}",
        )
        page = ClerkWorkspace(
            self.clerk_api, self.definition, context.extensions.photo, self.tiles, templates
        )
        page.failed.connect(notices.show_failure)
        page.model.loaded.connect(lambda _: notices.clear_progress())  # back online
        page.queue.set_services(self.services())
        return page

    def _make_stats(self) -> StatsPage:
        from citizen_app.ui.clerk.stats_page import StatsPage

        page = StatsPage()
        page.refresh_requested.connect(self.on_stats_clicked)
        return page

    def _make_admin(self) -> AdminWorkspace:
        from citizen_app.api.admin import AdministrationApi
        from citizen_app.ui.admin.workspace import AdminWorkspace

        return AdminWorkspace(AdministrationApi(self.context.extensions))

    workspace = property(lambda self: self._workspace.get())
    stats = property(lambda self: self._stats.get())
    admin = property(lambda self: self._admin.get())

    def pages(self) -> tuple[QWidget, ...]:
        """Every staff page, made now if not yet."""
        return self.workspace, self.stats, self.admin

    def buttons(self) -> tuple[QPushButton, ...]:
        return self.queue_button, self.stats_button, self.admin_button

    def sections(self) -> list[tuple[QPushButton, str, tuple[Collection[QWidget], ...]]]:
        """The navigation bar's entries (NavBar.follow): each button, its icon, its page (a
        LazyPage: the bar asking which button a page belongs to makes no page)."""
        return [
            (self.queue_button, "queue", (self._workspace,)),
            (self.stats_button, "stats", (self._stats,)),
            (self.admin_button, "admin", (self._admin,)),
        ]

    def on_services_loaded(self, services: list[Service]) -> None:
        """The queue's service filter follows the catalogue (once the queue exists)."""
        for workspace in self._workspace:
            workspace.queue.set_services(services)

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
        shown = self.navigation.current()
        if not self.context.remember_choices or self._workspace.made() is None:
            return
        if shown is None or not (shown in self._workspace or shown in self._stats):
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
        for workspace in self._workspace:
            workspace.stop()
        for admin in self._admin:
            admin.clear()

    def on_admin_clicked(self) -> None:
        """The catalogue's departments, named in the current language, then the shown tab."""
        departments = {(s.group_code, s.group) for s in self.services() if s.group_code}
        self.admin.set_departments(sorted(departments, key=lambda d: d[1]))
        self.navigation.show(self.admin)
        self.admin.load()

    def on_stats_clicked(self) -> None:
        self.navigation.show(self.stats)
        run_task(self.clerk_api.stats, self.stats.show_stats, self.notices.show_failure)
