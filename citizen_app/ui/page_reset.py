"""How a page forgets its visitor: every page's reset() starts with clear_inputs(page).

The inputs are found by walking the page's children, so a field added to a page later is
cleared too, without anyone else knowing about it. A page keeps an input (a choice that is the
machine's, not the visitor's) only by saying so where it makes it: keep_on_reset(widget).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

KEEP = "keepOnReset"  # the dynamic property of a widget reset() leaves as it is


def keep_on_reset(widget: QWidget) -> QWidget:
    """Opt `widget` (and what is inside it) out of its page's reset(); returns it."""
    widget.setProperty(KEEP, True)
    return widget


def _kept(widget: QWidget, page: QWidget) -> bool:
    while widget is not None and widget is not page:
        if widget.property(KEEP):
            return True
        widget = widget.parentWidget()
    return False


def clear_inputs(page: QWidget) -> None:
    """Empty every text input of `page`, clear every selection and scroll back to the top.
    setText and setPlainText also drop the undo history, so Ctrl+Z cannot bring back what the
    last visitor typed."""
    for field in page.findChildren(QLineEdit):
        # A spin box's or date's own line edit is its value, not free text.
        if not isinstance(field.parentWidget(), QAbstractSpinBox) and not _kept(field, page):
            field.setText("")
    for area in page.findChildren(QPlainTextEdit):
        if not _kept(area, page):
            area.setPlainText("")
    for area in page.findChildren(QTextEdit):
        if not area.isReadOnly() and not _kept(area, page):
            area.setPlainText("")
    for view in page.findChildren(QAbstractItemView):
        if not _kept(view, page):
            view.clearSelection()
    for area in page.findChildren(QAbstractScrollArea):
        for bar in (area.verticalScrollBar(), area.horizontalScrollBar()):
            bar.setValue(bar.minimum())
