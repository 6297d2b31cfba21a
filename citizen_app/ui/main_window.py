"""The main window: catalogue → form → confirmation, with a visible demo marker."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from citizen_app.api.client import Open311Client
from citizen_app.api.models import Service, ServiceDefinition
from citizen_app.ui.advice import advice
from citizen_app.ui.catalogue_page import CataloguePage
from citizen_app.ui.confirmation_page import ConfirmationPage
from citizen_app.ui.request_form_page import RequestFormPage
from citizen_app.ui.tasks import Latest, run_task

STYLE = """
QLabel#heading { font-size: 15pt; font-weight: bold; }
QLabel#requestNumber { font-size: 18pt; font-weight: bold; }
QLabel#fieldError { color: #b00020; }
QTreeWidget { font-size: 12pt; }
QTreeWidget::item { padding: 4px; }
"""


class MainWindow(QMainWindow):
    def __init__(self, client: Open311Client, demo: bool = False) -> None:
        super().__init__()
        self.client = client
        self.demo = demo
        self._definitions = Latest()
        central = QWidget()
        layout = QVBoxLayout(central)
        self.demo_banner = QLabel()
        self.demo_banner.setObjectName("demoBanner")
        self.demo_banner.setStyleSheet(
            "background: #ffe08a; color: #3d2c00; padding: 6px; font-weight: bold;"
        )
        self.demo_banner.setVisible(demo)
        layout.addWidget(self.demo_banner)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.setStyleSheet(STYLE)

        self.catalogue = CataloguePage()
        self.form = RequestFormPage(client)
        self.confirmation = ConfirmationPage()
        for page in (self.catalogue, self.form, self.confirmation):
            self.stack.addWidget(page)
        self.catalogue.chosen.connect(self.on_service_chosen)
        self.form.back.connect(lambda: self.stack.setCurrentWidget(self.catalogue))
        self.form.submitted.connect(self.on_request_submitted)
        self.confirmation.again.connect(lambda: self.stack.setCurrentWidget(self.catalogue))
        self.retranslate()
        self.resize(900, 700)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Municipal e-services"))
        self.demo_banner.setText(
            self.tr("Demo mode: a practice municipality on this computer. Requests go nowhere.")
        )

    def load_catalogue(self) -> None:
        self.show_message(self.tr("Loading the services…"))
        run_task(self.client.services, self.on_services_loaded, self.on_load_failed)

    def show_starting_demo(self) -> None:
        self.show_message(self.tr("Starting the demo municipality…"))

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def on_services_loaded(self, services: list[Service]) -> None:
        self.show_message("")
        self.catalogue.set_services(services)

    def on_load_failed(self, error: Exception) -> None:
        self.show_message(advice(error))

    def on_service_chosen(self, service: Service) -> None:
        if not service.metadata:
            self.on_definition_loaded(service, ServiceDefinition(service.code))
            return
        self.show_message(self.tr("Loading the form…"))
        self._definitions.run(
            lambda: self.client.definition(service.code),
            lambda definition: self.on_definition_loaded(service, definition),
            self.on_load_failed,
        )

    def on_definition_loaded(self, service: Service, definition: ServiceDefinition) -> None:
        self.show_message("")
        self.form.show_service(service, definition)
        self.stack.setCurrentWidget(self.form)

    def on_request_submitted(self, result: object) -> None:
        self.confirmation.show_result(result)
        self.stack.setCurrentWidget(self.confirmation)
