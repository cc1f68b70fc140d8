"""An error no screen caught: logged with its traceback (and no name), the resident is taken
back to the attract screen with the visit wiped, and the kiosk keeps running."""

import pytest
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton
from qt_helpers import find, tap, type_text, visible_texts

from kiosk.core.logs import log_file
from kiosk.ui.screens.base import ScreenId

NAME = "Đặng Thị Ánh Hồng"
VNEID = "vneid-activate-level2"


def _check_in(kiosk, qtbot) -> None:
    window, nav = kiosk.window, kiosk.window.navigator
    tap(find(window, QPushButton, "start"))
    tap(find(window, QPushButton, "lang_vi"))
    tap(find(window, QPushButton, "consent_agree"))
    type_text(find(window, QLineEdit, "full_name"), NAME)
    type_text(find(window, QLineEdit, "birth_year"), "1954")
    find(window, QComboBox, "neighbourhood").setCurrentIndex(1)
    with qtbot.waitSignal(nav.changed, timeout=5000):
        tap(find(window, QPushButton, "checkin_continue"))
    assert nav.current is ScreenId.CATALOG and nav.visit.resident_id is not None


@pytest.mark.qt_no_exception_capture
def test_a_screen_that_raises_wipes_the_visit_and_the_kiosk_goes_on(
    make_kiosk, qtbot, kiosk_log, data_dir, monkeypatch
):
    kiosk = make_kiosk()
    window, nav = kiosk.window, kiosk.window.navigator
    _check_in(kiosk, qtbot)
    tutorial = nav.screen(ScreenId.TUTORIAL)
    real_enter, calls = tutorial.enter, []

    def broken_once(visit):
        calls.append(visit)
        if len(calls) == 1:
            raise RuntimeError("the lesson screen broke")
        real_enter(visit)

    monkeypatch.setattr(tutorial, "enter", broken_once)
    kiosk.crash_guard.install()
    try:
        with qtbot.waitSignal(kiosk.crash_guard.recovered, timeout=5000):
            tap(find(nav.screen(ScreenId.CATALOG), QPushButton, f"tile-{VNEID}"))
    finally:
        kiosk.crash_guard.uninstall()

    assert nav.current is ScreenId.ATTRACT
    assert nav.visit.resident_id is None and NAME not in visible_texts(window)
    logged = log_file(data_dir).read_text(encoding="utf-8")
    assert "Traceback" in logged and "RuntimeError: the lesson screen broke" in logged
    assert "uncaught error on ScreenId.TUTORIAL" in logged
    assert NAME not in logged and "1954" not in logged
    tap(find(window, QPushButton, "start"))  # the next person starts as usual
    assert nav.current is ScreenId.LANGUAGE
