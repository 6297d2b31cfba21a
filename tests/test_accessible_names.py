"""Every interactive widget on every main screen (as `make screenshots` draws them, with demo
data) has a name a screen reader can say, in Arabic, English and French: read through Qt's
accessibility tree (QAccessible), which is what AT-SPI hands to Orca on Linux."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QWidget,
)

from tests.screens import each_screen

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QAbstractSlider,
)


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def unnamed(window: QWidget) -> list[str]:
    found = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisible():
            continue
        if isinstance(widget, QLineEdit) and isinstance(
            widget.parentWidget(), QComboBox | QAbstractSpinBox
        ):
            continue  # the editor inside a combo or spin box: the box carries the name
        if isinstance(widget, QScrollBar | QHeaderView):
            continue  # a view's own parts: the role says what they are, the columns are named
        if type(widget).__name__.startswith("Qt") or widget.objectName().startswith("qt_"):
            continue  # Qt's own parts (a calendar's navigation)
        if not accessible_name(widget):
            parent = widget.parentWidget()
            found.append(
                f"{type(widget).__name__} '{widget.objectName()}' in {type(parent).__name__}"
            )
    return found


def test_every_interactive_widget_has_a_name_in_every_language(qapp) -> None:
    missing: dict[str, list[str]] = {}
    seen: list[str] = []

    def on_screen(language: str, name: str, widget: QWidget) -> None:
        seen.append(f"{language}/{name}")
        found = unnamed(widget)
        if found:
            missing[f"{language}/{name}"] = found

    each_screen(qapp, on_screen)
    assert len(seen) >= 40  # every main screen in three languages
    assert not missing, "\n".join(f"{k}: {v}" for k, v in missing.items())


def test_the_clear_button_of_a_search_field_is_named(qapp) -> None:
    """Qt's clear button (shown once something is typed) has no name of its own."""
    from PySide6.QtWidgets import QToolButton

    from citizen_app.i18n import apply_language
    from citizen_app.ui.catalogue_page import CataloguePage

    page = CataloguePage()
    try:
        apply_language("ar")
        page.retranslate()
        page.search.setText("ماء")
        (button,) = page.search.findChildren(QToolButton)
        assert accessible_name(button) == "مسح النص"
    finally:
        apply_language("en")
        page.deleteLater()
