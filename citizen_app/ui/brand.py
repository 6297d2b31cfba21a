"""The municipality's logo and name at the top of the window, as its administrators set them on
the server (the site configuration's name wins where IT staff set one). The last copy fetched
is kept for offline starts. Self-contained: the window adds it and calls `load` once it knows
its server."""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from citizen_app.api.municipality import MunicipalityApi, Profile, dump, restore
from citizen_app.core import formats, images
from citizen_app.core.offline_cache import OfflineCache
from citizen_app.ui.bidi import foreign
from citizen_app.ui.context import AppContext
from citizen_app.ui.tasks import Latest

LOGO_HEIGHT = 28  # within the navigation bar's height
#: pixels the server's logo may declare (ours are at most 512×512)
LOGO_PIXELS = 1_000_000
log = logging.getLogger(__name__)


class Brand(QWidget):
    #: the server's profile arrived (or its kept copy): for receipts
    changed = Signal(object)

    def __init__(self, site_name: str = "") -> None:
        """`site_name`: the municipality's name from the site configuration, if any."""
        super().__init__()
        self.setObjectName("brand")
        self.site_name = site_name
        self.profile = Profile()
        self._load = Latest()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.logo = QLabel()
        self.logo.setObjectName("brandLogo")
        self.logo.hide()
        self.name = QLabel()
        self.name.setObjectName("brandName")
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(self.logo)
        row.addWidget(self.name)
        row.addSpacing(12)
        self.setVisible(False)

    def load_for(self, context: AppContext) -> None:
        """The window's server is known: its profile, where the server offers our extensions."""
        if context.extensions.available:
            key = f"municipality|{context.account.server}"
            self.load(MunicipalityApi(context.extensions), context.cache, key)

    def load(self, api: MunicipalityApi, cache: OfflineCache, key: str) -> None:
        """Ask the server (in the background); offline, the copy kept under `key`."""

        def fetch() -> tuple[Profile, QImage]:
            profile = cache.read_through(key, api.profile, dump, restore).value
            if not profile.logo:
                return profile, QImage()
            try:  # the server's picture, checked before it is decoded (core/images.py)
                fit = QSize(LOGO_HEIGHT * 8, LOGO_HEIGHT * 2)
                return profile, images.decode(profile.logo, LOGO_PIXELS, fit)
            except images.ImageRefused:
                log.warning("the municipality's logo from the server was refused: not shown")
                return replace(profile, logo=b""), QImage()

        self._load.run(fetch, self.show_profile, self._on_failed)

    def _on_failed(self, error: Exception) -> None:
        """A server without our profile route (another city's Open311 server), or offline with
        no copy kept: the header shows the site's name alone, nothing of a previous server."""
        log.info("no municipality profile to show: %s", type(error).__name__)
        self.show_profile((Profile(), QImage()))

    def show_profile(self, found: tuple[Profile, QImage]) -> None:
        """`found`: the profile, whose logo (if any) passed the pixel check, and its picture."""
        self.profile, image = found
        if image.isNull():
            self.logo.clear()
            self.logo.hide()
        else:
            ratio = self.devicePixelRatioF()
            pixmap = QPixmap.fromImage(
                image.scaledToHeight(
                    round(LOGO_HEIGHT * ratio), Qt.TransformationMode.SmoothTransformation
                )
            )
            pixmap.setDevicePixelRatio(ratio)
            self.logo.setPixmap(pixmap)
            self.logo.show()
        self.retranslate()
        self.changed.emit(self.profile)

    def shown_name(self) -> str:
        return self.site_name or self.profile.name(formats.language())

    def retranslate(self) -> None:
        name = self.shown_name()
        self.name.setText(foreign(name) if name else "")
        self.logo.setAccessibleName(
            self.tr("Logo of %1").replace("%1", name) if name else self.tr("Logo")
        )
        self.setVisible(bool(name) or not self.logo.isHidden())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
