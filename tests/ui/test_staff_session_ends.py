"""A staff, admin or volunteer session ends on its own: idle on the console (a longer limit),
idle elsewhere, or any button out of the staff area. Then the role is gone."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton
from qt_helpers import find, sign_in, tap

from kiosk.services.auth import Role
from kiosk.services.demo import DEMO_STAFF_PIN, DEMO_VOLUNTEER_PIN
from kiosk.ui.screens.base import ScreenId


def _signed_out(kiosk) -> None:
    """Nobody is signed in: a staff screen asked for now shows the PIN pad."""
    nav = kiosk.window.navigator
    assert kiosk.staff_pin.role is None
    nav.go(ScreenId.STAFF_RESIDENTS)
    assert nav.current is ScreenId.STAFF_PIN


def _console_kiosk(make_kiosk, **idle):
    kiosk = make_kiosk(**idle)
    kiosk.services.auth.set_pin(Role.VOLUNTEER, DEMO_VOLUNTEER_PIN)
    return kiosk


def test_a_staff_session_left_on_the_console_times_out_to_the_pin_pad(make_kiosk, qtbot):
    kiosk = _console_kiosk(make_kiosk, console_idle_seconds=1, countdown_seconds=1)
    window, nav = kiosk.window, kiosk.window.navigator
    sign_in(kiosk, qtbot, DEMO_STAFF_PIN)
    tap(find(window, QPushButton, "open_console"))
    assert nav.current is ScreenId.VOLUNTEER_CONSOLE and window.idle.seconds == 1
    with qtbot.waitSignal(window.overlay.expired, timeout=10_000):
        pass  # nobody touches the counter: the limit passes, then the countdown
    assert nav.current is ScreenId.STAFF_PIN
    assert not find(window, QPushButton, "console_menu").isVisible()
    assert window.idle.armed and window.idle.seconds == 90  # the PIN pad has the usual limit
    _signed_out(kiosk)


def test_a_volunteer_console_times_out_too(make_kiosk, qtbot):
    kiosk = _console_kiosk(make_kiosk, console_idle_seconds=1, countdown_seconds=1)
    sign_in(kiosk, qtbot, DEMO_VOLUNTEER_PIN)
    assert kiosk.window.navigator.current is ScreenId.VOLUNTEER_CONSOLE
    with qtbot.waitSignal(kiosk.window.overlay.expired, timeout=10_000):
        pass
    assert kiosk.window.navigator.current is ScreenId.STAFF_PIN
    _signed_out(kiosk)


def test_the_console_waits_ten_minutes_by_default(make_kiosk, qtbot):
    kiosk = _console_kiosk(make_kiosk)
    sign_in(kiosk, qtbot, DEMO_VOLUNTEER_PIN)
    assert kiosk.window.idle.armed and kiosk.window.idle.seconds == 600


def test_a_staff_menu_left_alone_ends_the_session(make_kiosk, qtbot):
    kiosk = make_kiosk(idle_seconds=1, countdown_seconds=1)
    sign_in(kiosk, qtbot, DEMO_STAFF_PIN)
    assert kiosk.window.navigator.current is ScreenId.STAFF_MENU
    with qtbot.waitSignal(kiosk.window.overlay.expired, timeout=10_000):
        pass
    assert kiosk.window.navigator.current is ScreenId.ATTRACT
    _signed_out(kiosk)


@pytest.mark.parametrize(
    "pin, button", [(DEMO_STAFF_PIN, "staff_back"), (DEMO_VOLUNTEER_PIN, "console_back")]
)
def test_back_to_the_kiosk_signs_out(make_kiosk, qtbot, pin, button):
    kiosk = _console_kiosk(make_kiosk)
    sign_in(kiosk, qtbot, pin)
    tap(find(kiosk.window, QPushButton, button))  # "Quay lại màn hình chính" / "Quay lại máy"
    assert kiosk.window.navigator.current is ScreenId.ATTRACT
    _signed_out(kiosk)


def test_cancel_while_the_pin_is_checked_lets_nobody_in(kiosk_ui, qtbot):
    window, nav = kiosk_ui.window, kiosk_ui.window.navigator
    corner = window.staff_corner
    with qtbot.waitSignal(corner.activated, timeout=5000):
        QTest.mousePress(corner, Qt.MouseButton.LeftButton)
    QTest.mouseRelease(corner, Qt.MouseButton.LeftButton)
    pad = nav.screen(ScreenId.STAFF_PIN)
    for key in DEMO_STAFF_PIN:
        tap(find(pad, QPushButton, f"pad_{key}"))
    with qtbot.waitSignal(pad.answered, timeout=5000):
        tap(find(pad, QPushButton, "pad_ok"))
        tap(find(pad, QPushButton, "pin_cancel"))  # "Hủy" before the answer comes
    assert nav.current is ScreenId.ATTRACT
    _signed_out(kiosk_ui)
