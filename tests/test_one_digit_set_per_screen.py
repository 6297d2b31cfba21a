"""Every main screen (as `make screenshots` draws them, with demo data), in each language and
digit setting, shows one set of digits: 0–9 or ٠–٩, never both. All visible text is read:
labels, buttons, list and table cells, tabs, group titles, placeholders and the charts' axis
labels. Other people's words (isolated in FSI…PDI by ui/bidi.foreign) are theirs, shown as
written, and left out; so is what was typed into fields."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGraphicsView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabBar,
    QWidget,
)

from citizen_app.core import formats
from tests.screens import each_screen

WESTERN, INDIC = set("0123456789"), set("٠١٢٣٤٥٦٧٨٩")
THEIRS = re.compile("\u2068[^\u2068\u2069]*(?:\u2068[^\u2068\u2069]*\u2069[^\u2068\u2069]*)*\u2069")
TAGS = re.compile(r"<[^>]+>")


def ours(text: str) -> str:
    return THEIRS.sub("", TAGS.sub("", text or ""))


def model_texts(view: QAbstractItemView) -> list[str]:
    model, found = view.model(), []
    if model is None:
        return found

    def columns(parent: QModelIndex) -> int:
        try:
            return model.columnCount(parent)
        except TypeError:  # a list model: one column
            return 1

    def walk(parent: QModelIndex) -> None:
        for row in range(min(model.rowCount(parent), 50)):
            for column in range(columns(parent)):
                index = model.index(row, column, parent)
                found.append(str(model.data(index, Qt.ItemDataRole.DisplayRole) or ""))
                walk(index)

    walk(QModelIndex())
    header = getattr(view, "header", None) or getattr(view, "horizontalHeader", None)
    if header is not None and header().isVisible():  # a list's model numbers its sections
        for column in range(columns(QModelIndex())):
            found.append(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
    return found


def visible_texts(window: QWidget) -> list[tuple[str, str]]:
    """(what, text) for everything of ours the person can see on the window."""
    found: list[tuple[str, str]] = []
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        kind = type(widget).__name__
        texts: list[str] = []
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())  # the typed text is the person's
        elif isinstance(widget, QComboBox):
            texts.append(widget.currentText())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts.extend(widget.tabText(i) for i in range(widget.count()))
        elif isinstance(widget, QAbstractItemView):
            texts.extend(model_texts(widget))
        elif isinstance(widget, QGraphicsView) and widget.scene() is not None:
            for item in widget.scene().items():  # chart titles, legends, axis labels
                if hasattr(item, "toPlainText"):
                    texts.append(item.toPlainText())
                elif hasattr(item, "text") and callable(item.text):
                    texts.append(item.text())
        found.extend((kind, ours(t)) for t in texts if ours(t))
    return found


def run_screens(qapp, digits: str, languages: tuple[str, ...]) -> dict[str, list]:
    formats.configure(digits=digits)
    screens: dict[str, list] = {}
    try:
        each_screen(
            qapp,
            lambda language, name, widget: screens.setdefault(
                f"{language}/{digits}/{name}", visible_texts(widget)
            ),
            languages,
        )
    finally:
        formats.configure(digits=formats.WESTERN)
    return screens


@pytest.mark.parametrize(
    ("digits", "languages"),
    [(formats.WESTERN, ("ar", "en", "fr")), (formats.ARABIC_INDIC, ("ar", "en"))],
)
def test_no_screen_mixes_two_sets_of_digits(qapp, digits: str, languages) -> None:
    screens = run_screens(qapp, digits, languages)
    assert len(screens) >= 15 * len(languages) - 3  # every main screen was seen
    mixed, wrong_set = {}, {}
    for name, texts in screens.items():
        western = [(k, t) for k, t in texts if WESTERN & set(t)]
        indic = [(k, t) for k, t in texts if INDIC & set(t)]
        if western and indic:
            mixed[name] = (western[:5], indic[:5])
        # Western screens never show ٠–٩. (With Arabic-Indic chosen, a screen whose only
        # numbers are written inside a translated sentence still shows 0–9: not mixed.)
        if digits == formats.WESTERN and indic:
            wrong_set[name] = indic[:5]
    assert not mixed, "\n".join(f"{k}: {v}" for k, v in mixed.items())
    assert not wrong_set, wrong_set
    # The figures that carry numbers were seen at all (the test reads what it should).
    stats = " ".join(t for _, t in screens[f"{languages[0]}/{digits}/clerk-statistics"])
    assert (INDIC if digits == formats.ARABIC_INDIC else WESTERN) & set(stats)
