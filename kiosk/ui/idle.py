"""Idle watch: after `idle_seconds` without input a countdown; at zero the visit is wiped."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.ui.i18n import tr
from kiosk.ui.theme import set_role
from kiosk.ui.widgets import button, label

_INPUT = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.KeyPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.Wheel,
    QEvent.Type.InputMethod,
}


class IdleWatcher(QObject):
    """Emits `idle` after `seconds` without user input while `armed`."""

    idle = Signal()

    def __init__(self, seconds: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._default = seconds
        self._timer = QTimer(self, singleShot=True, interval=seconds * 1000)
        self._timer.timeout.connect(self.idle)
        self.armed = False

    @property
    def seconds(self) -> int:
        return self._timer.interval() // 1000

    def arm(self, armed: bool, seconds: int | None = None) -> None:
        """Watch (or stop watching) with `seconds` as the limit, the default when None."""
        self.armed = armed
        self._timer.setInterval((seconds or self._default) * 1000)
        self.poke() if armed else self._timer.stop()

    def poke(self) -> None:
        if self.armed:
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in _INPUT:
            self.poke()
        return False


class CountdownOverlay(QWidget):
    """Full-window overlay: 'Are you still there?' with a big Continue button and seconds left."""

    resumed = Signal()
    expired = Signal()

    def __init__(self, seconds: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("idle_overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        set_role(self, "overlay")
        self._total = seconds
        self._left = seconds
        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self._on_tick)
        card = QWidget(self)
        card.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        set_role(card, "card")
        card.setFixedWidth(1000)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(60, 50, 60, 50)
        layout.setSpacing(30)
        self._question = label("", "title")
        self._seconds = label("", "subtitle", name="idle_seconds")
        self._continue = button("", "primary", self._resume, name="idle_continue", size="xl")
        for w in (self._question, self._seconds, self._continue):
            layout.addWidget(w)
        outer = QVBoxLayout(self)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignCenter)
        self.hide()

    def start(self) -> None:
        self._left = self._total
        self.setGeometry(self.parentWidget().rect())
        self.retranslate()
        self.raise_()
        self.show()
        self._continue.setFocus()
        self._tick.start()

    def stop(self) -> None:
        self._tick.stop()
        self.hide()

    def retranslate(self) -> None:
        self._question.setText(tr("Idle", "Are you still there?"))
        self._seconds.setText(
            tr("Idle", "The screen will be cleared in {0} seconds.").format(self._left)
        )
        self._continue.setText(tr("Idle", "Continue"))

    def _resume(self) -> None:
        self.stop()
        self.resumed.emit()

    def _on_tick(self) -> None:
        self._left -= 1
        if self._left <= 0:
            self.stop()
            self.expired.emit()
        else:
            self.retranslate()
