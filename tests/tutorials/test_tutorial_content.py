"""Every built-in tutorial loads and can be walked to the end in every mode."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import BaseModel

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


def _texts(model: BaseModel) -> str:
    return str(model.model_dump())


def test_the_bank_lesson_teaches_the_face_scam_the_amount_the_warning_and_smart_otp() -> None:
    bank = load_catalog([BUILTIN_DIR]).get("bank-transfer-vietqr")
    steps = {s.id: s for s in bank.steps}

    assert "Không ai làm thay" not in _texts(bank)
    assert "quét mặt" in steps["face_rule"].hint.vi and "lừa đảo" in steps["face_rule"].hint.vi
    sticker = str(bank.screens["transfer_wrong"].model_dump())
    assert "500.000" not in sticker and "nghi ngờ lừa đảo" in sticker
    assert steps["enter_amount"].expect == "500000"
    assert [c.type for c in bank.screens["otp"].components].count("sms") == 0
    assert "Smart OTP" in steps["enter_otp"].instruction.vi


def test_a_new_phones_vneid_code_comes_to_the_old_phone_not_by_sms() -> None:
    login = load_catalog([BUILTIN_DIR]).get("vneid-login-identity-qr")
    notice = login.screens["otp"].owner("notif_otp")

    assert notice.app == nfc("VNeID (điện thoại cũ)")
    assert "btn_nfc" in login.screens["otp"].touch_ids()
    assert "Xác nhận" in str(login.screens["new_device"].model_dump())
    assert "tin nhắn" not in login.steps[[s.id for s in login.steps].index("enter_otp")].hint.vi


def test_the_portal_login_and_the_licence_request_follow_the_real_forms() -> None:
    catalog = load_catalog([BUILTIN_DIR])
    portal = catalog.get("public-service-application")
    licence = catalog.get("vneid-integrate-document")

    assert "approve" not in portal.screens and "Yêu cầu đăng nhập" not in _texts(portal)
    assert nfc("Tài khoản định danh điện tử cấp bởi Bộ Công an") in _texts(portal.screens["portal"])
    assert "expiry" not in licence.practice_data
    assert "choose_class" in [s.id for s in licence.steps]


def test_every_built_in_lesson_was_checked_against_a_web_source() -> None:
    for tutorial in load_catalog([BUILTIN_DIR]).all():
        assert tutorial.checked.year >= 2026, tutorial.id
        assert all(s.address.startswith("https://") for s in tutorial.sources), tutorial.id
