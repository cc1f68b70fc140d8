"""What the tutorial screen tells the engine. Ids are those of `Screen.touch_ids()`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.tutorials.schema import Screen, Step


@dataclass(frozen=True)
class Tap:
    target: str


@dataclass(frozen=True)
class Scan:
    target: str


@dataclass(frozen=True)
class Toggle:
    target: str


@dataclass(frozen=True)
class Enter:
    target: str
    text: str


@dataclass(frozen=True)
class Choose:
    target: str
    option: str


@dataclass(frozen=True)
class RequestHint:
    pass


@dataclass(frozen=True)
class Back:
    pass


@dataclass(frozen=True)
class Tick:
    pass


@dataclass(frozen=True)
class Leave:
    pass


Event = Tap | Scan | Toggle | Enter | Choose | RequestHint | Back | Tick | Leave


def solution(step: Step, screen: Screen) -> Event:
    """The event that completes `step`: for tests, demos and a volunteer's "show me"."""
    if step.action == "enter":
        return Enter(step.target, step.expect or "")
    if step.action == "choose":
        owner = screen.owner(step.target)
        return Choose(step.target, step.expect or owner.items[0].id)
    return {"scan": Scan, "toggle": Toggle}.get(step.action, Tap)(step.target)
