"""Check-in through the real window: messages beside fields, nothing saved until valid."""

import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton
from qt_helpers import find, tap, type_text
from sqlalchemy import select

from kiosk.services.checkin import NewResident
from kiosk.storage.models import CheckIn, Resident
from kiosk.ui.screens.base import ScreenId


def _to_form(window, language="vi"):
    tap(find(window, QPushButton, "start"))
    tap(find(window, QPushButton, f"lang_{language}"))
    tap(find(window, QPushButton, "consent_agree"))
    assert window.navigator.current is ScreenId.CHECKIN


def _fill(window, name, year, area_index=2, phone=""):
    type_text(find(window, QLineEdit, "full_name"), name)
    type_text(find(window, QLineEdit, "birth_year"), year)
    find(window, QComboBox, "neighbourhood").setCurrentIndex(area_index)
    if phone:
        type_text(find(window, QLineEdit, "phone"), phone)


def _residents(kiosk):
    with kiosk.services.session_factory() as db:
        return db.scalars(select(Resident.full_name)).all()


def test_new_resident_with_nfd_name_is_checked_in(kiosk_ui, qtbot):
    window = kiosk_ui.window
    _to_form(window)
    _fill(window, unicodedata.normalize("NFD", "Đỗ Thị Ngọc Ánh"), "1956", phone="0912345607")
    with qtbot.waitSignal(window.navigator.changed, timeout=5000):
        tap(find(window, QPushButton, "checkin_continue"))
    assert window.navigator.current is ScreenId.CATALOG
    assert _residents(kiosk_ui) == ["Đỗ Thị Ngọc Ánh"]
    with kiosk_ui.services.session_factory() as db:
        assert db.scalars(select(CheckIn.resident_id)).all() == [window.navigator.visit.resident_id]


def test_empty_name_gets_a_message_and_nothing_is_saved(kiosk_ui):
    window = kiosk_ui.window
    _to_form(window)
    _fill(window, "   ", "1956")
    tap(find(window, QPushButton, "checkin_continue"))
    assert find(window, QLabel, "full_name_error").text() == "Vui lòng nhập họ và tên."
    assert window.navigator.current is ScreenId.CHECKIN
    assert _residents(kiosk_ui) == []


def test_bad_year_and_phone_messages_in_english(kiosk_ui):
    window = kiosk_ui.window
    _to_form(window, "en")
    _fill(window, "Trần Văn Ba", "1850")
    tap(find(window, QPushButton, "checkin_continue"))
    assert "between 1900 and" in find(window, QLabel, "birth_year_error").text()
    find(window, QLineEdit, "birth_year").clear()
    type_text(find(window, QLineEdit, "birth_year"), "1950")
    type_text(find(window, QLineEdit, "phone"), "12345")
    tap(find(window, QPushButton, "checkin_continue"))
    assert find(window, QLabel, "birth_year_error").text() == ""
    assert "10 digits" in find(window, QLabel, "phone_error").text()
    assert _residents(kiosk_ui) == []


def test_emoji_and_very_long_names_are_refused(kiosk_ui):
    window = kiosk_ui.window
    _to_form(window)
    _fill(window, "Bà Tư 😀", "1950")
    tap(find(window, QPushButton, "checkin_continue"))
    assert find(window, QLabel, "full_name_error").text() != ""
    name = find(window, QLineEdit, "full_name")
    name.clear()
    type_text(name, "Ă" * 150)
    tap(find(window, QPushButton, "checkin_continue"))
    assert "80" in find(window, QLabel, "full_name_error").text()
    assert _residents(kiosk_ui) == []


