"""Every screen lays out at 1920×1080, 1366×768 and 1280×1024: nothing wider than the window,
touch targets at least 60 px, and at 1920×1080 no screen needs scrolling."""

import pytest
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QScrollArea, QWidget

from kiosk.services.auth import Role
from kiosk.ui.screens.base import ScreenId

SIZES = [(1920, 1080), (1366, 768), (1280, 1024)]
RESIDENT_SCREENS = [
    ScreenId.ATTRACT,
    ScreenId.LANGUAGE,
    ScreenId.CONSENT,
    ScreenId.CHECKIN,
    ScreenId.CATALOG,
    ScreenId.COMPLETION,
    ScreenId.STAFF_PIN,
    ScreenId.STAFF_MENU,
    ScreenId.FIRST_RUN,
]


@pytest.fixture
def any_screen_kiosk(make_kiosk):
    """A kiosk not set up yet, so that first-run setup may open too."""
    return make_kiosk(staff_pin=None)


def _open(kiosk, screen_id: ScreenId) -> None:
    kiosk.staff_pin.role = Role.STAFF  # entering the PIN pad signs out: signed in each time
    kiosk.window.navigator.go(screen_id)


def _viewport(screen) -> QWidget:
    """The area a screen is shown in: its scroll area's viewport, or (attract) the stack."""
    page = screen.parentWidget().parentWidget()
    return page.viewport() if isinstance(page, QScrollArea) else screen.parentWidget()


@pytest.mark.parametrize("width, height", SIZES)
def test_screens_fit_the_window_width_and_targets_are_big(any_screen_kiosk, qtbot, width, height):
    window = any_screen_kiosk.window
    window.resize(width, height)
    for screen_id in RESIDENT_SCREENS:
        _open(any_screen_kiosk, screen_id)
        screen = window.navigator.screen(screen_id)
        qtbot.waitUntil(lambda s=screen: s.width() > 0 and s.isVisible(), timeout=2000)
        viewport = _viewport(screen)
        assert screen.minimumSizeHint().width() <= viewport.width(), screen_id
        for widget in screen.findChildren(QAbstractButton) + screen.findChildren(QLineEdit):
            if widget.isVisibleTo(screen) and widget.objectName() != "staff_corner":
                assert widget.height() >= 60, (screen_id, widget.objectName(), widget.height())


def test_no_screen_scrolls_at_1920_by_1080(any_screen_kiosk, qtbot):
    window = any_screen_kiosk.window
    window.resize(1920, 1080)
    for screen_id in RESIDENT_SCREENS:
        _open(any_screen_kiosk, screen_id)
        screen = window.navigator.screen(screen_id)
        qtbot.waitUntil(lambda s=screen: s.isVisible(), timeout=2000)
        viewport = _viewport(screen)
        assert screen.minimumSizeHint().height() <= viewport.height(), screen_id


@pytest.mark.parametrize("width, height", SIZES)
@pytest.mark.parametrize("scale", [1.0, 1.6])
def test_top_bar_buttons_show_their_whole_text(kiosk_ui, qtbot, width, height, scale):
    from kiosk.ui.theme import Look

    window = kiosk_ui.window
    window.resize(width, height)
    window.set_look(Look(scale, False))
    window.navigator.go(ScreenId.CONSENT)
    buttons = [
        window.help_button,
        window.lang_button,
        window.size_button,
        window.contrast_button,
        window.voice_button,
    ]
    qtbot.waitUntil(lambda: all(b.isVisible() for b in buttons), timeout=2000)
    for b in buttons:
        assert b.width() >= b.sizeHint().width(), (b.objectName(), b.width(), b.sizeHint())
        assert b.geometry().right() <= window.width()
