"""Attendance rows for a day, from real check-ins and tutorial runs."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from kiosk.services.attendance import AttendanceService
from kiosk.storage.models import CheckIn, Resident, TutorialRun
from kiosk.storage.models import Session as KioskSession

DAY = date(2026, 11, 29)


@pytest.fixture
def service(session_factory, clock) -> AttendanceService:
    titles = {"vneid-l2": "Kích hoạt VNeID mức 2", "qr-pay": "Thanh toán QR"}
    return AttendanceService(session_factory, clock, "Phường Bến Thành", tutorial_titles=titles)


@pytest.fixture
def morning(session_factory) -> str:
    with session_factory.begin() as s:
        session = KioskSession(day=DAY, title="Cà phê sáng thứ Bảy", place="Nhà văn hóa")
        s.add(session)
        s.flush()
        return session.id


def check_in(factory, session_id: str, resident_id: str | None, at: datetime) -> None:
    with factory.begin() as s:
        s.add(CheckIn(session_id=session_id, resident_id=resident_id, kiosk_id="k1", at=at))


def run(factory, resident_id: str, tutorial_id: str, at: datetime) -> None:
    with factory.begin() as s:
        s.add(
            TutorialRun(
                resident_id=resident_id, tutorial_id=tutorial_id, mode="guided", started_at=at
            )
        )


def test_rows_list_residents_in_check_in_order_once_each(
    service, session_factory, make_resident, morning
):
    an = make_resident("Nguyễn Văn An", 1950, "0912345607", "Khu phố 1")
    binh = make_resident("Trần Thị Bình", 1962, None, "Khu phố 2")
    check_in(session_factory, morning, binh, datetime(2026, 11, 29, 8, 5))
    check_in(session_factory, morning, an, datetime(2026, 11, 29, 8, 30))
    check_in(session_factory, morning, binh, datetime(2026, 11, 29, 10, 0))

    rows = service.rows_for_day(DAY)

    assert [r.full_name for r in rows] == ["Trần Thị Bình", "Nguyễn Văn An"]
    assert rows[1].phone_masked == "091****607" and rows[0].phone_masked == ""
    assert (rows[1].birth_year, rows[1].neighbourhood) == (1950, "Khu phố 1")


def test_other_days_anonymous_and_erased_are_left_out(
    service, session_factory, make_resident, morning, clock
):
    kept, erased = make_resident("Lê Văn Cường"), make_resident("Phạm Thị Dung")
    check_in(session_factory, morning, kept, datetime(2026, 11, 29, 23, 59, 59))
    check_in(session_factory, morning, kept, datetime(2026, 11, 30, 0, 0))
    check_in(session_factory, morning, erased, datetime(2026, 11, 29, 9, 0))
    check_in(session_factory, morning, None, datetime(2026, 11, 29, 9, 0))
    check_in(session_factory, morning, None, datetime(2026, 11, 28, 9, 0))
    with session_factory.begin() as s:
        s.get(Resident, erased).erased_at = clock.now()

    assert [r.full_name for r in service.rows_for_day(DAY)] == ["Lê Văn Cường"]
    assert service.anonymous_count(DAY) == 1


def test_content_lists_that_days_tutorial_titles(service, session_factory, make_resident, morning):
    an = make_resident()
    check_in(session_factory, morning, an, datetime(2026, 11, 29, 8, 0))
    run(session_factory, an, "vneid-l2", datetime(2026, 11, 29, 8, 10))
    run(session_factory, an, "qr-pay", datetime(2026, 11, 29, 8, 40))
    run(session_factory, an, "vneid-l2", datetime(2026, 11, 29, 9, 0))
    run(session_factory, an, "unknown-id", datetime(2026, 11, 29, 9, 30))
    run(session_factory, an, "qr-pay", datetime(2026, 11, 28, 9, 0))

    [row] = service.rows_for_day(DAY)

    assert row.content == "Kích hoạt VNeID mức 2; Thanh toán QR; unknown-id"


def test_sheet_for_day_names_the_sessions_and_today(
    service, session_factory, make_resident, morning, clock
):
    check_in(session_factory, morning, make_resident(), datetime(2026, 11, 29, 8, 0))
    check_in(session_factory, morning, None, datetime(2026, 11, 29, 8, 1))

    sheet = service.sheet_for_day(DAY)

    assert sheet.ward_name == "Phường Bến Thành" and sheet.day == DAY
    assert sheet.subtitle == "Cà phê sáng thứ Bảy – ngày 29/11/2026"
    assert len(sheet.rows) == 1 and sheet.anonymous_count == 1
    assert sheet.made_on == clock.today()


def test_empty_day_gives_an_empty_sheet(service):
    sheet = service.sheet_for_day(date(2026, 1, 1))
    assert sheet.rows == [] and sheet.anonymous_count == 0
    assert "01/01/2026" in sheet.subtitle
