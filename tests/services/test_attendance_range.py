"""Attendance over a date range, and one record per check-in for the exports."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from kiosk.core.errors import KioskError
from kiosk.services.attendance import AttendanceService
from kiosk.storage.models import CheckIn, TutorialRun
from kiosk.storage.models import Session as KioskSession

TITLES = {"vneid-l2": "Kích hoạt VNeID mức 2", "qr-pay": "Thanh toán QR"}


@pytest.fixture
def service(session_factory, clock) -> AttendanceService:
    return AttendanceService(session_factory, clock, "Phường Bến Thành", tutorial_titles=TITLES)


def session_on(factory, day: date, title: str = "Cà phê sáng") -> str:
    with factory.begin() as s:
        session = KioskSession(day=day, title=title)
        s.add(session)
        s.flush()
        return session.id


def visit(factory, session_id, resident_id, at: datetime, tutorial: str | None = None) -> None:
    with factory.begin() as s:
        s.add(CheckIn(session_id=session_id, resident_id=resident_id, kiosk_id="k1", at=at))
        if tutorial and resident_id:
            s.add(TutorialRun(resident_id=resident_id, tutorial_id=tutorial, mode="guided",
                              started_at=at))  # fmt: skip


@pytest.fixture
def november(session_factory, make_resident):
    """An on 2 and 20 November, Bình on 20 November, an anonymous visit, one on 1 December."""
    an = make_resident("Nguyễn Văn An", 1950, "0912345607", "Khu phố 1")
    binh = make_resident("Đặng Thị Bình", 1962, None, "Khu phố 2")
    early, late = (
        session_on(session_factory, date(2026, 11, 2)),
        session_on(session_factory, date(2026, 11, 20), "Cà phê sáng thứ Sáu"),
    )
    visit(session_factory, early, an, datetime(2026, 11, 2, 8, 0), "vneid-l2")
    visit(session_factory, late, binh, datetime(2026, 11, 20, 7, 55), "qr-pay")
    visit(session_factory, late, an, datetime(2026, 11, 20, 8, 10), "qr-pay")
    visit(session_factory, late, None, datetime(2026, 11, 20, 8, 20))
    december = session_on(session_factory, date(2026, 12, 1))
    visit(session_factory, december, binh, datetime(2026, 12, 1, 8, 0), "vneid-l2")
    return an, binh


def test_rows_for_range_list_each_resident_once_with_everything_practised(service, november):
    rows = service.rows_for_range(date(2026, 11, 1), date(2026, 11, 30))
    assert [(r.full_name, r.phone_masked, r.content) for r in rows] == [
        ("Nguyễn Văn An", "091****607", "Kích hoạt VNeID mức 2; Thanh toán QR"),
        ("Đặng Thị Bình", "", "Thanh toán QR"),
    ]


def test_both_ends_of_the_range_are_included(service, november):
    rows = service.rows_for_range(date(2026, 11, 20), date(2026, 12, 1))
    assert [r.full_name for r in rows] == ["Đặng Thị Bình", "Nguyễn Văn An"]
    assert service.rows_for_range(date(2026, 11, 2), date(2026, 11, 2))[0].content == (
        "Kích hoạt VNeID mức 2"
    )


def test_sheet_for_range_says_the_range_in_vietnamese_dates(service, november):
    sheet = service.sheet_for_range(date(2026, 11, 1), date(2026, 11, 30))
    assert sheet.subtitle == "Điểm hỗ trợ “Cà phê sáng” – từ ngày 01/11/2026 đến ngày 30/11/2026"
    assert sheet.anonymous_count == 1
    assert len(sheet.rows) == 2
    assert sheet.made_on == date(2026, 11, 29)


def test_a_one_day_range_is_the_days_sheet(service, november):
    day = date(2026, 11, 20)
    assert service.sheet_for_range(day, day) == service.sheet_for_day(day)


def test_end_before_start_is_refused(service):
    with pytest.raises(KioskError, match="before the start"):
        service.rows_for_range(date(2026, 11, 30), date(2026, 11, 1))


def test_checkins_for_range_one_record_per_check_in(service, november, session_factory, clock):
    records = service.checkins_for_range(date(2026, 11, 1), date(2026, 11, 30))
    assert [(r.day, r.at, r.session, r.full_name, r.phone_masked, r.content) for r in records] == [
        (date(2026, 11, 2), time(8, 0), "Cà phê sáng", "Nguyễn Văn An", "091****607",
         "Kích hoạt VNeID mức 2"),
        (date(2026, 11, 20), time(7, 55), "Cà phê sáng thứ Sáu", "Đặng Thị Bình", "",
         "Thanh toán QR"),
        (date(2026, 11, 20), time(8, 10), "Cà phê sáng thứ Sáu", "Nguyễn Văn An", "091****607",
         "Thanh toán QR"),
        (date(2026, 11, 20), time(8, 20), "Cà phê sáng thứ Sáu", "(ẩn danh)", "", ""),
    ]  # fmt: skip
    assert records[0].birth_year == 1950 and records[0].neighbourhood == "Khu phố 1"
    assert records[-1].birth_year is None


def test_erased_residents_show_no_personal_data(service, november, session_factory, clock):
    from kiosk.storage.models import Resident

    an, _binh = november
    with session_factory.begin() as s:
        s.get(Resident, an).erased_at = clock.now()
    records = service.checkins_for_range(date(2026, 11, 2), date(2026, 11, 2))
    assert [(r.full_name, r.birth_year, r.phone_masked) for r in records] == [
        ("(đã xóa)", None, "")
    ]
    assert service.rows_for_range(date(2026, 11, 2), date(2026, 11, 2)) == []
