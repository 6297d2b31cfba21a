"""The municipality's profile for an administrator: its names and contact line in Arabic,
English and French, its time zone, the prefix of its request numbers (fixed once a request
exists) and its logo, shown in every app's header, on receipts and in e-mails."""

from __future__ import annotations

import zoneinfo
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPixmap, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from citizen_app.api.admin_municipality import MunicipalityAdminApi
from citizen_app.api.errors import Rejected
from citizen_app.core import images
from citizen_app.ui.advice import advice
from citizen_app.ui.bidi import ltr, request_number
from citizen_app.ui.tasks import Latest, run_task

LANGUAGES = ("ar", "en", "fr")
#: as the server takes it (municipal_server/municipality.py)
LOGO_MAX_BYTES = 1024 * 1024
LOGO_TYPES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg"}
PREVIEW = QSize(240, 96)
#: a preview is decoded under the same budget as any picture from elsewhere
PREVIEW_PIXELS = 16_000_000


def zone_names() -> list[str]:
    """IANA names, the region's first (a Palestinian municipality's list starts with Asia/)."""
    names = sorted(n for n in zoneinfo.available_timezones() if "/" in n and "Etc/" not in n)
    return [
        "Asia/Hebron",
        "Asia/Gaza",
        *(n for n in names if n not in ("Asia/Hebron", "Asia/Gaza")),
    ]


def _preview(data: bytes) -> QImage:
    return images.decode(data, PREVIEW_PIXELS, PREVIEW)


class LogoTooLarge(ValueError):
    """The chosen file is larger than the server takes: not sent."""


