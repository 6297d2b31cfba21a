"""What Qt's own widgets leave undone: texts its translations (qtbase_ar/fr.qm) leave in
English, and what it leaves unnamed or unlabelled for screen readers.

Written here as translate() calls so that lupdate puts them in our .ts files under Qt's own
context; our translator, installed after Qt's and so asked first, then answers for them. The
file dialog said "&Look in:", "Files of &type:" and "Folder" in an Arabic dialog: Qt 6 changed
these texts (a shortcut letter, a new context) and qtbase's translations did not follow.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QToolButton


def texts() -> list[str]:
    """The texts in the current language (tests/test_photo_chooser.py checks each one)."""
    return [
        QCoreApplication.translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
        QCoreApplication.translate("QAbstractFileIconProvider", "Drive"),
        QCoreApplication.translate("QFileDialog", "&Look in:"),
        QCoreApplication.translate("QFileDialog", "Files of &type:"),
    ]


def name_clear_button(field: QLineEdit) -> None:
    """The clear button Qt adds to a line edit (`setClearButtonEnabled`) has no accessible
    name: a screen reader read it as a bare "push button" (tests/test_atspi.py). Called again
    on a change of language."""
    for button in field.findChildren(QToolButton):
        button.setAccessibleName(QCoreApplication.translate("QLineEdit", "Clear text"))


def buddy_labels(form: QFormLayout) -> None:
    """QFormLayout makes a row's label its field's buddy only when it makes the label itself
    (`addRow(text, field)`): with our own QLabel, screen readers took the group box's title as
    every field's label (tests/test_atspi.py). A row whose field is a layout (two coordinates)
    is labelled on its first widget."""
    for row in range(form.rowCount()):
        label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        if label is None or field is None or not isinstance(label.widget(), QLabel):
            continue
        widget = field.widget() or (field.layout().itemAt(0).widget() if field.layout() else None)
        if widget is not None:
            label.widget().setBuddy(widget)
