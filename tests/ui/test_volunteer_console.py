"""The volunteer console through the real kiosk: the volunteer PIN opens it (and never the
staff menu), a resident's call waits there with a growing waiting time, walk-ins check in by
keyboard alone, and real help given is logged."""

from __future__ import annotations

import time
import unicodedata
from datetime import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QPushButton, QScrollArea
from qt_helpers import find, tap, type_text, visible_texts
from sqlalchemy import select

from kiosk.core.clock import FixedClock
from kiosk.services.auth import Role
from kiosk.services.checkin import NewResident
from kiosk.services.demo import DEMO_STAFF_PIN, DEMO_VOLUNTEER_PIN
from kiosk.storage.models import Assistance, CheckIn, Consent, HelpRequest, Resident
from kiosk.ui.screens.base import ScreenId
from kiosk.ui.screens.walk_in_form import match_option

VNEID = "vneid-activate-level2"


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 11, 29, 9, 0))


@pytest.fixture
def kiosk(make_kiosk, clock):
    built = make_kiosk(clock=clock)
    built.services.auth.set_pin(Role.VOLUNTEER, DEMO_VOLUNTEER_PIN)
    return built


def unlock(kiosk, qtbot, pin=DEMO_VOLUNTEER_PIN):
    """The PIN pad (the long press that opens it is tested in test_staff.py)."""
    nav = kiosk.window.navigator
    nav.go(ScreenId.STAFF_PIN)
    pad = nav.screen(ScreenId.STAFF_PIN)
    for key in pin:
        tap(find(pad, QPushButton, f"pad_{key}"))
    with qtbot.waitSignal(pad.answered, timeout=5000):
        tap(find(pad, QPushButton, "pad_ok"))


def console_of(kiosk):
    return kiosk.window.navigator.screen(ScreenId.VOLUNTEER_CONSOLE)


def open_console(kiosk, qtbot, pin=DEMO_VOLUNTEER_PIN):
    """Unlock with `pin` and wait until the console shows the database."""
    console = console_of(kiosk)
    with qtbot.waitSignal(console.refreshed, timeout=5000):
        unlock(kiosk, qtbot, pin)
    assert kiosk.window.navigator.current is ScreenId.VOLUNTEER_CONSOLE
    return console


def refresh(console, qtbot):
    with qtbot.waitSignal(console.refreshed, timeout=5000):
        console.poll()


def keys(text: str) -> None:
    """ASCII typed into whatever has the keyboard focus, as a person at the counter would."""
    QTest.keyClicks(QApplication.focusWidget(), text)


def press(key) -> None:
    QTest.keyClick(QApplication.focusWidget(), key)


def call_volunteer(kiosk, qtbot) -> None:
    """Press "Gọi tình nguyện viên" and wait until the request is stored."""
    tap(find(kiosk.window, QPushButton, "call_volunteer"))
    task = kiosk.help_call
    qtbot.waitUntil(lambda: task.fn is None, timeout=5000)  # released once its work is done


def stored(kiosk, model):
    with kiosk.services.session_factory() as s:
        return s.scalars(select(model)).all()


# --- the volunteer's door ----------------------------------------------------------------------


def test_the_volunteer_pin_opens_the_console_and_never_the_staff_menu(kiosk, qtbot):
    console = open_console(kiosk, qtbot)
    nav = kiosk.window.navigator
    assert find(console, QLabel, "queue_empty").isVisible()
    assert not find(console, QPushButton, "console_menu").isVisible()
    assert not kiosk.window.help_button.isVisible()  # not a resident screen
    assert kiosk.window.idle.armed and kiosk.window.idle.seconds == 600  # its own, longer limit
    tap(find(console, QPushButton, "open_verify"))  # volunteers may check certificates
    assert nav.current is ScreenId.STAFF_VERIFY
    tap(find(nav.screen(ScreenId.STAFF_VERIFY), QPushButton, "verify_back"))
    assert nav.current is ScreenId.VOLUNTEER_CONSOLE  # "Back" leads to the staff menu for staff
    for staff_only in (ScreenId.STAFF_MENU, ScreenId.STAFF_RESIDENTS, ScreenId.STAFF_SETTINGS):
        nav.go(staff_only)
        assert nav.current is ScreenId.VOLUNTEER_CONSOLE
    tap(find(console, QPushButton, "console_back"))
    assert nav.current is ScreenId.ATTRACT