class MunicipalityPage(QWidget):
    def __init__(self, api: MunicipalityAdminApi) -> None:
        super().__init__()
        self.api = api
        self.prefix_locked = False
        self._load, self._logo = Latest(), Latest()
        layout = QVBoxLayout(self)
        texts = QGridLayout()
        self.names = {lang: QLineEdit() for lang in LANGUAGES}
        self.contacts = {lang: QLineEdit() for lang in LANGUAGES}
        self.language_labels = {lang: QLabel() for lang in LANGUAGES}
        self.names_title, self.contact_title = QLabel(), QLabel()
        texts.addWidget(self.names_title, 0, 1)
        texts.addWidget(self.contact_title, 0, 2)
        for row, lang in enumerate(LANGUAGES, start=1):
            for edit in (self.names[lang], self.contacts[lang]):
                edit.setMaxLength(300 if edit is self.contacts[lang] else 200)
                # Each language's field is written in its own direction.
                edit.setLayoutDirection(
                    Qt.LayoutDirection.RightToLeft
                    if lang == "ar"
                    else Qt.LayoutDirection.LeftToRight
                )
            texts.addWidget(self.language_labels[lang], row, 0)
            texts.addWidget(self.names[lang], row, 1)
            texts.addWidget(self.contacts[lang], row, 2)
        texts.setColumnStretch(1, 1)
        texts.setColumnStretch(2, 1)
        self.texts_box = QGroupBox()
        self.texts_box.setLayout(texts)
        layout.addWidget(self.texts_box)

        middle = QHBoxLayout()
        self.numbers_box = QGroupBox()
        form = QFormLayout(self.numbers_box)
        self.timezone = QComboBox()
        self.timezone.setEditable(True)
        self.timezone.addItems(zone_names())
        self.timezone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(self.timezone.model(), self.timezone)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.timezone.setCompleter(completer)
        self.timezone.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # Latin names
        self.prefix = QLineEdit()
        self.prefix.setMaxLength(8)
        self.prefix.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.prefix.setValidator(QRegularExpressionValidator(r"[A-Za-z][A-Za-z0-9]{0,7}"))
        self.prefix.textEdited.connect(self._upper)
        self.prefix.textChanged.connect(self._show_example)
        self.example, self.prefix_note = QLabel(), QLabel()
        self.prefix_note.setWordWrap(True)
        self.timezone_label, self.prefix_label = QLabel(), QLabel()
        self.timezone_label.setBuddy(self.timezone)
        self.prefix_label.setBuddy(self.prefix)
        form.addRow(self.timezone_label, self.timezone)
        form.addRow(self.prefix_label, self.prefix)
        form.addRow("", self.example)
        form.addRow("", self.prefix_note)
        middle.addWidget(self.numbers_box, 1)

        self.logo_box = QGroupBox()
        logo = QVBoxLayout(self.logo_box)
        self.preview = QLabel()
        self.preview.setObjectName("logoPreview")
        self.preview.setMinimumSize(PREVIEW)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        logo.addWidget(self.preview, 1)
        buttons = QHBoxLayout()
        self.choose_button, self.remove_button = QPushButton(), QPushButton()
        self.choose_button.clicked.connect(self.on_choose_clicked)
        self.remove_button.clicked.connect(self.on_remove_clicked)
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        logo.addLayout(buttons)
        self.logo_hint = QLabel()
        self.logo_hint.setWordWrap(True)
        logo.addWidget(self.logo_hint)
        middle.addWidget(self.logo_box, 1)
        layout.addLayout(middle)

        bottom = QHBoxLayout()
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.on_save_clicked)
        bottom.addWidget(self.save_button)
        bottom.addStretch(1)
        layout.addLayout(bottom)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.texts_box.setTitle(self.tr("Name and contact line"))
        self.names_title.setText(self.tr("Name of the municipality"))
        self.contact_title.setText(self.tr("Contact line (phone, address, hours)"))
        languages = {
            "ar": self.tr("Arabic"),
            "en": self.tr("English"),
            "fr": self.tr("French"),
        }
        for lang, label in self.language_labels.items():
            label.setText(languages[lang])
            self.names[lang].setAccessibleName(
                self.tr("Name of the municipality in %1").replace("%1", languages[lang])
            )
            self.contacts[lang].setAccessibleName(
                self.tr("Contact line in %1").replace("%1", languages[lang])
            )
        self.names["ar"].setPlaceholderText(self.tr("Required"))
        self.numbers_box.setTitle(self.tr("Time zone and request numbers"))
        self.timezone_label.setText(self.tr("Time zone"))
        self.timezone.setAccessibleName(self.tr("Time zone"))
        self.prefix_label.setText(self.tr("Request number prefix"))
        self.prefix.setAccessibleName(self.tr("Request number prefix"))
        self.logo_box.setTitle(self.tr("Logo"))
        self.preview.setAccessibleName(self.tr("Logo preview"))
        self.choose_button.setText(self.tr("Choose a logo…"))
        self.remove_button.setText(self.tr("Remove the logo"))
        self.logo_hint.setText(
            self.tr(
                "PNG or JPEG, at most 1 MB. Shown in the app's header, on receipts and in e-mails."
            )
        )
        self.save_button.setText(self.tr("Save"))
        for button in (self.choose_button, self.remove_button, self.save_button):
            button.setAccessibleName(button.text())
        self._show_example()
        self._show_lock()
        if self.preview.pixmap().isNull():
            self.preview.setText(self.tr("No logo"))

    # --- loading and showing -----------------------------------------------------------------

    def load(self) -> None:
        self.status.setText(self.tr("Loading…"))
        api = self.api

        def fetch() -> tuple[dict[str, Any], QImage]:
            profile = api.profile()
            image = _preview(api.logo(profile["logo"])) if profile.get("logo") else QImage()
            return profile, image

        self._load.run(fetch, self.show_loaded, self.on_failed)

    def clear(self) -> None:
        self._load.cancel()
        self._logo.cancel()
        for edit in (*self.names.values(), *self.contacts.values(), self.prefix):
            edit.clear()
        self.show_logo(QImage())
        self.status.clear()

    def show_loaded(self, found: tuple[dict[str, Any], QImage]) -> None:
        profile, image = found
        self.show_profile(profile)
        self.show_logo(image)
        self.status.setText(
            self.tr(
                "The time zone and prefix are the server's first-run settings; nothing was "
                "saved here yet."
            )
            if profile.get("from_defaults")
            else ""
        )

    def show_profile(self, profile: dict[str, Any]) -> None:
        for lang in LANGUAGES:
            self.names[lang].setText(profile["names"].get(lang, ""))
            self.contacts[lang].setText(profile["contact"].get(lang, ""))
        self.timezone.setCurrentText(profile["timezone"])
        self.prefix.setText(profile["request_prefix"])
        self.prefix_locked = bool(profile["prefix_locked"])
        self.remove_button.setEnabled(bool(profile.get("logo")))
        self._show_lock()

    def show_logo(self, image: QImage) -> None:
        if image.isNull():
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No logo"))
        else:
            self.preview.setPixmap(QPixmap.fromImage(image))

    def _upper(self, text: str) -> None:
        if text != text.upper():
            position = self.prefix.cursorPosition()
            self.prefix.setText(text.upper())
            self.prefix.setCursorPosition(position)

    def _show_example(self) -> None:
        prefix = self.prefix.text() or "…"
        self.example.setText(
            self.tr("Request numbers read: %1").replace(
                "%1", request_number(f"{prefix}-2026-000123")
            )
        )

    def _show_lock(self) -> None:
        self.prefix.setReadOnly(self.prefix_locked)
        self.prefix_note.setText(
            self.tr("Fixed: requests already carry this prefix.")
            if self.prefix_locked
            else self.tr("It can no longer change once the first request is made.")
        )

    # --- saving ------------------------------------------------------------------------------

    def on_save_clicked(self) -> None:
        names = {lang: edit.text().strip() for lang, edit in self.names.items()}
        contact = {lang: edit.text().strip() for lang, edit in self.contacts.items()}
        if not names["ar"]:
            self.status.setText(self.tr("The Arabic name is required."))
            self.names["ar"].setFocus()
            return
        zone, prefix = self.timezone.currentText().strip(), self.prefix.text().strip()
        api = self.api
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Saving…"))
        run_task(lambda: api.save(names, contact, zone, prefix), self.on_saved, self.on_failed)

    def on_saved(self, profile: dict[str, Any]) -> None:
        self.save_button.setEnabled(True)
        self.show_profile(profile)
        self.status.setText(self.tr("Saved. Every app shows it from its next start."))

    def on_choose_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a logo"), "", self.tr("Pictures (*.png *.jpg *.jpeg)")
        )
        if path:
            self.upload(Path(path))

    def upload(self, path: Path) -> None:
        """Read, preview and send the file chosen (in the background); the server's clean copy
        replaces the preview once saved."""
        kind = LOGO_TYPES.get(path.suffix.lower())
        if kind is None:
            self.status.setText(self.tr("Only PNG and JPEG pictures can be the logo."))
            return
        api = self.api

        def send() -> tuple[dict[str, Any], QImage]:
            if path.stat().st_size > LOGO_MAX_BYTES:
                raise LogoTooLarge(str(path))
            data = path.read_bytes()
            _preview(data)  # a file that is no picture is refused here, not sent
            profile = api.upload_logo(data, kind)
            return profile, _preview(api.logo(profile["logo"]))

        self.choose_button.setEnabled(False)
        self.status.setText(self.tr("Sending the logo…"))
        self._logo.run(send, self.on_logo_saved, self.on_failed)

    def on_logo_saved(self, found: tuple[dict[str, Any], QImage]) -> None:
        self.choose_button.setEnabled(True)
        self.remove_button.setEnabled(True)
        self.show_logo(found[1])
        self.status.setText(self.tr("Logo saved."))

    def on_remove_clicked(self) -> None:
        api = self.api
        self.remove_button.setEnabled(False)
        self._logo.run(api.remove_logo, self.on_logo_removed, self.on_failed)

    def on_logo_removed(self, _profile: dict[str, Any]) -> None:
        self.show_logo(QImage())
        self.status.setText(self.tr("Logo removed."))

    def on_failed(self, error: Exception) -> None:
        self.save_button.setEnabled(True)
        self.choose_button.setEnabled(True)
        self.status.setText(self.explain(error))

    def explain(self, error: Exception) -> str:
        """The server's refusal in the administrator's words."""
        if isinstance(error, LogoTooLarge):
            return self.tr("The logo file is too large: at most 1 MB.")
        if isinstance(error, images.ImageRefused | OSError):
            return self.tr("This file could not be read as a picture.")
        if not isinstance(error, Rejected):
            return advice(error)
        field = error.params.get("field", "")
        if error.code == "prefix_locked":
            return self.tr(
                "The request number prefix can no longer change: requests already carry it."
            )
        if error.code == "invalid_field" and field == "timezone":
            return self.tr(
                "This time zone is not known. Choose one from the list, such as %1."
            ).replace("%1", ltr("Asia/Hebron"))
        if error.code == "invalid_field" and field == "request_prefix":
            return self.tr(
                "The prefix is 2 to 8 Latin capital letters or digits and starts with a letter, "
                "such as HEB."
            )
        if error.code == "invalid_field" and field == "names.ar":
            return self.tr("The Arabic name is required.")
        if error.code in ("too_large", "image_too_large"):
            return self.tr("The logo is too large: at most 1 MB and 4 megapixels.")
        if error.code == "unsupported_media_type":
            return self.tr("Only PNG and JPEG pictures can be the logo.")
        if error.code == "invalid_image":
            return self.tr("This file could not be read as a picture.")
        if error.code == "invalid_field":
            return self.tr("The server refused a field: check the texts for unusual characters.")
        return advice(error)
