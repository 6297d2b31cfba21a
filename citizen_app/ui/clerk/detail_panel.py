"""One request for the clerk: the citizen's contact, the answers, location, photos, the whole
history (staff-only notes included, marked) and the actions. Each note box has its audience
beside it (note_audience.py), saying plainly who will read what is typed. Every action runs in
the background with its own Idempotency-Key (kept until it succeeds), and the queue row updates
in place."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from citizen_app.api.clerk import ClerkApi
from citizen_app.api.models import ServiceDefinition
from citizen_app.core.formats import date_text, date_time, number
from citizen_app.core.map_tiles import MapTiles
from citizen_app.ui.bidi import foreign, ltr_line, question_and_answer, request_number
from citizen_app.ui.clerk import note_audience
from citizen_app.ui.clerk.detail_actions import DetailActions
from citizen_app.ui.clerk.note_templates import NoteTemplates
from citizen_app.ui.clerk.photo_strip import PhotoStrip
from citizen_app.ui.map_box import MapBox
from citizen_app.ui.request_detail_page import located
from citizen_app.ui.statuses import status_name
from citizen_app.ui.text_area import TextArea


class DetailPanel(DetailActions, QWidget):
    #: the request's new detail after an action
    changed = Signal(dict)

    def __init__(
        self,
        api: ClerkApi,
        photo: Callable[[str], bytes],
        tiles: MapTiles | None = None,
        templates: NoteTemplates | None = None,
    ) -> None:
        """`templates`: the municipality's note templates, fetched by the workspace (none when
        not given)."""
        super().__init__()
        self.api, self.photo = api, photo
        self.templates = templates or NoteTemplates(None)
        self.detail: dict[str, Any] | None = None
        self.definition: ServiceDefinition | None = None
        self._keys: dict[str, str] = {}
        self._allowed: list[str] = []
        outer = QVBoxLayout(self)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        self.scroll.setWidget(body)
        # Until a request is chosen, a sentence saying so (empty boxes said nothing).
        self.none_chosen = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.none_chosen)
        self.pages.addWidget(self.scroll)
        outer.addWidget(self.pages, 1)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.summary, self.contact, self.answers = QLabel(), QLabel(), QLabel()
        for label in (self.summary, self.contact, self.answers):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.contact_box, self.answers_box = QGroupBox(), QGroupBox()
        QVBoxLayout(self.contact_box).addWidget(self.contact)
        QVBoxLayout(self.answers_box).addWidget(self.answers)
        self.photo_strip = PhotoStrip(photo)
        self.photos = self.photo_strip.row
        self.history_label = QLabel()
        self.history = QListWidget()
        self.history.setWordWrap(True)
        self.history.setMinimumHeight(160)
        for widget in (self.heading, self.summary, self.contact_box, self.answers_box):
            layout.addWidget(widget)
        self.map = MapBox(tiles, editable=False) if tiles is not None else None
        if self.map is not None:
            self.map.hide()
            layout.addWidget(self.map)
        layout.addWidget(self.photo_strip)
        layout.addWidget(self.history_label)
        layout.addWidget(self.history, 1)

        self.actions = QGroupBox()
        form = QFormLayout(self.actions)
        form.setVerticalSpacing(10)
        self.new_status = QComboBox()
        self.new_status.activated.connect(self._on_status_chosen)
        self.public_note = TextArea()
        self.public_note.setFixedHeight(70)
        self.status_audience, self.status_audience_hint = QComboBox(), QLabel()
        self.status_button = QPushButton()
        self.status_button.clicked.connect(self.on_change_status)
        self.internal_note = TextArea()
        self.internal_note.setFixedHeight(60)
        self.note_audience, self.note_audience_hint = QComboBox(), QLabel()
        for combo, default in (
            (self.status_audience, note_audience.PUBLIC),
            (self.note_audience, note_audience.STAFF),
        ):
            note_audience.fill(combo, default)
            combo.currentIndexChanged.connect(self._show_audience_hints)
        for label in (self.status_audience_hint, self.note_audience_hint):
            label.setWordWrap(True)
            label.setObjectName("hint")
        self.note_button = QPushButton()
        self.note_button.clicked.connect(self.on_add_note)
        self.me_button = QPushButton()
        self.me_button.clicked.connect(lambda: self.on_assign("me"))
        self.clerks = QComboBox()
        self.assign_button = QPushButton()
        self.assign_button.clicked.connect(lambda: self.on_assign(self.clerks.currentData()))
        assign_row = QHBoxLayout()
        for widget in (self.me_button, self.clerks, self.assign_button):
            assign_row.addWidget(widget)
        self.duplicate_of = QLineEdit()
        self.duplicate_button = QPushButton()
        self.duplicate_button.clicked.connect(self.on_duplicate)
        duplicate_row = QHBoxLayout()
        duplicate_row.addWidget(self.duplicate_of, 1)
        duplicate_row.addWidget(self.duplicate_button)
        self.expected = QDateTimeEdit(QDateTime.currentDateTime().addDays(3))
        self.expected.setCalendarPopup(True)
        # Digits in a fixed order: in a right-to-left field a 12-hour time with its Arabic
        # marker was shown with its parts swapped.
        self.expected.setDisplayFormat("yyyy/MM/dd HH:mm")
        self.expected.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.expected_button = QPushButton()
        self.expected_button.clicked.connect(self.on_expected)
        expected_row = QHBoxLayout()
        expected_row.addWidget(self.expected, 1)
        expected_row.addWidget(self.expected_button)
        self.labels = [QLabel() for _ in range(8)]
        form.addRow(self.labels[0], self.new_status)
        form.addRow(self.labels[1], self.public_note)
        form.addRow(self.labels[6], self.status_audience)
        form.addRow("", self.status_audience_hint)
        form.addRow("", self.status_button)
        form.addRow(self.labels[2], self.internal_note)
        form.addRow(self.labels[7], self.note_audience)
        form.addRow("", self.note_audience_hint)
        form.addRow("", self.note_button)
        form.addRow(self.labels[3], assign_row)
        form.addRow(self.labels[4], duplicate_row)
        form.addRow(self.labels[5], expected_row)
        layout.addWidget(self.actions)
        self.message = QLabel()
        self.message.setWordWrap(True)
        outer.addWidget(self.message)
        # Shortcuts for the common actions, while the panel's window is active.
        for keys, action in (
            ("Ctrl+Return", self.on_change_status),
            ("Ctrl+Shift+N", self.on_add_note),
            ("Ctrl+M", lambda: self.on_assign("me")),
        ):
            QShortcut(QKeySequence(keys), self, action)
        self.retranslate()
        self.setEnabled(False)

    def retranslate(self) -> None:
        self.none_chosen.setText(self.tr("Choose a request in the list to see it and act on it."))
        self.contact_box.setTitle(self.tr("Citizen (visible to staff only)"))
        self.answers_box.setTitle(self.tr("The request"))
        self.history_label.setText(self.tr("History"))
        self.actions.setTitle(self.tr("Actions"))
        texts = (
            self.tr("New status"),
            self.tr("Note with the status change"),
            self.tr("Note without a status change"),
            self.tr("Assign"),
            self.tr("Duplicate of"),
            self.tr("Expected by"),
            self.tr("Who will read the note"),
            self.tr("Who will read this note"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.status_button.setText(self.tr("Change status (Ctrl+Enter)"))
        self.note_button.setText(self.tr("Add note (Ctrl+Shift+N)"))
        note_audience.fill(self.status_audience, note_audience.PUBLIC)
        note_audience.fill(self.note_audience, note_audience.STAFF)
        self._show_audience_hints()
        self.me_button.setText(self.tr("Assign to me (Ctrl+M)"))
        self.assign_button.setText(self.tr("Assign"))
        self.duplicate_of.setPlaceholderText(self.tr("Number of the original request"))
        self.duplicate_button.setText(self.tr("Mark as duplicate"))
        self.expected_button.setText(self.tr("Set expected date"))
        for widget, name in (
            (self.new_status, texts[0]),
            (self.public_note, texts[1]),
            (self.internal_note, texts[2]),
            (self.status_audience, texts[6]),
            (self.note_audience, texts[7]),
            (self.clerks, self.tr("Staff member")),
            (self.duplicate_of, texts[4]),
            (self.expected, texts[5]),
            (self.history, self.history_label.text()),
        ):
            widget.setAccessibleName(name)
        for button in (
            self.status_button,
            self.note_button,
            self.me_button,
            self.assign_button,
            self.duplicate_button,
            self.expected_button,
        ):
            button.setAccessibleName(button.text())
        if self.map is not None:
            self.map.retranslate()
        if self.detail is not None:
            self.show_detail(self.detail, self.definition, self._allowed)

    def clear(self) -> None:
        """Nothing shown (after signing out)."""
        self.detail, self.definition, self._allowed = None, None, []
        for label in (self.heading, self.summary, self.contact, self.answers, self.message):
            label.clear()
        for editor in (self.public_note, self.internal_note, self.duplicate_of):
            editor.clear()
        self.reset_audiences()
        self.history.clear()
        self.load_photos([])
        if self.map is not None:
            self.map.show_request_place(None)
        self.pages.setCurrentWidget(self.none_chosen)
        self.setEnabled(False)

    def set_clerks(self, clerks: list[dict[str, Any]]) -> None:
        self.clerks.clear()
        for clerk in clerks:
            self.clerks.addItem(clerk["name"], clerk["id"])

    # --- showing -----------------------------------------------------------------------------

    def show_detail(
        self, detail: dict[str, Any], definition: ServiceDefinition | None, allowed: list[str]
    ) -> None:
        if self.detail is None or self.detail["id"] != detail["id"]:
            self._keys.clear()
            self.public_note.clear()
            self.internal_note.clear()
            self.reset_audiences()
            self.message.clear()
            self.load_photos(detail.get("attachments", []))
        self.detail, self.definition, self._allowed = detail, definition, allowed
        self._show_audience_hints()
        self.pages.setCurrentWidget(self.scroll)
        self.setEnabled(True)
        self.heading.setText(
            f"{request_number(detail['id'])} — {foreign(detail.get('service_name', ''))}"
        )
        lines = [self.tr("Status: %1").replace("%1", status_name(detail["status"]))]
        if detail.get("expected_datetime"):
            expected = date_text(detail["expected_datetime"])
            lines.append(self.tr("Expected by %1").replace("%1", expected))
        if detail.get("assignee"):
            lines.append(
                self.tr("Assigned to %1").replace("%1", foreign(detail["assignee"]["name"]))
            )
        if detail.get("duplicate_of"):
            lines.append(
                self.tr("Duplicate of %1").replace("%1", request_number(detail["duplicate_of"]))
            )
        self.summary.setText("\n".join(lines))
        contact = detail.get("contact") or {}
        name = " ".join(filter(None, (contact.get("first_name"), contact.get("last_name"))))
        account = (contact.get("account") or {}).get("name")
        parts = [p for p in (name or account, contact.get("phone"), contact.get("email")) if p]
        self.contact.setText(
            "\n".join(
                ltr_line(p) if p in (contact.get("phone"), contact.get("email")) else foreign(p)
                for p in parts
            )
            or self.tr("Reported without a name.")
        )
        self.answers.setText(self.answers_text(detail, definition))
        if self.map is not None:
            self.map.show_request_place(located(detail))
        self.history.clear()
        for event in detail.get("events", []):
            item = QListWidgetItem(self.event_text(event))
            note_audience.mark(item, event.get("audience", "public"))
            self.history.addItem(item)
        # No new status until the clerk chooses one: a status (and its note template) chosen
        # in advance went out on a second Ctrl+Enter.
        chosen = self.new_status.currentData()
        self.new_status.clear()
        self.new_status.addItem(self.tr("No new status"), None)
        for status in allowed:
            self.new_status.addItem(status_name(status), status)
        if chosen in allowed and self.public_note.toPlainText().strip():
            self.new_status.setCurrentIndex(self.new_status.findData(chosen))  # still typing
        self.new_status.setEnabled(bool(allowed))
        self.status_button.setEnabled(bool(allowed))

    def answers_text(self, detail: dict[str, Any], definition: ServiceDefinition | None) -> str:
        """The citizen's answers with the questions they answered: the server labels them with
        the service version the request was made with (`answers`); a server without that field
        leaves only today's definition to label them."""
        lines = []
        for answer in detail.get("answers") or ():
            value = answer.get("value")
            shown = date_time(value) if answer.get("datatype") == "datetime" else answer["shown"]
            lines.append(question_and_answer(answer["question"], str(shown)))
        attributes = {} if "answers" in detail else detail.get("attributes") or {}
        for attribute in definition.attributes if definition else ():
            if attribute.code not in attributes:
                continue
            value = attributes[attribute.code]
            names = {v.key: v.name for v in attribute.values}
            shown = (
                "، ".join(names.get(v, v) for v in value)
                if isinstance(value, list)
                else names.get(
                    value, date_time(value) if attribute.datatype == "datetime" else value
                )
            )
            lines.append(question_and_answer(attribute.description, str(shown)))
        if detail.get("description"):
            lines.append(self.tr("Description: %1").replace("%1", foreign(detail["description"])))
        if detail.get("address"):
            lines.append(self.tr("Place: %1").replace("%1", foreign(detail["address"])))
        if detail.get("lat") is not None and detail.get("long") is not None:
            lines.append(ltr_line(f"{number(detail['lat'], 5)}, {number(detail['long'], 5)}"))
        return "\n".join(lines)

    def event_text(self, event: dict[str, Any]) -> str:
        """One history line; a note opens with who reads it ([Staff only], [To the citizen],
        [Public])."""
        actor = foreign((event.get("actor") or {}).get("name"))
        what = status_name(event["status"]) if event.get("status") else ""
        head = " — ".join(p for p in (date_time(event["at"]), actor, what) if p)
        note = foreign(event.get("note"))
        if note:
            note = f"{note_audience.tag(event.get('audience', 'public'))} {note}"
        return f"{head}\n{note}" if note else head

    def reset_audiences(self) -> None:
        """Back to the defaults (a status note for everyone, another note for staff only), so a
        choice made for one request or one note is never carried to the next by mistake."""
        for combo, default in (
            (self.status_audience, note_audience.PUBLIC),
            (self.note_audience, note_audience.STAFF),
        ):
            combo.setCurrentIndex(combo.findData(default))

    def _show_audience_hints(self) -> None:
        visibility = (self.detail or {}).get("visibility", "public")
        for combo, label in (
            (self.status_audience, self.status_audience_hint),
            (self.note_audience, self.note_audience_hint),
        ):
            label.setText(note_audience.hint(combo.currentData() or "", visibility))

    def load_photos(self, attachments: list[dict[str, Any]]) -> None:
        self.photo_strip.load(attachments)
