"""Every built-in tutorial loads and can be walked to the end in every mode."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.core.clock import FixedClock
from kiosk.core.text import nfc
from kiosk.tutorials.engine import Tap, TutorialEngine
from kiosk.tutorials.events import solution
from kiosk.tutorials.loader import BUILTIN_DIR, load_catalog, load_tutorial, tutorial_files
from kiosk.tutorials.schema import Tutorial

FILES = tutorial_files(BUILTIN_DIR)


def walk(tutorial: Tutorial, mode: str, clock: FixedClock) -> TutorialEngine:
    engine = TutorialEngine(tutorial, mode, clock)  # type: ignore[arg-type]
    for step in tutorial.steps:
        assert engine.state.step == step and engine.state.screen == step.screen
        clock.advance(5)
        engine.handle(solution(step, tutorial.screens[step.screen]))
    return engine


def test_there_is_built_in_content_and_it_all_loads() -> None:
    catalog = load_catalog([BUILTIN_DIR])

    assert catalog.problems == []
    assert "vneid-activate-level2" in {t.id for t in catalog.all()}


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
@pytest.mark.parametrize("mode", ["guided", "practice", "check"])
def test_every_tutorial_walks_to_completion(path: Path, mode: str, clock: FixedClock) -> None:
    tutorial = load_tutorial(path)

    engine = walk(tutorial, mode, clock)

    summary = engine.summary()
    assert engine.state.completed and summary.mistakes == 0
    assert summary.passed is (mode == "check")
    assert summary.total_seconds == 5 * len(tutorial.steps)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_typed_values_are_only_practice_values(path: Path) -> None:
    tutorial = load_tutorial(path)
    practice = {v.value for v in tutorial.practice_data.values()}

    typed = {s.expect for s in tutorial.steps if s.action == "enter"}

    assert typed <= practice


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_wrong_tap_on_a_step_screen_gets_an_explanation(path: Path, clock) -> None:
    tutorial = load_tutorial(path)
    engine = TutorialEngine(tutorial, "practice", clock)
    for step in tutorial.steps:
        for other in tutorial.screens[step.screen].touch_ids():
            if other != step.target and other not in _items_of(tutorial, step):
                assert engine.handle(Tap(other)).feedback is not None
        engine.handle(solution(step, tutorial.screens[step.screen]))
    assert engine.state.completed


def _items_of(tutorial: Tutorial, step) -> set[str]:  # type: ignore[no-untyped-def]
    owner = tutorial.screens[step.screen].owner(step.target)
    return {item.id for item in getattr(owner, "items", [])}


def test_vneid_activation_follows_the_public_flow() -> None:
    tutorial = load_catalog([BUILTIN_DIR]).get("vneid-activate-level2")

    assert tutorial.title.vi == nfc("Kích hoạt tài khoản định danh điện tử mức 2 (VNeID)")
    assert 10 <= len(tutorial.steps) <= 14 and len(tutorial.safety) >= 2
    sms = tutorial.screens["home"].components[0]
    assert "đã được phê duyệt" in sms.text.vi  # type: ignore[union-attr]
    assert [s.action for s in tutorial.steps].count("choose") == 2
    assert "Mức 2" in str(tutorial.screens[tutorial.finish_screen or ""].model_dump())
    assert all(s.mistakes for s in tutorial.steps)
