"""A photo's thumbnail is made on a worker (decoding a 1600-px JPEG held the GUI thread for
tens of milliseconds): the box shows it once ready, for added photos and a draft's alike."""

from __future__ import annotations

from pathlib import Path

from citizen_app.core.photos import thumbnail
from citizen_app.ui.photos_box import THUMB, PhotosBox
from tests.outbox_helpers import jpeg


def shown(box: PhotosBox) -> list[tuple[int, int]]:
    return [
        (label.pixmap().width(), label.pixmap().height()) if not label.pixmap().isNull() else (0, 0)
        for label in box._labels
    ]


def test_an_added_photo_and_a_drafts_photos_get_their_thumbnails(qtbot, tmp_path: Path) -> None:
    box = PhotosBox()
    qtbot.addWidget(box)
    path = tmp_path / "wide.jpg"
    path.write_bytes(jpeg((200, 30, 30), (1600, 800)))
    box.add([path])
    qtbot.waitUntil(lambda: not box.busy and len(box.jpegs) == 1, timeout=15000)
    assert shown(box) == [(THUMB, THUMB // 2)]  # made with the photo, on the worker

    draft = [jpeg((30, 160, 30), (800, 1600)), jpeg((30, 30, 200), (640, 480))]
    box.show_jpegs(draft)
    assert box.jpegs == draft
    qtbot.waitUntil(lambda: (0, 0) not in shown(box), timeout=15000)
    assert shown(box) == [(THUMB // 2, THUMB), (THUMB, THUMB * 3 // 4)]

    box.remove(0)  # the other photo keeps its thumbnail, nothing is decoded again
    assert box.jpegs == draft[1:] and shown(box) == [(THUMB, THUMB * 3 // 4)]


def test_photos_replaced_meanwhile_do_not_get_the_old_thumbnails(qtbot) -> None:
    box = PhotosBox()
    qtbot.addWidget(box)
    box.show_jpegs([jpeg((200, 30, 30), (1600, 1200))])
    box.show_jpegs([jpeg((30, 30, 200), (600, 1200))])  # before the first thumbnail came
    qtbot.waitUntil(lambda: (0, 0) not in shown(box), timeout=15000)
    qtbot.wait(200)  # the first task's answer, if it came late, was dropped
    assert shown(box) == [(THUMB // 2, THUMB)]


def test_the_thumbnail_keeps_the_proportions() -> None:
    picture = thumbnail(jpeg((10, 10, 10), (1200, 300)), THUMB)
    assert (picture.width(), picture.height()) == (THUMB, THUMB // 4)
