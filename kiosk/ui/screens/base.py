"""What every screen is: an id, enter/leave hooks, retranslation and wiping."""

from __future__ import annotations

from enum import Enum, auto
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from kiosk.ui.visit import Visit


class ScreenId(Enum):
    ATTRACT = auto()
    LANGUAGE = auto()
    CONSENT = auto()
    CHECKIN = auto()
    CATALOG = auto()
    TUTORIAL = auto()
    COMPLETION = auto()
    STAFF_PIN = auto()
    STAFF_MENU = auto()
    FIRST_RUN = auto()
    STAFF_RESIDENTS = auto()
    STAFF_VERIFY = auto()
    STAFF_PRINT_QUEUE = auto()
    VOLUNTEER_CONSOLE = auto()
    STAFF_SESSIONS = auto()
    STAFF_CERTIFICATES = auto()
    STAFF_AUDIT = auto()
    STAFF_IMPORT = auto()
    STAFF_SETTINGS = auto()


class Screen(QWidget):
    """Base for screens. `navigate` asks the navigator to go elsewhere."""

    screen_id: ScreenId
    resident_facing = True  # shows the "call a volunteer" button
    navigate = Signal(object)  # ScreenId

    def enter(self, visit: Visit) -> None:
        """Called each time the screen is shown, with the current visit."""

    def leave(self) -> None:
        """Called when another screen takes over."""

    def retranslate(self) -> None:
        """Set every visible string again after a language change."""

    def wipe(self) -> None:
        """Forget everything about the previous person (idle timeout, end of visit)."""
