"""The tutorial and catalog screens, driven through their real widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QWidget
from qt_helpers import find, tap, type_text, visible_texts
from sqlalchemy import select

from kiosk.storage.models import Resident, StepResult, TutorialRun
from kiosk.ui.phone.components import Touch
from kiosk.ui.screens.base import ScreenId
from kiosk.ui.screens.catalog import CatalogScreen
from kiosk.ui.visit import Visit

VNEID = "vneid-activate-level2"
SHOTS = Path("/tmp/mc-shots")


def start(screen, tutorial_id: str = VNEID, mode: str = "guided", **visit) -> Visit:
    v = Visit(tutorial_id=tutorial_id, mode=mode, **visit)
    screen.enter(v)
    return v


def phone_widget(screen, cls, name):
    return find(screen.phone.screen, cls, name)


def press_keys(screen, digits: str) -> None:
    for digit in digits:
        tap(phone_widget(screen, QAbstractButton, f"keypad-{digit}"))


def press_return(line: QLineEdit) -> None:
    QTest.keyClick(line, Qt.Key.Key_Return)


def test_completing_vneid_with_real_widgets_stores_the_run(tutorial_screen, qtbot, sessions):
    screen = tutorial_screen
    visit = start(screen)
    data = {k: v.value for k, v in screen.engine.tutorial.practice_data.items()}
    tap(phone_widget(screen, QAbstractButton, "app_vneid"))
    tap(phone_widget(screen, QAbstractButton, "btn_activate"))
    press_keys(screen, data["id_number"])
    tap(phone_widget(screen, QAbstractButton, "keypad-ok"))
    type_text(phone_widget(screen, QLineEdit, "phone"), data["phone"])
    tap(phone_widget(screen, QAbstractButton, "btn_send"))  # confirms the phone, then sends
    press_keys(screen, data["otp"])  # an OTP box commits itself when full
    for field in ("new_password", "confirm_password"):
        line = phone_widget(screen, QLineEdit, field)
        type_text(line, data["password"])
        press_return(line)
    press_keys(screen, data["passcode"])
    for question, answer, value in (
        ("q1_school", "answer1", "Hoa Mai"),
        ("q2_pet", "answer2", "Mực"),
    ):
        tap(phone_widget(screen, QAbstractButton, question))
        line = phone_widget(screen, QLineEdit, answer)
        type_text(line, value)
        press_return(line)
    type_text(phone_widget(screen, QLineEdit, "login_password"), data["password"])
    with qtbot.waitSignal(screen.navigate, timeout=5000) as blocker:
        tap(phone_widget(screen, QAbstractButton, "btn_do_login"))
    assert blocker.args == [ScreenId.COMPLETION]
    assert visit.summary["total_steps"] == 14
    assert visit.summary["steps_without_help"] == 14
    assert visit.summary["mistakes"] == 0
    assert visit.summary["safety"][0].startswith("Không bao giờ")
    assert visit.passed is False  # guided practice never counts toward a certificate
    with sessions() as s:
        run = s.get(TutorialRun, visit.run_id)
        assert run.completed and run.finished_at is not None and run.mode == "guided"
        steps = s.scalars(select(StepResult).where(StepResult.run_id == run.id)).all()
        assert len(steps) == 14


def test_a_wrong_tap_gets_its_own_kind_explanation(tutorial_screen):
    screen = tutorial_screen
    start(screen, mode="practice")
    tap(phone_widget(screen, QAbstractButton, "app_fake"))
    feedback = screen.panel.feedback
    assert feedback.isVisible()
    assert "Đây không phải ứng dụng VNeID chính thức" in feedback.text()
    assert screen.engine.state.step_index == 0


def test_check_mode_hides_the_hint_button(tutorial_screen):
    start(tutorial_screen, mode="check")
    assert not tutorial_screen.panel.hint_button.isVisible()
    assert tutorial_screen.panel.repeat.isVisible()


def test_hint_button_shows_the_hint_then_highlights(tutorial_screen):
    screen = tutorial_screen
    start(screen, mode="practice")
    target = phone_widget(screen, QAbstractButton, "app_vneid")
    assert not screen.panel.hint.isVisible() and target.property("highlight") is None
    tap(screen.panel.hint_button)
    assert screen.panel.hint.isVisible()
    tap(screen.panel.hint_button)
    assert target.property("highlight") in ("on", "alt")


def _correct_touches(step) -> list[Touch]:
    kind = {"tap": "tap", "scan": "scan", "toggle": "toggle"}.get(step.action)
    if kind:
        return [Touch(kind, step.target)]
    if step.action == "enter":
        return [Touch("enter", step.target, step.expect)]
    return [Touch("item", step.expect or step.target)]


def _touchable(root: QWidget) -> list[QWidget]:
    return [
        w
        for w in root.findChildren(QWidget)
        if isinstance(w, QAbstractButton | QLineEdit) and w.isVisibleTo(root)
    ]


def test_every_target_in_every_step_is_big_enough(tutorial_screen, catalog):
    screen = tutorial_screen
    for tutorial in catalog.all():
        start(screen, tutorial.id)
        for step in tutorial.steps:
            for widget in _touchable(screen):
                name = f"{tutorial.id}/{step.id}/{widget.objectName() or widget.text()}"
                assert widget.height() >= 60 and widget.width() >= 60, (
                    f"{name} is {widget.width()}×{widget.height()}"
                )
            assert screen.renderer.find(step.target) is not None, step.target
            for touch in _correct_touches(step):
                screen.on_touch(touch)
        screen.wipe()


@pytest.mark.parametrize(("width", "height"), [(1366, 768), (1280, 1024)])
def test_layout_fits_smaller_screens(tutorial_screen, width, height):
    screen = tutorial_screen
    screen.resize(width, height)
    start(screen)
    frame = screen.phone
    assert frame.geometry().right() < screen.panel.geometry().left()
    assert screen.panel.geometry().right() <= width
    assert frame.bezel.height() <= height


def test_wipe_leaves_no_practice_text(tutorial_screen):
    screen = tutorial_screen
    start(screen, mode="practice")
    tap(phone_widget(screen, QAbstractButton, "app_vneid"))
    tap(phone_widget(screen, QAbstractButton, "btn_activate"))
    type_text(phone_widget(screen, QLineEdit, "id_number"), "000123456789")
    tap(phone_widget(screen, QAbstractButton, "btn_send"))
    screen.wipe()
    texts = visible_texts(screen)
    for secret in ("000123456789", "0900000000", "VNeID", "định danh"):
        assert secret not in texts
    assert screen.engine is None


def test_leaving_the_lesson_records_it_and_returns_to_the_catalog(tutorial_screen, qtbot, sessions):
    visit = start(tutorial_screen)
    with qtbot.waitSignal(tutorial_screen.navigate, timeout=5000) as blocker:
        tap(tutorial_screen.panel.exit)
    assert blocker.args == [ScreenId.CATALOG]
    with sessions() as s:
        run = s.get(TutorialRun, visit.run_id)
        assert run.finished_at is not None and not run.completed


def test_screenshots_of_three_steps(tutorial_screen, vietnamese, qtbot):
    SHOTS.mkdir(parents=True, exist_ok=True)
    screen = tutorial_screen
    screen.retranslate()  # the Vietnamese chrome arrived after the screen was built
    start(screen, mode="practice")
    tap(phone_widget(screen, QAbstractButton, "app_fake"))
    qtbot.waitUntil(lambda: screen.renderer.frame.content.graphicsEffect() is None)
    screen.grab().save(str(SHOTS / "tutorial-1-home-mistake.png"))
    tap(phone_widget(screen, QAbstractButton, "app_vneid"))
    tap(phone_widget(screen, QAbstractButton, "btn_activate"))
    tap(screen.panel.hint_button)
    tap(screen.panel.hint_button)
    qtbot.waitUntil(lambda: screen.renderer.frame.content.graphicsEffect() is None)
    screen.grab().save(str(SHOTS / "tutorial-3-activate-hint.png"))
    for touch in (
        Touch("enter", "id_number", "000123456789"),
        Touch("enter", "phone", "0900000000"),
        Touch("tap", "btn_send"),
        Touch("enter", "otp_code", "246810"),
    ):
        screen.on_touch(touch)
    qtbot.waitUntil(lambda: screen.renderer.frame.content.graphicsEffect() is None)
    screen.grab().save(str(SHOTS / "tutorial-7-password.png"))
    assert all(
        (SHOTS / n).stat().st_size > 10_000
        for n in (
            "tutorial-1-home-mistake.png",
            "tutorial-3-activate-hint.png",
            "tutorial-7-password.png",
        )
    )


# --- catalog ----------------------------------------------------------------------------


@pytest.fixture
def catalog_screen(qtbot, styled, catalog, results):
    screen = CatalogScreen(catalog, results)
    qtbot.addWidget(screen)
    screen.resize(1920, 1080)
    screen.show()
    return screen


def test_tapping_a_tile_opens_the_tutorial_in_the_chosen_mode(catalog_screen, qtbot):
    visit = Visit()
    catalog_screen.enter(visit)
    tap(find(catalog_screen, QAbstractButton, "mode-check"))
    with qtbot.waitSignal(catalog_screen.navigate) as blocker:
        tap(find(catalog_screen, QAbstractButton, f"tile-{VNEID}"))
    assert blocker.args == [ScreenId.TUTORIAL]
    assert (visit.tutorial_id, visit.mode) == (VNEID, "check")


def test_tiles_show_the_residents_progress(catalog_screen, results, sessions, clock, vietnamese):
    with sessions.begin() as s:
        s.add(
            Resident(
                id="r1",
                full_name="Nguyễn Văn An",
                name_folded="nguyen van an",
                birth_year=1955,
                neighbourhood="Khu phố 1",
                created_at=clock.now(),
            )
        )
    run = results.start_run("r1", VNEID, "check")
    results.finish_run(run, [], True, completed=True)
    catalog_screen.retranslate()
    catalog_screen.enter(Visit(resident_id="r1"))
    tile = find(catalog_screen, QAbstractButton, f"tile-{VNEID}")
    assert "Đã đạt" in tile.text_content()
    catalog_screen.grab().save(str(SHOTS / "catalog.png"))


def test_finish_ends_the_visit_and_wipe_forgets(catalog_screen, qtbot):
    catalog_screen.enter(Visit(mode="practice"))
    with qtbot.waitSignal(catalog_screen.navigate) as blocker:
        tap(find(catalog_screen, QAbstractButton, "finishButton"))
    assert blocker.args == [ScreenId.ATTRACT]
    catalog_screen.wipe()
    assert catalog_screen.tiles == {} and catalog_screen.mode == "guided"


# --- inside the real kiosk window -------------------------------------------------------


def _inside(widget, scroll) -> bool:
    """Whether `widget` is whole inside the visible part of `scroll`."""
    from PySide6.QtCore import QPoint, QRect

    viewport = scroll.viewport()
    rect = QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size())
    return widget.isVisible() and viewport.rect().contains(rect)


def _tutorial_in_kiosk(kiosk, qtbot):
    window = kiosk.window
    window.resize(1920, 1080)
    qtbot.waitExposed(window)
    window.navigator.visit.tutorial_id, window.navigator.visit.mode = VNEID, "practice"
    window.navigator.go(ScreenId.TUTORIAL)
    return window.navigator.screen(ScreenId.TUTORIAL)


@pytest.mark.parametrize("scale", [1.0, 1.3, 1.6])
def test_entry_step_shows_instruction_and_value_without_scrolling(kiosk_ui, qtbot, scale):
    from kiosk.ui.theme import Look

    screen = _tutorial_in_kiosk(kiosk_ui, qtbot)
    kiosk_ui.window.set_look(Look(scale, False))
    for touch in (Touch("tap", "app_vneid"), Touch("tap", "btn_activate")):
        screen.on_touch(touch)
    screen.on_touch(Touch("tap", "btn_send"))  # a mistake: the field is still empty
    panel = screen.panel
    assert panel.sample.text() == "000123456789"
    wanted = [panel.instruction, panel.sample]
    if scale < 1.6:
        wanted += [panel.counter, panel.feedback]
    qtbot.waitUntil(lambda: all(_inside(w, panel.scroll) for w in wanted), timeout=3000)


@pytest.mark.parametrize("scale", [1.0, 1.6])
def test_each_step_scrolls_its_target_and_the_otp_sms_into_view(kiosk_ui, qtbot, scale):
    from kiosk.ui.theme import Look

    screen = _tutorial_in_kiosk(kiosk_ui, qtbot)
    kiosk_ui.window.set_look(Look(scale, False))
    scroll = screen.phone.scroll
    for touch in (
        Touch("tap", "app_vneid"),
        Touch("tap", "btn_activate"),
        Touch("enter", "id_number", "000123456789"),
        Touch("enter", "phone", "0900000000"),
        Touch("tap", "btn_send"),
    ):
        target = screen.renderer.find(screen.engine.state.step.target)
        qtbot.waitUntil(lambda t=target: _inside(t, scroll), timeout=3000)
        screen.on_touch(touch)
    assert screen.engine.state.step.target == "otp_code"
    field = phone_widget(screen, QLineEdit, "otp_code")
    sms_text = next(
        w
        for w in screen.phone.content.findChildren(QWidget)
        if "246810" in getattr(w, "text", lambda: "")()
    )
    qtbot.waitUntil(lambda: _inside(field, scroll) and _inside(sms_text, scroll), timeout=3000)


def test_phone_text_stops_growing_at_130_percent(kiosk_ui, qtbot):
    from kiosk.ui.theme import Look

    screen = _tutorial_in_kiosk(kiosk_ui, qtbot)
    sizes = {}
    for scale in (1.3, 1.6):
        kiosk_ui.window.set_look(Look(scale, False))
        sizes[scale] = (
            phone_widget(screen, QAbstractButton, "app_vneid").labels[0].font().pixelSize(),
            screen.panel.instruction.font().pixelSize(),
        )
    assert sizes[1.6][0] == sizes[1.3][0]  # the phone keeps a phone's proportions
    assert sizes[1.6][1] > sizes[1.3][1]  # the instruction panel takes the full 160 %


def test_ribbon_never_covers_the_status_text(kiosk_ui, qtbot):
    from kiosk.ui.theme import Look

    screen = _tutorial_in_kiosk(kiosk_ui, qtbot)
    frame = screen.phone
    for scale in (1.0, 1.6):
        kiosk_ui.window.set_look(Look(scale, False))
        frame.settle()
        signal = frame.status.signal
        right = signal.mapTo(frame.screen, signal.rect().topRight())
        covered = frame.ribbon.covered(right.y())
        assert right.x() <= frame.screen.width() - covered, scale


# --- slower voice -----------------------------------------------------------------------


@pytest.fixture
def spoken_screen(qtbot, styled, catalog, results, clock, monkeypatch):
    """The tutorial screen over a real Voice on Qt's mock speech engine."""
    monkeypatch.delenv("KIOSK_NO_VOICE")
    from kiosk.ui.screens.tutorial import TutorialScreen
    from kiosk.ui.voice import Voice

    voice = Voice(engine="mock")
    screen = TutorialScreen(catalog, results, voice, clock)
    qtbot.addWidget(screen)
    screen.resize(1920, 1080)
    screen.show()
    qtbot.waitExposed(screen)
    yield screen
    screen.wipe()
    voice.shutdown()


