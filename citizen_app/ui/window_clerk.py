"""The main window's staff side: a clerk or administrator who signs in gets the workspace and
the statistics instead of the citizen's pages; a mixin of MainWindow."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QHBoxLayout, QPushButton

from citizen_app.api.admin import AdministrationApi
from citizen_app.api.clerk import ClerkApi
from citizen_app.api.models import ServiceDefinition
from citizen_app.api.note_templates import NoteTemplatesApi
from citizen_app.ui import window_state
from citizen_app.ui.admin.workspace import AdminWorkspace
from citizen_app.ui.clerk.note_templates import NoteTemplates
from citizen_app.ui.clerk.stats_page import StatsPage
from citizen_app.ui.clerk.workspace import ClerkWorkspace
from citizen_app.ui.tasks import done, ignore, run_task
from citizen_app.ui.window_state import fit_on_screen

STAFF = ("clerk", "supervisor", "admin")  # roles that open the clerk workspace
WORKSPACE = QSize(1280, 800)  # the queue and a request side by side


class StaffSide:
    """Needs MainWindow's extensions, account, cache, catalogue, stack and message line."""

    def setup_staff(self, nav: QHBoxLayout) -> None:
        self.clerk_api = ClerkApi(self.extensions)

        def definition(code: str) -> ServiceDefinition:
            return self.definition_fetcher()(code, self.language)

        templates = NoteTemplates(
            NoteTemplatesApi(self.extensions),
            self.cache,
            lambda: f"note-templates|{self.account.server}",
        )
        self.workspace = ClerkWorkspace(
            self.clerk_api, definition, self.extensions.photo, self.tiles, templates
        )
        self.workspace.failed.connect(self.on_load_failed)
        self.workspace.model.loaded.connect(lambda _: self.clear_progress())  # back online
        self.stats = StatsPage()
        self.stats.refresh_requested.connect(self.on_stats_clicked)
        self.admin = AdminWorkspace(AdministrationApi(self.extensions))
        self.queue_button, self.stats_button = QPushButton(), QPushButton()
        self.admin_button = QPushButton()
        self.queue_button.clicked.connect(lambda: self.stack.setCurrentWidget(self.workspace))
        self.stats_button.clicked.connect(self.on_stats_clicked)
        self.admin_button.clicked.connect(self.on_admin_clicked)
        nav.insertWidget(0, self.admin_button)
        nav.insertWidget(0, self.stats_button)
        nav.insertWidget(0, self.queue_button)

    def retranslate_staff(self) -> None:
        self.queue_button.setText(QCoreApplication.translate("MainWindow", "Work queue"))
        self.stats_button.setText(QCoreApplication.translate("MainWindow", "Statistics"))
        self.admin_button.setText(QCoreApplication.translate("MainWindow", "Administration"))
        for button in (self.queue_button, self.stats_button, self.admin_button):
            button.setAccessibleName(button.text())

    def is_staff(self) -> bool:
        user = self.account.user
        return user is not None and user.get("role") in STAFF

    def is_admin(self) -> bool:
        user = self.account.user
        return user is not None and user.get("role") == "admin"

    def show_staff_buttons(self) -> None:
        staff = self.is_staff()
        self.queue_button.setVisible(staff)
        self.stats_button.setVisible(staff)
        self.admin_button.setVisible(self.is_admin())
        for button in (self.services_button, self.unsent_button):
            button.setVisible(not staff)
        if staff:
            self.mine_button.hide()

    def open_workspace(self) -> None:
        """The window where the clerk left it last time, or as large as the queue and a request
        side by side want (1280×800) but never larger than the screen."""
        if not self.isMaximized() and not self.isFullScreen() and self.width() < WORKSPACE.width():
            fit_on_screen(self, WORKSPACE.expandedTo(self.size()))
        if self.remember_choices:
            path = window_state.state_file()
            run_task(
                lambda: window_state.load(path, "clerk"),
                self._restore_workspace_layout,
                ignore("the clerk's saved window layout is unreadable: placed by default"),
            )
        self.workspace.start(self.catalogue._services)
        self.stack.setCurrentWidget(self.workspace)

    def _restore_workspace_layout(self, saved: dict) -> None:
        if not self.is_staff():
            return  # signed out meanwhile
        if "geometry" in saved and not self.isFullScreen():
            self.restoreGeometry(saved["geometry"])
            if not self.isMaximized():
                fit_on_screen(self)
        if "splitter" in saved:
            self.workspace.splitter.restoreState(saved["splitter"])

    def save_workspace_layout(self) -> None:
        """Kept for the next time (on sign-out and when the window closes)."""
        if not self.remember_choices or self.stack.currentWidget() not in (
            self.workspace,
            self.stats,
        ):
            return
        path = window_state.state_file()
        values = {
            "geometry": self.saveGeometry(),
            "splitter": self.workspace.splitter.saveState(),
        }
        run_task(
            lambda: window_state.save(path, "clerk", values),
            done,
            ignore("the clerk's window layout was not saved: placed by default next time"),
        )

    def close_workspace(self) -> None:
        self.save_workspace_layout()
        self.workspace.stop()
        self.admin.clear()

    def on_admin_clicked(self) -> None:
        """The catalogue's departments, named in the current language, then the shown tab."""
        departments = {(s.group_code, s.group) for s in self.catalogue._services if s.group_code}
        self.admin.set_departments(sorted(departments, key=lambda d: d[1]))
        self.stack.setCurrentWidget(self.admin)
        self.admin.load()

    def on_stats_clicked(self) -> None:
        self.stack.setCurrentWidget(self.stats)
        run_task(self.clerk_api.stats, self.stats.show_stats, self.on_load_failed)
