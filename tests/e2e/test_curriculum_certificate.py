"""Passing the last lesson of the curriculum in check mode offers the programme certificate."""

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton
from qt_helpers import find, tap, type_text
from sqlalchemy import select

from kiosk.services.checkin import NewResident
from kiosk.storage.models import Certificate
from kiosk.ui import autopilot
from kiosk.ui.screens.base import ScreenId

LAST = "vneid-activate-level2"


def test_last_check_pass_offers_and_issues_the_curriculum_certificate(make_kiosk, qtbot):
    kiosk = make_kiosk(curriculum=("vneid-activate-level2",), curriculum_title="Công dân số thử")
    window, nav = kiosk.window, kiosk.window.navigator
    tap(find(window, QPushButton, "start"))
    tap(find(window, QPushButton, "lang_vi"))
    tap(find(window, QPushButton, "consent_agree"))
    type_text(find(window, QLineEdit, "full_name"), "Trương Thị Đào")
    type_text(find(window, QLineEdit, "birth_year"), "1949")
    find(window, QComboBox, "neighbourhood").setCurrentIndex(0)
    with qtbot.waitSignal(nav.changed, timeout=5000):
        tap(find(window, QPushButton, "checkin_continue"))
    catalog = nav.screen(ScreenId.CATALOG)
    tap(find(catalog, QPushButton, "mode-check"))
    tap(find(catalog, QPushButton, f"tile-{LAST}"))
    tutorial = nav.screen(ScreenId.TUTORIAL)
    while not tutorial.engine.state.done:
        autopilot.do_step(tutorial)
    qtbot.waitUntil(lambda: nav.current is ScreenId.COMPLETION, timeout=5000)
    completion = nav.screen(ScreenId.COMPLETION)
    assert "Đạt" in find(completion, QLabel, "completion_stats").text()
    assert find(completion, QLabel, "curriculum_status").text() == (
        "Công dân số thử: đã đạt 1/1 bài ở chế độ Kiểm tra."
    )
    course_button = find(completion, QPushButton, "print_curriculum")
    assert course_button.isVisible()
    with qtbot.waitSignal(completion.print_finished, timeout=30000):
        tap(course_button)
    with kiosk.services.session_factory() as db:
        modules = sorted(db.scalars(select(Certificate.module)).all())
    assert modules == ["cong-dan-so-co-ban"]


def test_practice_runs_do_not_offer_the_curriculum_certificate(make_kiosk, qtbot):
    kiosk = make_kiosk(curriculum=("vneid-activate-level2",))
    visit = kiosk.window.navigator.visit
    match = kiosk.services.checkin.register(NewResident("Mai Văn Hùng", 1951, "Khu phố 1"))
    visit.resident_id, visit.tutorial_id = match.id, LAST
    visit.summary = {"completed": True, "mode": "guided", "passed": False, "safety": []}
    kiosk.window.navigator.go(ScreenId.COMPLETION)
    completion = kiosk.window.navigator.screen(ScreenId.COMPLETION)
    assert not find(completion, QPushButton, "print_curriculum").isVisible()
    assert find(completion, QPushButton, "print_certificate").isVisible()
    assert "0/1" in find(completion, QLabel, "curriculum_status").text()
