"""Kiosk guard: the keys and close requests that would leave the kiosk do nothing."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent

_BLOCKED = {
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Tab, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_Meta, Qt.KeyboardModifier.NoModifier),
}
_MODS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.ShiftModifier
    | Qt.KeyboardModifier.MetaModifier
)


def is_blocked(event: QKeyEvent) -> bool:
    mods = event.modifiers() & _MODS
    return (Qt.Key(event.key()), Qt.KeyboardModifier(mods.value)) in _BLOCKED


class KioskGuard(QObject):
    """Application-wide event filter; install once on the QApplication."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            if is_blocked(event):  # type: ignore[arg-type]
                event.accept()
                return True
        return False
