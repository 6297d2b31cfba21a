"""The look of the app: every theme's text is readable (contrast computed from the palettes),
a theme and a text size apply to the whole app at once and are kept for the next time, and
a wrong value in a settings file is named."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from citizen_app.core.settings import read_file
from citizen_app.ui import theme


@pytest.fixture
def restored(qapp):
    """The app's look as it was before the test."""
    font, palette, sheet = qapp.font(), qapp.palette(), qapp.styleSheet()
    yield qapp
    qapp.setFont(font)
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)


@pytest.mark.parametrize("name", sorted(theme.PALETTES))
def test_every_text_of_every_theme_has_a_contrast_of_at_least_4_5(name: str) -> None:
    colours = theme.PALETTES[name]
    low = {
        (text, background): round(
            theme.contrast(getattr(colours, text), getattr(colours, background)), 2
        )
        for text, background in theme.TEXT_PAIRS
    }
    assert {pair: ratio for pair, ratio in low.items() if ratio < 4.5} == {}


def test_the_contrast_formula_gives_the_known_ratios() -> None:
    assert theme.contrast("#000000", "#ffffff") == pytest.approx(21)
    assert theme.contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


def test_a_theme_and_a_text_size_apply_to_the_whole_app(restored: QApplication) -> None:
    base = restored.font().pointSizeF()
    theme.apply(theme.Look("high-contrast", 200), restored)
    assert restored.font().pointSizeF() == pytest.approx(base * 2)
    assert restored.palette().color(QPalette.ColorRole.Window) == QColor("#000000")
    assert restored.palette().color(QPalette.ColorRole.ButtonText) == QColor("#ffff00")
    assert "30.0pt" in restored.styleSheet()  # the heading, 15 pt at 100 %
    theme.apply(theme.Look("light", 100), restored)
    assert restored.font().pointSizeF() == pytest.approx(base)
    assert restored.palette().color(QPalette.ColorRole.Window) == QColor("#f6f7f9")


def test_the_chosen_look_is_kept_for_next_time(
    qtbot, restored: QApplication, tmp_path: Path, monkeypatch
) -> None:
    from citizen_app.api.client import Open311Client
    from citizen_app.core.credentials import CredentialStore
    from citizen_app.ui.main_window import MainWindow

    user_file = tmp_path / "settings.toml"
    monkeypatch.setenv("CITIZEN_APP_USER_CONFIG", str(user_file))
    window = MainWindow(
        Open311Client("http://127.0.0.1:9"),
        store=CredentialStore(memory_only=True),
        remember_choices=True,
    )
    qtbot.addWidget(window)
    settings = window.settings
    settings.show_look("system", 100)
    settings.theme.setCurrentIndex(settings.theme.findData("dark"))
    settings.text_size.setCurrentIndex(settings.text_size.findData(150))
    with qtbot.waitSignal(settings.look_chosen):
        settings.text_size.activated.emit(settings.text_size.currentIndex())
    assert restored.palette().color(QPalette.ColorRole.Window) == QColor("#1e2227")
    qtbot.waitUntil(user_file.exists, timeout=5000)
    kept, problems = read_file(user_file, [], site=False), []
    assert (kept["theme"], kept["text_size"], problems) == ("dark", 150, [])


def test_a_wrong_theme_or_text_size_in_a_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "site.toml"
    path.write_text('theme = "blue"\ntext_size = 250\n', encoding="utf-8")
    problems: list = []
    values = read_file(path, problems, site=True)
    assert "theme" not in values and "text_size" not in values
    words = " ".join(str(p) for p in problems)
    assert "'theme' is 'blue'" in words and "at most 200" in words


@pytest.mark.parametrize("name", sorted(theme.PALETTES))
def test_the_edges_of_fields_are_seen_in_every_theme(name: str) -> None:
    """A text field's border against the field and the window around it: at least 3:1
    (WCAG 1.4.11, non-text contrast). High contrast once had fields black on black."""
    colours = theme.PALETTES[name]
    for around in (colours.base, colours.window):
        assert theme.contrast(colours.border, around) >= 3
    assert "QLineEdit, QPlainTextEdit, QTextEdit {" in theme.style_sheet(colours, 1.0)
