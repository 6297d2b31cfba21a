"""Which page the window shows. Pages and controllers ask this object to show a page or to go
back, instead of reaching into the window's stack or into each other.

Every page but the first one shown is made when first wanted, not while the app starts
(issue 19: the nine citizen pages and their modules took a third of the start-up and 7 MiB):
a LazyPage stands for it until then. Who talks to a page says so with when_made (its signals
connected, the current state given, when it is made); who must act on it asks get(); who only
has something for a page already made (a reset, a retranslation, a state to mirror) goes
through the pages made so far (iterating a LazyPage gives its page once made, else nothing).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator
from typing import Generic, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QStackedWidget, QWidget

from citizen_app.ui import wheel_guard

HISTORY = 20  # pages remembered for back(); more is never needed, and nothing grows for ever

P = TypeVar("P", bound=QWidget)


class LazyPage(Collection, Generic[P]):
    """A page of the window made by `make()` the first time it is wanted (get, or shown)."""

    def __init__(self, navigation: Navigation, make: Callable[[], P]) -> None:
        self._navigation, self._make = navigation, make
        self._page: P | None = None
        self._hooks: list[Callable[[P], None]] = []

    def get(self) -> P:
        """The page, made now (and added to the window) if it was not yet."""
        if self._page is None:
            self._page = self._make()
            self._navigation.add(self._page)
            hooks, self._hooks = self._hooks, []
            for hook in hooks:
                hook(self._page)
        return self._page

    def made(self) -> P | None:
        return self._page

    def when_made(self, hook: Callable[[P], None]) -> None:
        """`hook(page)` once the page is made: now if it is, else right after it is made (in
        the order given, before anyone else sees the page)."""
        if self._page is not None:
            hook(self._page)
        else:
            self._hooks.append(hook)

    def _pages(self) -> list[P]:
        return [] if self._page is None else [self._page]

    def __contains__(self, page: object) -> bool:
        return page is not None and page is self._page

    def __iter__(self) -> Iterator[P]:
        return iter(self._pages())

    def __len__(self) -> int:
        return len(self._pages())


class Navigation(QObject):
    def __init__(self, stack: QStackedWidget) -> None:
        super().__init__(stack)
        self._stack = stack
        self._history: list[QWidget] = []

    def add(self, *pages: QWidget) -> None:
        for page in pages:
            wheel_guard.guard(page)
            self._stack.addWidget(page)

    def lazy(self, make: Callable[[], P]) -> LazyPage[P]:
        """A page made by `make()` when first wanted, then added to the window."""
        return LazyPage(self, make)

    def pages(self) -> tuple[QWidget, ...]:
        """Every page made so far (the others are made when first wanted)."""
        return tuple(self._stack.widget(n) for n in range(self._stack.count()))

    def current(self) -> QWidget | None:
        return self._stack.currentWidget()

    def show(self, page: QWidget | LazyPage) -> None:
        """Show `page` (made now if it is a LazyPage not made yet)."""
        if isinstance(page, LazyPage):
            page = page.get()
        current = self._stack.currentWidget()
        if current is not None and current is not page:
            self._history = [*self._history, current][-HISTORY:]
        self._stack.setCurrentWidget(page)

    def back(self) -> None:
        """To the page shown before this one (nothing happens when there is none)."""
        if self._history:
            self._stack.setCurrentWidget(self._history.pop())

    def forget(self) -> None:
        """The next kiosk visitor cannot go back to the last one's pages."""
        self._history.clear()
