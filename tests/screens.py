"""Every main screen as `make screenshots` draws them (demo data, a demo server), for tests that
read what each screen shows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

Look = Callable[[str, str, QWidget], None]


def each_screen(qapp, look: Look, languages: tuple[str, ...] = ("ar", "en", "fr")) -> None:
    """Call `look(language, name, window)` on every main screen in `languages`; the app is
    left in Arabic afterwards, whatever happened."""
    from citizen_app.i18n import apply_language, register_fonts
    from citizen_app.screenshots import visit_screens

    register_fonts()
    try:
        visit_screens(qapp, look, languages=languages)
    finally:
        apply_language("ar")
