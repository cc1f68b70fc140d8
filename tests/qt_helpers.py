"""Typing Vietnamese into widgets: one key event per character (PITFALLS: keyClicks aborts)."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QWidget

from kiosk.ui.autopilot import type_text  # noqa: F401 - one per-character typing helper


def press_return(widget: QWidget) -> None:
    QTest.keyClick(widget, Qt.Key.Key_Return)


def tap(button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled(), f"{button.objectName()} cannot be tapped"
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def find(root: QWidget, cls: type, name: str):
    widget = root.findChild(cls, name)
    assert widget is not None, f"no {cls.__name__} named {name!r}"
    return widget


def visible_texts(root: QWidget) -> str:
    """Everything a person could read in `root` right now (labels, buttons, fields)."""
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit

    parts = []
    for w in root.findChildren(QWidget):
        if isinstance(w, QLabel | QAbstractButton):
            parts.append(w.text())
        elif isinstance(w, QLineEdit):
            parts.append(w.text())
        elif isinstance(w, QComboBox):
            parts.append(w.currentText())
    return "\n".join(parts)


def sign_in(kiosk, qtbot, pin: str) -> None:  # type: ignore[no-untyped-def]
    """As staff do: a long press on the top-left corner, then the PIN on the pad."""

    corner = kiosk.window.staff_corner
    with qtbot.waitSignal(corner.activated, timeout=5000):
        QTest.mousePress(corner, Qt.MouseButton.LeftButton)
    QTest.mouseRelease(corner, Qt.MouseButton.LeftButton)
    enter_pin(kiosk, qtbot, pin)


def enter_pin(kiosk, qtbot, pin: str) -> None:  # type: ignore[no-untyped-def]
    """The PIN on the pad, without the 2.5 s long press that opens it (see `sign_in`)."""
    from PySide6.QtWidgets import QPushButton

    from kiosk.ui.screens.base import ScreenId

    nav = kiosk.window.navigator
    if nav.current is not ScreenId.STAFF_PIN:
        nav.go(ScreenId.STAFF_PIN)
    pad = nav.screen(ScreenId.STAFF_PIN)
    for key in pin:
        tap(find(pad, QPushButton, f"pad_{key}"))
    with qtbot.waitSignal(pad.answered, timeout=10_000):
        tap(find(pad, QPushButton, "pad_ok"))


def sign_up(kiosk, qtbot, name: str, birth_year: str = "1954") -> None:  # type: ignore[no-untyped-def]
    """A new resident, as one does it: attract → Tiếng Việt → consent → the form (khu phố 1 of
    the list) → Continue; waits until the lesson list shows."""
    from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton

    from kiosk.ui.screens.base import ScreenId

    window, nav = kiosk.window, kiosk.window.navigator
    for button in ("start", "lang_vi", "consent_agree"):
        tap(find(window, QPushButton, button))
    type_text(find(window, QLineEdit, "full_name"), name)
    type_text(find(window, QLineEdit, "birth_year"), birth_year)
    find(window, QComboBox, "neighbourhood").setCurrentIndex(1)
    with qtbot.waitSignal(nav.changed, timeout=5000):
        tap(find(window, QPushButton, "checkin_continue"))
    assert nav.current is ScreenId.CATALOG
