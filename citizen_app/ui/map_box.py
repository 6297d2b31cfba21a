"""A map with its controls: zoom buttons, "remove the mark", the tile server's name, and a
short message in the map when its tiles cannot be loaded. The buttons follow the layout
direction; the map does not (see map_view.py). The map is never the only way to say where:
the form's address field is always there, for keyboard and screen-reader users too."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from citizen_app.core.map_tiles import MapTiles
from citizen_app.ui.bidi import foreign
from citizen_app.ui.map_view import MapCanvas, TileLoader


class MapBox(QWidget):
    #: the citizen marked a place on the map: latitude, longitude
    pin_chosen = Signal(float, float)
    #: the citizen removed the mark
    pin_removed = Signal()

    def __init__(self, tiles: MapTiles, editable: bool = True) -> None:
        super().__init__()
        self.tiles = tiles
        self.loader = TileLoader(tiles)
        self.canvas = MapCanvas(self.loader, editable)
        self.canvas.pin_chosen.connect(self.on_pin_chosen)
        self.loader.failed.connect(self.on_tiles_failed)
        self.loader.loaded.connect(self.on_tiles_loaded)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas, 1)
        row = QHBoxLayout()
        self.zoom_in, self.zoom_out = QPushButton("+"), QPushButton("−")
        self.zoom_in.clicked.connect(lambda: self.canvas.zoom_by(1))
        self.zoom_out.clicked.connect(lambda: self.canvas.zoom_by(-1))
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.on_remove_clicked)
        self.remove_button.setVisible(editable)
        self.remove_button.setEnabled(False)
        self.attribution = QLabel()
        self.attribution.setEnabled(False)
        for widget in (self.zoom_in, self.zoom_out, self.remove_button):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.attribution)
        layout.addLayout(row)
        self._failed = False
        self.retranslate()

    def retranslate(self) -> None:
        self.canvas.setAccessibleName(
            self.tr("Map: click to mark the place")
            if self.canvas.editable
            else self.tr("Map of the place")
        )
        self.canvas.setAccessibleDescription(
            self.tr(
                "Arrow keys move the map, plus and minus zoom, Enter marks the centre. "
                "You can describe the place in the address field instead."
            )
        )
        self.zoom_in.setAccessibleName(self.tr("Zoom in"))
        self.zoom_out.setAccessibleName(self.tr("Zoom out"))
        self.zoom_in.setToolTip(self.zoom_in.accessibleName())
        self.zoom_out.setToolTip(self.zoom_out.accessibleName())
        self.remove_button.setText(self.tr("Remove the mark"))
        self.remove_button.setAccessibleName(self.remove_button.text())
        self.attribution.setText(self.tr("Map: %1").replace("%1", foreign(self.tiles.attribution)))
        if self._failed:
            self.canvas.notice = self.failure_text()
            self.canvas.update()

    def failure_text(self) -> str:
        return self.tr(
            "The map cannot be loaded now. Describe the place in the address field instead."
        )

    def show_place(self, place: tuple[float, float] | None) -> None:
        """Mark a place (or none) and bring it into view; the signals stay quiet."""
        self.canvas.set_pin(place)
        self.remove_button.setEnabled(place is not None)
        if place is not None:
            self.canvas.center_on(*place, zoom=max(self.canvas.zoom, 15))

    def show_request_place(self, place: tuple[float, float] | None) -> None:
        """A request's place: the map with its mark, or no map when it has none."""
        self.setVisible(place is not None)
        self.show_place(place)

    def reset(self) -> None:
        """A new form: no mark, the starting view."""
        self.show_place(None)
        self.canvas.reset_view()

    def forget(self) -> None:
        """A kiosk session ended: no mark, and no tile of what was looked at."""
        self.loader.forget()
        self.reset()

    def remembers_anything(self) -> bool:
        """A mark, or tiles of where someone looked (a kiosk must keep neither)."""
        return bool(self.loader.images) or self.canvas.pin is not None

    def on_pin_chosen(self, lat: float, long: float) -> None:
        self.remove_button.setEnabled(True)
        self.pin_chosen.emit(lat, long)

    def on_remove_clicked(self) -> None:
        self.canvas.set_pin(None)
        self.remove_button.setEnabled(False)
        self.pin_removed.emit()

    def on_tiles_failed(self, _error: Exception) -> None:
        self._failed = True
        self.canvas.notice = self.failure_text()
        self.canvas.update()

    def on_tiles_loaded(self) -> None:
        if self._failed:
            self._failed = False
            self.canvas.notice = ""
            self.canvas.update()