def test_staff_open_the_console_from_their_menu_and_go_back_to_it_with_the_pin(kiosk, qtbot):
    unlock(kiosk, qtbot, DEMO_STAFF_PIN)
    nav = kiosk.window.navigator
    assert nav.current is ScreenId.STAFF_MENU
    console = console_of(kiosk)
    with qtbot.waitSignal(console.refreshed, timeout=5000):
        tap(find(nav.screen(ScreenId.STAFF_MENU), QPushButton, "open_console"))
    assert nav.current is ScreenId.VOLUNTEER_CONSOLE
    tap(find(console, QPushButton, "console_menu"))
    assert nav.current is ScreenId.STAFF_PIN  # whoever stands at the counter now shows a PIN
    assert kiosk.staff_pin.role is None
    pad = nav.screen(ScreenId.STAFF_PIN)
    for key in DEMO_STAFF_PIN:
        tap(find(pad, QPushButton, f"pad_{key}"))
    with qtbot.waitSignal(pad.answered, timeout=5000):
        tap(find(pad, QPushButton, "pad_ok"))
    assert nav.current is ScreenId.STAFF_MENU


# --- help requests -----------------------------------------------------------------------------


def _resident_in_a_lesson(kiosk, qtbot):
    window, nav = kiosk.window, kiosk.window.navigator
    tap(find(window, QPushButton, "start"))
    tap(find(window, QPushButton, "lang_vi"))
    tap(find(window, QPushButton, "consent_agree"))
    type_text(find(window, QLineEdit, "full_name"), "Đặng Thị Ánh Hồng")
    type_text(find(window, QLineEdit, "birth_year"), "1954")
    find(window, QComboBox, "neighbourhood").setCurrentIndex(1)
    with qtbot.waitSignal(nav.changed, timeout=5000):
        tap(find(window, QPushButton, "checkin_continue"))
    tap(find(nav.screen(ScreenId.CATALOG), QPushButton, f"tile-{VNEID}"))
    assert nav.current is ScreenId.TUTORIAL


def test_a_residents_call_waits_with_a_growing_time_until_answered(kiosk, qtbot, clock):
    _resident_in_a_lesson(kiosk, qtbot)
    title = kiosk.services.catalog.get(VNEID).title.vi
    call_volunteer(kiosk, qtbot)
    kiosk.end_visit()  # the volunteer walks over to the kiosk and unlocks the console there
    console = open_console(kiosk, qtbot)
    [card] = console.queue.cards.values()
    assert find(card, QLabel, "request_head").text() == "kiosk-1 · Đặng T. Á. H."
    assert find(card, QLabel, "request_where").text() == f"Bài: {title}"
    assert find(card, QLabel, "request_waited").text() == "đã chờ 0 giây"
    assert console.chime.rings == 1 and card.flashing
    clock.advance(130)
    qtbot.waitUntil(
        lambda: find(card, QLabel, "request_waited").text() == "đã chờ 2 phút 10 giây",
        timeout=3000,
    )
    assert find(console, QLabel, "queue_title").text() == "Đang cần giúp (1)"
    with qtbot.waitSignal(console.refreshed, timeout=5000):
        tap(find(card, QPushButton, "answer_request"))
    assert console.queue.cards == {}
    assert find(console, QLabel, "queue_empty").isVisible()
    [request] = stored(kiosk, HelpRequest)
    assert request.answered_by == "volunteer" and request.answered_at == clock.now()


