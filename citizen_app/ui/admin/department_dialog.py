"""A department of the catalogue (an Open311 group): its code and its name in three languages.
Saved in the background; a mistake (found here or by the server) shows under the form."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from citizen_app.api.admin_catalogue import CatalogueApi, CatalogueRefused
from citizen_app.ui.admin.catalogue_checks import check_group
from citizen_app.ui.admin.languages import LanguageTexts, language_headers
from citizen_app.ui.advice import advice
from citizen_app.ui.tasks import run_task


class DepartmentDialog(QDialog):
    def __init__(
        self,
        api: CatalogueApi,
        group: dict[str, Any] | None,
        taken: set[str],
        order: int,
        done: Callable[[dict[str, Any]], None],
        parent: QWidget | None = None,
    ) -> None:
        """`group` None: a new department at `order`; `taken`: the codes in use."""
        super().__init__(parent)
        self.api, self.group, self.taken, self._done = api, group, taken, done
        self.order = group.get("order", order) if group else order
        self.setWindowTitle(self.tr("New department") if group is None else self.tr("Department"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        grid = QGridLayout()
        layout.addLayout(grid)
        self.code_label = QLabel(self.tr("Code"))
        self.code = QLineEdit(group["code"] if group else "")
        self.code.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.code.setReadOnly(group is not None)
        self.code.setAccessibleName(self.code_label.text())
        self.code_label.setBuddy(self.code)
        grid.addWidget(self.code_label, 0, 0)
        grid.addWidget(self.code, 0, 1)
        language_headers(grid, 1)
        self.names = LanguageTexts(grid, 2)
        self.names.retranslate(self.tr("Name"))
        self.names.set_value(group["names"] if group else {})
        for column in (1, 2, 3):
            grid.setColumnStretch(column, 1)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        (self.names.widget("ar") if group else self.code).setFocus()

    def on_save_clicked(self) -> None:
        code, names = self.code.text().strip(), self.names.value()
        taken = set() if self.group else self.taken
        mistakes = check_group(code, names, taken)
        if mistakes:
            self.show_error("\n".join(m.message for m in mistakes))
            return
        self.show_error("")
        self.buttons.setEnabled(False)
        api, order = self.api, self.order
        run_task(lambda: api.save_group(code, names, order), self.on_saved, self.on_failed)

    def on_saved(self, group: dict[str, Any]) -> None:
        self._done(group)
        self.accept()

    def on_failed(self, error: Exception) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, CatalogueRefused):
            self.show_error("\n".join(m.message for m in error.mistakes))
        else:
            self.show_error(advice(error))

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
