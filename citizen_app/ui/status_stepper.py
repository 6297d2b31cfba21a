"""A request's progress as steps with their dates: Submitted → Received → In progress →
Resolved. Steps done carry a tick and the date they were reached, the current one is marked,
the ones still to come are hollow.

A request that leaves the usual path says so on the step where it stands: "On hold" in place
of In progress, and Rejected, Duplicate or Closed as its last step.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from citizen_app.core.formats import date_text
from citizen_app.ui import icons, theme
from citizen_app.ui.statuses import status_name

PATH = ("submitted", "received", "in_progress", "resolved")
#: where an off-path status stands on the path
PLACE = {"on_hold": "in_progress", "rejected": "resolved", "duplicate": "resolved"}
PLACE["closed"] = "resolved"


def steps(detail: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(status shown, date reached or "", state) for each step; state is "done", "current"
    or "next"."""
    status = detail.get("status", "submitted")
    if status == "open":  # a plain Open311 server says only open or closed
        status = "submitted"
    reached: dict[str, str] = {"submitted": detail.get("requested_datetime") or ""}
    for event in detail.get("events", []):
        if event.get("kind") == "status" and event.get("status"):
            reached.setdefault(PLACE.get(event["status"], event["status"]), event.get("at", ""))
    where = PLACE.get(status, status)
    index = PATH.index(where) if where in PATH else 0
    found = []
    for position, step in enumerate(PATH):
        shown = status if step == where else step
        if position < index:
            state = "done"
        elif position == index:
            state = "done" if step == "resolved" else "current"
        else:
            state = "next"
        found.append((shown, reached.get(step, "") if state != "next" else "", state))
    return found


class StatusStepper(QFrame):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("statusStepper")
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 4, 0, 4)
        self._steps: list[tuple[str, str, str]] = []
        self._parts: list[QWidget] = []

    def show_steps(self, detail: dict[str, Any]) -> None:
        self._steps = steps(detail)
        self._draw()

    def clear(self) -> None:
        """Nothing shown (a kiosk's next visitor sees nothing of the last one's request)."""
        self._steps = []
        self._draw()
        self.setAccessibleName("")
        self.setAccessibleDescription("")

    def _draw(self) -> None:
        for part in self._parts:
            part.deleteLater()
        while self.row.count():
            self.row.takeAt(0)
        self._parts = []
        colours = theme.current_colours()
        side = self.fontMetrics().height() + 4
        said = []
        for position, (status, reached, state) in enumerate(self._steps):
            if position:
                line = QFrame(self)
                line.setFrameShape(QFrame.Shape.HLine)
                line.setObjectName("stepLine" if state == "next" else "stepLineDone")
                line.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
                self.row.addWidget(line, 1)
                self._parts.append(line)
            step = QWidget(self)
            column = QVBoxLayout(step)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            mark = QLabel(step)
            meaning = {"done": "done", "current": "step", "next": "step-next"}[state]
            colour = colours.muted if state == "next" else colours.primary
            mark.setPixmap(icons.icon(meaning, colour).pixmap(side, side))
            name = QLabel(status_name(status), step)
            name.setObjectName("stepCurrent" if state == "current" else "")
            date = QLabel(date_text(reached) if reached else "", step)
            date.setObjectName("muted")
            for label in (mark, name, date):
                label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
                column.addWidget(label)
            self.row.addWidget(step)
            self._parts.append(step)
            said.append(status_name(status) + (f" ({date.text()})" if reached else ""))
            if state == "current":
                self.setAccessibleDescription(self.tr("Now: %1").replace("%1", status_name(status)))
        self.setAccessibleName(
            self.tr("Progress of the request: %1").replace("%1", ", ".join(said))
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange) and self._steps:
            self._draw()
        super().changeEvent(event)
