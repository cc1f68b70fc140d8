"""Tutorial results on a real SQLite database: runs, step rows and progress."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from kiosk.core.errors import KioskError, NotFound
from kiosk.services.results import ResultsService
from kiosk.storage.models import TutorialRun
from kiosk.tutorials.engine import Enter, Tap, TutorialEngine
from kiosk.tutorials.events import solution
from kiosk.tutorials.loader import BUILTIN_DIR, load_catalog

VNEID = "vneid-activate-level2"


@dataclass(frozen=True)
class Outcome:
    step_id: str
    seconds: float = 3.0
    mistakes: int = 0
    hints: int = 0
    outcome: str = "ok"


@pytest.fixture
def results(session_factory, clock) -> ResultsService:
    return ResultsService(session_factory, clock)


def play(mode: str, clock, mistakes: int = 0) -> TutorialEngine:
    tutorial = load_catalog([BUILTIN_DIR]).get(VNEID)
    engine = TutorialEngine(tutorial, mode, clock)  # type: ignore[arg-type]
    for _ in range(mistakes):
        engine.handle(Tap("sms_approved"))
    for step in tutorial.steps:
        clock.advance(4)
        engine.handle(solution(step, tutorial.screens[step.screen]))
    return engine


def test_a_passed_check_run_is_stored_with_its_steps(
    results, session_factory, clock, make_resident
):
    resident = make_resident()
    run_id = results.start_run(resident, VNEID, "check")
    engine = play("check", clock, mistakes=1)

    results.finish_run(run_id, engine.state.results, engine.state.passed)

    with session_factory() as s:
        run = s.get(TutorialRun, run_id)
        assert run is not None and run.completed and run.passed and run.finished_at == clock.now()
    steps = results.steps(run_id)
    assert [r.step_id for r in steps] == [s.id for s in engine.tutorial.steps]
    assert steps[0].mistakes == 1 and steps[0].seconds == 4.0 and steps[0].outcome == "ok"
    assert results.progress(resident) == {VNEID: "passed"}


def test_progress_separates_practised_from_not_started(results, clock, make_resident) -> None:
    resident = make_resident()
    run_id = results.start_run(resident, VNEID, "practice")
    engine = play("practice", clock)
    results.finish_run(run_id, engine.state.results, engine.state.passed)

    progress = results.progress(resident, [VNEID, "vssid-lookup"])

    assert progress == {VNEID: "practised", "vssid-lookup": "not_started"}


def test_a_later_failed_check_does_not_undo_a_pass(results, clock, make_resident) -> None:
    resident = make_resident()
    for passed in (True, False):
        run_id = results.start_run(resident, VNEID, "check")
        results.finish_run(run_id, [Outcome("open_app")], passed)

    assert results.progress(resident) == {VNEID: "passed"}


def test_steps_recorded_as_they_happen_survive_a_redo(results, make_resident) -> None:
    run_id = results.start_run(make_resident(), VNEID, "guided")
    results.record_step(run_id, 0, Outcome("open_app"))
    results.record_step(run_id, 1, Outcome("choose_activate"))

    results.record_step(run_id, 1, Outcome("choose_activate", mistakes=2, outcome="helped"))

    steps = results.steps(run_id)
    assert [(r.step_index, r.mistakes, r.outcome) for r in steps] == [
        (0, 0, "ok"),
        (1, 2, "helped"),
    ]


def test_leaving_stores_a_skipped_step_and_an_incomplete_run(
    results, session_factory, make_resident
):
    resident = make_resident()
    run_id = results.start_run(resident, VNEID, "practice")

    results.finish_run(
        run_id, [Outcome("open_app"), Outcome("choose_activate", outcome="skipped")], False
    )

    with session_factory() as s:
        assert s.get(TutorialRun, run_id).completed is False  # type: ignore[union-attr]
    assert results.progress(resident) == {VNEID: "practised"}


def test_anonymous_practice_is_stored_but_has_no_progress(results, clock) -> None:
    run_id = results.start_run(None, VNEID, "guided")
    results.finish_run(run_id, play("guided", clock).state.results, False)

    assert len(results.steps(run_id)) == 14
    assert results.progress(None, [VNEID]) == {VNEID: "not_started"}


def test_only_a_completed_check_run_can_pass(results, make_resident) -> None:
    run_id = results.start_run(make_resident(), VNEID, "practice")

    with pytest.raises(KioskError, match="check mode"):
        results.finish_run(run_id, [Outcome("open_app")], True)


def test_bad_input_is_refused(results) -> None:
    with pytest.raises(KioskError, match="mode"):
        results.start_run(None, VNEID, "exam")
    with pytest.raises(NotFound):
        results.record_step("no-such-run", 0, Outcome("open_app"))
    run_id = results.start_run(None, VNEID, "guided")
    with pytest.raises(KioskError, match="outcome"):
        results.finish_run(run_id, [Outcome("open_app", outcome="lost")], False)


def test_wrong_answers_from_the_engine_are_counted(results, clock) -> None:
    tutorial = load_catalog([BUILTIN_DIR]).get(VNEID)
    engine = TutorialEngine(tutorial, "practice", clock)
    engine.handle(Tap("app_vneid"))
    engine.handle(Tap("btn_activate"))
    engine.handle(Enter("phone", "000123456789"))
    run_id = results.start_run(None, VNEID, "practice")

    results.record_step(run_id, 0, engine.state.results[0])

    assert results.steps(run_id)[0].step_id == "open_app"
    assert engine.state.feedback is not None and "ô số điện thoại" in engine.state.feedback.vi
