"""Every tutorial of the course, finished by tapping and typing the real widgets of the real
window, in guided mode and in check mode: the completion screen follows and the run is stored."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QPushButton
from qt_helpers import find, tap
from sqlalchemy import select

from kiosk.storage.models import StepResult, TutorialRun
from kiosk.tutorials.loader import load_catalog
from kiosk.ui import autopilot
from kiosk.ui.screens.base import ScreenId

CONTENT = Path(__file__).resolve().parents[2] / "kiosk" / "tutorials" / "content"
TUTORIALS = [t.id for t in load_catalog([CONTENT]).all()]


def test_the_course_is_there():
    assert "vneid-activate-level2" in TUTORIALS


@pytest.mark.parametrize("mode", ["guided", "check"])
@pytest.mark.parametrize("tutorial_id", TUTORIALS)
def test_tutorial_completes_through_the_real_window(kiosk_ui, qtbot, tutorial_id, mode):
    window = kiosk_ui.window
    nav = window.navigator
    tap(find(window, QPushButton, "start"))
    tap(find(window, QPushButton, "lang_vi"))
    tap(find(window, QPushButton, "consent_decline"))  # anonymous practice
    catalog = nav.screen(ScreenId.CATALOG)
    tap(find(catalog, QPushButton, f"mode-{mode}"))
    tap(find(catalog, QPushButton, f"tile-{tutorial_id}"))
    tutorial = nav.screen(ScreenId.TUTORIAL)
    assert nav.current is ScreenId.TUTORIAL
    total = tutorial.engine.state.total_steps
    for _ in range(total):
        autopilot.do_step(tutorial)
    assert tutorial.engine.state.done
    qtbot.waitUntil(lambda: nav.current is ScreenId.COMPLETION, timeout=5000)
    title = find(nav.screen(ScreenId.COMPLETION), QLabel, "completion_title").text()
    assert title == "Chúc mừng! Bạn đã hoàn thành bài học."
    with kiosk_ui.services.session_factory() as db:
        run = db.scalars(select(TutorialRun).where(TutorialRun.tutorial_id == tutorial_id)).one()
        steps = db.scalars(select(StepResult).where(StepResult.run_id == run.id)).all()
    assert run.completed and run.resident_id is None and run.mode == mode
    assert run.passed is (mode == "check")  # no mistakes: a check run passes
    assert len(steps) == total and all(s.mistakes == 0 for s in steps)
