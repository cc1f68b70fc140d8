"""Staff sessions screen through the real kiosk: schedule, list, check in, print, cancel."""

from __future__ import annotations

import subprocess
from datetime import datetime

import pytest
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QPushButton
from qt_helpers import find, sign_in, tap, type_text, visible_texts
from sqlalchemy import select

from kiosk.core.clock import FixedClock
from kiosk.services.checkin import NewResident
from kiosk.services.demo import DEMO_STAFF_PIN
from kiosk.storage.models import AuditEntry, CheckIn, PrintJob
from kiosk.ui.screens.base import ScreenId

PLACE = "Nhà văn hóa Khu phố 3"
TOPIC = "Kích hoạt tài khoản định danh điện tử mức 2 (VNeID)"  # an installed lesson


@pytest.fixture
def clock(monkeypatch) -> FixedClock:
    """The kiosk's clock: 09:30 on Sunday 29 November 2026."""
    fixed = FixedClock(datetime(2026, 11, 29, 9, 30))
    monkeypatch.setattr("kiosk.app.SystemClock", lambda: fixed)
    return fixed


@pytest.fixture
def kiosk(make_kiosk, clock, qtbot):  # type: ignore[no-untyped-def]
    kiosk = make_kiosk()
    sign_in(kiosk, qtbot, DEMO_STAFF_PIN)
    tap(find(kiosk.window, QPushButton, "open_sessions"))
    assert kiosk.window.navigator.current is ScreenId.STAFF_SESSIONS
    return kiosk


def screen_of(kiosk):  # type: ignore[no-untyped-def]
    return kiosk.window.navigator.screen(ScreenId.STAFF_SESSIONS)


def run(qtbot, screen, button: QPushButton) -> None:  # type: ignore[no-untyped-def]
    """Tap a button that starts background work and wait until its callbacks have run."""
    before = screen.last_task
    tap(button)
    task = screen.last_task
    assert task is not None and task is not before
    qtbot.waitUntil(lambda: task.fn is None, timeout=10000)  # released after the callbacks


def save(qtbot, screen) -> None:  # type: ignore[no-untyped-def]
    run(qtbot, screen, find(screen, QPushButton, "session_save"))


def card(screen, session_id: str) -> QFrame:  # type: ignore[no-untyped-def]
    return find(screen, QFrame, f"session_{session_id}")


def audit(kiosk) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    with kiosk.services.session_factory() as s:
        return [(e.actor, e.action) for e in s.scalars(select(AuditEntry).order_by(AuditEntry.id))]


def test_schedule_check_in_during_it_and_print_its_sheet(kiosk, qtbot, clock):
    screen = screen_of(kiosk)
    assert find(screen, QLineEdit, "session_title").text() == "Cà phê sáng"
    type_text(find(screen, QLineEdit, "session_place"), PLACE)
    topics = screen.form.topic
    assert topics.findText(TOPIC) >= 0
    topics.setCurrentIndex(topics.findText(TOPIC))
    tap(find(screen, QPushButton, "session_end_plus"))  # 08:00–10:15

    save(qtbot, screen)

    [scheduled] = kiosk.services.sessions.for_day(clock.today())
    assert (scheduled.place, scheduled.topic) == (PLACE, TOPIC)
    assert f"{scheduled.start:%H:%M}–{scheduled.end:%H:%M}" == "08:00–10:15"
    shown = visible_texts(card(screen, scheduled.id))
    assert "Chủ nhật 29/11/2026 · 08:00 – 10:15" in shown
    assert f"Cà phê sáng – {TOPIC}" in shown
    assert "Đang diễn ra" in shown  # 09:30 is inside its hours

    resident = kiosk.services.checkin.register(NewResident("Đặng Văn Đức", 1951, "Khu phố 3"))
    checkin_id = kiosk.services.checkin.check_in(resident.id)
    with kiosk.services.session_factory() as s:
        assert s.get(CheckIn, checkin_id).session_id == scheduled.id
    screen.refresh()
    assert "1 người đã điểm danh" in visible_texts(card(screen, scheduled.id))

    print_button = find(card(screen, scheduled.id), QPushButton, "session_print")
    tap(print_button)
    task = screen.last_task
    tap(print_button)  # a double tap queues one sheet
    assert screen.last_task is task
    qtbot.waitUntil(lambda: task.fn is None, timeout=10000)

    status = find(screen, QLabel, "sessions_status").text()
    assert status == "Đã gửi danh sách điểm danh tới máy in (1 người). Xem hàng đợi in."
    with kiosk.services.session_factory() as s:
        [job] = s.scalars(select(PrintJob).where(PrintJob.kind == "attendance")).all()
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", job.pdf_path, "-"],
                          capture_output=True, check=True).stdout.decode()  # fmt: skip
    assert f"Buổi “Cà phê sáng” – Chủ đề: {TOPIC}" in " ".join(text.split())
    assert "Thời gian: 08:00 – 10:15, ngày 29/11/2026" in text
    assert "Đặng Văn Đức" in text
    assert ("staff", "session_schedule") in audit(kiosk)
    assert ("staff", "print_attendance") in audit(kiosk)


