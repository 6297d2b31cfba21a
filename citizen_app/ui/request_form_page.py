"""The request form, generated from the service definition, and its submission."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from citizen_app.api.accounts import Extensions
from citizen_app.api.client import Open311Client
from citizen_app.api.errors import NotAuthenticated, Rejected
from citizen_app.api.models import Service, ServiceDefinition, SubmitResult
from citizen_app.core import formats
from citizen_app.core.drafts import Draft, Drafts
from citizen_app.core.map_tiles import MapTiles
from citizen_app.core.text import ascii_digits
from citizen_app.ui import form_content, qt_gaps
from citizen_app.ui.advice import advice, sign_in_first
from citizen_app.ui.bidi import foreign
from citizen_app.ui.contact_box import ContactBox
from citizen_app.ui.fields import Field, question_widget
from citizen_app.ui.map_box import MapBox
from citizen_app.ui.page_reset import clear_inputs
from citizen_app.ui.photos_box import PhotosBox
from citizen_app.ui.request_review import RequestReview
from citizen_app.ui.tasks import done, run_task
from citizen_app.ui.text_area import TextArea

AUTOSAVE_MS = 800  # after the last keystroke


class RequestFormPage(RequestReview, QWidget):
    #: the SubmitResult once the server has the request
    submitted = Signal(object)
    #: the citizen goes back to the catalogue
    back = Signal()
    #: Confirm was pressed: a dict for the outbox (service, fields, attributes, key, photos)
    send_requested = Signal(dict)
    #: the server takes requests only from signed-in citizens and nobody is signed in
    sign_in_needed = Signal()
    #: the municipality wants a confirmed e-mail or mobile number before taking requests
    verify_needed = Signal()

    def __init__(
        self,
        client: Open311Client,
        extensions: Extensions | None = None,
        drafts: Drafts | None = None,
        tiles: MapTiles | None = None,
    ) -> None:
        """`tiles`: the map's tiles, or None for no map (the address field is always there)."""
        super().__init__()
        self._client = client
        self.extensions = extensions
        self.drafts = drafts
        #: the draft this form saves into (a new one for each new form)
        self.draft_id: str | None = None
        #: the outbox item sent from this form, until its fate is known
        self.pending_item: str | None = None
        self._loading = False
        self._placing = False  # a mark on the map is typing its coordinates
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_draft)
        self.service: Service | None = None
        self.fields: list[Field] = []
        # Fixed when the citizen presses Submit and kept until the server confirms, so a retry
        # after a lost answer can never create a second request.
        self.idempotency_key: str | None = None
        outer = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setObjectName("heading")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        outer.addWidget(self.title)
        outer.addWidget(self.summary)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        self.body = QVBoxLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        self.questions = QVBoxLayout()
        self.body.addLayout(self.questions)
        self.details_box = QGroupBox()
        details = QFormLayout(self.details_box)
        self.description = TextArea()
        self.description.setFixedHeight(90)
        self.address = QLineEdit()
        self.lat, self.long = QLineEdit(), QLineEdit()
        coordinates = QHBoxLayout()
        coordinates.addWidget(self.lat)
        coordinates.addWidget(self.long)
        self.description_label, self.address_label = QLabel(), QLabel()
        self.coordinates_label = QLabel()
        details.addRow(self.description_label, self.description)
        details.addRow(self.address_label, self.address)
        details.addRow(self.coordinates_label, coordinates)
        self.map_label = QLabel()
        self.map = MapBox(tiles) if tiles is not None else None
        if self.map is not None:
            self.map.pin_chosen.connect(self.on_map_pin_chosen)
            self.map.pin_removed.connect(lambda: (self.lat.clear(), self.long.clear()))
            for widget in (self.lat, self.long):
                widget.textChanged.connect(self.on_coordinates_edited)
            details.addRow(self.map_label)
            details.addRow(self.map)
        self.location_error = QLabel()
        self.location_error.setObjectName("fieldError")
        self.location_error.hide()
        details.addRow(self.location_error)
        self.body.addWidget(self.details_box)
        self.photos = PhotosBox()
        self.body.addWidget(self.photos)
        # Photos need an account: said where they would be (not in a kiosk, which has none).
        self.photos_need_account, self.accounts_offered = QLabel(wordWrap=True), True
        self.body.addWidget(self.photos_need_account)

        qt_gaps.buddy_labels(details)
        self.contact_box = ContactBox()
        box = self.contact_box
        self.anonymous, self.phone, self.email = box.anonymous, box.phone, box.email
        self.first_name, self.last_name = box.first_name, box.last_name
        self.body.addWidget(self.contact_box)
        self.body.addStretch(1)

        self.review = QGroupBox()
        review_layout = QVBoxLayout(self.review)
        self.review_text = QLabel()
        self.review_text.setWordWrap(True)
        self.review_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        review_layout.addWidget(self.review_text)
        self.review.hide()
        outer.addWidget(self.review)
        self.status = QLabel()
        self.status.setWordWrap(True)
        outer.addWidget(self.status)
        buttons = QHBoxLayout()
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.on_back_clicked)
        self.submit_button = QPushButton()
        self.submit_button.setDefault(True)
        self.submit_button.clicked.connect(self.on_submit_clicked)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.submit_button)
        outer.addLayout(buttons)
        for widget in (self.address, self.lat, self.long, self.description):
            widget.textChanged.connect(self.on_edited)
        self.contact_box.edited.connect(self.on_edited)
        self.photos.changed.connect(self.on_edited)
        self.retranslate()

    def retranslate(self) -> None:
        self.photos.retranslate()
        self.photos_need_account.setText(self.tr("Sign in to add photos to your request."))
        self.details_box.setTitle(self.tr("The request"))
        self.description_label.setText(self.tr("Describe the problem or what you need"))
        self.address_label.setText(self.tr("Address or place description"))
        self.address.setPlaceholderText(self.tr("Neighbourhood, street, nearest landmark"))
        self.coordinates_label.setText(self.tr("Coordinates (optional)"))
        self.map_label.setText(self.tr("Or mark the place on the map (optional)"))
        if self.map is not None:
            self.map.retranslate()
        # The examples in the app's digits (the fields take either set).
        self.lat.setPlaceholderText(formats.digits(self.tr("Latitude, e.g. 31.53")))
        self.long.setPlaceholderText(formats.digits(self.tr("Longitude, e.g. 35.09")))
        self.contact_box.retranslate()
        self.back_button.setText(self.tr("Back to services"))
        self.review.setTitle(self.tr("Please check your request before sending it"))
        self.submit_button.setText(
            self.tr("Confirm and send")
            if self.review.isVisibleTo(self)
            else self.tr("Review the request")
        )
        # The buttons and the check box are named by their text, which changes with the review.
        for widget, name in (
            (self.description, self.description_label.text()),
            (self.address, self.address_label.text()),
            (self.lat, self.lat.placeholderText()),
            (self.long, self.long.placeholderText()),
        ):
            widget.setAccessibleName(name)

    def show_service(
        self, service: Service, definition: ServiceDefinition, draft: Draft | None = None
    ) -> None:
        """A new form for the service, or the draft's form filled in again."""
        self._autosave.stop()
        self._loading = True
        self.service = service
        self.draft_id = draft.id if draft else str(uuid.uuid4())
        self.pending_item = None
        self.idempotency_key = None
        self.status.clear()
        self.leave_review()
        self.title.setText(service.name)
        self.summary.setText(foreign(service.description))
        for field in self.fields:
            field.setParent(None)
            field.deleteLater()
        self.fields = []
        for attribute in definition.attributes:
            field = question_widget(attribute)
            self.questions.addWidget(field)
            self.fields.append(field)  # type: ignore[arg-type]  # an informational line too
        location = service.needs_location
        self.address_label.setText(
            self.tr("Address or place description") + (" *" if location else "")
        )
        if self.map is not None:
            self.map.reset()
            self.map.setVisible(location)
            self.map_label.setVisible(location)
        for widget in (self.description, self.address, self.lat, self.long):
            widget.clear()
        self.photos.clear()
        self.photos.setVisible(self.can_send_photos())
        self.photos_need_account.setVisible(
            self.accounts_offered and self.extensions is not None and not self.can_send_photos()
        )
        if draft is not None:
            form_content.restore(self, draft.content)
            self.photos.show_jpegs(draft.photos)
        self._loading = False

    # --- the draft -----------------------------------------------------------------------------

    def on_edited(self, *_: object) -> None:
        if not self._loading and self.service is not None and self.pending_item is None:
            self._autosave.start()

    def save_draft(self) -> None:
        """Write the form to its draft in the background (nothing typed: nothing written)."""
        if self.drafts is None or self.service is None or self.draft_id is None:
            return
        content = form_content.capture(self)
        if form_content.is_empty(content) and not self.photos.jpegs:
            return
        drafts, draft_id, service = self.drafts, self.draft_id, self.service
        server, photos = self.client.identity or self.client.base_url, list(self.photos.jpegs)
        run_task(
            lambda: drafts.save(
                draft_id,
                server=server,
                service_code=service.code,
                service_name=service.name,
                content=content,
                photos=photos,
            ),
            done,
            # Said, not in the way: a full disk must not stop the citizen typing.
            lambda _: self.status.setText(
                self.tr("Your draft could not be kept on this computer (is the disk full?).")
            ),
        )

    @property
    def client(self) -> Open311Client:
        """The server in use now: with the extensions, the one a server switch replaces."""
        return self.extensions.client if self.extensions is not None else self._client

    def photo_count_text(self, count: int) -> str:
        return self.tr("%Ln photo(s)", "", count)

    def can_send_photos(self) -> bool:
        """Photos go through the /api/v1 extension, which needs a signed-in citizen."""
        return self.extensions is not None and self.client.access_token is not None

    def on_map_pin_chosen(self, lat: float, long: float) -> None:
        self._placing = True
        self.lat.setText(f"{lat:.6f}")
        self.long.setText(f"{long:.6f}")
        self._placing = False

    def on_coordinates_edited(self, _text: str) -> None:
        """Typed coordinates move the map's mark (and a mark placed on the map types them)."""
        if self._placing or self.map is None:
            return
        try:
            place = (float(ascii_digits(self.lat.text())), float(ascii_digits(self.long.text())))
        except ValueError:
            place = None
        if place is None or (abs(place[0]) <= 85 and abs(place[1]) <= 180):
            self.map.show_place(place)

    def prefill_contact(self, user: dict | None) -> None:
        """A signed-in citizen's contact from the profile, without making a draft of it."""
        if user:
            self._loading = True
            self.contact_box.prefill(user)
            self._loading = False

    def forget_contact(self) -> None:
        """Signed out: the next person's form does not carry this one's name."""
        self.contact_box.forget()

    def reset(self) -> None:
        """For the next kiosk visitor: nothing typed, chosen, photographed or on its way."""
        self.service = self.draft_id = self.pending_item = self.idempotency_key = None
        clear_inputs(self)  # with no service, nothing typed away here makes a draft
        self.contact_box.forget()
        self.photos.clear()
        self.photos.forget_chooser()
        self._autosave.stop()
        self.leave_review()
        self.status.clear()
        if self.map is not None:
            self.map.forget()

    def on_back_clicked(self) -> None:
        """From the review: back to editing. Otherwise: back to the catalogue."""
        if self.review.isVisibleTo(self):
            self.leave_review()
        else:
            self.back.emit()

    def leave_review(self) -> None:
        self.review.hide()
        self.retranslate()
        self.back_button.setText(self.tr("Back to services"))

    def on_submit_clicked(self) -> None:
        collected = self.collect()
        if collected is None or self.service is None:
            self.leave_review()
            return
        fields, attributes = collected
        if not self.review.isVisibleTo(self):
            self.show_review(fields, attributes)
            return
        if self.photos.busy:
            self.status.setText(self.tr("Please wait: the photos are still being prepared."))
            return
        if self.idempotency_key is None:
            self.idempotency_key = str(uuid.uuid4())
        self._autosave.stop()
        self.submit_button.setEnabled(False)
        self.status.setText(self.tr("Sending your request…"))
        self.send_requested.emit(
            {
                "service_code": self.service.code,
                "service_name": self.service.name,
                "fields": fields,
                "attributes": attributes,
                "idempotency_key": self.idempotency_key,
                "photos": list(self.photos.jpegs) if self.can_send_photos() else [],
                "draft_id": self.draft_id,
            }
        )

    def on_submit_succeeded(self, result: SubmitResult) -> None:
        self.on_queued()  # done with, the same way
        self.submitted.emit(result)

    def on_queued(self) -> None:
        """Kept in the outbox, to be sent when the server can be reached: this form is done."""
        self.submit_button.setEnabled(True)
        self.leave_review()
        self.idempotency_key = None
        self.pending_item = None
        self.status.clear()

    def on_submit_failed(self, error: Exception) -> None:
        """The server refused it: back to the form, with the draft saved again (sending had
        removed it), and a new key for the corrected request."""
        self.submit_button.setEnabled(True)
        self.pending_item = None
        self.idempotency_key = None
        self.status.setText(advice(error))
        self.save_draft()
        if isinstance(error, NotAuthenticated) and not self.client.access_token:
            # Nobody was signed in, so this is not an ended session: the server wants one.
            self.status.setText(sign_in_first())
            self.sign_in_needed.emit()
        if isinstance(error, Rejected) and error.code == "contact_unverified":
            self.verify_needed.emit()  # the draft is kept; sent once an address is confirmed
        if isinstance(error, Rejected):
            # Open311 servers answer in English; point at the fields instead of quoting them.
            by_code = {f.attribute.code: f for f in self.fields if isinstance(f, Field)}
            for message in error.messages:
                code = message.partition("]")[0].removeprefix("attribute[")
                if code in by_code:
                    by_code[code].show_error(self.tr("The municipality did not accept this value."))
