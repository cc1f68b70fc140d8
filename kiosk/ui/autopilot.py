"""Do the right thing for the current tutorial step with the real widgets, as a finger would.

Used by the headless demo (and by a volunteer's future "show me" button): it finds the
widget the step wants by its objectName, clicks it or types the practice value into it.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QWidget

from kiosk.tutorials.events import Choose, Enter, solution
from kiosk.ui.screens.tutorial import TutorialScreen


def type_text(widget: QWidget, text: str) -> None:
    """One key event per character: QTest.keyClicks aborts on non-ASCII (PITFALLS)."""
    widget.setFocus()
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


def touch(widget: QWidget) -> None:
    if isinstance(widget, QAbstractButton):
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
    else:
        QTest.mouseClick(
            widget,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            QPoint(widget.width() // 2, widget.height() // 2),
        )


def _phone_widget(screen: TutorialScreen, name: str) -> QWidget:
    widget = screen.phone.findChild(QWidget, name)
    if widget is None:
        names = sorted(w.objectName() for w in screen.phone.findChildren(QWidget) if w.objectName())
        raise LookupError(f"no widget {name!r} on the phone; there are {names}")
    return widget


def do_step(screen: TutorialScreen) -> None:
    """Perform the current step correctly through the widgets."""
    engine = screen.engine
    assert engine is not None, "no tutorial is running"
    state = engine.state
    event = solution(state.step, engine.tutorial.screens[state.step.screen])
    if isinstance(event, Enter):
        line = _phone_widget(screen, event.target)
        assert isinstance(line, QLineEdit)
        line.clear()
        type_text(line, event.text)
        if engine.state.step_index == state.step_index and not engine.state.done:
            QTest.keyClick(line, Qt.Key.Key_Return)
    elif isinstance(event, Choose):
        touch(_phone_widget(screen, event.option))
    else:
        touch(_phone_widget(screen, event.target))
    QApplication.processEvents()


def wrong_tap(screen: TutorialScreen) -> bool:
    """Tap some other button on the phone, to show what a mistake looks like."""
    engine = screen.engine
    assert engine is not None
    target = engine.state.step.target
    for widget in screen.phone.findChildren(QAbstractButton):
        name = widget.objectName()
        if name and name != target and widget.isVisible() and not name.startswith("keypad"):
            touch(widget)
            return True
    return False
