"""The status model itself: the transition table is consistent and matches the design."""

from __future__ import annotations

import pytest

from municipal_server.statuses import (
    CAN_BE_DUPLICATE,
    OPEN,
    STATUSES,
    TRANSITIONS,
    can_move,
    open311_status,
)


def test_every_status_has_a_row_and_only_known_targets() -> None:
    assert set(TRANSITIONS) == set(STATUSES)
    for targets in TRANSITIONS.values():
        assert targets <= set(STATUSES)


def test_the_design_flow() -> None:
    # submitted → received → in_progress ⇄ on_hold → resolved → closed (DESIGN.md §3)
    assert can_move("submitted", "received")
    assert can_move("received", "in_progress")
    assert can_move("in_progress", "on_hold") and can_move("on_hold", "in_progress")
    assert can_move("in_progress", "resolved")
    assert can_move("resolved", "closed")


@pytest.mark.parametrize("status", STATUSES)
def test_no_status_moves_onto_itself_or_into_duplicate(status: str) -> None:
    assert not can_move(status, status)
    # duplicate needs the other request, so only the duplicate action reaches it
    assert not can_move(status, "duplicate")


@pytest.mark.parametrize("status", ["closed", "rejected", "duplicate"])
def test_final_statuses_go_nowhere(status: str) -> None:
    assert TRANSITIONS[status] == frozenset()
    assert all(not can_move(status, target) for target in STATUSES)


def test_every_open_request_can_be_rejected_and_only_open_ones_be_duplicates() -> None:
    for status in OPEN:
        assert can_move(status, "rejected")
    assert CAN_BE_DUPLICATE == OPEN


def test_every_status_is_reachable_from_submitted() -> None:
    seen, frontier = {"submitted"}, ["submitted"]
    while frontier:
        for target in TRANSITIONS[frontier.pop()]:
            if target not in seen:
                seen.add(target)
                frontier.append(target)
    assert seen | {"duplicate"} == set(STATUSES)


@pytest.mark.parametrize("status", STATUSES)
def test_open311_projection(status: str) -> None:
    assert open311_status(status) == ("open" if status in OPEN else "closed")


def test_unknown_statuses_are_refused() -> None:
    assert not can_move("lost", "received")
    assert not can_move("submitted", "lost")
