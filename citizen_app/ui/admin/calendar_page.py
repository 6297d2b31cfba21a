"""The municipality's working calendar for an administrator: the weekly rest days and the dated
holidays that service targets skip. Saved on the server, where every expected date uses it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from citizen_app.api.admin import AdministrationApi
from citizen_app.api.errors import Rejected
from citizen_app.ui.admin import name_table
from citizen_app.ui.advice import advice
from citizen_app.ui.tasks import Latest, run_task


class CalendarPage(QWidget):
    def __init__(self, api: AdministrationApi) -> None:
        super().__init__()
        self.api = api
        self.holidays: list[dict[str, str]] = []
        self._load = Latest()
        layout = QVBoxLayout(self)
        self.rest_box = QGroupBox()
        days = QHBoxLayout(self.rest_box)
        # 0 = Monday … 6 = Sunday, as the server counts; shown from Saturday, as the week is
        # read here.
        self.rest_days = {n: QCheckBox() for n in (5, 6, 0, 1, 2, 3, 4)}
        for box in self.rest_days.values():
            days.addWidget(box)
        days.addStretch(1)
        layout.addWidget(self.rest_box)
        self.holidays_box = QGroupBox()
        holidays = QVBoxLayout(self.holidays_box)
        self.table = QTableWidget(0, 2)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        holidays.addWidget(self.table, 1)
        adding = QHBoxLayout()
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.name = QLineEdit()
        self.name.returnPressed.connect(self.on_add_clicked)
        self.add_button, self.remove_button = QPushButton(), QPushButton()
        self.add_button.clicked.connect(self.on_add_clicked)
        self.remove_button.clicked.connect(self.on_remove_clicked)
        for widget in (self.day, self.name, self.add_button, self.remove_button):
            adding.addWidget(widget)
        holidays.addLayout(adding)
        layout.addWidget(self.holidays_box, 1)
        bottom = QHBoxLayout()
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.on_save_clicked)
        bottom.addWidget(self.save_button)
        bottom.addStretch(1)
        layout.addLayout(bottom)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.retranslate()

    def retranslate(self) -> None:
        self.rest_box.setTitle(self.tr("Weekly rest days"))
        for number, box in self.rest_days.items():
            box.setText(QLocale().dayName(number + 1))  # Qt counts Monday as 1
            box.setAccessibleName(box.text())
        self.holidays_box.setTitle(self.tr("Holidays (service targets skip them)"))
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Holiday")])
        name_table(self.table, self.tr("Holidays"))
        self.day.setAccessibleName(self.tr("Date of the holiday"))
        self.name.setPlaceholderText(self.tr("Name, for example Eid al-Fitr"))
        self.name.setAccessibleName(self.tr("Name of the holiday"))
        self.add_button.setText(self.tr("Add holiday"))
        self.remove_button.setText(self.tr("Remove selected"))
        self.save_button.setText(self.tr("Save the calendar"))
        for button in (self.add_button, self.remove_button, self.save_button):
            button.setAccessibleName(button.text())
        self.show_holidays()

    def load(self) -> None:
        self.status.setText(self.tr("Loading…"))
        self._load.run(self.api.calendar, self.show_calendar, self.on_failed)

    def clear(self) -> None:
        self._load.cancel()
        self.holidays = []
        self.show_holidays()

    def show_calendar(self, calendar: dict[str, Any]) -> None:
        for number, box in self.rest_days.items():
            box.setChecked(number in calendar["rest_days"])
        self.holidays = [{"date": h["date"], "name": h["name"]} for h in calendar["holidays"]]
        self.show_holidays()
        self.status.setText(
            self.tr("These are the server's first-run settings; nothing was saved here yet.")
            if calendar.get("from_defaults")
            else ""
        )

    def show_holidays(self) -> None:
        self.holidays.sort(key=lambda h: h["date"])
        self.table.setRowCount(len(self.holidays))
        for row, holiday in enumerate(self.holidays):
            day = QDate.fromString(holiday["date"], "yyyy-MM-dd")
            shown = QLocale().toString(day, QLocale.FormatType.LongFormat)
            self.table.setItem(row, 0, QTableWidgetItem(shown))
            self.table.setItem(row, 1, QTableWidgetItem(holiday["name"]))

    def on_add_clicked(self) -> None:
        day = self.day.date().toString("yyyy-MM-dd")
        if any(h["date"] == day for h in self.holidays):
            self.status.setText(self.tr("This date is already a holiday."))
            return
        self.holidays.append({"date": day, "name": self.name.text().strip()})
        self.name.clear()
        self.status.setText(self.tr("Not saved yet."))
        self.show_holidays()

    def on_remove_clicked(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            del self.holidays[row]
        if rows:
            self.status.setText(self.tr("Not saved yet."))
        self.show_holidays()

    def on_save_clicked(self) -> None:
        rest = sorted(n for n, box in self.rest_days.items() if box.isChecked())
        if len(rest) == 7:
            self.status.setText(self.tr("At least one day of the week must be a working day."))
            return
        api, holidays = self.api, list(self.holidays)
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Saving…"))
        run_task(lambda: api.save_calendar(rest, holidays), self.on_saved, self.on_failed)

    def on_saved(self, calendar: dict[str, Any]) -> None:
        self.save_button.setEnabled(True)
        self.show_calendar(calendar)
        self.status.setText(self.tr("Saved. New requests' expected dates follow it from now on."))

    def on_failed(self, error: Exception) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, Rejected) and error.code == "invalid_field":
            self.status.setText(self.tr("The server refused the calendar: check the dates."))
        else:
            self.status.setText(advice(error))
