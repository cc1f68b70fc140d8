"""Turns a tutorial screen into phone widgets, and pulses the target when a hint asks for it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEasingCurve, QObject, QPropertyAnimation, QTimer
from PySide6.QtWidgets import QGraphicsOpacityEffect, QVBoxLayout, QWidget

from kiosk.ui.phone.components import PhoneContext, build, build_app_bar
from kiosk.ui.phone.frame import KeepInView, PhoneFrame
from kiosk.ui.theme import set_role

PULSE_MS = 600
FADE_MS = 150  # a screen change never takes longer than this, and never blocks touches


class _Bar:
    """Just enough of an app_bar component to draw a screen's title."""

    type, id, back = "app_bar", None, False

    def __init__(self, title: Any) -> None:
        self.title = title


def build_screen(screen: Any, ctx: PhoneContext) -> tuple[QWidget, list[QWidget]]:
    """The scrolling page, and the keypads to pin under it."""
    docked: list[QWidget] = []
    page = set_role(QWidget(), "phoneSurface")
    column = QVBoxLayout(page)
    column.setContentsMargins(0, 0, 0, 16)
    column.setSpacing(14)
    if screen.title is not None:
        column.addWidget(build_app_bar(_Bar(screen.title), ctx))
    for component in screen.components:
        widget = build(component, ctx)
        if component.type == "keypad":
            docked.append(widget)
            continue
        if component.type == "app_bar":
            column.addWidget(widget)
            continue
        wrap = QVBoxLayout()
        wrap.setContentsMargins(20, 0, 20, 0)
        wrap.addWidget(widget)
        column.addLayout(wrap)
    column.addStretch(1)
    return page, docked


class PhoneRenderer(QObject):
    """Shows one tutorial screen at a time on a `PhoneFrame`; highlights a target on request."""

    def __init__(self, frame: PhoneFrame) -> None:
        super().__init__(frame)
        self.frame = frame
        self.ctx: PhoneContext | None = None
        self.screen_id: str | None = None
        self.target: QWidget | None = None
        self._pulse = QTimer(self)
        self._pulse.setInterval(PULSE_MS)
        self._pulse.timeout.connect(self._flip)
        self._fade: QPropertyAnimation | None = None
        self.in_view = KeepInView(frame.scroll, margin=12)

    def show_screen(self, screen_id: str, screen: Any, ctx: PhoneContext, sample: bool) -> None:
        self.highlight(None)
        self.ctx, self.screen_id = ctx, screen_id
        page, docked = build_screen(screen, ctx)
        self.frame.set_content(page, docked)
        self.frame.set_sample_data(sample)
        self._fade_in(page)

    def find(self, ident: str) -> QWidget | None:
        return self.frame.find(ident) if self.frame.content is not None else None

    def highlight(self, ident: str | None) -> None:
        widget = self.find(ident) if ident else None
        if widget is self.target:
            return
        if self.target is not None:
            set_role_property(self.target, "highlight", None)
        self.target = widget
        if widget is None:
            self._pulse.stop()
            return
        set_role_property(widget, "highlight", "on")
        self._pulse.start()

    def reveal(self, widgets: list[QWidget]) -> None:
        """Scroll the phone so that the last widget is in view, with as much of the others."""
        self.frame.settle()
        self.in_view.show(widgets)

    def clear(self) -> None:
        self.highlight(None)
        self.in_view.wanted = []
        self.frame.set_content(None)
        self.frame.set_sample_data(False)
        self.ctx, self.screen_id = None, None

    def _flip(self) -> None:
        if self.target is None:
            return
        now = self.target.property("highlight")
        set_role_property(self.target, "highlight", "alt" if now == "on" else "on")

    def _fade_in(self, page: QWidget) -> None:
        effect = QGraphicsOpacityEffect(page)
        page.setGraphicsEffect(effect)
        fade = QPropertyAnimation(effect, b"opacity", self)
        fade.setDuration(FADE_MS)
        fade.setStartValue(0.35)
        fade.setEndValue(1.0)
        fade.setEasingCurve(QEasingCurve.Type.OutCubic)
        fade.finished.connect(effect.deleteLater)  # deleting the effect detaches it
        fade.start(QPropertyAnimation.DeletionPolicy.DeleteWhenStopped)
        self._fade = fade


def set_role_property(widget: QWidget, name: str, value: Any) -> None:
    """Set a style-relevant property and make the style sheet see it at once."""
    try:
        widget.setProperty(name, value)
        widget.style().unpolish(widget)
        widget.style().polish(widget)
        widget.update()
    except RuntimeError:  # the widget went away with its screen
        pass
