"""A compact on-screen keyboard for kiosks without a physical one: Arabic, Latin and digits.

Written for the app (Qt Virtual Keyboard is GPLv3 or commercial, and heavier than this needs):
its keys never take the focus, and each press is delivered to the focused field as an ordinary
key event, so the field's own validation, undo and input handling apply as if typed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QGridLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from citizen_app.core import formats

LAYOUTS = {
    "ar": (
        ("ض", "ص", "ث", "ق", "ف", "غ", "ع", "ه", "خ", "ح", "ج", "د"),
        ("ش", "س", "ي", "ب", "ل", "ا", "ت", "ن", "م", "ك", "ط", "ذ"),
        ("ئ", "ء", "ؤ", "ر", "لا", "ى", "ة", "و", "ز", "ظ", "أ", "إ"),
        ("آ", "،", "؟", ".", "-", "@"),
    ),
    "latin": (
        ("q", "w", "e", "r", "t", "y", "u", "i", "o", "p"),
        ("a", "s", "d", "f", "g", "h", "j", "k", "l", "é"),
        ("z", "x", "c", "v", "b", "n", "m", "è", "à", "ç"),
        (",", "?", ".", "-", "@", "_"),
    ),
    "digits": (
        ("1", "2", "3", "+"),
        ("4", "5", "6", "/"),
        ("7", "8", "9", "-"),
        (".", "0", "@", ":"),
    ),
}
KEY_SIZE = 56  # touch targets of at least 48 px


def typing_target(widget: QWidget | None) -> bool:
    return isinstance(widget, QLineEdit | QPlainTextEdit | QAbstractSpinBox)


class OnScreenKeyboard(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("onScreenKeyboard")
        self.layout_name = "ar"
        #: off until kiosk mode turns it on
        self.active = False
        self.grid = QGridLayout(self)
        self.grid.setSpacing(4)
        self.keys: dict[str, QPushButton] = {}
        self.switches: dict[str, QPushButton] = {}
        self.backspace, self.space, self.next_field = QPushButton(), QPushButton(), QPushButton()
        self.show_layout("ar")
        QApplication.instance().focusChanged.connect(self._focus_changed)
        self.hide()

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the field keeps the focus
        button.setMinimumSize(KEY_SIZE, KEY_SIZE)
        button.setAccessibleName(text)
        button.clicked.connect(slot)
        return button

    def show_layout(self, name: str) -> None:
        self.layout_name = name
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget is not None:
                widget.hide()  # at once: deleteLater() only acts on the next event loop turn
                widget.deleteLater()
        self.keys = {}
        rows = LAYOUTS[name]
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                button = self._button(text, lambda _=False, t=text: self.type(t))
                self.grid.addWidget(button, r, c)
                self.keys[text] = button
        last = len(rows)
        self.switches = {}
        # The digits key in the app's digits (core/formats.py); the keys type 0–9, as servers
        # and ID numbers expect.
        switches = (("ar", "ع"), ("latin", "ABC"), ("digits", formats.digits("123")))
        for c, (code, label) in enumerate(switches):
            button = self._button(label, lambda _=False, n=code: self.show_layout(n))
            button.setEnabled(code != name)
            self.grid.addWidget(button, last, c)
            self.switches[code] = button
        self.space = self._button("", lambda: self.type(" "))
        self.backspace = self._button("⌫", lambda: self.press(Qt.Key.Key_Backspace))
        self.next_field = self._button("⇥", lambda: self.press(Qt.Key.Key_Tab))
        # Enter sends what the field belongs to (the sign-in or registration box, a search): on
        # a short screen the box's own button can be below the keyboard.
        self.enter = self._button("↵", lambda: self.press(Qt.Key.Key_Return))
        self.grid.addWidget(self.space, last, 3, 1, 3)
        self.grid.addWidget(self.backspace, last, 6, 1, 2)
        self.grid.addWidget(self.next_field, last, 8, 1, 1)
        self.grid.addWidget(self.enter, last, 9, 1, 2)
        self.retranslate()

    def retranslate(self) -> None:
        self.space.setText(QCoreApplication.translate("OnScreenKeyboard", "Space"))
        self.space.setAccessibleName(self.space.text())
        self.backspace.setAccessibleName(QCoreApplication.translate("OnScreenKeyboard", "Delete"))
        self.next_field.setAccessibleName(
            QCoreApplication.translate("OnScreenKeyboard", "Next field")
        )
        self.enter.setAccessibleName(QCoreApplication.translate("OnScreenKeyboard", "Enter"))
        names = {
            "ar": QCoreApplication.translate("OnScreenKeyboard", "Arabic letters"),
            "latin": QCoreApplication.translate("OnScreenKeyboard", "Latin letters"),
            "digits": QCoreApplication.translate("OnScreenKeyboard", "Digits"),
        }
        for code, button in self.switches.items():
            button.setAccessibleName(names[code])

    def type(self, text: str) -> None:
        target = QApplication.focusWidget()
        if not typing_target(target):
            return
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                target, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, text)
            )

    def press(self, key: Qt.Key) -> None:
        target = QApplication.focusWidget()
        if target is None:
            return
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier))

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Shown while a field of this window has the focus."""
        if new is not None and self.isAncestorOf(new):
            return
        window = self.window()
        self.setVisible(
            self.active and typing_target(new) and new is not None and window.isAncestorOf(new)
        )
