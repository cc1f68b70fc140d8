"""The one main window: top bar, the screen stack, the volunteer button, idle overlay."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.i18n import tr
from kiosk.ui.idle import CountdownOverlay, IdleWatcher
from kiosk.ui.navigator import Navigator
from kiosk.ui.screens.base import ScreenId
from kiosk.ui.theme import SCALES, Look, set_role
from kiosk.ui.visit import Visit
from kiosk.ui.widgets import LongPressArea, Toast, button, label


class MainWindow(QMainWindow):
    look_changed = Signal(object)  # Look
    language_changed = Signal(str)
    voice_toggled = Signal(bool)

    def __init__(
        self,
        ward_name: str,
        idle_seconds: int,
        countdown_seconds: int,
        console_idle_seconds: int = 600,
    ) -> None:
        super().__init__()
        self.console_idle_seconds = console_idle_seconds
        self.setWindowTitle("Cà phê sáng số")
        self.look = Look()
        self.voice_on = True
        self.allow_close = False
        self.on_call_volunteer: Callable[[], None] | None = None
        self.stack = QStackedWidget()
        self.navigator = Navigator(self.stack, Visit())
        self.navigator.changed.connect(self._screen_changed)
        self.staff_corner = LongPressArea()
        self.staff_corner.activated.connect(lambda: self.navigator.go(ScreenId.STAFF_PIN))
        self._ward = label(ward_name, "hint", wrap=False)
        # On a narrow screen the ward's name gives way first, never the buttons.
        self._ward.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._build_controls()
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(self._top_bar())
        outer.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.toast = Toast(central)
        self.overlay = CountdownOverlay(countdown_seconds, central)
        self.idle = IdleWatcher(idle_seconds, self)
        self.idle.idle.connect(self.overlay.start)
        self.overlay.expired.connect(self._timed_out)
        self.overlay.resumed.connect(self.idle.poke)
        keyboard = QGuiApplication.inputMethod()
        keyboard.keyboardRectangleChanged.connect(self._make_room_for_keyboard)
        self.retranslate()

    # --- layout -----------------------------------------------------------------
    def _build_controls(self) -> None:
        self.lang_button = button("", "secondary", self._toggle_language, name="toggle_language")
        self.size_button = button("", "secondary", self._next_scale, name="text_size")
        self.contrast_button = button("", "secondary", self._toggle_contrast, name="contrast")
        self.voice_button = button("", "secondary", self._toggle_voice, name="voice")
        self.help_button = button("", "help", self._call_volunteer, name="call_volunteer")
        for b in (self.lang_button, self.size_button, self.contrast_button, self.voice_button):
            set_role(b, "chrome")

    def _top_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 8, 16, 0)
        bar.setSpacing(8)
        bar.addWidget(self.staff_corner, 0, Qt.AlignmentFlag.AlignTop)
        bar.addWidget(self._ward, 1)
        bar.addWidget(self.help_button)
        bar.addSpacing(8)
        for b in (self.lang_button, self.size_button, self.contrast_button, self.voice_button):
            bar.addWidget(b)
        return bar

    # --- behaviour ----------------------------------------------------------------
    def retranslate(self) -> None:
        lang = self.navigator.visit.language
        self.lang_button.setText("English" if lang == "vi" else "Tiếng Việt")
        self.size_button.setText(tr("Shell", "Text size {0}%").format(round(self.look.scale * 100)))
        self.contrast_button.setText(tr("Shell", "High contrast"))
        self.contrast_button.setCheckable(True)
        self.contrast_button.setChecked(self.look.high_contrast)
        self.voice_button.setText(
            tr("Shell", "Voice on") if self.voice_on else tr("Shell", "Voice off")
        )
        self.help_button.setText(tr("Shell", "Call a volunteer"))
        self.overlay.retranslate()
        self.navigator.retranslate()

    def set_ward_name(self, ward_name: str) -> None:
        self._ward.setText(ward_name)

    def _screen_changed(self, screen_id: ScreenId) -> None:
        screen = self.navigator.screen(screen_id)
        resident = screen.resident_facing
        self.help_button.setVisible(resident)
        for b in (self.lang_button, self.size_button, self.contrast_button, self.voice_button):
            b.setVisible(screen_id is not ScreenId.ATTRACT and resident)
        # The volunteer console is watched more than touched while it waits for calls: a
        # longer limit, but a session left open there still ends.
        console = screen_id is ScreenId.VOLUNTEER_CONSOLE
        unwatched = (ScreenId.ATTRACT, ScreenId.FIRST_RUN)
        self.idle.arm(screen_id not in unwatched, self.console_idle_seconds if console else None)
        self.overlay.stop()

    def _timed_out(self) -> None:
        """Nobody touched the screen: the visit or staff session ends (a console asks the PIN)."""
        if self.navigator.current is ScreenId.VOLUNTEER_CONSOLE:
            self.navigator.go(ScreenId.STAFF_PIN)
        else:
            self.navigator.end_visit()

    def _toggle_language(self) -> None:
        visit = self.navigator.visit
        visit.language = "en" if visit.language == "vi" else "vi"
        self.language_changed.emit(visit.language)

    def _next_scale(self) -> None:
        index = (SCALES.index(self.look.scale) + 1) % len(SCALES)
        self.set_look(Look(SCALES[index], self.look.high_contrast))

    def _toggle_contrast(self) -> None:
        self.set_look(Look(self.look.scale, not self.look.high_contrast))

    def _toggle_voice(self) -> None:
        self.set_voice(not self.voice_on)

    def set_voice(self, on: bool) -> None:
        if on == self.voice_on:
            return
        self.voice_on = on
        self.voice_toggled.emit(on)
        self.retranslate()

    def set_look(self, look: Look) -> None:
        self.look = look
        self.look_changed.emit(look)
        self.retranslate()

    def _call_volunteer(self) -> None:
        if self.on_call_volunteer is not None:
            self.on_call_volunteer()
        self.toast.show_message(
            tr("Shell", "A volunteer has been called and will come to you. Please wait a moment.")
        )

    def _make_room_for_keyboard(self) -> None:
        """The on-screen keyboard is a window of its own: keep the focused field above it."""
        keyboard = QGuiApplication.inputMethod()
        height = round(keyboard.keyboardRectangle().height()) if keyboard.isVisible() else 0
        self.centralWidget().layout().setContentsMargins(0, 0, 0, height)
        if height and (focus := QApplication.focusWidget()) is not None:
            QTimer.singleShot(0, lambda: self.navigator.ensure_visible(focus))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.allow_close:
            event.accept()
        else:
            event.ignore()
