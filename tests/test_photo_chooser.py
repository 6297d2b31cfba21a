"""The photo chooser speaks the citizen's language, opens in the Pictures folder, shows its
filter unscrambled, and one photo can be taken out of several."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFileDialog,
    QFileSystemModel,
    QLabel,
    QPushButton,
    QWidget,
)

from citizen_app.i18n import apply_language
from citizen_app.ui import qt_gaps
from citizen_app.ui.photos_box import PhotosBox

ARABIC = range(0x0600, 0x0700)


def arabic(text: str) -> bool:
    return any(ord(ch) in ARABIC for ch in text)


@pytest.fixture
def pictures(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A Pictures folder of the user's own, named in user-dirs.dirs as on a Linux desktop."""
    folder = tmp_path / "Pictures"
    (folder / "العيد").mkdir(parents=True)
    for name, colour in (("one.jpg", (200, 10, 10)), ("two.png", (10, 200, 10))):
        Image.new("RGB", (320, 240), colour).save(folder / name)
    (folder / "notes.txt").write_text("not a picture", encoding="utf-8")
    config = tmp_path / "config"
    config.mkdir()
    (config / "user-dirs.dirs").write_text(f'XDG_PICTURES_DIR="{folder}"\n', encoding="utf-8")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    return folder


def open_chooser(qtbot, box: PhotosBox) -> QFileDialog:
    box.on_add_clicked()
    dialog = box.chooser
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    return dialog


def listed(dialog: QFileDialog, folder: Path) -> dict[str, str]:
    """The names the dialog lists in `folder`, with their type column."""
    model = dialog.findChild(QFileSystemModel)
    root = model.index(str(folder))
    deadline = time.monotonic() + 5
    while model.rowCount(root) < 3 and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.02)
    shown = {}
    for row in range(model.rowCount(root)):
        name = model.index(row, 0, root).data()
        if not model.filePath(model.index(row, 0, root)) or name is None:
            continue
        shown[name] = model.index(row, 2, root).data()
    return shown


def test_the_chooser_is_arabic_and_opens_in_the_pictures_folder(qtbot, pictures: Path) -> None:
    apply_language("ar")
    box = PhotosBox()
    qtbot.addWidget(box)
    box.show()
    dialog = open_chooser(qtbot, box)
    assert Path(dialog.directory().absolutePath()) == pictures
    # Qt's own texts, in Arabic: labels ("Look in:", "File name:", "Files of type:"),
    # buttons, tooltips and menu entries alike.
    english = []
    for widget in [dialog, *dialog.findChildren(QWidget)]:
        texts = [widget.toolTip(), *(action.text() for action in widget.actions())]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        english += [t for t in texts if any(c.isalpha() for c in t) and not arabic(t)]
    english += [a.text() for a in dialog.findChildren(QAction) if a.text() and not arabic(a.text())]
    assert not english, english
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "&البحث في:"
    places = dialog.findChild(QComboBox, "lookInCombo")
    assert places.layoutDirection() == Qt.LayoutDirection.LeftToRight  # "/home/…" unscrambled
    # The folder's type is ours to translate (Qt leaves "Folder" in English).
    shown = listed(dialog, pictures)
    assert shown["العيد"] == "مجلّد", shown
    # The filter: Arabic words, the patterns isolated left to right, and they still filter.
    types = dialog.findChild(QComboBox, "fileTypeCombo")
    assert types.currentText() == "الصور \u2066(*.jpg *.jpeg *.png *.webp)"
    model = dialog.findChild(QFileSystemModel)
    assert sorted(model.nameFilters()) == ["*.jpeg", "*.jpg", "*.png", "*.webp"]
    dialog.reject()


def test_without_a_pictures_folder_the_chooser_opens_at_home(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "config"
    config.mkdir()
    (config / "user-dirs.dirs").write_text(
        f'XDG_PICTURES_DIR="{tmp_path / "gone"}"\n', encoding="utf-8"
    )
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    box = PhotosBox()
    qtbot.addWidget(box)
    dialog = open_chooser(qtbot, box)
    assert Path(dialog.directory().absolutePath()) == Path.home()
    dialog.reject()


def test_photos_chosen_in_the_dialog_arrive_and_one_can_be_removed(qtbot, pictures: Path) -> None:
    apply_language("ar")
    box = PhotosBox()
    qtbot.addWidget(box)
    box.show()
    changes = []
    box.changed.connect(lambda: changes.append(len(box.jpegs)))
    dialog = open_chooser(qtbot, box)
    dialog.filesSelected.emit([str(pictures / "one.jpg"), str(pictures / "two.png")])
    dialog.accept()
    qtbot.waitUntil(lambda: len(box.jpegs) == 2, timeout=15000)
    _first, second = box.jpegs

    def removes() -> list[QPushButton]:
        return [
            b
            for b in box.findChildren(QPushButton)
            if b.isVisible() and b.accessibleName().startswith("إزالة الصورة")
        ]

    qtbot.waitUntil(lambda: len(removes()) == 2, timeout=5000)
    assert box.clear_button.isVisible()
    removes()[0].click()
    assert box.jpegs == [second]  # the other one stays
    assert changes[-1] == 1  # the draft is told
    assert not box.clear_button.isVisible()  # one photo: its own Remove is enough
    # Opened again, the chooser is where the citizen left it; a kiosk forgets it.
    assert open_chooser(qtbot, box) is dialog
    dialog.reject()
    box.forget_chooser()
    assert box.chooser is None


def test_every_text_qt_leaves_english_is_ours_in_each_language() -> None:
    for language in ("ar", "fr"):
        apply_language(language)
        english = ["Folder", "Drive"]
        assert all(t not in english for t in qt_gaps.texts()), (language, qt_gaps.texts())
