"""A visit ends whichever way its person leaves, and the next person starts with nothing of it:
no name, no progress, no learner card, no text size, through the real window."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFrame, QPushButton
from qt_helpers import find, sign_up, tap, visible_texts
from sqlalchemy import select

from kiosk.storage.models import TutorialRun
from kiosk.ui.screens.base import ScreenId
from kiosk.ui.theme import Look

VNEID = "vneid-activate-level2"
NAME = "Đặng Thị Ánh Hồng"


def _a_checks_in_and_has_practised(kiosk, qtbot) -> str:
    """Resident A signs up and reaches the lesson list; A's practice is stored."""
    window, nav = kiosk.window, kiosk.window.navigator
    sign_up(kiosk, qtbot, NAME)
    assert find(window, QFrame, "card_offer").isVisible()  # A's learner card, offered to A
    resident = nav.visit.resident_id
    results = kiosk.services.results
    results.finish_run(results.start_run(resident, VNEID, "guided"), [], False, completed=True)
    return resident


def _b_declines_consent(kiosk) -> None:
    window, nav = kiosk.window, kiosk.window.navigator
    assert nav.current is ScreenId.ATTRACT
    tap(find(window, QPushButton, "start"))
    tap(find(window, QPushButton, "lang_vi"))
    tap(find(window, QPushButton, "consent_decline"))
    assert nav.current is ScreenId.CATALOG


def _b_sees_nothing_of_a(kiosk, a: str) -> None:
    window, nav = kiosk.window, kiosk.window.navigator
    catalog = nav.screen(ScreenId.CATALOG)
    assert nav.visit.resident_id is None and nav.visit.resident_name == ""
    assert not find(window, QFrame, "card_offer").isVisible()
    texts = visible_texts(catalog)
    assert "Đã thực hành" not in texts and "Chưa học" in texts
    assert NAME not in visible_texts(window)
    tap(find(catalog, QPushButton, f"tile-{VNEID}"))  # B practises under no one's name
    assert nav.current is ScreenId.TUTORIAL
    with kiosk.services.session_factory() as db:
        runs = db.scalars(select(TutorialRun).where(TutorialRun.resident_id == a)).all()
    assert len(runs) == 1  # only A's own run


def test_finish_on_the_lesson_list_ends_the_visit(kiosk_ui, qtbot):
    a = _a_checks_in_and_has_practised(kiosk_ui, qtbot)
    tap(find(kiosk_ui.window, QPushButton, "finishButton"))  # "Kết thúc"
    _b_declines_consent(kiosk_ui)
    _b_sees_nothing_of_a(kiosk_ui, a)


def test_the_staff_corner_during_a_visit_ends_it(kiosk_ui, qtbot):
    a = _a_checks_in_and_has_practised(kiosk_ui, qtbot)
    corner = kiosk_ui.window.staff_corner
    with qtbot.waitSignal(corner.activated, timeout=5000):
        QTest.mousePress(corner, Qt.MouseButton.LeftButton)
    QTest.mouseRelease(corner, Qt.MouseButton.LeftButton)
    tap(find(kiosk_ui.window, QPushButton, "pin_cancel"))
    _b_declines_consent(kiosk_ui)
    _b_sees_nothing_of_a(kiosk_ui, a)


def test_reaching_the_language_screen_always_starts_a_fresh_visit(kiosk_ui, qtbot):
    _a_checks_in_and_has_practised(kiosk_ui, qtbot)
    nav = kiosk_ui.window.navigator
    nav.go(ScreenId.LANGUAGE)
    assert nav.visit.resident_id is None and not nav.visit.consented
    assert not find(kiosk_ui.window, QFrame, "card_offer").isVisible()


def test_one_persons_text_size_contrast_voice_and_language_leave_with_them(kiosk_ui):
    window = kiosk_ui.window
    tap(find(window, QPushButton, "start"))
    for name in ("text_size", "contrast", "voice"):
        tap(find(window, QPushButton, name))
    tap(find(window, QPushButton, "lang_en"))
    tap(find(window, QPushButton, "consent_decline"))
    assert window.look != Look() and not window.voice_on
    tap(find(window, QPushButton, "finishButton"))
    assert window.navigator.current is ScreenId.ATTRACT
    assert window.look == Look() and window.voice_on
    assert window.navigator.visit.language == "vi"
    assert find(window, QPushButton, "toggle_language").text() == "English"
