"""The administration workspace: what an administrator of the municipality manages in the app."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QTableWidget


def name_table(table: QTableWidget, name: str) -> None:
    """The table's name for screen readers, given to its corner button too (select all, which
    does nothing here: it is turned off)."""
    table.setCornerButtonEnabled(False)
    table.setAccessibleName(name)
    for corner in table.findChildren(QAbstractButton):
        corner.setAccessibleName(name)
