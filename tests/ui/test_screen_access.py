"""The screen access check is an allow-list per role: nobody signed in gets the PIN pad, and
first-run setup (which sets every PIN) opens only on a ward not set up yet."""

import pytest
from PySide6.QtWidgets import QPushButton
from qt_helpers import find, sign_in

from kiosk.services.auth import Role
from kiosk.services.demo import DEMO_ADMIN_PIN, DEMO_STAFF_PIN, DEMO_VOLUNTEER_PIN
from kiosk.ui.access import screen_for
from kiosk.ui.screens.base import ScreenId

S = ScreenId
RESIDENT = {S.ATTRACT, S.LANGUAGE, S.CONSENT, S.CHECKIN, S.CATALOG, S.TUTORIAL, S.COMPLETION}
RESIDENT |= {S.STAFF_PIN}
VOLUNTEER = RESIDENT | {S.VOLUNTEER_CONSOLE, S.STAFF_VERIFY, S.STAFF_PRINT_QUEUE}
STAFF = VOLUNTEER | {S.STAFF_MENU, S.STAFF_RESIDENTS, S.STAFF_SESSIONS, S.STAFF_CERTIFICATES}
STAFF |= {S.STAFF_IMPORT}
ADMIN = STAFF | {S.STAFF_SETTINGS, S.STAFF_AUDIT}
TABLE = [
    (None, RESIDENT, S.STAFF_PIN),
    ("volunteer", VOLUNTEER, S.VOLUNTEER_CONSOLE),
    ("staff", STAFF, S.STAFF_MENU),
    ("admin", ADMIN, S.STAFF_MENU),
    ("someone-else", RESIDENT, S.STAFF_PIN),  # an unknown role is nobody
]


@pytest.mark.parametrize("role, allowed, home", TABLE)
def test_each_role_opens_its_screens_and_is_sent_home_from_the_others(role, allowed, home):
    for screen in ScreenId:
        expected = screen if screen in allowed else home
        if screen is S.FIRST_RUN:
            expected = home
        assert screen_for(screen, role, lambda: True) is expected, screen


@pytest.mark.parametrize("role", [None, "volunteer", "staff", "admin"])
def test_first_run_opens_for_anyone_only_before_the_ward_is_set_up(role):
    assert screen_for(S.FIRST_RUN, role, lambda: False) is S.FIRST_RUN


def test_nobody_signed_in_asking_for_a_staff_screen_gets_the_pin_pad(kiosk_ui):
    nav = kiosk_ui.window.navigator
    for screen in ScreenId:
        if screen in RESIDENT:
            continue
        nav.go(screen)
        assert nav.current is S.STAFF_PIN, screen
        assert kiosk_ui.staff_pin.role is None
        nav.go(S.ATTRACT)


@pytest.mark.parametrize(
    "pin, home",
    [
        (DEMO_VOLUNTEER_PIN, S.VOLUNTEER_CONSOLE),
        (DEMO_STAFF_PIN, S.STAFF_MENU),
        (DEMO_ADMIN_PIN, S.STAFF_MENU),
    ],
)
def test_first_run_is_refused_to_a_signed_in_role_on_a_ward_set_up(make_kiosk, qtbot, pin, home):
    kiosk = make_kiosk()
    kiosk.services.auth.set_pin(Role.VOLUNTEER, DEMO_VOLUNTEER_PIN)
    kiosk.services.auth.set_pin(Role.ADMIN, DEMO_ADMIN_PIN)
    sign_in(kiosk, qtbot, pin)
    nav = kiosk.window.navigator
    nav.go(S.FIRST_RUN)
    assert nav.current is home
    assert not find(kiosk.window, QPushButton, "first_run_next").isVisible()


def test_a_ward_with_only_an_admin_pin_is_set_up(make_kiosk):
    kiosk = make_kiosk(staff_pin=None)
    assert kiosk.window.navigator.current is S.FIRST_RUN  # a new ward starts on the setup
    kiosk.services.auth.set_pin(Role.ADMIN, DEMO_ADMIN_PIN)
    nav = kiosk.window.navigator
    nav.go(S.ATTRACT)
    nav.go(S.FIRST_RUN)
    assert nav.current is S.STAFF_PIN