def test_returning_resident_found_without_accents(kiosk_ui, qtbot):
    kiosk_ui.services.checkin.register(NewResident("Đặng Văn Đức", 1949, "Khu phố 2"))
    window = kiosk_ui.window
    _to_form(window)
    tap(find(window, QPushButton, "tab_returning"))
    type_text(find(window, QLineEdit, "search"), "dang van")
    results = [b for b in window.findChildren(QPushButton) if b.objectName().startswith("result_")]
    assert [b.text() for b in results] == ["Đặng V. Đ., 1949, Khu phố 2"]
    tap(results[0])
    assert find(window, QLabel, "confirm_who").text() == "Đặng V. Đ., 1949, Khu phố 2"
    with qtbot.waitSignal(window.navigator.changed, timeout=5000):
        tap(find(window, QPushButton, "confirm_yes"))
    assert window.navigator.visit.resident_name == "Đặng Văn Đức"


def test_likely_duplicate_is_offered_before_a_new_record(kiosk_ui, qtbot):
    kiosk_ui.services.checkin.register(NewResident("Nguyễn Văn An", 1952, "Khu phố 3"))
    window = kiosk_ui.window
    _to_form(window)
    _fill(window, "nguyen van an", "1952")
    tap(find(window, QPushButton, "checkin_continue"))
    assert find(window, QLabel, "confirm_who").text() == "Nguyễn V. A., 1952, Khu phố 3"
    with qtbot.waitSignal(window.navigator.changed, timeout=5000):
        tap(find(window, QPushButton, "confirm_yes"))
    assert _residents(kiosk_ui) == ["Nguyễn Văn An"]  # no second record


def test_numeric_pad_types_the_year(kiosk_ui):
    window = kiosk_ui.window
    _to_form(window)
    year = find(window, QLineEdit, "birth_year")
    year.setFocus()
    kiosk_ui.app.processEvents()
    screen = window.navigator.screen(ScreenId.CHECKIN)
    for key in "1957":
        tap(find(screen, QPushButton, f"pad_{key}"))
    assert year.text() == "1957"


def _certificate_for(kiosk, name, year):
    match = kiosk.services.checkin.register(NewResident(name, year, "Khu phố 2"))
    issued = kiosk.services.certificates.issue(match.id, "vneid-activate-level2", "VNeID")
    return match, issued.payload


def test_scanning_a_certificate_qr_finds_the_resident(kiosk_ui, qtbot):
    match, payload = _certificate_for(kiosk_ui, "Phan Thị Đẹp", 1950)
    window = kiosk_ui.window
    _to_form(window)
    tap(find(window, QPushButton, "tab_returning"))
    search = find(window, QLineEdit, "search")
    type_text(search, payload)  # a USB QR scanner types the payload, then Enter
    QTest.keyClick(search, Qt.Key.Key_Return)
    assert find(window, QLabel, "confirm_who").text() == "Phan T. Đ., 1950, Khu phố 2"
    with qtbot.waitSignal(window.navigator.changed, timeout=5000):
        tap(find(window, QPushButton, "confirm_yes"))
    assert window.navigator.visit.resident_id == match.id


def test_a_forged_certificate_qr_finds_no_one(kiosk_ui):
    _match, payload = _certificate_for(kiosk_ui, "Phan Thị Đẹp", 1950)
    forged = payload[:-3] + ("AAA" if not payload.endswith("AAA") else "BBB")
    window = kiosk_ui.window
    _to_form(window)
    tap(find(window, QPushButton, "tab_returning"))
    search = find(window, QLineEdit, "search")
    type_text(search, forged)
    QTest.keyClick(search, Qt.Key.Key_Return)
    assert find(window, QLabel, "checkin_status").text() == (
        "Mã QR này không phải giấy chứng nhận của phường."
    )
    assert window.navigator.current is ScreenId.CHECKIN


def test_a_double_tap_on_continue_checks_in_once(kiosk_ui, qtbot):
    window = kiosk_ui.window
    _to_form(window)
    _fill(window, "Võ Thị Sáu", "1953")
    button = find(window, QPushButton, "checkin_continue")
    with qtbot.waitSignal(window.navigator.changed, timeout=5000):
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)  # the second tap, while saving
    with kiosk_ui.services.session_factory() as db:
        assert db.scalars(select(Resident.full_name)).all() == ["Võ Thị Sáu"]
        assert len(db.scalars(select(CheckIn.id)).all()) == 1
