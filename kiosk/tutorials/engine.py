"""The step engine: a pure state machine the tutorial screen drives (events in, state out).

Usage by the UI::

    engine = TutorialEngine(tutorial, "practice", clock)
    state = engine.state                 # render: state.screen, state.step.instruction, ...
    state = engine.handle(Tap("btn_activate"))
    state = engine.handle(Tick())        # from a QTimer, e.g. once a second
    record = engine.summary()            # at the end, for the completion screen and storage

Events the UI sends (ids come from `Screen.touch_ids()`):
- `Tap(id)` for any touch; `Scan(id)` and `Toggle(id)` are touches too (the kind is
  informational). A tap on the field the current step wants typed into is just focus.
- `Enter(field_id, text)` when the resident confirms what they typed (keypad "Xong", or
  an otp field filled to its length). Compared after NFC and trimming; when the expected
  value is digits, spaces are ignored and full-width digits accepted.
- `Choose(list_id, item_id)` picks a list item; `Tap(item_id)` means the same.
- `RequestHint()`, `Back()` (redo the previous step), `Tick()`, `Leave()` (resident gone).

Hints: `hint_level` 0 = nothing, 1 = show `step.hint`, 2 = also highlight `step.target`
(`state.highlight`). Guided mode starts every step at 2. Practice starts at 0; each
RequestHint raises it by one, and 2 mistakes or 20 s without progress raise it to 2.
Check mode stays at 0 and gives only the tutorial's neutral `default_mistake` as feedback.
A step's outcome is "helped" when the level had to be raised during it, "skipped" when the
resident left during it, else "ok". Check mode passes when every step is done with at most
`tutorial.check_max_mistakes` mistakes in all (2 unless the file says otherwise).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

from kiosk.core.clock import Clock
from kiosk.core.text import clean, fold
from kiosk.tutorials.components import ListBlock, Text
from kiosk.tutorials.events import (
    Back,
    Choose,
    Enter,
    Event,
    Leave,
    RequestHint,
    Scan,
    Tap,
    Tick,
    Toggle,
)
from kiosk.tutorials.schema import Mode, Step, Tutorial

ESCALATE_AFTER_SECONDS = 20.0
ESCALATE_AFTER_MISTAKES = 2
Outcome = Literal["ok", "helped", "skipped"]

__all__ = [
    "Back",
    "Choose",
    "EngineState",
    "Enter",
    "Event",
    "Leave",
    "RequestHint",
    "Scan",
    "StepRecord",
    "Summary",
    "Tap",
    "Tick",
    "Toggle",
    "TutorialEngine",
    "values_match",
]


@dataclass(frozen=True)
class StepRecord:
    step_id: str
    seconds: float
    mistakes: int
    hints: int
    outcome: Outcome


@dataclass(frozen=True)
class EngineState:
    step_index: int  # equals total_steps once completed
    total_steps: int
    step: Step  # the current step; the last one once done
    screen: str
    feedback: Text | None
    hint_level: int
    done: bool  # no more events are taken: completed or left
    completed: bool
    passed: bool
    results: tuple[StepRecord, ...]

    @property
    def hint(self) -> Text | None:
        return self.step.hint if self.hint_level >= 1 and not self.done else None

    @property
    def highlight(self) -> str | None:
        return self.step.target if self.hint_level >= 2 and not self.done else None


@dataclass(frozen=True)
class Summary:
    total_seconds: float
    total_steps: int
    steps_without_help: int
    mistakes: int
    hints: int
    completed: bool
    passed: bool
    safety: tuple[Text, ...]


class TutorialEngine:
    def __init__(self, tutorial: Tutorial, mode: Mode, clock: Clock) -> None:
        if mode not in ("guided", "practice", "check"):
            raise ValueError(f"unknown tutorial mode {mode!r}")
        self.tutorial, self.mode, self._clock = tutorial, mode, clock
        self._results: list[StepRecord] = []
        self._left = False
        self._open_step(carry=StepRecord("", 0.0, 0, 0, "ok"))

    # --- public -------------------------------------------------------------------------

    @property
    def state(self) -> EngineState:
        steps = self.tutorial.steps
        index = len(self._results)
        completed = index == len(steps) and not self._left
        screen = steps[min(index, len(steps) - 1)].screen
        if completed and self.tutorial.finish_screen:
            screen = self.tutorial.finish_screen
        return EngineState(
            step_index=index,
            total_steps=len(steps),
            step=steps[min(index, len(steps) - 1)],
            screen=screen,
            feedback=self._feedback,
            hint_level=self._level,
            done=completed or self._left,
            completed=completed,
            passed=completed
            and self.mode == "check"
            and self._total_mistakes() <= self.tutorial.check_max_mistakes,
            results=tuple(self._results),
        )

    def handle(self, event: Event) -> EngineState:
        if self.state.done:
            return self.state
        if isinstance(event, Leave):
            self._results.append(self._record("skipped"))
            self._left = True
        elif isinstance(event, Back):
            self._go_back()
        elif isinstance(event, RequestHint):
            if self.mode != "check":
                self._raise_level(self._level + 1)
        elif not isinstance(event, Tick):
            self._judge(event)
        waited = self._clock.monotonic() - self._since
        if not self.state.done and waited >= ESCALATE_AFTER_SECONDS:
            self._raise_level(2)
        return self.state

    def summary(self) -> Summary:
        state = self.state
        return Summary(
            total_seconds=round(sum(r.seconds for r in self._results), 3),
            total_steps=state.total_steps,
            steps_without_help=sum(r.outcome == "ok" for r in self._results),
            mistakes=self._total_mistakes(),
            hints=sum(r.hints for r in self._results),
            completed=state.completed,
            passed=state.passed,
            safety=tuple(self.tutorial.safety),
        )

    # --- steps --------------------------------------------------------------------------

    def _open_step(self, carry: StepRecord) -> None:
        self._started = self._clock.monotonic() - carry.seconds
        self._since = self._clock.monotonic()  # escalation waits afresh, even after Back
        self._mistakes, self._hints = carry.mistakes, carry.hints
        self._level = {"guided": 2, "practice": 0, "check": 0}[self.mode]
        self._feedback: Text | None = None

    def _record(self, outcome: Outcome | None = None) -> StepRecord:
        step = self.tutorial.steps[len(self._results)]
        outcome = outcome or ("helped" if self._hints else "ok")
        return StepRecord(step.id, round(self._seconds(), 3), self._mistakes, self._hints, outcome)

    def _advance(self) -> None:
        self._results.append(self._record())
        self._open_step(carry=StepRecord("", 0.0, 0, 0, "ok"))

    def _go_back(self) -> None:
        if not self._results:
            return
        previous = self._results.pop()
        extra = (self._mistakes, self._hints)
        self._open_step(
            carry=replace(
                previous, mistakes=previous.mistakes + extra[0], hints=previous.hints + extra[1]
            )
        )

    def _seconds(self) -> float:
        return self._clock.monotonic() - self._started

    def _is_done(self) -> bool:
        return self._left or len(self._results) == len(self.tutorial.steps)

    def _total_mistakes(self) -> int:
        current = 0 if self._is_done() else self._mistakes
        return sum(r.mistakes for r in self._results) + current

    def _raise_level(self, level: int) -> None:
        if self.mode == "check" or level <= self._level:
            return
        self._level = min(level, 2)
        self._hints += 1

    # --- judging ------------------------------------------------------------------------

    def _judge(self, event: Tap | Scan | Toggle | Enter | Choose) -> None:
        step = self.tutorial.steps[len(self._results)]
        touched = event.option if isinstance(event, Choose) else event.target
        verdict = _verdict(step, self.tutorial, event, touched)
        if verdict == "ok":
            self._advance()
        elif verdict == "mistake":
            self._mistakes += 1
            self._feedback = self._explain(step, touched)
            if self._mistakes >= ESCALATE_AFTER_MISTAKES:
                self._raise_level(2)

    def _explain(self, step: Step, touched: str) -> Text:
        if self.mode == "check":
            return self.tutorial.default_mistake
        owner = self.tutorial.screens[step.screen].owner(touched)
        in_target = owner is not None and owner.id == step.target  # e.g. the wrong list item
        specific = step.mistakes.get(touched) or (
            step.mistakes.get(step.target) if in_target else None
        )
        return specific or step.mistake or self.tutorial.default_mistake


def _verdict(step: Step, tutorial: Tutorial, event: Event, touched: str) -> str:
    """'ok' (step done), 'neutral' (harmless, e.g. focusing the right field) or 'mistake'."""
    if isinstance(event, Enter):
        if step.action != "enter" or event.target != step.target:
            return "mistake"
        return "ok" if values_match(step.expect or "", event.text, step.match) else "mistake"
    if step.action == "enter":
        return "neutral" if touched == step.target else "mistake"
    if step.action == "choose":
        if touched == step.target:
            return "neutral"
        owner = tutorial.screens[step.screen].owner(touched)
        if not isinstance(owner, ListBlock) or owner.id != step.target:
            return "mistake"
        return "ok" if step.expect in (None, touched) else "mistake"
    return "ok" if touched == step.target else "mistake"


def values_match(expected: str, given: str, match: str = "exact") -> bool:
    """Compare what was typed with the practice value, forgiving spacing and digit forms."""
    want, got = clean(expected), clean(given)
    compact = want.replace(" ", "")
    if compact.isdigit():
        typed = "".join(got.split())
        return typed.isdecimal() and _ascii_digits(typed) == compact
    if match == "fold":
        return fold(want) == fold(got)
    return want == got


def _ascii_digits(text: str) -> str:
    return "".join(str(int(ch)) for ch in text)
