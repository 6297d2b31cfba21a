"""Before the idle wipe: a large "Continue" button and the seconds left, as often as needed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class IdleWarning(QDialog):
    #: the visitor wants more time
    continued = Signal()
    #: the visitor is done
    finished_now = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setModal(True)
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint)
        layout = QVBoxLayout(self)
        self.text = QLabel()
        self.text.setObjectName("kioskTitle")
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.text)
        row = QHBoxLayout()
        self.continue_button, self.finish_button = QPushButton(), QPushButton()
        for button in (self.continue_button, self.finish_button):
            button.setMinimumSize(240, 96)
            row.addWidget(button)
        self.continue_button.setDefault(True)
        self.continue_button.clicked.connect(self.continued.emit)
        self.finish_button.clicked.connect(self.finished_now.emit)
        layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.continue_button.setText(self.tr("Continue"))
        self.finish_button.setText(self.tr("Finish now"))
        for button in (self.continue_button, self.finish_button):
            button.setAccessibleName(button.text())

    def show_left(self, seconds: int) -> None:
        self.text.setText(
            self.tr(
                "Are you still there? For your privacy, this session ends in %Ln second(s) "
                "and everything you entered is erased.",
                "",
                seconds,
            )
        )
        if not self.isVisible():
            self.show()
            self.continue_button.setFocus()
