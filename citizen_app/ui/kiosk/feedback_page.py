"""At the end of a kiosk session: "How was your visit?" with three large faces, anonymous and
optional (Skip, or nothing pressed for half a minute, goes back to the start screen)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from citizen_app.ui.page_reset import clear_inputs

#: score -> face colour; the mouth's shape tells them apart without colour too
FACES = {3: "#2e7d32", 2: "#f9a825", 1: "#c62828"}
WAIT_MS = 30_000


def face_icon(score: int, size: int = 112) -> QIcon:
    """A face drawn here (no emoji font needed): smiling, straight or sad mouth."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#212121"), size / 28))
    painter.setBrush(QColor(FACES[score]))
    painter.drawEllipse(QRectF(size * 0.05, size * 0.05, size * 0.9, size * 0.9))
    painter.setBrush(QColor("#212121"))
    for x in (0.35, 0.65):
        painter.drawEllipse(QRectF(size * (x - 0.05), size * 0.33, size * 0.1, size * 0.12))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    mouth = QPainterPath()
    mouth.moveTo(size * 0.3, size * 0.68)
    bend = {3: 0.84, 2: 0.68, 1: 0.56}[score]
    mouth.quadTo(size * 0.5, size * bend, size * 0.7, size * 0.68)
    painter.drawPath(mouth)
    painter.end()
    return QIcon(pixmap)


class FeedbackPage(QWidget):
    #: 1 not good, 2 acceptable, 3 good
    answered = Signal(int)
    #: skipped, or no answer in time
    skipped = Signal()

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.question = QLabel()
        self.question.setObjectName("kioskTitle")
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.question.setWordWrap(True)
        layout.addWidget(self.question)
        self.note = QLabel()
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        row = QHBoxLayout()
        row.addStretch(1)
        self.faces: dict[int, QToolButton] = {}
        for score in (3, 2, 1):  # good first, in the reading direction
            button = QToolButton()
            button.setIcon(face_icon(score))
            button.setIconSize(QSize(112, 112))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            button.setMinimumSize(180, 180)
            button.clicked.connect(lambda _=False, s=score: self._answer(s))
            row.addWidget(button)
            self.faces[score] = button
        row.addStretch(1)
        layout.addLayout(row)
        self.skip_button = QPushButton()
        self.skip_button.clicked.connect(self._skip)
        layout.addWidget(self.skip_button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(2)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(WAIT_MS)
        self.timer.timeout.connect(self._skip)
        self.retranslate()

    def retranslate(self) -> None:
        self.question.setText(self.tr("How was your visit today?"))
        self.note.setText(
            self.tr("Your answer is anonymous: it helps the municipality improve its services.")
        )
        captions = {3: self.tr("Good"), 2: self.tr("Acceptable"), 1: self.tr("Not good")}
        for score, button in self.faces.items():
            button.setText(captions[score])
            button.setAccessibleName(captions[score])
        self.skip_button.setText(self.tr("Skip"))
        self.skip_button.setAccessibleName(self.skip_button.text())

    def reset(self) -> None:
        """For the next kiosk visitor: the question not running."""
        clear_inputs(self)
        self.timer.stop()

    def ask(self) -> None:
        self.timer.start()

    def _answer(self, score: int) -> None:
        self.timer.stop()
        self.answered.emit(score)

    def _skip(self) -> None:
        self.timer.stop()
        self.skipped.emit()
