"""The staff door: long press, PIN pad, lock-out message, exit only with the PIN."""

import re

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton
from qt_helpers import find, tap

from kiosk.services.demo import DEMO_STAFF_PIN
from kiosk.ui.screens.base import ScreenId


def _open_pin_pad(kiosk, qtbot):
    corner = kiosk.window.staff_corner
    with qtbot.waitSignal(corner.activated, timeout=5000):
        QTest.mousePress(corner, Qt.MouseButton.LeftButton)
    QTest.mouseRelease(corner, Qt.MouseButton.LeftButton)
    assert kiosk.window.navigator.current is ScreenId.STAFF_PIN


def _enter_pin(kiosk, qtbot, pin):
    screen = kiosk.window.navigator.screen(ScreenId.STAFF_PIN)
    for key in pin:
        tap(find(screen, QPushButton, f"pad_{key}"))
    with qtbot.waitSignal(screen.answered, timeout=5000):
        tap(find(screen, QPushButton, "pad_ok"))


def test_short_press_does_not_open_the_door(kiosk_ui, qtbot):
    corner = kiosk_ui.window.staff_corner
    with qtbot.assertNotEmitted(corner.activated, wait=300):
        QTest.mouseClick(corner, Qt.MouseButton.LeftButton)
    assert kiosk_ui.window.navigator.current is ScreenId.ATTRACT


def test_right_pin_opens_the_menu_and_exit_closes(kiosk_ui, qtbot):
    _open_pin_pad(kiosk_ui, qtbot)
    _enter_pin(kiosk_ui, qtbot, DEMO_STAFF_PIN)
    assert kiosk_ui.window.navigator.current is ScreenId.STAFF_MENU
    tap(find(kiosk_ui.window, QPushButton, "staff_exit"))
    assert not kiosk_ui.window.isVisible()
    actions = [e.action for e in kiosk_ui.services.audit.recent()]
    assert "exit" in actions


def test_wrong_pins_then_lock_out_message(kiosk_ui, qtbot):
    _open_pin_pad(kiosk_ui, qtbot)
    message = find(kiosk_ui.window, QLabel, "pin_message")
    _enter_pin(kiosk_ui, qtbot, "0000")
    assert message.text() == "Mã PIN không đúng. Vui lòng thử lại."
    for _ in range(5):
        _enter_pin(kiosk_ui, qtbot, "0000")
    assert re.fullmatch(r"Nhập sai quá nhiều lần\. Vui lòng thử lại sau \d+ giây\.", message.text())
    _enter_pin(kiosk_ui, qtbot, DEMO_STAFF_PIN)
    assert kiosk_ui.window.navigator.current is ScreenId.STAFF_PIN
    assert find(kiosk_ui.window, QLineEdit, "pin").text() == ""


def test_a_broken_ward_tutorial_is_skipped_and_reported_to_staff(make_kiosk, data_dir, qtbot):
    ward = data_dir / "tutorials"
    ward.mkdir()
    (ward / "broken.yaml").write_text("id: broken\nversion: 1\nsteps: [\n", encoding="utf-8")
    kiosk = make_kiosk()
    assert "broken" not in [t.id for t in kiosk.services.catalog.all()]
    _open_pin_pad(kiosk, qtbot)
    _enter_pin(kiosk, qtbot, DEMO_STAFF_PIN)
    problems = find(kiosk.window, QLabel, "content_problems")
    assert problems.isVisible()
    assert "broken.yaml" in problems.text()
    assert problems.text().startswith("Các tệp bài học sau bị bỏ qua vì có lỗi:")
