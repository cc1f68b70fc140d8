"""A real installation with no staff PIN starts on the setup: each step checks its fields."""

import unicodedata

from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton
from qt_helpers import find, press_return, tap, type_text, visible_texts

from kiosk.services.auth import Role
from kiosk.ui.i18n import tr
from kiosk.ui.screens.base import ScreenId


def _next(window) -> None:
    tap(find(window, QPushButton, "first_run_next"))


def _on_step(window, number: int) -> bool:
    text = find(window, QLabel, "first_run_step").text()
    return text == tr("FirstRun", "Setting up this kiosk: step {0} of 3").format(number)


def _pins(window, admin=("135790", "135790"), staff=("246802", "246802"), volunteer=("", "")):
    for role, (pin, again) in (("admin", admin), ("staff", staff), ("volunteer", volunteer)):
        for name, text in ((f"{role}_pin", pin), (f"{role}_pin_again", again)):
            field = find(window, QLineEdit, name)
            field.clear()
            type_text(field, text)


def test_setup_starts_on_the_ward_step_and_refuses_an_empty_or_emoji_name(make_kiosk):
    kiosk = make_kiosk(staff_pin=None)
    window = kiosk.window
    assert window.navigator.current is ScreenId.FIRST_RUN
    assert window.idle.armed is False  # setting up is never wiped by the idle timer
    assert _on_step(window, 1)
    ward = find(window, QLineEdit, "ward_name")
    assert ward.text() == ""  # the built-in example is nobody's ward: to be typed
    shown = [w.text() for w in window.findChildren(QLabel) if w.isVisible()]
    assert "Phường Bến Thành" not in shown  # nor in the top bar
    _next(window)
    error = find(window, QLabel, "ward_name_error")
    assert error.isVisible() and error.text() == tr("Validation", "Please enter the ward's name.")
    type_text(ward, "Phường Đa Kao ☕")
    _next(window)
    assert error.text() == tr(
        "Validation", "Use letters, digits and punctuation only (no emoji or symbols)."
    )
    assert _on_step(window, 1)


def test_khu_pho_rows_can_be_renamed_added_and_removed(make_kiosk):
    kiosk = make_kiosk(staff_pin=None)
    window = kiosk.window
    type_text(find(window, QLineEdit, "ward_name"), unicodedata.normalize("NFD", "Phường Đa Kao"))
    _next(window)
    assert _on_step(window, 2)
    areas = kiosk.window.navigator.screen(ScreenId.FIRST_RUN).areas
    assert areas.values() == [f"Khu phố {n}" for n in range(1, 7)]
    press_return(find(window, QLineEdit, "neighbourhoods_0"))  # the keyboard's Enter: next row
    assert window.focusWidget() is find(window, QLineEdit, "neighbourhoods_1")
    tap(find(window, QPushButton, "neighbourhoods_remove_5"))
    tap(find(window, QPushButton, "neighbourhoods_add"))
    type_text(find(window, QLineEdit, "neighbourhoods_5"), "khu pho 1")  # same as row 1
    _next(window)
    error = find(window, QLabel, "neighbourhoods_error")
    assert error.isVisible()
    assert find(window, QLineEdit, "neighbourhoods_5").property("invalid") is True
    find(window, QLineEdit, "neighbourhoods_5").clear()
    type_text(find(window, QLineEdit, "neighbourhoods_5"), "Khu phố Đông")
    _next(window)
    assert _on_step(window, 3)
    assert areas.values()[-2:] == ["Khu phố 5", "Khu phố Đông"]


def _to_pins(window) -> None:
    type_text(find(window, QLineEdit, "ward_name"), "Phường Đa Kao")
    _next(window)
    _next(window)


def test_pins_must_match_be_long_enough_for_the_role_and_differ_per_role(make_kiosk):
    kiosk = make_kiosk(staff_pin=None)
    window = kiosk.window
    _to_pins(window)
    assert "quản trị và cán bộ dùng 6 đến 8 chữ số" in visible_texts(window)
    _pins(window, admin=("12", "12"))
    _next(window)
    long_pin = "Mã PIN của cán bộ và quản trị có từ 6 đến 8 chữ số."
    assert find(window, QLabel, "admin_pin_error").text() == long_pin
    _pins(window, staff=("2468", "2468"))  # the old demo staff PIN: too short now
    _next(window)
    assert find(window, QLabel, "staff_pin_error").text() == long_pin
    _pins(window, volunteer=("135", "135"))
    _next(window)
    assert find(window, QLabel, "volunteer_pin_error").text() == (
        "Mã PIN của tình nguyện viên có từ 4 đến 8 chữ số."
    )
    _pins(window, volunteer=("", ""))
    _pins(window, admin=("135790", "135791"))
    _next(window)
    assert find(window, QLabel, "admin_pin_error").text() == tr(
        "Setup", "The two PINs are not the same."
    )
    _pins(window, staff=("135790", "135790"))
    _next(window)
    assert find(window, QLabel, "admin_pin_error").text() == ""
    assert find(window, QLabel, "staff_pin_error").text() == tr(
        "Validation", "Each role needs its own PIN: this one is already used by another role."
    )
    assert not kiosk.services.auth.has_pin(Role.STAFF)
    assert window.navigator.current is ScreenId.FIRST_RUN


def test_back_keeps_what_was_typed(make_kiosk):
    kiosk = make_kiosk(staff_pin=None)
    window = kiosk.window
    _to_pins(window)
    tap(find(window, QPushButton, "first_run_back"))
    tap(find(window, QPushButton, "first_run_back"))
    assert find(window, QLineEdit, "ward_name").text() == "Phường Đa Kao"
    assert not find(window, QPushButton, "first_run_back").isVisible()


def test_a_kiosk_with_a_pin_starts_on_the_attract_screen(kiosk_ui):
    assert kiosk_ui.window.navigator.current is ScreenId.ATTRACT
