"""One input widget per Open311 datatype, built from a service definition."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from citizen_app.api.models import Attribute
from citizen_app.core.text import ascii_digits
from citizen_app.ui import wheel_guard
from citizen_app.ui.bidi import foreign
from citizen_app.ui.text_area import TextArea

NOT_GIVEN = QDate(2000, 1, 1)


def question_widget(attribute: Attribute) -> QWidget:
    """What the citizen sees for one question: its input (`Field`), or for an informational
    line (`variable` false) the words alone. The request form and the catalogue editor's
    preview both build their questions here, so the preview is the form."""
    if attribute.variable:
        return Field(attribute)
    note = QLabel(foreign(attribute.description))
    note.setWordWrap(True)
    note.setObjectName("notice")
    return note


class Field(QWidget):
    """A labelled input with its error line; `value()` is what is sent, or None."""

    #: the citizen changed the answer (for the draft)
    changed = Signal()

    def __init__(self, attribute: Attribute) -> None:
        super().__init__()
        self.attribute = attribute
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        marker = " *" if attribute.required else ""
        self.label = QLabel(foreign(attribute.description) + marker)
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        self.input = self._make_input()
        wheel_guard.guard(self.input)  # a form scrolls: the wheel must not change an answer
        self.input.setAccessibleName(attribute.description)
        self.label.setBuddy(self.input)
        layout.addWidget(self.input)
        if attribute.datatype_description:
            hint = QLabel(foreign(attribute.datatype_description))
            hint.setWordWrap(True)
            hint.setEnabled(False)
            layout.addWidget(hint)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        for name in ("textChanged", "dateTimeChanged", "currentIndexChanged", "itemChanged"):
            if hasattr(self.input, name):
                getattr(self.input, name).connect(lambda *_: self.changed.emit())

    def _make_input(self) -> QWidget:
        kind = self.attribute.datatype
        if kind == "text":
            widget = TextArea()
            widget.setFixedHeight(90)
            return widget
        if kind == "datetime":
            widget = QDateTimeEdit(QDateTime.currentDateTime())
            widget.setCalendarPopup(True)
            if not self.attribute.required:
                # An optional date starts empty: the minimum shows as "not given".
                widget.setMinimumDateTime(QDateTime(NOT_GIVEN, QTime(0, 0)))
                widget.setSpecialValueText(self.tr("Not given"))
                widget.setDateTime(widget.minimumDateTime())
            return widget
        if kind == "singlevaluelist":
            widget = QComboBox()
            widget.addItem(self.tr("Choose…"), None)
            for value in self.attribute.values:
                widget.addItem(value.name, value.key)
            return widget
        if kind == "multivaluelist":
            widget = QListWidget()
            for value in self.attribute.values:
                item = QListWidgetItem(value.name)
                item.setData(Qt.ItemDataRole.UserRole, value.key)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                widget.addItem(item)
            rows = max(widget.sizeHintForRow(0), 22) * len(self.attribute.values)
            widget.setFixedHeight(min(rows + 2 * widget.frameWidth() + 4, 180))
            return widget
        return QLineEdit()

    def raw(self) -> Any:
        widget = self.input
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText().strip() or None
        if isinstance(widget, QDateTimeEdit):
            if widget.dateTime() == widget.minimumDateTime() and not self.attribute.required:
                return None
            return widget.dateTime().toUTC().toString(Qt.DateFormat.ISODate)
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, QListWidget):
            return [
                widget.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(widget.count())
                if widget.item(i).checkState() == Qt.CheckState.Checked
            ] or None
        return widget.text().strip() or None

    def restore(self, value: Any) -> None:
        """Put back an answer from a draft (what `raw()` gave)."""
        widget = self.input
        if value is None:
            return
        if isinstance(widget, QPlainTextEdit):
            widget.setPlainText(str(value))
        elif isinstance(widget, QDateTimeEdit):
            moment = QDateTime.fromString(str(value), Qt.DateFormat.ISODate)
            if moment.isValid():
                widget.setDateTime(moment.toLocalTime())
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(widget.findData(value), 0))
        elif isinstance(widget, QListWidget):
            chosen = set(value) if isinstance(value, list) else {value}
            for i in range(widget.count()):
                item = widget.item(i)
                checked = item.data(Qt.ItemDataRole.UserRole) in chosen
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        elif isinstance(widget, QLineEdit):
            widget.setText(str(value))

    def check(self) -> Any:
        """The value to send (None when empty); shows and raises a message when invalid."""
        value = self.raw()
        self.show_error("")
        if value is None:
            if self.attribute.required:
                self.show_error(self.tr("This field is required."))
                raise ValueError(self.attribute.code)
            return None
        if self.attribute.datatype == "number":
            text = ascii_digits(value).replace("٫", ".").replace(",", ".")
            try:
                float(text)
            except ValueError:
                self.show_error(self.tr("Enter a number, for example 3 or ٣."))
                raise ValueError(self.attribute.code) from None
            return text
        return value

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
