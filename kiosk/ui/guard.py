"""Kiosk guard: the keys and close requests that would leave the kiosk do nothing."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent


@cache
def _blocked() -> frozenset[tuple[int, int]]:
    # Built on the first key press: creating Qt's Key enum costs ~15 ms at start-up.
    key, mod = Qt.Key, Qt.KeyboardModifier
    return frozenset(
        (k.value, m.value)
        for k, m in (
            (key.Key_Escape, mod.NoModifier),
            (key.Key_F4, mod.AltModifier),
            (key.Key_W, mod.ControlModifier),
            (key.Key_Q, mod.ControlModifier),
            (key.Key_F11, mod.NoModifier),
            (key.Key_Tab, mod.AltModifier),
            (key.Key_Meta, mod.NoModifier),
        )
    )


def is_blocked(event: QKeyEvent) -> bool:
    mod = Qt.KeyboardModifier
    mods = event.modifiers() & (
        mod.ControlModifier | mod.AltModifier | mod.ShiftModifier | mod.MetaModifier
    )
    return (event.key(), mods.value) in _blocked()


class KioskGuard(QObject):
    """Application-wide event filter; install once on the QApplication."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            if is_blocked(event):  # type: ignore[arg-type]
                event.accept()
                return True
        return False