def test_a_call_from_another_kiosk_rings_and_flashes_while_the_console_is_open(kiosk, qtbot):
    console = open_console(kiosk, qtbot)
    assert console.chime.rings == 0
    kiosk.services.help_queue.call("kiosk-2", None, "Màn hình: Điểm danh")
    with qtbot.waitSignal(console.refreshed, timeout=5000):  # the console polls every 2.5 s
        pass
    [card] = console.queue.cards.values()
    assert find(card, QLabel, "request_head").text() == "kiosk-2 · khách không ghi tên"
    assert console.chime.rings == 1 and card.flashing
    refresh(console, qtbot)
    assert console.chime.rings == 1  # rings once per call, not per poll


def test_the_call_button_on_the_check_in_screen_says_where(kiosk, qtbot):
    window = kiosk.window
    tap(find(window, QPushButton, "start"))
    tap(find(window, QPushButton, "lang_vi"))
    tap(find(window, QPushButton, "consent_agree"))
    for _ in range(2):  # a second press adds no second request
        call_volunteer(kiosk, qtbot)
    [request] = kiosk.services.help_queue.waiting()
    assert (request.where, request.resident_name) == ("Màn hình: Điểm danh", "")


# --- walk-in check-in --------------------------------------------------------------------------


def test_a_walk_in_checks_in_with_the_keyboard_alone(kiosk, qtbot):
    console = open_console(kiosk, qtbot)
    form = console.walk_in
    assert QApplication.focusWidget() is form.name
    started = time.perf_counter()
    keys("Tran Van Binh")
    press(Qt.Key.Key_Tab)
    keys("1950")
    press(Qt.Key.Key_Tab)
    keys("3")  # the khu phố list completes it
    press(Qt.Key.Key_Tab)
    keys("0912 345 678")
    press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Space)  # the resident agreed
    with qtbot.waitSignal(console.refreshed, timeout=5000):
        press(Qt.Key.Key_Return)
    print(f"keyboard walk-in: {time.perf_counter() - started:.2f} s")
    [resident] = stored(kiosk, Resident)
    assert (resident.full_name, resident.birth_year, resident.neighbourhood, resident.phone) == (
        "Tran Van Binh",
        1950,
        "Khu phố 3",
        "0912345678",
    )
    assert [c.resident_id for c in stored(kiosk, CheckIn)] == [resident.id]
    assert [(c.resident_id, c.agreed) for c in stored(kiosk, Consent)] == [(resident.id, True)]
    assert (
        find(form, QLabel, "walkin_message").text() == "Đã điểm danh: Tran V. B., 1950, Khu phố 3"
    )
    assert form.name.text() == form.year.text() == form.phone.text() == ""
    assert not form.consent.isChecked()
    assert QApplication.focusWidget() is form.name
    assert "Tran V. B., 1950, Khu phố 3" in visible_texts(console.today)


def test_a_vietnamese_walk_in_is_stored_in_nfc(kiosk, qtbot):
    console = open_console(kiosk, qtbot)
    form = console.walk_in
    form.name.setText(unicodedata.normalize("NFD", "  Nguyễn   Thị Ánh Đào "))
    form.year.setText("1952")
    form.area.setEditText("khu pho 2")  # accents not needed
    form.consent.setChecked(True)
    with qtbot.waitSignal(form.finished, timeout=5000):
        QTest.keyClick(form.year, Qt.Key.Key_Return)
    [resident] = stored(kiosk, Resident)
    assert resident.full_name == "Nguyễn Thị Ánh Đào"
    assert unicodedata.is_normalized("NFC", resident.full_name)
    assert (resident.neighbourhood, resident.phone) == ("Khu phố 2", None)


