"""The navigator: one QStackedWidget, a typed screen id, enter/leave hooks in one place."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QStackedWidget, QWidget

from kiosk.ui.screens.base import Screen, ScreenId
from kiosk.ui.visit import Visit

# Where the next person starts: arriving here from anywhere else ends the visit (and any
# staff session), so no path out of a visit (a button, the staff corner, idle) can skip it.
FRESH_START = frozenset({ScreenId.ATTRACT, ScreenId.LANGUAGE, ScreenId.STAFF_PIN})


class Navigator(QObject):
    changed = Signal(object)  # ScreenId
    visit_ended = Signal()  # every screen was wiped and a new Visit begun

    def __init__(self, stack: QStackedWidget, visit: Visit) -> None:
        super().__init__(stack)
        self._stack = stack
        self._screens: dict[ScreenId, Screen] = {}
        self._pages: dict[ScreenId, QWidget] = {}
        self.visit = visit
        self.current: ScreenId | None = None
        # Access rules (set by the kiosk): where a request to go to a screen really leads.
        self.redirect: Callable[[ScreenId], ScreenId] | None = None

    def add(self, screen: Screen, *, scrolls: bool = True) -> None:
        self._screens[screen.screen_id] = screen
        if not scrolls:  # e.g. the attract screen: shown first, nothing to scroll
            self._pages[screen.screen_id] = screen
            self._stack.addWidget(screen)
            screen.navigate.connect(self.go)
            return
        # A screen taller than a small display (1366x768, 160 % text) scrolls instead of
        # pushing the window past the screen's edge.
        page = QScrollArea()
        page.setWidgetResizable(True)
        page.setFrameShape(QFrame.Shape.NoFrame)
        page.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        page.setWidget(screen)
        self._pages[screen.screen_id] = page
        self._stack.addWidget(page)
        screen.navigate.connect(self.go)

    def screen(self, screen_id: ScreenId) -> Screen:
        return self._screens[screen_id]

    def screens(self) -> list[Screen]:
        return list(self._screens.values())

    def ensure_visible(self, widget: QWidget) -> None:
        """Scroll the current screen so that `widget` shows (e.g. above the keyboard)."""
        page = self._pages.get(self.current) if self.current is not None else None
        if isinstance(page, QScrollArea) and page.isAncestorOf(widget):
            page.ensureWidgetVisible(widget, 40, 40)

    def go(self, screen_id: ScreenId) -> None:
        if self.redirect is not None:
            screen_id = self.redirect(screen_id)
        ending = screen_id in FRESH_START and self.current not in (None, *FRESH_START)
        self._show(screen_id, end_visit=ending)

    def end_visit(self) -> None:
        """Wipe every screen and start again from the attract screen."""
        self._show(ScreenId.ATTRACT, end_visit=True)

    def _show(self, screen_id: ScreenId, *, end_visit: bool) -> None:
        if self.current is not None:
            self._screens[self.current].leave()
        if end_visit:
            self.current = None
            for screen in self._screens.values():
                screen.wipe()
            self.visit = Visit()
            self.visit_ended.emit()
        target = self._screens[screen_id]
        self.current = screen_id
        self._stack.setCurrentWidget(self._pages[screen_id])
        target.enter(self.visit)
        self.changed.emit(screen_id)

    def retranslate(self) -> None:
        for screen in self._screens.values():
            screen.retranslate()
