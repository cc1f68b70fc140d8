"""The attendance sheet of one scheduled session: its rows, its subtitle, its PDF text."""

from __future__ import annotations

import subprocess
import unicodedata
from datetime import date, datetime, time

import pytest

from kiosk.core.errors import NotFound
from kiosk.documents.attendance import render_attendance
from kiosk.services.attendance import AttendanceService
from kiosk.services.audit import AuditLog
from kiosk.services.sessions import SessionSchedule
from kiosk.storage.models import CheckIn, Resident, TutorialRun

DAY = date(2026, 11, 29)
TITLES = {"vneid-l2": "Kích hoạt VNeID mức 2", "qr-pay": "Thanh toán QR"}


@pytest.fixture
def service(session_factory, clock) -> AttendanceService:
    return AttendanceService(session_factory, clock, "Phường Bến Thành", tutorial_titles=TITLES)


@pytest.fixture
def schedule(session_factory, clock) -> SessionSchedule:
    return SessionSchedule(session_factory, clock, AuditLog(session_factory, clock))


def at(hour: int, minute: int = 0) -> datetime:
    return datetime.combine(DAY, time(hour, minute))


def visit(factory, session_id, resident_id, when: datetime) -> None:
    with factory.begin() as s:
        s.add(CheckIn(session_id=session_id, resident_id=resident_id, kiosk_id="k1", at=when))


def practise(factory, resident_id, tutorial: str, when: datetime) -> None:
    with factory.begin() as s:
        s.add(TutorialRun(resident_id=resident_id, tutorial_id=tutorial, mode="guided",
                          started_at=when))  # fmt: skip


@pytest.fixture
def morning(schedule, session_factory, make_resident, clock):
    """Two sessions back to back; An and Bình in the first, Bình and Cường in the second."""
    first = schedule.schedule(DAY, time(8), time(10), "Cà phê sáng", "Nhà văn hóa Khu phố 3",
                              unicodedata.normalize("NFD", "Kích hoạt VNeID mức 2"))  # fmt: skip
    second = schedule.schedule(DAY, time(10), time(12), "Cà phê sáng", "", "")
    an = make_resident("Nguyễn Văn An", 1950, "0912345607", "Khu phố 1")
    binh = make_resident("Trần Thị Bình", 1962, None, "Khu phố 2")
    cuong = make_resident("Lê Văn Cường", 1948, "0987654321", "Khu phố 3")
    gone = make_resident("Phạm Thị Dung", 1955)
    visit(session_factory, first, binh, at(8, 5))
    visit(session_factory, first, an, at(8, 30))
    visit(session_factory, first, None, at(8, 40))
    visit(session_factory, first, gone, at(8, 45))
    visit(session_factory, second, binh, at(10, 5))
    visit(session_factory, second, cuong, at(10, 10))
    practise(session_factory, an, "vneid-l2", at(8, 40))
    practise(session_factory, an, "qr-pay", at(10, 20))  # after the second session started
    practise(session_factory, binh, "qr-pay", at(10, 30))
    with session_factory.begin() as s:
        s.get(Resident, gone).erased_at = clock.now()
    return first, second


def test_rows_are_the_sessions_own_check_ins_with_what_was_practised_in_it(service, morning):
    first, second = morning

    rows = service.rows_for_session(first)

    assert [r.full_name for r in rows] == ["Trần Thị Bình", "Nguyễn Văn An"]
    assert [r.content for r in rows] == ["", "Kích hoạt VNeID mức 2"]
    assert rows[1].phone_masked == "091****607"
    later = service.rows_for_session(second)
    assert [(r.full_name, r.content) for r in later] == [
        ("Trần Thị Bình", "Thanh toán QR"),
        ("Lê Văn Cường", ""),
    ]


def test_the_sheet_names_the_session_topic_time_and_place(service, morning):
    first, second = morning

    sheet = service.sheet_for_session(first)

    assert sheet.subtitle.split("\n") == [
        "Buổi “Cà phê sáng” – Chủ đề: Kích hoạt VNeID mức 2",
        "Thời gian: 08:00 – 10:00, ngày 29/11/2026",
        "Địa điểm: Nhà văn hóa Khu phố 3",
    ]
    assert sheet.anonymous_count == 1 and sheet.day == DAY
    assert service.sheet_for_session(second).subtitle.split("\n") == [
        "Buổi “Cà phê sáng”",
        "Thời gian: 10:00 – 12:00, ngày 29/11/2026",
    ]


def test_a_cancelled_session_says_so(service, schedule, morning):
    first, _second = morning
    schedule.cancel(first)
    assert service.sheet_for_session(first).subtitle.startswith(
        "Buổi “Cà phê sáng” – Chủ đề: Kích hoạt VNeID mức 2 (đã hủy)\n"
    )


def test_the_pdf_carries_the_session_lines_and_only_its_people(service, morning):
    first, _second = morning

    pdf = render_attendance(service.sheet_for_session(first))

    text = subprocess.run(["pdftotext", "-enc", "UTF-8", "-", "-"], input=pdf,
                          capture_output=True, check=True).stdout.decode()  # fmt: skip
    assert unicodedata.is_normalized("NFC", text)
    for line in (
        "DANH SÁCH ĐIỂM DANH",
        "Buổi “Cà phê sáng” – Chủ đề: Kích hoạt VNeID mức 2",
        "Thời gian: 08:00 – 10:00, ngày 29/11/2026",
        "Địa điểm: Nhà văn hóa Khu phố 3",
        "Trần Thị Bình",
        "Nguyễn Văn An",
        "Tổng số: 2 người. Ngoài ra có 1 lượt khách không đăng ký (ẩn danh).",
        "Phường Bến Thành, ngày 29 tháng 11 năm 2026",
    ):
        assert line in text, line
    assert "Lê Văn Cường" not in text and "Phạm Thị Dung" not in text
    assert "0912345607" not in text


def test_export_records_are_the_sessions_check_ins(service, morning):
    first, _second = morning
    records = service.checkins_for_session(first)
    assert [(r.at, r.full_name) for r in records] == [
        (time(8, 5), "Trần Thị Bình"),
        (time(8, 30), "Nguyễn Văn An"),
        (time(8, 40), "(ẩn danh)"),
        (time(8, 45), "(đã xóa)"),
    ]
    assert records[1].content == "Kích hoạt VNeID mức 2"


def test_an_unknown_session_is_not_found(service):
    with pytest.raises(NotFound):
        service.sheet_for_session("no-such-session")
