"""The step engine, driven by events against a tiny tutorial and a fixed clock."""

from __future__ import annotations

import unicodedata
from typing import Any

import pytest

from kiosk.core.clock import FixedClock
from kiosk.tutorials.engine import (
    Back,
    Choose,
    Enter,
    Leave,
    RequestHint,
    Scan,
    Tap,
    Tick,
    TutorialEngine,
    values_match,
)
from kiosk.tutorials.schema import Tutorial

PHONE_MISTAKE = "Đây là ô số điện thoại. Hãy chạm vào ô Số định danh cá nhân ở trên."


def engine_for(data: dict[str, Any], mode: str, clock: FixedClock) -> TutorialEngine:
    return TutorialEngine(Tutorial.model_validate(data), mode, clock)  # type: ignore[arg-type]


def finish_from_otp(engine: TutorialEngine) -> None:
    engine.handle(Enter("otp_box", "246810"))
    engine.handle(Choose("questions", "q_pet"))
    engine.handle(Enter("answer", "Mực"))


def test_a_wrong_field_gets_its_specific_explanation(mini, clock) -> None:
    engine = engine_for(mini, "practice", clock)

    state = engine.handle(Tap("phone"))

    assert state.feedback is not None and state.feedback.vi == PHONE_MISTAKE
    assert state.step.id == "enter_id" and state.hint_level == 0


def test_a_touch_without_its_own_explanation_gets_the_step_default(mini, clock) -> None:
    engine = engine_for(mini, "practice", clock)

    assert engine.handle(Tap("btn_send")).feedback.en == "Not quite."  # type: ignore[union-attr]


def test_two_mistakes_highlight_the_target_in_practice(mini, clock) -> None:
    engine = engine_for(mini, "practice", clock)

    engine.handle(Tap("phone"))
    state = engine.handle(Enter("id_number", "000123456780"))

    assert state.hint_level == 2 and state.highlight == "id_number"
    assert state.hint is not None and state.hint.vi == "Ô trên cùng"


def test_twenty_seconds_of_ticks_escalate_but_nineteen_do_not(mini, clock) -> None:
    engine = engine_for(mini, "practice", clock)
    for _ in range(19):
        clock.advance(1)
        assert engine.handle(Tick()).hint_level == 0

    clock.advance(1)

    assert engine.handle(Tick()).highlight == "id_number"


def test_hints_on_request_go_one_level_at_a_time(mini, clock) -> None:
    engine = engine_for(mini, "practice", clock)

    assert engine.handle(RequestHint()).hint_level == 1
    assert engine.handle(RequestHint()).hint_level == 2


def test_guided_starts_highlighted_and_check_never_hints(mini, clock) -> None:
    assert engine_for(mini, "guided", clock).state.highlight == "id_number"
    check = engine_for(mini, "check", clock)

    check.handle(RequestHint())
    check.handle(Tap("phone"))
    check.handle(Tap("phone"))
    clock.advance(60)
    state = check.handle(Tick())

    assert state.hint_level == 0 and state.hint is None
    assert state.feedback == check.tutorial.default_mistake  # no give-away in a test


def test_the_right_action_advances_and_clears_feedback(mini, clock) -> None:
    engine = engine_for(mini, "practice", clock)
    engine.handle(Tap("phone"))
    clock.advance(4)

    state = engine.handle(Enter("id_number", " 0001 2345 6789 "))

    assert state.step.id == "send" and state.step_index == 1 and state.feedback is None
    assert state.results[0].mistakes == 1 and state.results[0].seconds == 4
    assert state.results[0].outcome == "ok"


def test_tapping_the_field_to_type_into_is_not_a_mistake(mini, clock) -> None:
    engine = engine_for(mini, "practice", clock)

    state = engine.handle(Tap("id_number"))

    assert state.feedback is None and engine.summary().mistakes == 0


def test_choose_takes_an_item_tap_and_explains_a_wrong_option(mini, clock) -> None:
    engine = engine_for(mini, "practice", clock)
    engine.handle(Enter("id_number", "000123456789"))
    engine.handle(Tap("btn_send"))
    engine.handle(Enter("otp_box", "246810"))

    wrong = engine.handle(Choose("questions", "q_food"))
    right = engine.handle(Tap("q_pet"))

    assert wrong.feedback is not None and wrong.feedback.en == "Choose the pet one."
    assert right.step.id == "answer"


