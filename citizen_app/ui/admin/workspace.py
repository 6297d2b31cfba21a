"""The administration workspace: staff accounts, the calendar and the audit log, one tab each.
Each tab loads when it is shown, so an administrator sees the server as it is now."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from citizen_app.api.admin import AdministrationApi
from citizen_app.api.admin_municipality import MunicipalityAdminApi
from citizen_app.api.note_templates import NoteTemplatesApi
from citizen_app.ui.admin.audit_page import AuditPage
from citizen_app.ui.admin.calendar_page import CalendarPage
from citizen_app.ui.admin.municipality_page import MunicipalityPage
from citizen_app.ui.admin.staff_page import StaffPage
from citizen_app.ui.admin.templates_page import TemplatesPage
from citizen_app.ui.page_reset import clear_inputs


class AdminWorkspace(QWidget):
    def __init__(self, api: AdministrationApi) -> None:
        super().__init__()
        self.staff = StaffPage(api)
        self.calendar = CalendarPage(api)
        self.audit = AuditPage(api)
        self.tabs = QTabWidget()
        for page in (self.staff, self.calendar, self.audit):
            self.tabs.addTab(page, "")
        # The municipality's profile and the note templates.
        self.municipality = MunicipalityPage(MunicipalityAdminApi(api.extensions))
        self.templates = TemplatesPage(NoteTemplatesApi(api.extensions))
        for page in (self.municipality, self.templates):
            self.tabs.addTab(page, "")
        self.tabs.currentChanged.connect(lambda _: self.load())
        QVBoxLayout(self).addWidget(self.tabs)
        self.retranslate()

    def retranslate(self) -> None:
        for page in (self.staff, self.calendar, self.audit):
            page.retranslate()
        self.tabs.setTabText(0, self.tr("Staff accounts"))
        self.tabs.setTabText(1, self.tr("Calendar"))
        self.tabs.setTabText(2, self.tr("Audit log"))
        for page in (self.municipality, self.templates):
            page.retranslate()
        self.tabs.setTabText(self.tabs.indexOf(self.municipality), self.tr("Municipality"))
        self.tabs.setTabText(self.tabs.indexOf(self.templates), self.tr("Note templates"))

    def set_departments(self, departments: list[tuple[str, str]]) -> None:
        self.staff.set_departments(departments)

    def load(self) -> None:
        """The shown tab, fresh from the server."""
        self.tabs.currentWidget().load()

    def reset(self) -> None:
        """For the next kiosk visitor: nothing of any tab left."""
        clear_inputs(self)
        self.clear()

    def clear(self) -> None:
        """Signed out: nothing of any tab stays on screen."""
        for page in (self.staff, self.calendar, self.audit):
            page.clear()
        for page in (self.municipality, self.templates):
            page.clear()
        self.tabs.blockSignals(True)  # back to the first tab without loading it
        self.tabs.setCurrentIndex(0)
        self.tabs.blockSignals(False)
