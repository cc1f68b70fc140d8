"""Roles and PINs through the real window: a volunteer cannot revoke a certificate; the
PIN pad locks only its own kiosk and stays locked after a restart; an old short staff PIN
opens once, straight into "choose a new PIN", and then never again."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton
from qt_helpers import enter_pin, find, press_return, tap, type_text

from kiosk.services.auth import MAX_FAILURES, Role, _hasher
from kiosk.services.checkin import NewResident
from kiosk.services.demo import DEMO_STAFF_PIN, DEMO_VOLUNTEER_PIN
from kiosk.storage.models import StaffAccount
from kiosk.ui.screens.base import ScreenId

NOT_ALLOWED = "Vai trò của bạn không được làm việc này. Xin nhờ cán bộ quản trị của phường."


def pin_message(kiosk) -> str:
    return find(kiosk.window.navigator.screen(ScreenId.STAFF_PIN), QLabel, "pin_message").text()


@pytest.fixture
def kiosk(make_kiosk):
    built = make_kiosk()
    built.services.auth.set_pin(Role.VOLUNTEER, DEMO_VOLUNTEER_PIN)
    return built


def check_certificate(kiosk, qtbot):
    """A certificate issued here, checked by its code on the certificate check screen."""
    s = kiosk.services
    resident = s.checkin.register(NewResident("Trần Thị Lan", 1958, s.settings.neighbourhoods[0]))
    issued = s.certificates.issue(resident.id, "qr-pay", "Thanh toán bằng mã QR")
    screen = kiosk.window.navigator.screen(ScreenId.STAFF_VERIFY)
    field = find(screen, QLineEdit, "verify_input")
    type_text(field, issued.code)
    with qtbot.waitSignal(screen.verified, timeout=10_000) as shown:
        press_return(field)
    assert shown.args[0].valid
    return screen, issued


def test_a_volunteer_checks_a_certificate_but_cannot_revoke_it(kiosk, qtbot):
    enter_pin(kiosk, qtbot, DEMO_VOLUNTEER_PIN)
    nav = kiosk.window.navigator
    assert nav.current is ScreenId.VOLUNTEER_CONSOLE
    tap(find(nav.screen(ScreenId.VOLUNTEER_CONSOLE), QPushButton, "open_verify"))
    screen, issued = check_certificate(kiosk, qtbot)

    assert not find(screen, QPushButton, "verify_revoke").isVisible()
    # and were the button reached anyway, the service says no, in plain Vietnamese:
    with qtbot.waitSignal(screen.problem, timeout=10_000) as refused:
        screen._revoke_confirmed("Cấp nhầm người")
    assert refused.args[0] == NOT_ALLOWED
    assert kiosk.services.certificates.verify(issued.payload).valid
    assert "revoke_certificate" not in [e.action for e in kiosk.services.audit.recent()]


def test_staff_see_the_revoke_button(kiosk, qtbot):
    enter_pin(kiosk, qtbot, DEMO_STAFF_PIN)
    kiosk.window.navigator.go(ScreenId.STAFF_VERIFY)
    screen, _issued = check_certificate(kiosk, qtbot)
    assert find(screen, QPushButton, "verify_revoke").isVisible()


def test_the_pin_pad_locks_only_its_own_kiosk_and_stays_locked_after_a_restart(make_kiosk, qtbot):
    first = make_kiosk()
    for _ in range(MAX_FAILURES):
        enter_pin(first, qtbot, "000000")
    enter_pin(first, qtbot, DEMO_STAFF_PIN)  # even the right PIN waits now
    assert pin_message(first) == "Nhập sai quá nhiều lần. Vui lòng thử lại sau 30 giây."
    assert first.window.navigator.current is ScreenId.STAFF_PIN

    other = make_kiosk(staff_pin=None, kiosk_id="kiosk-2")  # another PC, same database
    enter_pin(other, qtbot, DEMO_STAFF_PIN)
    assert other.window.navigator.current is ScreenId.STAFF_MENU

    restarted = make_kiosk(staff_pin=None)  # the first PC started again
    enter_pin(restarted, qtbot, DEMO_STAFF_PIN)
    assert restarted.window.navigator.current is ScreenId.STAFF_PIN
    assert pin_message(restarted).startswith("Nhập sai quá nhiều lần.")


def old_short_staff_pin(kiosk, pin: str = "2468") -> None:
    """A staff PIN stored before the 6-digit rule, as the demo's was."""
    with kiosk.services.session_factory.begin() as s:
        s.get(StaffAccount, Role.STAFF.value).pin_hash = _hasher.hash(pin)


def test_an_old_short_pin_opens_once_into_choose_a_new_pin_then_never_again(kiosk, qtbot):
    old_short_staff_pin(kiosk)
    nav = kiosk.window.navigator
    pad = nav.screen(ScreenId.STAFF_PIN)
    enter_pin(kiosk, qtbot, "2468")
    assert nav.current is ScreenId.STAFF_PIN  # not the menu: a new PIN first
    panel = find(pad, QLabel, "new_pin_why")
    assert panel.isVisible() and "quá ngắn" in panel.text()
    assert not find(pad, QPushButton, "pin_cancel").isVisible()  # no way past but leaving
    assert pad.role is None  # nobody is signed in until the new PIN is saved

    tap(find(pad, QPushButton, "new_pin_leave"))
    assert nav.current is ScreenId.ATTRACT

    enter_pin(kiosk, qtbot, "2468")
    assert nav.current is ScreenId.STAFF_PIN
    assert "kiosk pin reset" in pin_message(kiosk) and "quá ngắn" in pin_message(kiosk)
    assert not find(pad, QLabel, "new_pin_why").isVisible()


def test_the_new_pin_is_saved_audited_and_the_old_one_is_refused(kiosk, qtbot):
    old_short_staff_pin(kiosk)
    nav = kiosk.window.navigator
    pad = nav.screen(ScreenId.STAFF_PIN)
    enter_pin(kiosk, qtbot, "2468")
    for name, pin in (("new_pin", "1234"), ("new_pin_again", "1234")):
        type_text(find(pad, QLineEdit, name), pin)
    tap(find(pad, QPushButton, "new_pin_save"))
    assert find(pad, QLabel, "new_pin_error").text() == (
        "Mã PIN của cán bộ và quản trị có từ 6 đến 8 chữ số."
    )
    for name in ("new_pin", "new_pin_again"):
        find(pad, QLineEdit, name).clear()
        type_text(find(pad, QLineEdit, name), "975310")
    with qtbot.waitSignal(pad.answered, timeout=10_000):
        tap(find(pad, QPushButton, "new_pin_save"))

    assert nav.current is ScreenId.STAFF_MENU and pad.role is Role.STAFF
    entry = kiosk.services.audit.recent(1)[0]
    assert (entry.actor, entry.action, entry.detail) == ("staff", "pin_changed", "staff")
    auth = kiosk.services.auth
    assert auth.check("975310") is Role.STAFF and auth.check("2468") is None
