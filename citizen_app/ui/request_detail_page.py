"""One request: status timeline, the municipality's notes, expected date, photos, comments;
rating and reopening once it is resolved."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from citizen_app.api.accounts import Extensions
from citizen_app.core import images
from citizen_app.core.formats import date_text, date_time
from citizen_app.core.map_tiles import MapTiles
from citizen_app.ui.advice import advice
from citizen_app.ui.bidi import foreign, request_number
from citizen_app.ui.map_box import MapBox
from citizen_app.ui.page_reset import clear_inputs
from citizen_app.ui.statuses import event_name, status_name
from citizen_app.ui.tasks import Latest, run_task

#: a photo's thumbnail, in pixels (decoded at this size on a worker thread)
THUMB = 120


class RequestDetailPage(QWidget):
    #: back to the list
    back = Signal()

    def __init__(self, extensions: Extensions, tiles: MapTiles | None = None) -> None:
        super().__init__()
        self.extensions = extensions
        self.detail: dict[str, Any] | None = None
        self._keys: dict[str, str] = {}  # action -> Idempotency-Key until it succeeds
        self._photos = Latest()
        self.interactive = True
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        layout.addWidget(self.heading)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.map = MapBox(tiles, editable=False) if tiles is not None else None
        if self.map is not None:
            self.map.hide()
            layout.addWidget(self.map)
        self.timeline_label = QLabel()
        layout.addWidget(self.timeline_label)
        self.timeline = QListWidget()
        self.timeline.setWordWrap(True)
        layout.addWidget(self.timeline, 1)
        self.photos = QHBoxLayout()
        layout.addLayout(self.photos)

        comment_row = QHBoxLayout()
        self.comment = QLineEdit()
        self.comment_button = QPushButton()
        self.comment_button.clicked.connect(self.on_comment_clicked)
        comment_row.addWidget(self.comment, 1)
        comment_row.addWidget(self.comment_button)
        layout.addLayout(comment_row)

        self.fixed_box = QGroupBox()
        fixed_layout = QHBoxLayout(self.fixed_box)
        self.fixed_yes, self.fixed_no = QPushButton(), QPushButton()
        self.fixed_yes.clicked.connect(lambda: self.on_fixed_answered(True))
        self.fixed_no.clicked.connect(lambda: self.on_fixed_answered(False))
        self.fixed_reason = QLineEdit()
        fixed_layout.addWidget(self.fixed_yes)
        fixed_layout.addWidget(self.fixed_no)
        fixed_layout.addWidget(self.fixed_reason, 1)
        self.fixed_box.hide()
        layout.addWidget(self.fixed_box)

        self.resolved_box = QGroupBox()
        form = QFormLayout(self.resolved_box)
        self.stars = QComboBox()
        for n in range(5, 0, -1):
            self.stars.addItem("★" * n, n)
        self.rating_comment = QLineEdit()
        self.rate_button = QPushButton()
        self.rate_button.clicked.connect(self.on_rate_clicked)
        self.reason = QLineEdit()
        self.reopen_button = QPushButton()
        self.reopen_button.clicked.connect(self.on_reopen_clicked)
        self.stars_label, self.rating_label, self.reason_label = QLabel(), QLabel(), QLabel()
        form.addRow(self.stars_label, self.stars)
        form.addRow(self.rating_label, self.rating_comment)
        form.addRow(self.rate_button)
        form.addRow(self.reason_label, self.reason)
        form.addRow(self.reopen_button)
        layout.addWidget(self.resolved_box)

        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.back.emit)
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeading)
        self.retranslate()

    def set_interactive(self, interactive: bool) -> None:
        """Comments, rating and reopening need the server's extensions (and an account)."""
        self.interactive = interactive
        for widget in (self.comment, self.comment_button):
            widget.setVisible(interactive)
        if not interactive:
            self.resolved_box.hide()
            self.fixed_box.hide()

    def retranslate(self) -> None:
        self.timeline_label.setText(self.tr("What has happened so far"))
        self.comment.setPlaceholderText(self.tr("Add a comment for the municipality"))
        self.comment_button.setText(self.tr("Send comment"))
        self.resolved_box.setTitle(self.tr("The municipality says this is resolved"))
        self.stars_label.setText(self.tr("Your rating"))
        self.rating_label.setText(self.tr("Comment on the result (optional)"))
        self.rate_button.setText(self.tr("Send my rating"))
        self.reason_label.setText(self.tr("Not solved? Tell us why"))
        self.reopen_button.setText(self.tr("Reopen the request"))
        self.back_button.setText(self.tr("Back to my requests"))
        self.fixed_box.setTitle(self.tr("Is the problem fixed?"))
        self.fixed_yes.setText(self.tr("Yes, it is fixed"))
        self.fixed_no.setText(self.tr("No"))
        self.fixed_reason.setPlaceholderText(self.tr("If not: what is still wrong?"))
        for widget, name in (
            (self.fixed_yes, self.fixed_yes.text()),
            (self.fixed_no, self.tr("No, it is not fixed")),
            (self.fixed_reason, self.fixed_reason.placeholderText()),
            (self.comment, self.comment.placeholderText()),
            (self.comment_button, self.comment_button.text()),
            (self.stars, self.stars_label.text()),
            (self.rating_comment, self.rating_label.text()),
            (self.rate_button, self.rate_button.text()),
            (self.reason, self.reason_label.text()),
            (self.reopen_button, self.reopen_button.text()),
            (self.back_button, self.back_button.text()),
            (self.timeline, self.timeline_label.text()),
        ):
            widget.setAccessibleName(name)
        if self.map is not None:
            self.map.retranslate()
        if self.detail:
            self.show_detail(self.detail)

    def show_detail(self, detail: dict[str, Any]) -> None:
        self.detail = detail
        self.status.clear()
        self.heading.setText(f"{foreign(detail['service_name'])} — {request_number(detail['id'])}")
        lines = [self.tr("Status: %1").replace("%1", status_name(detail["status"]))]
        if detail.get("expected_datetime"):
            lines.append(
                self.tr("Expected by: %1").replace("%1", date_text(detail["expected_datetime"]))
            )
        if detail.get("address"):
            lines.append(self.tr("Place: %1").replace("%1", foreign(detail["address"])))
        if detail.get("duplicate_of"):
            lines.append(
                self.tr("Same as request %1").replace("%1", request_number(detail["duplicate_of"]))
            )
        if detail.get("description"):
            lines.append(foreign(detail["description"]))
        self.summary.setText("\n".join(lines))
        if self.map is not None:
            self.map.show_request_place(located(detail))
        self.timeline.clear()
        for event in detail.get("events", []):
            title = (
                status_name(event["status"])
                if event["kind"] == "status"
                else event_name(event["kind"])
            )
            text = f"{date_time(event['at'])} — {title}"
            if event.get("note"):
                text += "\n" + foreign(event["note"])
            QListWidgetItem(text, self.timeline)
        check = detail.get("fixed_check") or {}
        asked = bool(check.get("asked_at")) and check.get("answered") is None
        self.fixed_box.setVisible(self.interactive and asked)
        resolved = detail["status"] == "resolved"
        self.resolved_box.setVisible(
            self.interactive and detail["status"] in ("resolved", "closed")
        )
        can_rate = detail.get("rating") is None
        for widget in (self.stars, self.rating_comment, self.rate_button):
            widget.setEnabled(can_rate)
        can_reopen = resolved and detail.get("reopen_count", 0) < 1
        for widget in (self.reason, self.reopen_button):
            widget.setVisible(can_reopen)
        self.reason_label.setVisible(can_reopen)
        self.load_photos(detail.get("attachments", []))

    def reset(self) -> None:
        """For the next kiosk visitor: no request, history, photo or place of the last one left."""
        clear_inputs(self)
        self.detail = None
        self._keys.clear()
        self._photos.cancel()
        self.timeline.clear()
        for label in (self.heading, self.summary, self.status):
            label.clear()
        self.load_photos([])
        if self.map is not None:
            self.map.forget()

    def load_photos(self, attachments: list[dict[str, Any]]) -> None:
        while self.photos.count():
            widget = self.photos.takeAt(0).widget()
            if widget:
                widget.deleteLater()
        if not attachments:
            return
        urls, fetch = [a["url"] for a in attachments], self.extensions.photo
        self._photos.run(
            lambda: images.thumbnails(fetch, urls, QSize(THUMB, THUMB)),
            self.on_photos_loaded,
            lambda error: self.status.setText(advice(error)),
        )

    def on_photos_loaded(self, thumbnails: list[QImage | None]) -> None:
        for image in thumbnails:
            label = QLabel()
            if image is None:
                label.setText(self.tr("This photo cannot be shown."))
            else:
                label.setPixmap(QPixmap.fromImage(image))
            label.setAccessibleName(self.tr("Photo"))
            self.photos.addWidget(label)

    def _act(self, action: str, call) -> None:
        if self.detail is None:
            return
        key = self._keys.setdefault(action, str(uuid.uuid4()))
        number = self.detail["id"]
        self.status.setText(self.tr("Sending…"))

        def done(detail: dict[str, Any]) -> None:
            self._keys.pop(action, None)
            if action == "comment":
                self.comment.clear()
            elif action.startswith("fixed"):
                self.fixed_reason.clear()
            self.show_detail(detail)

        run_task(lambda: call(number, key), done, lambda e: self.status.setText(advice(e)))

    def on_comment_clicked(self) -> None:
        text = self.comment.text().strip()
        if text:
            self._act("comment", lambda n, k: self.extensions.comment(n, text, k))

    def on_rate_clicked(self) -> None:
        stars, note = self.stars.currentData(), self.rating_comment.text().strip()
        self._act("rate", lambda n, k: self.extensions.rate(n, stars, note, k))

    def on_fixed_answered(self, fixed: bool) -> None:
        """Yes, or No with what is still wrong; then the request as the server now has it."""
        reason = self.fixed_reason.text().strip()
        if not fixed and not reason:
            self.status.setText(self.tr("Tell the municipality what is still wrong."))
            self.fixed_reason.setFocus()
            return
        # One key per answer: a changed mind is a new call.
        self._act(f"fixed:{fixed}", lambda n, k: self.extensions.answer_fixed(n, fixed, reason, k))

    def on_reopen_clicked(self) -> None:
        reason = self.reason.text().strip()
        if not reason:
            self.status.setText(self.tr("Tell the municipality why the problem is not solved."))
            return
        self._act("reopen", lambda n, k: self.extensions.reopen(n, reason, k))


def located(detail: dict[str, Any]) -> tuple[float, float] | None:
    """A request's place on the map, when it was given."""
    if detail.get("lat") is None or detail.get("long") is None:
        return None
    return float(detail["lat"]), float(detail["long"])
