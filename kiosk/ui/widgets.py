"""Small building blocks shared by the screens: styled labels and buttons, the numeric pad."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QGuiApplication, QMouseEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from kiosk.ui.theme import set_role


def label(text: str = "", role: str = "body", *, wrap: bool = True, name: str = "") -> QLabel:
    widget = QLabel(text)
    widget.setWordWrap(wrap)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        widget.setObjectName(name)
    set_role(widget, role)
    return widget


def button(
    text: str = "",
    role: str = "secondary",
    on_click: Callable[[], None] | None = None,
    *,
    name: str = "",
    size: str = "",
) -> QPushButton:
    widget = QPushButton(text)
    if size:
        widget.setProperty("emphasis", size)  # "xl": the one big action of a screen
    widget.setCursor(Qt.CursorShape.PointingHandCursor)
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    if name:
        widget.setObjectName(name)
    if on_click is not None:
        widget.clicked.connect(on_click)
    set_role(widget, role)
    return widget


class NumericPad(QWidget):
    """A large 0-9 pad that types into whichever of its fields has focus last."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._target: QLineEdit | None = None
        grid = QGridLayout(self)
        grid.setSpacing(12)
        keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "✓"]
        for i, key in enumerate(keys):
            b = button(
                key,
                "secondary",
                name=f"pad_{'back' if key == '⌫' else 'ok' if key == '✓' else key}",
            )
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the field keeps focus
            b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            b.clicked.connect(lambda _=False, k=key: self._press(k))
            grid.addWidget(b, i // 3, i % 3)

    def attach(self, field: QLineEdit) -> None:
        self._target = field

    def _press(self, key: str) -> None:
        field = self._target
        if field is None:
            return
        if key == "⌫":
            field.backspace()
        elif key == "✓":
            field.returnPressed.emit()
        elif len(field.text()) < (field.maxLength() or 32767):
            field.insert(key)


class DigitsField(QLineEdit):
    """A field for digits served by our big pad: the on-screen keyboard stays away from it."""

    def __init__(self, pad: NumericPad, name: str, max_length: int) -> None:
        super().__init__(objectName=name, maxLength=max_length)
        self._pad = pad
        # Qt would keep the virtual keyboard open from the previous field: no IM here.
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        self._pad.attach(self)
        super().focusInEvent(event)
        # After Qt has told the input method about the new focus, which may re-show it.
        QTimer.singleShot(0, QGuiApplication.inputMethod().hide)


class LongPressArea(QWidget):
    """An invisible corner that fires after being held for `hold_ms` (the staff door)."""

    activated = Signal()

    def __init__(self, hold_ms: int = 2500, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hold_ms = hold_ms
        self._timer = QTimer(self, singleShot=True, interval=hold_ms)
        self._timer.timeout.connect(self.activated)
        self.setFixedSize(72, 80)
        self.setObjectName("staff_corner")

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self._timer.start()
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self._timer.stop()
        event.accept()


class Toast(QLabel):
    """A banner that shows a message for a few seconds (e.g. 'a volunteer is coming')."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("toast")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_role(self, "toast")
        self.hide()
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.hide)

    def show_message(self, text: str, ms: int = 6000) -> None:
        self.setText(text)
        parent = self.parentWidget()
        width = min(1100, parent.width() - 80)
        self.setFixedWidth(width)
        self.adjustSize()
        self.move((parent.width() - width) // 2, 120)
        self.raise_()
        self.show()
        self._timer.start(ms)