def test_a_likely_duplicate_is_offered_and_enter_checks_that_person_in(kiosk, qtbot):
    known = kiosk.services.checkin.register(NewResident("Nguyễn Văn An", 1952, "Khu phố 3"))
    console = open_console(kiosk, qtbot)
    form = console.walk_in
    type_text(form.name, "Nguyen Van An")  # without accents, as typed at the counter
    form.year.setText("1952")
    form.area.setEditText("3")
    form.consent.setChecked(True)
    with qtbot.waitSignal(form.finished, timeout=5000):
        QTest.keyClick(form.phone, Qt.Key.Key_Return)
    assert len(stored(kiosk, Resident)) == 1  # nothing new yet: the volunteer chooses
    same = find(form, QPushButton, "walkin_same_0")
    assert same.text() == "Đúng là Nguyễn V. A., 1952, Khu phố 3: điểm danh"
    assert QApplication.focusWidget() is same
    with qtbot.waitSignal(form.finished, timeout=5000):
        press(Qt.Key.Key_Return)
    assert [r.id for r in stored(kiosk, Resident)] == [known.id]
    assert [c.resident_id for c in stored(kiosk, CheckIn)] == [known.id]
    # A namesake born the same year: the volunteer says it is someone else.
    form.name.setText("Nguyễn Văn An")
    form.year.setText("1952")
    form.area.setEditText("Khu phố 5")
    form.consent.setChecked(True)
    with qtbot.waitSignal(form.finished, timeout=5000):
        QTest.keyClick(form.name, Qt.Key.Key_Return)
    with qtbot.waitSignal(form.finished, timeout=5000):
        tap(find(form, QPushButton, "walkin_new_person"))
    assert sorted(r.neighbourhood for r in stored(kiosk, Resident)) == ["Khu phố 3", "Khu phố 5"]
    assert len(stored(kiosk, CheckIn)) == 2


BAD_INPUT = [  # name, year, khu phố, consent, message ("" = any), where the focus goes
    ("", "1950", "3", True, "Vui lòng nhập họ và tên.", "walkin_name"),
    ("Lê Văn Tám 🙂", "1950", "3", True, "Họ tên chỉ gồm chữ cái và khoảng trắng.", "walkin_name"),
    ("Lê Văn Tám", "19", "3", True, "", "walkin_year"),
    ("Lê Văn Tám", "1950", "Khu 99", True, "Hãy chọn khu phố trong danh sách.", "walkin_area"),
    ("Lê Văn Tám", "1950", "1", False, "", "walkin_consent"),
    ("Lê Văn Tám", "1950", "1", True, "", "walkin_phone"),  # phone: "0912"
]


def test_bad_input_is_explained_and_what_was_typed_stays(kiosk, qtbot):
    console = open_console(kiosk, qtbot)
    form = console.walk_in
    for name, year, area, consent, message, focus in BAD_INPUT:
        form.name.setText(name)
        form.year.setText(year)
        form.area.setEditText(area)
        form.phone.setText("0912" if focus == "walkin_phone" else "")
        form.consent.setChecked(consent)
        with qtbot.waitSignal(form.finished, timeout=5000):
            QTest.keyClick(form.name, Qt.Key.Key_Return)
        text = find(form, QLabel, "walkin_message").text()
        assert text and (not message or text == message), (name, text)
        assert QApplication.focusWidget().objectName() == focus, name
        shown = area if area == "Khu 99" else f"Khu phố {area}"  # completed, not lost
        assert (form.name.text(), form.year.text(), form.area.currentText()) == (name, year, shown)
    assert stored(kiosk, Resident) == []


# --- today's residents and the assistance log --------------------------------------------------


def test_today_shows_who_checked_in_and_what_they_practise(kiosk, qtbot, clock):
    s = kiosk.services
    an = s.checkin.register(NewResident("Nguyễn Văn An", 1952, "Khu phố 3")).id
    s.checkin.check_in(an)
    s.checkin.check_in(None)
    clock.advance(300)
    s.results.start_run(an, VNEID, "guided")
    console = open_console(kiosk, qtbot)
    texts = visible_texts(console.today)
    assert "09:00 · Nguyễn V. A., 1952, Khu phố 3" in texts
    title = s.catalog.get(VNEID).title.vi
    assert f"Đang học: {title} (hướng dẫn, từ 09:05)" in texts
    assert find(console, QLabel, "today_title").text() == "Hôm nay: 1 người (+1 không ghi tên)"


