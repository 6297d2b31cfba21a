"""At the largest text size (200 %) on a 1366×768 laptop, every main screen in Arabic shows
every label whole: no label is given less room than its text needs (cut off at the side or the
bottom), none is cut by the widget around it, and none is shortened with "…" (the full text
left to a tooltip).

Drives the same screens as `make screenshots` (citizen_app/screenshots.py) with demo data.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QLabel, QWidget

from citizen_app.screenshots import settle_new_window
from tests.screens import each_screen

SIZE = (1366, 768)
SLACK = 1  # a pixel of rounding between a hint and a geometry


def needed(label: QLabel) -> tuple[int, int]:
    """The width and height the label's text needs at its present width."""
    if label.wordWrap():
        height = label.heightForWidth(label.width())
        return label.minimumSizeHint().width(), max(height, label.minimumSizeHint().height())
    hint = label.minimumSizeHint()
    return hint.width(), hint.height()


def visible_part(widget: QWidget) -> QRect:
    """The part of the widget its ancestors let show, in its own coordinates (a scroll area's
    viewport is a window onto content that scrolls: it does not cut)."""
    shown = widget.rect()
    child, parent = widget, widget.parentWidget()
    offset = QPoint(0, 0)
    while parent is not None and not child.isWindow():
        offset += child.pos()
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and parent is area.viewport():
            break
        shown = shown.intersected(parent.rect().translated(-offset))
        child, parent = parent, parent.parentWidget()
    return shown


def clipped(window: QWidget) -> list[str]:
    found = []
    for label in window.findChildren(QLabel):
        if not label.isVisible() or not label.text() or label.pixmap().isNull() is False:
            continue
        width, height = needed(label)
        text = label.text()[:40]
        if label.width() + SLACK < width or label.height() + SLACK < height:
            found.append(f"{text!r}: needs {width}×{height}, has {label.width()}×{label.height()}")
        elif visible_part(label) != label.rect():
            found.append(f"{text!r}: cut by its parent to {visible_part(label)} of {label.rect()}")
        elif label.text().endswith("…") and label.text().rstrip("…") in label.toolTip():
            found.append(f"{text!r}: shortened")  # the full text only in the tooltip
    return found


def test_no_label_is_cut_at_200_percent_text_in_arabic(qapp) -> None:
    from citizen_app.ui import theme

    found: dict[str, list[str]] = {}
    seen: list[str] = []

    def on_screen(language: str, name: str, window: QWidget) -> None:
        if name == "kiosk-start":
            return  # full screen, its own fixed layout (tests/test_kiosk.py)
        settle_new_window(window)
        window.resize(*SIZE)
        for _ in range(5):
            QApplication.processEvents()
        seen.append(name)
        problems = clipped(window)
        if (window.width(), window.height()) != SIZE:  # larger than the screen: cut there
            problems.append(f"the window needs {window.width()}×{window.height()}")
        if problems:
            found[name] = problems

    theme.apply(theme.Look("light", 200), qapp)
    try:
        each_screen(qapp, on_screen, ("ar",))
    finally:
        theme.apply(theme.Look("light", 100), qapp)
    assert len(seen) >= 18, seen  # every main screen
    assert not found, "\n".join(f"{k}: {v}" for k, v in found.items())


def test_a_cut_label_is_found(qapp) -> None:
    """The check itself: a label squeezed below its text, one cut by its parent, and a whole
    one."""
    from PySide6.QtWidgets import QVBoxLayout

    window = QWidget()
    squeezed = QLabel("مخالفة بناء في الحي الشمالي", window)
    squeezed.setGeometry(0, 0, 40, 30)
    box = QWidget(window)
    box.setGeometry(0, 40, 100, 10)
    cut = QLabel("قيد التنفيذ", box)
    cut.setGeometry(0, 0, 100, 40)
    whole_box = QWidget(window)
    whole_box.setGeometry(0, 100, 400, 100)
    QVBoxLayout(whole_box).addWidget(QLabel("مُنجَز"))
    window.resize(400, 200)
    window.show()
    QApplication.processEvents()
    try:
        problems = clipped(window)
        assert len(problems) == 2, problems
        assert "needs" in problems[0] and "cut by its parent" in problems[1]
    finally:
        window.deleteLater()