def test_back_reopens_the_previous_step_keeping_its_record(mini, clock) -> None:
    engine = engine_for(mini, "practice", clock)
    engine.handle(Tap("phone"))
    engine.handle(Enter("id_number", "000123456789"))

    state = engine.handle(Back())

    assert state.step.id == "enter_id" and state.screen == "form" and state.results == ()
    state = engine.handle(Enter("id_number", "000123456789"))
    assert state.step.id == "send" and state.results[0].mistakes == 1


def test_back_on_the_first_step_does_nothing(mini, clock) -> None:
    engine = engine_for(mini, "guided", clock)

    assert engine.handle(Back()).step_index == 0


def test_check_passes_with_at_most_the_allowed_mistakes(mini, clock) -> None:
    engine = engine_for(mini, "check", clock)
    engine.handle(Tap("phone"))
    engine.handle(Tap("phone"))
    engine.handle(Enter("id_number", "000123456789"))
    engine.handle(Tap("btn_send"))
    finish_from_otp(engine)

    assert engine.state.completed and engine.state.passed
    assert engine.tutorial.check_max_mistakes == 2


def test_check_fails_with_one_mistake_too_many(mini, clock) -> None:
    engine = engine_for(mini, "check", clock)
    for _ in range(3):
        engine.handle(Tap("phone"))
    engine.handle(Enter("id_number", "000123456789"))
    engine.handle(Tap("btn_send"))
    finish_from_otp(engine)

    assert engine.state.completed and not engine.state.passed
    assert engine.summary().mistakes == 3


def test_practice_never_passes_and_counts_helped_steps(mini, clock) -> None:
    engine = engine_for(mini, "practice", clock)
    engine.handle(RequestHint())
    engine.handle(Enter("id_number", "000123456789"))
    engine.handle(Tap("btn_send"))
    finish_from_otp(engine)

    summary = engine.summary()
    assert summary.completed and not summary.passed
    assert summary.steps_without_help == 4 and summary.hints == 1
    assert engine.state.results[0].outcome == "helped"
    assert summary.safety[0].en == "Never share an OTP."


def test_leaving_marks_the_current_step_skipped_and_stops(mini, clock) -> None:
    engine = engine_for(mini, "guided", clock)
    engine.handle(Enter("id_number", "000123456789"))
    clock.advance(7)

    state = engine.handle(Leave())

    assert state.done and not state.completed and not state.passed
    assert [r.outcome for r in state.results] == ["ok", "skipped"]
    assert engine.handle(Tap("btn_send")).results == state.results


def test_finish_screen_and_events_after_completion(mini, clock) -> None:
    mini["finish_screen"] = "form"
    engine = engine_for(mini, "guided", clock)
    engine.handle(Enter("id_number", "000123456789"))
    engine.handle(Scan("btn_send"))  # any kind of touch on the target counts
    finish_from_otp(engine)

    state = engine.handle(Tap("phone"))

    assert state.done and state.screen == "form" and state.highlight is None
    assert state.step_index == state.total_steps == 5


def test_the_same_events_give_the_same_states(mini, clock) -> None:
    events = [Tap("phone"), Tick(), Enter("id_number", "000123456789"), Back(), RequestHint()]

    def run() -> list[object]:
        engine = engine_for(mini, "practice", FixedClock(clock.now()))
        return [engine.handle(event) for event in events]

    assert run() == run()


def test_an_unknown_mode_is_refused(mini, clock) -> None:
    with pytest.raises(ValueError):
        engine_for(mini, "exam", clock)


@pytest.mark.parametrize(
    ("expected", "typed", "match", "same"),
    [
        ("246810", "246 810", "exact", True),
        ("246810", "２４６８１０", "exact", True),
        ("246810", "24681O", "exact", False),
        ("MauThu@123", "  MauThu@123 ", "exact", True),
        ("MauThu@123", "mauthu@123", "exact", False),
        ("Mực", unicodedata.normalize("NFD", "Mực"), "exact", True),
        ("Mực", "muc", "fold", True),
        ("Mực", "muc", "exact", False),
    ],
)
def test_values_match(expected: str, typed: str, match: str, same: bool) -> None:
    assert values_match(expected, typed, match) is same
