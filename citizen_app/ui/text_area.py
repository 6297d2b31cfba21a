"""The app's multi-line text field: its text is aligned to the side the layout starts from.

QPlainTextEdit draws every paragraph from the left, whatever its direction, so Arabic typed in
a right-to-left window clung to the wrong edge. Every multi-line field of the app is a
TextArea (tests/test_screen_fit.py checks that none is a plain QPlainTextEdit), which aligns
its text with the layout direction and follows it when the language changes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QPlainTextEdit, QWidget


class TextArea(QPlainTextEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)  # Tab moves on, as in every other field
        self._align()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._align()
        super().changeEvent(event)

    def _align(self) -> None:
        side = (
            Qt.AlignmentFlag.AlignRight
            if self.layoutDirection() == Qt.LayoutDirection.RightToLeft
            else Qt.AlignmentFlag.AlignLeft
        )
        option = self.document().defaultTextOption()
        # Absolute: a paragraph's own direction must not mirror it back to the other side.
        option.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute)
        self.document().setDefaultTextOption(option)
