"""Reading the request form: checking every answer, and the review shown before sending; a
mixin of RequestFormPage."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from citizen_app.core import formats
from citizen_app.core.text import ascii_digits
from citizen_app.ui.bidi import foreign, question_and_answer
from citizen_app.ui.fields import Field


class RequestReview:
    """Needs RequestFormPage's fields, inputs and review widgets."""

    def collect(self) -> tuple[dict[str, Any], dict[str, Any]] | None:
        """Check every field, show every problem, and return (fields, attributes) or None."""
        attributes: dict[str, Any] = {}
        valid = True
        for field in self.fields:
            if not isinstance(field, Field):
                continue
            try:
                value = field.check()
            except ValueError:
                valid = False
                continue
            if value is not None:
                attributes[field.attribute.code] = value
        lat, long = ascii_digits(self.lat.text().strip()), ascii_digits(self.long.text().strip())
        self.location_error.hide()
        try:
            coordinates = (float(lat), float(long)) if lat or long else None
            if coordinates and not (abs(coordinates[0]) <= 90 and abs(coordinates[1]) <= 180):
                raise ValueError
        except ValueError:
            self.location_error.setText(
                formats.digits(
                    QCoreApplication.translate(
                        "RequestFormPage", "Coordinates must be two numbers, e.g. 31.53 and 35.09."
                    )
                )
            )
            self.location_error.show()
            valid = False
            coordinates = None
        if (
            self.service
            and self.service.needs_location
            and not (self.address.text().strip() or coordinates)
        ):
            self.location_error.setText(
                QCoreApplication.translate(
                    "RequestFormPage", "Please give an address or a place description."
                )
            )
            self.location_error.show()
            valid = False
        if not valid:
            self.status.setText(
                QCoreApplication.translate(
                    "RequestFormPage", "Please correct the highlighted fields."
                )
            )
            return None
        fields: dict[str, Any] = {
            "description": self.description.toPlainText().strip(),
            "address_string": self.address.text().strip(),
        }
        if coordinates:
            fields["lat"], fields["long"] = coordinates
        if not self.anonymous.isChecked():
            fields.update(
                first_name=self.first_name.text().strip(),
                last_name=self.last_name.text().strip(),
                phone=ascii_digits(self.phone.text().strip()),
                email=self.email.text().strip(),
            )
        return fields, attributes

    def show_review(self, fields: dict[str, Any], attributes: dict[str, Any]) -> None:
        lines: list[str] = []
        for field in self.fields:
            if isinstance(field, Field) and field.attribute.code in attributes:
                lines.append(question_and_answer(field.attribute.description, self._shown(field)))
        for label, key in (
            (self.description_label.text(), "description"),
            (self.address_label.text().rstrip(" *"), "address_string"),
        ):
            if fields.get(key):
                lines.append(f"{label}: {foreign(fields[key])}")
        if self.anonymous.isChecked():
            lines.append(self.anonymous.text())
        else:  # how the municipality will reach them, checked before it is sent
            name = " ".join(filter(None, (fields.get("first_name"), fields.get("last_name"))))
            if name:
                translate = QCoreApplication.translate
                lines.append(translate("RequestFormPage", "Name: %1").replace("%1", foreign(name)))
            for label, key in (
                (self.contact_box.phone_label.text(), "phone"),
                (self.contact_box.email_label.text(), "email"),
            ):
                if fields.get(key):
                    lines.append(f"{label}: {foreign(fields[key])}")  # as typed
        if self.photos.jpegs and self.can_send_photos():
            lines.append(self.photo_count_text(len(self.photos.jpegs)))
        import html  # with its table of entities, 0.7 MiB: loaded for a review, not at start

        title = f"<b>{html.escape(foreign(self.service.name))}</b>" if self.service else ""
        self.review_text.setText("<br>".join([title, *(html.escape(line) for line in lines)]))
        self.review.show()
        self.status.clear()
        self.submit_button.setText(
            QCoreApplication.translate("RequestFormPage", "Confirm and send")
        )
        self.back_button.setText(QCoreApplication.translate("RequestFormPage", "Edit the request"))

    @staticmethod
    def _shown(field: Field) -> str:
        """An answer as the citizen saw it (value names, not keys)."""
        widget = field.input
        if hasattr(widget, "currentText") and field.attribute.datatype == "singlevaluelist":
            return widget.currentText()
        if field.attribute.datatype == "multivaluelist":
            keys = field.raw() or []
            return "، ".join(v.name for v in field.attribute.values if v.key in keys)
        if field.attribute.datatype == "datetime":
            return widget.text()
        return str(field.raw() or "")
