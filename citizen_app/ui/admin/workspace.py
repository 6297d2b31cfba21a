"""The administration workspace: staff accounts, the catalogue, the municipality's profile, note
templates, the calendar and the audit log, one tab each.
Each tab loads when it is shown, so an administrator sees the server as it is now."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from citizen_app.api.admin import AdministrationApi
from citizen_app.api.admin_catalogue import CatalogueApi
from citizen_app.api.admin_municipality import MunicipalityAdminApi
from citizen_app.api.note_templates import NoteTemplatesApi
from citizen_app.ui.admin.audit_page import AuditPage
from citizen_app.ui.admin.calendar_page import CalendarPage
from citizen_app.ui.admin.catalogue_page import CatalogueAdminPage
from citizen_app.ui.admin.municipality_page import MunicipalityPage
from citizen_app.ui.admin.staff_page import StaffPage
from citizen_app.ui.admin.templates_page import TemplatesPage
from citizen_app.ui.page_reset import clear_inputs


class AdminWorkspace(QWidget):
    def __init__(self, api: AdministrationApi) -> None:
        super().__init__()
        self.staff = StaffPage(api)
        self.catalogue = CatalogueAdminPage(CatalogueApi(api.extensions))
        self.municipality = MunicipalityPage(MunicipalityAdminApi(api.extensions))
        self.templates = TemplatesPage(NoteTemplatesApi(api.extensions))
        self.calendar = CalendarPage(api)
        self.audit = AuditPage(api)
        self.tabs = QTabWidget()
        for page in self.pages():
            self.tabs.addTab(page, "")
        self.tabs.currentChanged.connect(lambda _: self.load())
        QVBoxLayout(self).addWidget(self.tabs)
        self.retranslate()

    def pages(self) -> tuple[QWidget, ...]:
        """The tabs, in their order."""
        return (
            self.staff,
            self.catalogue,
            self.municipality,
            self.templates,
            self.calendar,
            self.audit,
        )

    def retranslate(self) -> None:
        names = (
            self.tr("Staff accounts"),
            self.tr("Catalogue"),
            self.tr("Municipality"),
            self.tr("Note templates"),
            self.tr("Calendar"),
            self.tr("Audit log"),
        )
        for index, (page, name) in enumerate(zip(self.pages(), names, strict=True)):
            page.retranslate()
            self.tabs.setTabText(index, name)

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
        for page in self.pages():
            page.clear()
        self.tabs.blockSignals(True)  # back to the first tab without loading it
        self.tabs.setCurrentIndex(0)
        self.tabs.blockSignals(False)
