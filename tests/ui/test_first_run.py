"""A real installation with no staff PIN starts on the first-run screen and sets its own."""

from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton
from qt_helpers import find, tap, type_text

from kiosk.services.auth import Role
from kiosk.ui.screens.base import ScreenId


def test_first_run_sets_the_staff_pin_then_shows_the_attract_screen(make_kiosk, qtbot):
    kiosk = make_kiosk(staff_pin=None)
    window = kiosk.window
    assert window.navigator.current is ScreenId.FIRST_RUN
    assert window.idle.armed is False  # setting up is never wiped by the idle timer
    type_text(find(window, QLineEdit, "new_pin"), "4826")
    type_text(find(window, QLineEdit, "confirm_pin"), "4827")
    tap(find(window, QPushButton, "first_run_save"))
    assert find(window, QLabel, "first_run_message").text() == "Hai mã PIN không giống nhau."
    assert not kiosk.services.auth.has_pin(Role.STAFF)
    find(window, QLineEdit, "confirm_pin").clear()
    type_text(find(window, QLineEdit, "confirm_pin"), "4826")
    with qtbot.waitSignal(window.navigator.changed, timeout=5000):
        tap(find(window, QPushButton, "first_run_save"))
    assert window.navigator.current is ScreenId.ATTRACT
    assert kiosk.services.auth.check("4826") is Role.STAFF
    assert "first_run_pin_set" in [e.action for e in kiosk.services.audit.recent()]


def test_short_pin_is_refused_with_a_message(make_kiosk):
    kiosk = make_kiosk(staff_pin=None)
    type_text(find(kiosk.window, QLineEdit, "new_pin"), "12")
    type_text(find(kiosk.window, QLineEdit, "confirm_pin"), "12")
    tap(find(kiosk.window, QPushButton, "first_run_save"))
    assert find(kiosk.window, QLabel, "first_run_message").text() == "Mã PIN gồm 4 đến 8 chữ số."


def test_a_kiosk_with_a_pin_starts_on_the_attract_screen(kiosk_ui):
    assert kiosk_ui.window.navigator.current is ScreenId.ATTRACT
