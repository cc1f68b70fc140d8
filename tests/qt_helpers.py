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