def test_bad_input_shows_a_message_beside_the_field_and_stores_nothing(kiosk, qtbot, clock):
    screen = screen_of(kiosk)
    buttons = [b for b in screen.findChildren(QPushButton) if b.isVisible()]
    assert find(screen, QPushButton, "session_save") in buttons
    assert min(b.height() for b in buttons) >= 64  # big enough for a finger
    find(screen, QLineEdit, "session_title").setText("  ")
    save(qtbot, screen)
    error = find(screen, QLabel, "title_error")
    assert error.isVisible() and error.text() == "Vui lòng nhập tên buổi học."

    find(screen, QLineEdit, "session_title").setText("Cà phê sáng")
    tap(find(screen, QPushButton, "session_day_minus"))  # yesterday
    save(qtbot, screen)
    assert find(screen, QLabel, "day_error").text() == (
        "Ngày này đã qua. Vui lòng chọn hôm nay hoặc một ngày sau."
    )
    assert not find(screen, QLabel, "title_error").isVisible()

    tap(find(screen, QPushButton, "session_day_plus"))
    for _ in range(8):  # the end back to 08:00, the start's own time
        tap(find(screen, QPushButton, "session_end_minus"))
    save(qtbot, screen)
    assert find(screen, QLabel, "end_time_error").text() == "Giờ kết thúc phải sau giờ bắt đầu."
    assert kiosk.services.sessions.upcoming(clock.today()) == []

    tap(find(screen, QPushButton, "session_new"))  # back to 08:00–10:00
    save(qtbot, screen)
    tap(find(screen, QPushButton, "session_start_plus"))  # 08:15–10:15: overlaps
    save(qtbot, screen)
    assert find(screen, QLabel, "start_time_error").text() == (
        "Đã có buổi học khác vào giờ này trong ngày."
    )
    assert len(kiosk.services.sessions.for_day(clock.today())) == 1


def test_change_then_cancel_after_confirming(kiosk, qtbot, clock):
    screen = screen_of(kiosk)
    save(qtbot, screen)
    [first] = kiosk.services.sessions.for_day(clock.today())
    tap(find(card(screen, first.id), QPushButton, "session_edit"))
    assert find(screen, QPushButton, "session_save").text() == "Lưu thay đổi"
    title = find(screen, QLineEdit, "session_title")
    title.clear()
    type_text(title, "Cà phê sáng – Zalo 📱")
    save(qtbot, screen)
    assert find(screen, QLabel, "title_error").text() == (
        "Chỉ dùng chữ cái, chữ số và dấu câu (không dùng biểu tượng cảm xúc hay ký hiệu)."
    )
    assert kiosk.services.sessions.get(first.id).title == "Cà phê sáng"  # nothing lost
    title.backspace()
    title.backspace()  # the emoji and the space before it
    save(qtbot, screen)
    assert kiosk.services.sessions.get(first.id).title == "Cà phê sáng – Zalo"

    kiosk.services.checkin.check_in(None)  # someone practised anonymously during it
    screen.refresh()
    tap(find(card(screen, first.id), QPushButton, "session_cancel"))
    warning = find(screen, QLabel, "cancel_warning").text()
    assert warning.startswith("Hủy buổi “Cà phê sáng – Zalo” vào Chủ nhật 29/11/2026")
    tap(find(screen, QPushButton, "keep_session"))
    assert not kiosk.services.sessions.get(first.id).cancelled

    tap(find(card(screen, first.id), QPushButton, "session_cancel"))
    run(qtbot, screen, find(screen, QPushButton, "confirm_cancel_session"))

    assert kiosk.services.sessions.get(first.id).cancelled
    shown = visible_texts(card(screen, first.id))
    assert "Đã hủy" in shown
    assert card(screen, first.id).findChild(QPushButton, "session_edit") is None
    assert ("staff", "session_cancel") in audit(kiosk)