def test_help_given_is_logged_for_a_resident_and_listed(kiosk, qtbot, clock):
    s = kiosk.services
    an = s.checkin.register(NewResident("Nguyễn Văn An", 1952, "Khu phố 3")).id
    s.checkin.check_in(an)
    console = open_console(kiosk, qtbot)
    panel = console.assist
    tap(find(panel, QPushButton, "assist_save"))  # no category chosen yet
    qtbot.waitUntil(lambda: panel.message.text() == "Hãy chọn loại hỗ trợ đã làm.", timeout=5000)
    tap(find(panel, QPushButton, "category_1"))
    panel.for_whom.setCurrentIndex(panel.for_whom.findText("Nguyễn V. A., 1952, Khu phố 3"))
    type_text(panel.note, "Cài MoMo, liên kết thẻ 🙂")
    with qtbot.waitSignal(console.refreshed, timeout=5000):
        QTest.keyClick(panel.note, Qt.Key.Key_Return)
    [entry] = stored(kiosk, Assistance)
    assert (entry.category, entry.resident_id, entry.note, entry.volunteer) == (
        "Cài ví điện tử",
        an,
        "Cài MoMo, liên kết thẻ 🙂",
        "volunteer",
    )
    assert "09:00 · Cài ví điện tử · Nguyễn V. A. — Cài MoMo, liên kết thẻ 🙂" in visible_texts(
        panel
    )
    assert panel.message.text() == "Đã lưu." and panel.note.text() == ""
    assert find(panel, QLabel, "assist_entries_title").text() == "Đã ghi hôm nay (1)"


def test_the_end_of_a_visit_leaves_no_name_on_the_console(kiosk, qtbot):
    s = kiosk.services
    an = s.checkin.register(NewResident("Nguyễn Văn An", 1952, "Khu phố 3")).id
    s.checkin.check_in(an)
    s.help_queue.call("kiosk-2", an, "")
    console = open_console(kiosk, qtbot)
    assert "Nguyễn V. A." in visible_texts(console)
    kiosk.end_visit()
    assert "Nguyễn V. A." not in visible_texts(console)


def test_the_console_fits_1920_by_1080_with_big_targets(kiosk, qtbot):
    kiosk.window.resize(1920, 1080)
    s = kiosk.services
    for i in range(12):
        rid = s.checkin.register(NewResident(f"Người Thứ {chr(65 + i)}", 1950, "Khu phố 1")).id
        s.checkin.check_in(rid)
        s.help_queue.call(f"kiosk-{i}", rid, "Bài: " + "Kích hoạt tài khoản định danh " * 3)
    console = open_console(kiosk, qtbot)
    qtbot.waitUntil(lambda: console.width() >= 1900, timeout=2000)
    page = console.parentWidget().parentWidget()
    assert isinstance(page, QScrollArea)
    assert console.minimumSizeHint().height() <= page.viewport().height()
    assert console.minimumSizeHint().width() <= page.viewport().width()
    for widget in console.findChildren(QPushButton) + console.findChildren(QLineEdit):
        if widget.isVisibleTo(console) and widget.objectName():
            assert widget.height() >= 60, (widget.objectName(), widget.height())


# --- the khu phố type-ahead --------------------------------------------------------------------

AREAS = tuple(f"Khu phố {n}" for n in range(1, 14)) + ("Ấp Đông",)


@pytest.mark.parametrize(
    "typed, meant",
    [
        ("3", "Khu phố 3"),  # not 13
        ("1", "Khu phố 1"),  # not 10-13
        ("khu pho 12", "Khu phố 12"),
        (unicodedata.normalize("NFD", "KHU PHỐ 2"), "Khu phố 2"),
        ("ap dong", "Ấp Đông"),
        ("dong", "Ấp Đông"),
        ("khu", None),  # ambiguous: asked, not guessed
        ("99", None),
        ("", None),
    ],
)
def test_typing_part_of_a_khu_pho_finds_the_one_meant(typed, meant):
    assert match_option(typed, AREAS) == meant


@given(st.text(max_size=30))
def test_the_type_ahead_never_fails_and_ignores_the_unicode_form(typed):
    found = match_option(typed, AREAS)
    assert found is None or found in AREAS
    assert match_option(unicodedata.normalize("NFD", typed), AREAS) == match_option(
        unicodedata.normalize("NFC", typed), AREAS
    )
