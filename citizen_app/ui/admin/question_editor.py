"""A service's questions (Open311 attributes) for an administrator: the list in the order the
citizen reads them (add, remove, move up and down), and the chosen question's code, datatype,
required flag, question and help text in three languages, and the values of a list question.
An informational line (`variable` false) is words the citizen reads, with no answer."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from citizen_app.api.admin_catalogue import DATATYPES, LANGUAGES, LIST_DATATYPES
from citizen_app.ui.admin.languages import NAMES, LanguageTexts, language_headers
from citizen_app.ui.bidi import foreign


def datatype_name(datatype: str) -> str:
    """The datatype in words (the Open311 name stays in the tooltip for IT staff)."""
    names = {
        "string": QCoreApplication.translate("Datatypes", "Short text"),
        "number": QCoreApplication.translate("Datatypes", "Number"),
        "datetime": QCoreApplication.translate("Datatypes", "Date and time"),
        "text": QCoreApplication.translate("Datatypes", "Long text"),
        "singlevaluelist": QCoreApplication.translate("Datatypes", "One choice from a list"),
        "multivaluelist": QCoreApplication.translate("Datatypes", "Several choices from a list"),
    }
    return names.get(datatype, datatype)


def new_question(code: str) -> dict[str, Any]:
    return {
        "code": code,
        "datatype": "string",
        "variable": True,
        "required": False,
        "descriptions": {},
        "datatype_descriptions": {},
        "values": [],
    }


class QuestionsEditor(QGroupBox):
    # anything of any question changed (the preview follows)
    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.questions: list[dict[str, Any]] = []
        self._loading = False
        layout = QHBoxLayout(self)
        side = QVBoxLayout()
        self.list = QListWidget()
        self.list.setFixedWidth(220)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentRowChanged.connect(self.show_question)
        side.addWidget(self.list, 1)
        moves = QGridLayout()
        self.add_button, self.remove_button = QPushButton(), QPushButton()
        self.up_button, self.down_button = QPushButton(), QPushButton()
        self.add_button.clicked.connect(self.on_add_clicked)
        self.remove_button.clicked.connect(self.on_remove_clicked)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        moves.addWidget(self.add_button, 0, 0)
        moves.addWidget(self.remove_button, 0, 1)
        moves.addWidget(self.up_button, 1, 0)
        moves.addWidget(self.down_button, 1, 1)
        side.addLayout(moves)
        layout.addLayout(side)

        self.form = QWidget()
        grid = QGridLayout(self.form)
        grid.setContentsMargins(0, 0, 0, 0)
        self.code_label, self.datatype_label = QLabel(), QLabel()
        self.code, self.datatype = QLineEdit(), QComboBox()
        self.code.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        for datatype in DATATYPES:
            self.datatype.addItem("", datatype)
        self.code_label.setBuddy(self.code)
        self.datatype_label.setBuddy(self.datatype)
        self.required, self.informational = QCheckBox(), QCheckBox()
        grid.addWidget(self.code_label, 0, 0)
        grid.addWidget(self.code, 0, 1)
        grid.addWidget(self.datatype_label, 0, 2)
        grid.addWidget(self.datatype, 0, 3)
        grid.addWidget(self.required, 1, 1)
        grid.addWidget(self.informational, 1, 2, 1, 2)
        language_headers(grid, 2)
        self.text = LanguageTexts(grid, 3)
        self.help = LanguageTexts(grid, 4)
        self.values_label = QLabel()
        grid.addWidget(self.values_label, 5, 0, 1, 4)
        self.values = QTableWidget(0, 1 + len(LANGUAGES))
        self.values.verticalHeader().hide()
        self.values.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.values.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.values.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        self.values.setMinimumHeight(110)
        self.values_label.setBuddy(self.values)
        grid.addWidget(self.values, 6, 0, 1, 4)
        value_buttons = QHBoxLayout()
        self.add_value_button, self.remove_value_button = QPushButton(), QPushButton()
        self.add_value_button.clicked.connect(self.on_add_value_clicked)
        self.remove_value_button.clicked.connect(self.on_remove_value_clicked)
        value_buttons.addWidget(self.add_value_button)
        value_buttons.addWidget(self.remove_value_button)
        value_buttons.addStretch(1)
        grid.addLayout(value_buttons, 7, 0, 1, 4)
        grid.setRowStretch(8, 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setColumnStretch(3, 1)
        layout.addWidget(self.form, 1)

        self.code.textChanged.connect(self.on_edited)
        self.datatype.currentIndexChanged.connect(self.on_edited)
        self.required.toggled.connect(self.on_edited)
        self.informational.toggled.connect(self.on_edited)
        self.text.on_changed(self.on_edited)
        self.help.on_changed(self.on_edited)
        self.values.itemChanged.connect(self.on_edited)
        self.retranslate()
        self.show_question(-1)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Questions"))
        self.list.setAccessibleName(self.tr("Questions, in the order the citizen reads them"))
        self.add_button.setText(self.tr("Add question"))
        self.remove_button.setText(self.tr("Remove question"))
        self.up_button.setText(self.tr("Move up"))
        self.down_button.setText(self.tr("Move down"))
        self.code_label.setText(self.tr("Question code"))
        self.datatype_label.setText(self.tr("Kind of answer"))
        for index, datatype in enumerate(DATATYPES):
            self.datatype.setItemText(index, datatype_name(datatype))
            self.datatype.setItemData(index, datatype, Qt.ItemDataRole.ToolTipRole)
        self.required.setText(self.tr("An answer is required"))
        self.informational.setText(self.tr("Information line (no answer)"))
        self.text.retranslate(self.tr("Question"))
        self.help.retranslate(self.tr("Help text"))
        self.values_label.setText(self.tr("Values of the list (key and names)"))
        self.values.setHorizontalHeaderLabels(
            [self.tr("Key")] + [NAMES[language] for language in LANGUAGES]
        )
        self.add_value_button.setText(self.tr("Add value"))
        self.remove_value_button.setText(self.tr("Remove value"))
        for widget in (
            self.add_button,
            self.remove_button,
            self.up_button,
            self.down_button,
            self.add_value_button,
            self.remove_value_button,
            self.required,
            self.informational,
        ):
            widget.setAccessibleName(widget.text())
        self.code.setAccessibleName(self.code_label.text())
        self.datatype.setAccessibleName(self.datatype_label.text())
        self.values.setAccessibleName(self.values_label.text())
        self.show_list()

    # --- the list ------------------------------------------------------------------------------

    def set_questions(self, questions: list[dict[str, Any]]) -> None:
        self.questions = [copy.deepcopy(q) for q in sorted(questions, key=_order)]
        for question in self.questions:
            question.setdefault("values", [])
            question.setdefault("descriptions", {})
            question.setdefault("datatype_descriptions", {})
        self.show_list()
        self.list.setCurrentRow(0 if self.questions else -1)
        self.show_question(self.list.currentRow())

    def value(self) -> list[dict[str, Any]]:
        """The questions as the server takes them, `order` from their place in the list."""
        found = []
        for order, question in enumerate(self.questions, start=1):
            item = copy.deepcopy(question)
            item["order"] = order
            if item["datatype"] not in LIST_DATATYPES:
                item["values"] = []
            if not item["variable"]:
                item.update(datatype="string", required=False, values=[])
            found.append(item)
        return found

    def show_list(self) -> None:
        row = self.list.currentRow()
        self.list.blockSignals(True)
        self.list.clear()
        for number, question in enumerate(self.questions, start=1):
            words = question["descriptions"].get("ar") or question["code"] or "…"
            kind = (
                datatype_name(question["datatype"])
                if question["variable"]
                else self.tr("Information line")
            )
            self.list.addItem(f"{number}. {kind} — {foreign(words)}")
        self.list.setCurrentRow(min(row, len(self.questions) - 1))
        self.list.blockSignals(False)

    def on_add_clicked(self) -> None:
        taken = {q["code"] for q in self.questions}
        number = len(self.questions) + 1
        while f"q{number}" in taken:
            number += 1
        self.questions.append(new_question(f"q{number}"))
        self.show_list()
        self.list.setCurrentRow(len(self.questions) - 1)
        self.text.widget("ar").setFocus()
        self.changed.emit()

    def on_remove_clicked(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        del self.questions[row]
        self.show_list()
        self.list.setCurrentRow(min(row, len(self.questions) - 1))
        self.show_question(self.list.currentRow())
        self.changed.emit()

    def move(self, step: int) -> None:
        row = self.list.currentRow()
        other = row + step
        if row < 0 or not 0 <= other < len(self.questions):
            return
        self.questions[row], self.questions[other] = self.questions[other], self.questions[row]
        self.show_list()
        self.list.setCurrentRow(other)
        self.changed.emit()

    # --- the chosen question ---------------------------------------------------------------

    def show_question(self, row: int) -> None:
        question = self.questions[row] if 0 <= row < len(self.questions) else None
        self.form.setEnabled(question is not None)
        for button in (self.remove_button, self.up_button, self.down_button):
            button.setEnabled(question is not None)
        self._loading = True
        question = question or new_question("")
        self.code.setText(question["code"])
        self.datatype.setCurrentIndex(max(0, self.datatype.findData(question["datatype"])))
        self.required.setChecked(bool(question["required"]))
        self.informational.setChecked(not question["variable"])
        self.text.set_value(question["descriptions"])
        self.help.set_value(question["datatype_descriptions"])
        self.values.setRowCount(0)
        for value in question["values"]:
            self._add_value_row(value)
        self._loading = False
        self.show_kind()

    def show_kind(self) -> None:
        """What the question's kind allows: values for a list; no answer for a line."""
        informational = self.informational.isChecked()
        listed = self.datatype.currentData() in LIST_DATATYPES and not informational
        for widget in (self.datatype, self.required, *self.help.inputs.values()):
            widget.setEnabled(not informational)
        for widget in (
            self.values_label,
            self.values,
            self.add_value_button,
            self.remove_value_button,
        ):
            widget.setVisible(listed)

    def _add_value_row(self, value: dict[str, Any]) -> None:
        row = self.values.rowCount()
        self.values.insertRow(row)
        texts = [value.get("key", "")] + [value["names"].get(lang, "") for lang in LANGUAGES]
        for column, text in enumerate(texts):
            self.values.setItem(row, column, QTableWidgetItem(text))

    def on_add_value_clicked(self) -> None:
        self._add_value_row({"key": f"v{self.values.rowCount() + 1}", "names": {}})
        self.on_edited()
        row = self.values.rowCount() - 1
        self.values.setFocus()
        self.values.setCurrentCell(row, 1)
        self.values.editItem(self.values.item(row, 1))

    def on_remove_value_clicked(self) -> None:
        row = self.values.currentRow()
        if row >= 0:
            self.values.removeRow(row)
            self.on_edited()

    def on_edited(self, *_: object) -> None:
        """The form is the chosen question: kept in the list at every keystroke."""
        if self._loading:
            return
        self.show_kind()
        row = self.list.currentRow()
        if not 0 <= row < len(self.questions):
            return
        values = []
        for n in range(self.values.rowCount()):
            cells = [self.values.item(n, c) for c in range(self.values.columnCount())]
            texts = [cell.text().strip() if cell else "" for cell in cells]
            names = {lang: text for lang, text in zip(LANGUAGES, texts[1:], strict=True) if text}
            values.append({"key": texts[0], "names": names})
        self.questions[row].update(
            code=self.code.text().strip(),
            datatype=self.datatype.currentData(),
            required=self.required.isChecked(),
            variable=not self.informational.isChecked(),
            descriptions=self.text.value(),
            datatype_descriptions=self.help.value(),
            values=values,
        )
        self.show_list()
        self.changed.emit()

    def widget_for(self, row: int, path: str, select: bool = True) -> QWidget | None:
        """The input a path inside question `row` names ("values[1].key"): `select` shows
        that question first; without it, only the question shown has inputs to give."""
        if not 0 <= row < len(self.questions):
            return None
        if select:
            self.list.setCurrentRow(row)
        elif row != self.list.currentRow():
            return None
        if path.startswith("values["):
            index, _, rest = path[len("values[") :].partition("]")
            column = 0
            for n, language in enumerate(LANGUAGES, start=1):
                if rest.endswith(f"names.{language}"):
                    column = n
            if select and index.isdigit() and int(index) < self.values.rowCount():
                self.values.setCurrentCell(int(index), column)
            return self.values
        for prefix, texts in (("datatype_descriptions", self.help), ("descriptions", self.text)):
            if path.startswith(prefix):
                language = path.rpartition(".")[2]
                return texts.widget(language if language in LANGUAGES else "ar")
        return {
            "code": self.code,
            "datatype": self.datatype,
            "required": self.required,
            "variable": self.informational,
            "values": self.values,
        }.get(path.partition(".")[0], self.code)


def _order(question: dict[str, Any]) -> int:
    return int(question.get("order") or 0)
