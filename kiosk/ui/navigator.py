"""The navigator: one QStackedWidget, a typed screen id, enter/leave hooks in one place."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QStackedWidget

from kiosk.ui.screens.base import Screen, ScreenId
from kiosk.ui.visit import Visit


class Navigator(QObject):
    changed = Signal(object)  # ScreenId

    def __init__(self, stack: QStackedWidget, visit: Visit) -> None:
        super().__init__(stack)
        self._stack = stack
        self._screens: dict[ScreenId, Screen] = {}
        self.visit = visit
        self.current: ScreenId | None = None

    def add(self, screen: Screen) -> None:
        self._screens[screen.screen_id] = screen
        self._stack.addWidget(screen)
        screen.navigate.connect(self.go)

    def screen(self, screen_id: ScreenId) -> Screen:
        return self._screens[screen_id]

    def screens(self) -> list[Screen]:
        return list(self._screens.values())

    def go(self, screen_id: ScreenId) -> None:
        if self.current is not None:
            self._screens[self.current].leave()
        target = self._screens[screen_id]
        self.current = screen_id
        self._stack.setCurrentWidget(target)
        target.enter(self.visit)
        self.changed.emit(screen_id)

    def end_visit(self) -> None:
        """Wipe every screen and start again from the attract screen."""
        if self.current is not None:
            self._screens[self.current].leave()
            self.current = None
        for screen in self._screens.values():
            screen.wipe()
        self.visit = Visit()
        self.go(ScreenId.ATTRACT)

    def retranslate(self) -> None:
        for screen in self._screens.values():
            screen.retranslate()
