"""The shell: kiosk guard, language, text size and contrast, volunteer call, idle wipe."""

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton
from qt_helpers import find, tap, type_text, visible_texts

from kiosk.ui.screens.base import ScreenId

BLOCKED = [
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier),
]


@pytest.mark.parametrize("key, mods", BLOCKED)
def test_guard_swallows_escape_keys(kiosk_ui, key, mods):
    window = kiosk_ui.window
    event = QKeyEvent(QEvent.Type.KeyPress, key, mods)
    assert kiosk_ui.guard.eventFilter(window, event) is True
    QApplication.sendEvent(window, QKeyEvent(QEvent.Type.KeyPress, key, mods))
    assert window.isVisible()


def test_guard_lets_ordinary_typing_through(kiosk_ui):
    event = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
    assert kiosk_ui.guard.eventFilter(kiosk_ui.window, event) is False


def test_close_request_is_refused(kiosk_ui):
    kiosk_ui.window.close()
    assert kiosk_ui.window.isVisible()


def test_language_switch_translates_the_screen(kiosk_ui):
    window = kiosk_ui.window
    tap(find(window, QPushButton, "start"))
    tap(find(window, QPushButton, "lang_en"))
    assert find(window, QPushButton, "consent_agree").text() == "I agree"
    assert find(window, QPushButton, "call_volunteer").text() == "Call a volunteer"
    tap(find(window, QPushButton, "toggle_language"))
    assert find(window, QPushButton, "consent_agree").text() == "Tôi đồng ý"
    assert find(window, QPushButton, "call_volunteer").text() == "Gọi tình nguyện viên"


def test_text_size_and_contrast_change_the_style(kiosk_ui, qapp):
    window = kiosk_ui.window
    tap(find(window, QPushButton, "start"))
    tap(find(window, QPushButton, "lang_vi"))
    body = find(window, QLabel, "consent_text")
    before = body.fontInfo().pixelSize()
    tap(find(window, QPushButton, "text_size"))
    assert "130%" in find(window, QPushButton, "text_size").text()
    assert body.fontInfo().pixelSize() > before
    tap(find(window, QPushButton, "contrast"))
    assert "#000000" in qapp.styleSheet()


def test_call_volunteer_shows_a_notice(kiosk_ui):
    window = kiosk_ui.window
    tap(find(window, QPushButton, "start"))
    tap(find(window, QPushButton, "lang_vi"))
    tap(find(window, QPushButton, "call_volunteer"))
    toast = find(window, QLabel, "toast")
    assert toast.isVisible() and "tình nguyện viên" in toast.text()


def test_idle_countdown_then_wipe_leaves_no_trace(make_kiosk, qtbot):
    window = make_kiosk(countdown_seconds=1).window
    tap(find(window, QPushButton, "start"))
    tap(find(window, QPushButton, "lang_vi"))
    tap(find(window, QPushButton, "consent_agree"))
    type_text(find(window, QLineEdit, "full_name"), "Đặng Thị Ánh Tuyết")
    type_text(find(window, QLineEdit, "birth_year"), "1950")
    assert "Đặng Thị Ánh Tuyết" in visible_texts(window)
    window.idle.idle.emit()  # what 90 s without a touch does
    overlay = window.overlay
    assert overlay.isVisible()
    assert "1" in find(overlay, QLabel, "idle_seconds").text()
    with qtbot.waitSignal(overlay.expired, timeout=5000):
        pass  # the countdown runs out by itself
    assert window.navigator.current is ScreenId.ATTRACT
    texts = visible_texts(window)
    assert "Đặng" not in texts and "1950" not in texts
    assert window.navigator.visit.resident_name == ""


def test_countdown_shows_thirty_seconds_by_default(kiosk_ui, qtbot):
    window = kiosk_ui.window
    tap(find(window, QPushButton, "start"))
    window.idle.idle.emit()
    assert "30" in find(window.overlay, QLabel, "idle_seconds").text()
    continue_button = find(window.overlay, QPushButton, "idle_continue")
    qtbot.waitUntil(lambda: continue_button.height() >= 140, timeout=2000)


def test_continue_keeps_the_visit(kiosk_ui):
    window = kiosk_ui.window
    tap(find(window, QPushButton, "start"))
    tap(find(window, QPushButton, "lang_vi"))
    window.idle.idle.emit()
    tap(find(window, QPushButton, "idle_continue"))
    assert not window.overlay.isVisible()
    assert window.navigator.current is ScreenId.CONSENT


def test_idle_is_not_armed_on_the_attract_screen(kiosk_ui):
    assert kiosk_ui.window.navigator.current is ScreenId.ATTRACT
    assert kiosk_ui.window.idle.armed is False
