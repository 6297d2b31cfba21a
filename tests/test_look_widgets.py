"""The redesigned parts on their own: status chips readable in every theme, the stepper's
steps and dates, the cards' arrow keys in Arabic, the navigation's current page, photos in the
timeline, the empty state's action."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QPushButton, QStackedWidget, QWidget

from citizen_app.api.models import Service
from citizen_app.ui import theme
from citizen_app.ui.clerk.status_chips import CHIPS
from citizen_app.ui.status_stepper import steps


@pytest.mark.parametrize("name", sorted(CHIPS))
def test_every_status_chip_is_readable(name: str) -> None:
    assert set(CHIPS[name]) >= {"submitted", "in_progress", "resolved", "rejected"}
    for status, (background, text) in CHIPS[name].items():
        assert theme.contrast(text, background) >= 4.5, (name, status)
    assert set(CHIPS) == set(theme.PALETTES)


def test_the_stepper_shows_where_a_request_stands_and_when_each_step_was_reached() -> None:
    detail = {
        "status": "in_progress",
        "requested_datetime": "2026-12-01T08:00:00+02:00",
        "events": [
            {"kind": "status", "status": "submitted", "at": "2026-12-01T08:00:00+02:00"},
            {"kind": "status", "status": "received", "at": "2026-12-02T09:00:00+02:00"},
            {"kind": "comment", "at": "2026-12-02T10:00:00+02:00"},
            {"kind": "status", "status": "in_progress", "at": "2026-12-03T11:00:00+02:00"},
        ],
    }
    assert steps(detail) == [
        ("submitted", "2026-12-01T08:00:00+02:00", "done"),
        ("received", "2026-12-02T09:00:00+02:00", "done"),
        ("in_progress", "2026-12-03T11:00:00+02:00", "current"),
        ("resolved", "", "next"),
    ]
    held = steps({**detail, "status": "on_hold"})
    assert held[2][0] == "on_hold" and held[2][2] == "current"
    rejected = steps({"status": "rejected", "events": [], "requested_datetime": "x"})
    assert [s[2] for s in rejected] == ["done", "done", "done", "done"]
    assert rejected[3][0] == "rejected"
    assert steps({"status": "open", "events": []})[0][2] == "current"  # plain Open311


def arabic_cards(width: int, per_department: int):
    """Cards right to left, `width` wide: two departments of `per_department` services each."""
    from citizen_app.ui.service_cards import ServiceCards

    cards = ServiceCards()
    cards.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    cards.resize(width, 600)
    count = 2 * per_department
    services = [Service(code=f"s{n}", name=f"خدمة {n}", description="وصف") for n in range(count)]
    cards.show_services(
        [
            ("water", "المياه", services[:per_department]),
            ("roads", "الطرق", services[per_department:]),
        ]
    )
    cards.show()
    return cards, services


def test_the_arrow_keys_move_between_cards_as_drawn_right_to_left(qapp) -> None:
    cards, services = arabic_cards(1200, 3)
    cards.activateWindow()
    QTest.qWaitForWindowActive(cards)
    try:
        first, second = cards.cards[0], cards.cards[1]
        assert first.x() > second.x()  # the first card is on the right
        first.setFocus()
        QTest.keyClick(first, Qt.Key.Key_Left)
        assert second.hasFocus()
        QTest.keyClick(second, Qt.Key.Key_Down)  # to the next department's card below
        assert cards.cards[4].hasFocus()
        chosen = []
        cards.chosen.connect(chosen.append)
        QTest.keyClick(cards.cards[4], Qt.Key.Key_Return)
        assert chosen == [services[4]]
        assert cards.cards[4].accessibleName() == "خدمة 4"
        assert "الطرق" in cards.cards[4].accessibleDescription()
    finally:
        cards.deleteLater()


def test_the_cards_use_the_whole_width_of_a_wide_window(qapp) -> None:
    """Found by looking at the gallery: with two services per department, a 1366-px window
    showed them in the right half, beside two columns no section filled."""
    cards, _services = arabic_cards(1300, 2)
    QTest.qWait(50)
    try:
        assert cards.columns() == 2
        left = min(card.geometry().left() for card in cards.cards)
        right = max(card.geometry().right() for card in cards.cards)
        assert left < 20 and right > 1280, (left, right)
        cards.resize(400, 600)  # a narrow window: one column
        QTest.qWait(50)
        assert cards.columns() == 1
    finally:
        cards.deleteLater()


def test_the_navigation_marks_the_page_shown(qapp) -> None:
    from citizen_app.ui.nav_bar import NavBar

    bar, stack = NavBar(), QStackedWidget()
    pages = [QWidget(), QWidget(), QWidget()]
    for page in pages:
        stack.addWidget(page)
    one, two = QPushButton("one"), QPushButton("two")
    bar.row.addWidget(one)
    bar.row.addWidget(two)
    made = [[page] for page in pages]  # each page as made (what a navigation.LazyPage gives)
    bar.follow(stack, [(one, "services", (made[0], made[1])), (two, "mine", (made[2],))])
    try:
        stack.setCurrentWidget(pages[1])  # a step under the first button
        assert one.property("current") and not two.property("current")
        assert one.accessibleDescription() and not two.accessibleDescription()
        stack.setCurrentWidget(pages[2])
        assert two.property("current") and not one.property("current")
        assert not one.icon().isNull()
    finally:
        bar.deleteLater()
        stack.deleteLater()


def test_the_brand_goes_in_front_and_gives_way_first_on_a_narrow_window(qapp) -> None:
    from citizen_app.ui.nav_bar import NavBar

    bar, brand, staff = NavBar(), QLabel("بلدية نابلس " * 4), QPushButton("Work queue")
    bar.add_in_front(brand, staff)
    bar.show()
    try:
        assert bar.row.itemAt(0).widget() is staff  # the staff's button before the citizen's
        bar.resize(bar.minimumSizeHint().width() + 20, 50)
        qapp.processEvents()
        assert not bar.front.isVisible() and staff.isVisible()  # the name never cut
        bar.resize(bar.minimumSizeHint().width() + brand.sizeHint().width() + 40, 50)
        qapp.processEvents()
        assert bar.front.isVisible() and brand.isVisible()
        brand.setText(brand.text() * 3)  # a longer name (another language) that no longer fits
        qapp.processEvents()
        assert not bar.front.isVisible()
    finally:
        bar.deleteLater()


def test_photos_go_with_the_entries_where_they_were_added(qapp) -> None:
    from PySide6.QtGui import QImage

    from citizen_app.ui.timeline import Timeline

    timeline = Timeline()
    at = "2026-12-01T08:00:00+02:00"
    timeline.show_events(
        [
            {"kind": "status", "status": "submitted", "at": at},
            {"kind": "status", "status": "received", "at": at, "note": "وصل طلبك"},
            {"kind": "attachment", "at": at},
        ]
    )
    try:
        image = QImage(8, 8, QImage.Format.Format_RGB32)
        timeline.show_photos([image, image, None])  # two with the request, one added later
        assert [len(e.photo_labels) for e in timeline.entries] == [2, 0, 1]
        assert timeline.photo_count() == 3
        assert "وصل طلبك" in timeline.texts()[1]
    finally:
        timeline.deleteLater()


def test_a_state_without_an_action_shows_no_button(qapp) -> None:
    from citizen_app.ui.state_view import StateView

    view = StateView()
    try:
        view.show_state("loading", "جارٍ التحميل…")
        assert view.button.isHidden() and view.explanation.isHidden()
        view.show_state("error", "تعذّر", "لا يوجد اتصال", "أعد المحاولة")
        assert not view.button.isHidden() and view.button.accessibleName() == "أعد المحاولة"
        assert view.picture.pixmap() is not None and not view.picture.pixmap().isNull()
    finally:
        view.deleteLater()


def test_every_icon_is_a_glyph_of_the_shipped_font(qapp) -> None:
    from PySide6.QtGui import QRawFont

    from citizen_app.resources import resource_path
    from citizen_app.ui import icons

    font = QRawFont(str(resource_path("resources", "icons", "phosphor-1.3.0.ttf")), 24)
    assert font.isValid()
    for meaning, code in icons.NAMES.items():
        assert font.supportsCharacter(code), meaning
        assert not icons.icon(meaning).pixmap(24, 24).toImage().isNull()
    assert icons.for_code("street-light") == "street-light"
    assert icons.for_code("something-else") == "service"