@pytest.mark.qt_log_ignore("pipewire")
def test_slower_voice_slows_the_engine_repeats_and_resets_per_lesson(
    spoken_screen, vietnamese, qtbot
):
    from kiosk.ui.voice import SLOW_RATE

    screen, voice = spoken_screen, spoken_screen.voice
    screen.retranslate()
    start(screen, mode="practice")
    slow = screen.panel.slow
    assert slow.text_content() == "Nghe chậm" and slow.height() >= 60
    assert slow.mapTo(screen, slow.rect().center()).y() == pytest.approx(
        screen.panel.repeat.mapTo(screen, screen.panel.repeat.rect().center()).y(), abs=2
    )
    voice.last_text = ""
    tap(slow)
    qtbot.waitUntil(lambda: voice.rate == pytest.approx(SLOW_RATE))  # the engine's own thread
    assert voice.last_text == screen.engine.state.step.spoken.get("vi")
    assert slow.text_content() == "✓ Nghe chậm"
    tap(slow)
    qtbot.waitUntil(lambda: voice.rate == pytest.approx(0.0))
    assert slow.text_content() == "Nghe chậm"
    tap(slow)
    qtbot.waitUntil(lambda: voice.rate == pytest.approx(SLOW_RATE))
    start(screen, mode="practice")
    qtbot.waitUntil(lambda: voice.rate == pytest.approx(0.0))
    assert not voice.slow
    assert slow.text_content() == "Nghe chậm"
