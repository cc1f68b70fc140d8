"""The practice screen: the simulated phone on the left, the spoken instructions on the right."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from kiosk.tutorials.engine import (
    Back,
    EngineState,
    Enter,
    Event,
    Leave,
    RequestHint,
    Scan,
    Tap,
    Tick,
    Toggle,
    TutorialEngine,
)
from kiosk.ui.i18n import tr
from kiosk.ui.phone.components import ENTER, SCAN, TOGGLE, PhoneContext, Touch
from kiosk.ui.phone.frame import ASPECT, PhoneFrame
from kiosk.ui.phone.panel import InstructionPanel
from kiosk.ui.phone.render import PhoneRenderer
from kiosk.ui.screens.base import Screen, ScreenId
from kiosk.ui.tasks import run_in_background
from kiosk.ui.visit import Visit

log = logging.getLogger(__name__)
TICK_MS = 1000


class TutorialScreen(Screen):
    screen_id = ScreenId.TUTORIAL

    def __init__(self, catalog: Any, results: Any, voice: Any, clock: Any) -> None:
        super().__init__()
        self.catalog, self.results, self.voice, self.clock = catalog, results, voice, clock
        self.visit: Visit | None = None
        self.engine: TutorialEngine | None = None
        self.run_id: str | None = None
        self._shown: tuple[str, int] | None = None  # (screen id, step index) on the phone
        self._title = ""
        self._finishing = False
        self.phone = PhoneFrame()
        self.renderer = PhoneRenderer(self.phone)
        self.panel = InstructionPanel()
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(lambda: self._send(Tick()))
        self._wire()
        row = QHBoxLayout(self)
        row.setContentsMargins(24, 12, 24, 16)
        row.setSpacing(28)
        row.addWidget(self.phone, 0)
        row.addWidget(self.panel, 1)
        self.retranslate()

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        super().resizeEvent(event)
        margins = self.layout().contentsMargins()
        room = self.height() - margins.top() - margins.bottom()
        self.phone.setFixedWidth(min(round(room * ASPECT), self.width() * 45 // 100))

    def _wire(self) -> None:
        p = self.panel
        p.repeat.clicked.connect(self.repeat)
        p.slow.clicked.connect(lambda: self.set_slow(not p.slow_on))
        p.hint_button.clicked.connect(lambda: self._send(RequestHint()))
        p.back.clicked.connect(lambda: self._send(Back()))
        p.exit.clicked.connect(self.quit_lesson)

    # --- screen contract ----------------------------------------------------------------

    def enter(self, visit: Visit) -> None:
        self.visit = visit
        tutorial = self.catalog.get(visit.tutorial_id)
        self.engine = TutorialEngine(tutorial, visit.mode, self.clock)
        self.run_id = self._quietly(
            self.results.start_run, visit.resident_id, tutorial.id, visit.mode
        )
        self._shown, self._finishing = None, False
        self.voice.set_language(visit.language)
        self._set_voice_speed(False)  # each lesson starts at the normal speed
        self.panel.hint_button.setVisible(visit.mode != "check")
        self._title = tutorial.title.get(visit.language)
        self._apply(self.engine.state, previous=None)
        self._timer.start()

    def leave(self) -> None:
        self._timer.stop()
        self.voice.stop()

    def retranslate(self) -> None:
        self.panel.retranslate()
        self.phone.retranslate()
        if self.engine is not None:
            self._apply(self.engine.state, previous=self.engine.state)

    def wipe(self) -> None:
        self.leave()
        self.engine, self.visit, self.run_id = None, None, None
        self._shown, self._finishing = None, False
        self.renderer.clear()
        self.panel.clear()
        self._set_voice_speed(False)

    # --- actions ------------------------------------------------------------------------

    def repeat(self) -> None:
        if self.engine is not None and self.visit is not None:
            self.voice.say(self.engine.state.step.spoken.get(self.visit.language))

    def set_slow(self, slow: bool) -> None:
        """The "Slower voice" toggle: change the speed, then say the instruction again."""
        self._set_voice_speed(slow)
        self.repeat()

    def _set_voice_speed(self, slow: bool) -> None:
        self.voice.set_slow(slow)
        self.panel.set_slow(slow)

    def quit_lesson(self) -> None:
        if self.engine is None:
            self.navigate.emit(ScreenId.CATALOG)
            return
        self._send(Leave())

    def on_touch(self, touch: Touch) -> None:
        state = self.engine.state if self.engine is not None else None
        if state is None or state.done:
            return
        if touch.kind == ENTER:
            self._send(Enter(touch.target, touch.value or ""))
            return
        event = {TOGGLE: Toggle, SCAN: Scan}.get(touch.kind, Tap)(touch.target)
        typed = self._typed_answer(state, touch)
        if typed is not None:
            after = self._send(Enter(state.step.target, typed))
            if after is None or after.done or after.step_index == state.step_index:
                return
        self._send(event)

    def _typed_answer(self, state: EngineState, touch: Touch) -> str | None:
        """The text a tap on a button should confirm first, when the step asks for typing."""
        ctx = self.renderer.ctx
        if ctx is None or state.step.action != "enter" or touch.target == state.step.target:
            return None
        return ctx.pending(state.step.target)

    # --- engine -------------------------------------------------------------------------

    def _send(self, event: Event) -> EngineState | None:
        if self.engine is None or self._finishing:
            return None
        previous = self.engine.state
        state = self.engine.handle(event)
        if isinstance(event, Tick):
            self.phone.set_time(self.clock.now().strftime("%H:%M"))
            if state.hint_level == previous.hint_level:
                return state
        self._apply(state, previous)
        return state

    def _apply(self, state: EngineState, previous: EngineState | None) -> None:
        language = self.visit.language if self.visit else "vi"
        self._render_phone(state, language)
        self.renderer.highlight(_highlight_id(state))
        p = self.panel
        shown = min(state.step_index + 1, state.total_steps)
        counter = tr("Tutorial", "Step {0} of {1}").format(shown, state.total_steps)
        p.counter.set_full_text(f"{counter} · {self._title}" if self._title else counter)
        p.instruction.setText(state.step.instruction.get(language))
        _show(p.hint_box, p.hint, state.hint.get(language) if state.hint else "")
        _show(p.feedback_box, p.feedback, state.feedback.get(language) if state.feedback else "")
        p.back.setEnabled(state.step_index > 0 and not state.done)
        self._show_sample(state, language)
        self._bring_into_view(state, previous)
        self._speak(state, previous, language)
        if previous is not None and state.step_index > previous.step_index and not state.done:
            self._record_step(state)
        if state.done:
            self._finish(state)

    def _render_phone(self, state: EngineState, language: str) -> None:
        key = (state.screen, state.step_index)
        if self._shown is not None and self._shown[0] == state.screen:
            return
        tutorial = self.engine.tutorial
        ctx = PhoneContext(language, self.on_touch)
        sample = _shows_sample(tutorial, tutorial.screens[state.screen])
        self.renderer.show_screen(state.screen, tutorial.screens[state.screen], ctx, sample)
        self._shown = key

    def _bring_into_view(self, state: EngineState, previous: EngineState | None) -> None:
        """The step's target on the phone with what it needs (the SMS with the OTP); the panel."""
        new_step = previous is None or previous.step_index != state.step_index
        self.panel.reveal(new_step)
        if state.done:
            return
        target = self.renderer.find(_highlight_id(state) or state.step.target)
        wanted = (
            _showing(self.phone.content, state.step.expect) if state.step.action == "enter" else []
        )
        if target is not None:
            self.renderer.reveal([*wanted, target])

    def _speak(self, state: EngineState, previous: EngineState | None, language: str) -> None:
        if state.done:
            return
        guided = self.visit is not None and self.visit.mode == "guided"
        new_step = previous is None or previous.step_index != state.step_index
        if new_step and guided:
            self.voice.say(state.step.spoken.get(language))
        elif state.hint is not None and (
            previous is None or previous.hint_level < state.hint_level
        ):
            self.voice.say(state.hint.get(language))
        elif state.feedback is not None and previous is not None and not new_step:
            self.voice.say(state.feedback.get(language))

    def _record_step(self, state: EngineState) -> None:
        """Keep each finished step at once, so a crash or a power cut keeps what was done."""
        if self.run_id is not None and state.results:
            index = len(state.results) - 1
            self._quietly(self.results.record_step, self.run_id, index, state.results[index])

    def _show_sample(self, state: EngineState, language: str) -> None:
        """Show the practice value this step asks for, big enough to copy digit by digit."""
        wanted = state.step.expect if state.step.action == "enter" and not state.done else None
        value = next(
            (
                v
                for v in self.engine.tutorial.practice_data.values()
                if wanted is not None and v.value == wanted
            ),
            None,
        )
        note = tr("Tutorial", "Sample data to type (not your real data)")
        self.panel.sample_title.setText(f"{value.label.get(language)} · {note}" if value else "")
        self.panel.sample.setText(value.value if value else "")
        self.panel.sample_box.setVisible(value is not None)

    # --- the end ------------------------------------------------------------------------

    def _finish(self, state: EngineState) -> None:
        if self._finishing or self.engine is None or self.visit is None:
            return
        self._finishing = True
        self._timer.stop()
        summary = self.engine.summary()
        visit, language = self.visit, self.visit.language
        visit.passed, visit.run_id = state.passed, self.run_id
        visit.summary = {
            "tutorial_id": self.engine.tutorial.id,
            "title": self.engine.tutorial.title.get(language),
            "mode": visit.mode,
            "completed": summary.completed,
            "passed": summary.passed,
            "seconds": round(summary.total_seconds),
            "steps_without_help": summary.steps_without_help,
            "total_steps": summary.total_steps,
            "mistakes": summary.mistakes,
            "hints": summary.hints,
            "safety": [text.get(language) for text in summary.safety],
        }
        target = ScreenId.COMPLETION if state.completed else ScreenId.CATALOG
        self._next_screen = target
        run_id = self.run_id
        if run_id is None:
            self.navigate.emit(target)
            return
        steps, passed, completed = list(state.results), state.passed, state.completed
        run_in_background(
            lambda: self.results.finish_run(run_id, steps, passed, completed=completed),
            on_done=self._stored,
            on_error=self._not_stored,
        )

    def _stored(self, _result: object) -> None:
        self.navigate.emit(self._next_screen)

    def _not_stored(self, error: BaseException) -> None:
        log.error("tutorial run was not stored: %s", error)
        self.navigate.emit(self._next_screen)  # the resident must never be stuck here

    @staticmethod
    def _quietly(fn: Any, *args: Any) -> Any:
        try:
            return fn(*args)
        except Exception:  # noqa: BLE001 - practice goes on even if the database is away
            log.exception("could not record the tutorial run")
            return None


def _show(box: QWidget, label: QLabel, text: str) -> None:
    label.setText(text)
    box.setVisible(bool(text))


def _highlight_id(state: EngineState) -> str | None:
    target = state.highlight
    if target is not None and state.step.action == "choose" and state.step.expect:
        return state.step.expect  # point at the right item, not the whole list
    return target


def _showing(content: QWidget | None, text: str | None) -> list[QWidget]:
    """Phone widgets whose text shows `text`, e.g. the SMS that carries the OTP to type."""
    if content is None or not text:
        return []
    return [label for label in content.findChildren(QLabel) if text in label.text()]


def _shows_sample(tutorial: Any, screen: Any) -> bool:
    """The "Dữ liệu mẫu" badge goes on every phone screen that shows or asks for practice data."""
    if any(c.type == "field" for c in screen.components):
        return True
    dumped = screen.model_dump_json()
    return any(v.value in dumped for v in tutorial.practice_data.values())
