"""Typed, frozen models of one tutorial file. See docs/tutorials.md for the author's view.

Contract for the UI (the simulated phone) and the engine:

- `Tutorial.screens` maps a screen id to a `Screen`: an optional app-bar title and a list
  of components (kiosk.tutorials.components) drawn top to bottom. `Screen.touch_ids()`
  lists everything a touch can land on: component ids, list-item ids, dialog-button ids
  and an incoming call's accept/decline ids. These are the ids the UI sends to the engine.
- Every `Text` has both `vi` and `en`; every string is NFC-normalised at load.
  `{practice.NAME}` anywhere in the file (except inside `practice_data`) is replaced at
  load by that practice value, so an SMS can read "Mã OTP: {practice.otp}" and a step can
  `expect: "{practice.otp}"`. The UI shows `practice_data` as the "Dữ liệu mẫu" panel.
- A `Step` happens on one screen; `action` says what the resident must do to `target`:
  tap (anything with an id), enter (a field; `expect` is the value), choose (a list;
  `expect` is the item id, or any item when omitted), scan (a qr_scanner), toggle (a
  toggle or checkbox). `mistakes[id]` explains a wrong touch on `id`; a key equal to the
  step's own target explains "right place, wrong value or option". `mistake` is the
  step's fallback, then the tutorial's `default_mistake`.
- When the last step is done the phone shows `finish_screen` (or the last step's screen).
- `sources` names the public guides the lesson follows and `checked` the day an author last
  compared it with them; `unsettled` lists what no source settled, with the searches tried.
  `kiosk tutorials check` warns when `checked` is more than a year old (see `is_stale`).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Any, Literal

from pydantic import Field, field_validator, model_validator

from kiosk.core.text import nfc
from kiosk.tutorials.components import (
    ID,
    Checkbox,
    Component,
    FrozenModel,
    InputField,
    ListBlock,
    QrScanner,
    Text,
    Toggle,
    touch_ids,
)

__all__ = [
    "Action",
    "Mode",
    "PracticeValue",
    "Screen",
    "Source",
    "Step",
    "Text",
    "Tutorial",
    "Unsettled",
    "is_stale",
]

Action = Literal["tap", "enter", "choose", "scan", "toggle"]
Mode = Literal["guided", "practice", "check"]
_PRACTICE_REF = re.compile(r"\{practice\.([A-Za-z0-9_]+)\}")
_NEEDS: dict[str, tuple[type, ...]] = {
    "enter": (InputField,),
    "choose": (ListBlock,),
    "scan": (QrScanner,),
    "toggle": (Toggle, Checkbox),
}
_NEED_NAMES = {
    "enter": "a field",
    "choose": "a list",
    "scan": "a qr_scanner",
    "toggle": "a toggle or checkbox",
}
DEFAULT_MISTAKE = Text(
    vi="Chưa đúng chỗ. Hãy đọc lại hướng dẫn bên cạnh rồi thử lại nhé.",
    en="Not quite. Read the instruction beside the phone again and try once more.",
)


class PracticeValue(FrozenModel):
    """A fictional value shown in the "Dữ liệu mẫu" panel beside the phone."""

    label: Text
    value: Annotated[str, Field(min_length=1)]


class Source(FrozenModel):
    """A public guide, article or regulation the lesson follows."""

    title: Annotated[str, Field(min_length=1)]
    publisher: Annotated[str, Field(min_length=1)]
    date: Annotated[str, Field(pattern=r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")]
    address: Annotated[str, Field(pattern=r"^https?://[^\s/]+\.[^\s]+$")]
    supports: str | None = None  # which steps or advice it backs

    @field_validator("date", mode="before")
    @classmethod
    def _date_as_text(cls, value: Any) -> Any:
        # YAML reads 2025-06-10 as a date and 2025 as a number; both mean the same text.
        if isinstance(value, date):
            return value.isoformat()
        return str(value) if isinstance(value, int) and not isinstance(value, bool) else value


class Unsettled(FrozenModel):
    """Something the lesson shows that no stored public source confirmed."""

    question: Annotated[str, Field(min_length=1)]
    searched: Annotated[list[Annotated[str, Field(min_length=1)]], Field(min_length=1)]


class Screen(FrozenModel):
    title: Text | None = None  # the app-bar title; None for lock screens and dialogs
    components: list[Component] = []

    def touch_ids(self) -> list[str]:
        return [i for component in self.components for i in touch_ids(component)]

    def owner(self, touch_id: str) -> Any:
        """The component that holds `touch_id` (a list for its items), or None."""
        return next((c for c in self.components if touch_id in touch_ids(c)), None)


class Step(FrozenModel):
    id: ID
    screen: ID
    instruction: Text
    hint: Text
    action: Action
    target: ID
    expect: str | None = None
    match: Literal["exact", "fold"] = "exact"  # fold: accent- and case-blind answers
    mistakes: dict[str, Text] = {}
    mistake: Text | None = None
    say: Text | None = None  # what the voice reads, when it should differ from instruction

    @property
    def spoken(self) -> Text:
        return self.say or self.instruction


class Tutorial(FrozenModel):
    id: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=80)]
    version: Annotated[int, Field(ge=1)]
    topic: ID
    icon: str
    minutes: Annotated[int, Field(ge=1, le=120)]
    title: Text
    summary: Text
    safety: Annotated[list[Text], Field(min_length=1)]
    checked: date  # the day the lesson was last compared with its sources
    sources: Annotated[list[Source], Field(min_length=1)]
    unsettled: list[Unsettled] = []
    practice_data: dict[str, PracticeValue] = {}
    screens: Annotated[dict[str, Screen], Field(min_length=1)]
    steps: Annotated[list[Step], Field(min_length=1)]
    finish_screen: ID | None = None
    check_max_mistakes: Annotated[int, Field(ge=0)] = 2  # check mode passes at or below
    default_mistake: Text = DEFAULT_MISTAKE

    @model_validator(mode="before")
    @classmethod
    def _fill_practice(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        values = _practice_values(data.get("practice_data"))
        problems: list[str] = []
        out = {
            k: v if k == "practice_data" else _fill(v, k, values, problems) for k, v in data.items()
        }
        if problems:
            raise ValueError("\n".join(problems))
        return out

    @model_validator(mode="after")
    def _check_references(self) -> Tutorial:
        problems = [
            p
            for screen_id, screen in self.screens.items()
            for p in _screen_problems(screen_id, screen)
        ]
        seen: dict[str, int] = {}
        for index, step in enumerate(self.steps):
            where = f"steps[{index}] ({step.id})"
            if step.id in seen:
                problems.append(f"{where}.id: duplicate step id (also steps[{seen[step.id]}])")
            seen.setdefault(step.id, index)
            problems += _step_problems(where, step, self.screens)
        if self.finish_screen and self.finish_screen not in self.screens:
            problems.append(f"finish_screen: unknown screen '{self.finish_screen}'")
        if problems:
            raise ValueError("\n".join(problems))
        return self

    def step_screen(self, index: int) -> Screen:
        return self.screens[self.steps[index].screen]


def is_stale(tutorial: Tutorial, today: date) -> bool:
    """True when the lesson was last checked more than twelve months before `today`."""
    try:
        year_ago = today.replace(year=today.year - 1)
    except ValueError:  # 29 February
        year_ago = today.replace(year=today.year - 1, day=28)
    return tutorial.checked < year_ago


def _practice_values(raw: Any) -> dict[str, str]:
    # Numbers count as text here so that the field check, not a missing reference,
    # reports an unquoted value.
    if not isinstance(raw, dict):
        return {}
    return {
        str(k): nfc(str(v["value"]))
        for k, v in raw.items()
        if isinstance(v, dict) and isinstance(v.get("value"), str | int | float)
    }


def _fill(value: Any, path: str, values: dict[str, str], problems: list[str]) -> Any:
    """NFC every string and replace {practice.NAME}; unknown names become problems."""
    if isinstance(value, dict):
        return {k: _fill(v, f"{path}.{k}", values, problems) for k, v in value.items()}
    if isinstance(value, list):
        return [_fill(v, _item_path(path, i, v), values, problems) for i, v in enumerate(value)]
    if not isinstance(value, str):
        return value

    def swap(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in values:
            problems.append(f"{path}: unknown practice value '{name}'")
            return match.group(0)
        return values[name]

    return _PRACTICE_REF.sub(swap, nfc(value))


def _item_path(path: str, index: int, item: Any) -> str:
    if path == "steps" and isinstance(item, dict):
        return f"steps[{index}] ({item.get('id', '?')})"
    return f"{path}[{index}]"


def _screen_problems(screen_id: str, screen: Screen) -> list[str]:
    ids = screen.touch_ids()
    twice = sorted({i for i in ids if ids.count(i) > 1})
    return [f"screens.{screen_id}: id '{i}' is used more than once" for i in twice]


def _step_problems(where: str, step: Step, screens: dict[str, Screen]) -> list[str]:
    screen = screens.get(step.screen)
    if screen is None:
        return [f"{where}.screen: unknown screen '{step.screen}'"]
    problems = [
        f"{where}.mistakes: '{key}' is not on screen '{step.screen}'"
        for key in step.mistakes
        if key not in screen.touch_ids()
    ]
    owner = screen.owner(step.target)
    if owner is None:
        return [f"{where}.target: '{step.target}' is not on screen '{step.screen}'", *problems]
    needs = _NEEDS.get(step.action)
    if needs and not (isinstance(owner, needs) and owner.id == step.target):
        article = "an" if step.action[0] in "aeiou" else "a"
        problems.append(
            f"{where}.target: '{step.target}' is a {owner.type}; "
            f"{article} {step.action} step needs {_NEED_NAMES[step.action]}"
        )
    return problems + _expect_problems(where, step, owner)


def _expect_problems(where: str, step: Step, owner: Any) -> list[str]:
    if step.action == "enter" and not (step.expect or "").strip():
        return [f"{where}.expect: an enter step needs the exact value to expect"]
    if step.action == "choose" and isinstance(owner, ListBlock) and step.expect is not None:
        if step.expect not in [item.id for item in owner.items]:
            return [f"{where}.expect: '{step.expect}' is not an item of list '{step.target}'"]
    if step.action not in ("enter", "choose") and step.expect is not None:
        return [f"{where}.expect: only enter and choose steps have an expected value"]
    return []
