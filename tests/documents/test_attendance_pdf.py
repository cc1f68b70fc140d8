"""The attendance sheet PDF: many pages, header on each, phones masked, numbered pages."""

from __future__ import annotations

import subprocess
import unicodedata
from datetime import date, datetime

import pypdfium2 as pdfium
import pytest

from kiosk.documents.attendance import AttendanceRow, AttendanceSheet, render_attendance
from kiosk.services.attendance import AttendanceService
from kiosk.storage.models import CheckIn
from kiosk.storage.models import Session as KioskSession

DAY = date(2026, 11, 29)
NAMES = (
    "Nguyễn Văn An",
    "Trần Thị Bích Ngọc",
    "Tôn Nữ Hoàng Thị Thanh Xuân Phương",
    "Đặng Văn Đức",
)


def pdftotext(pdf: bytes, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    args = ["pdftotext", "-enc", "UTF-8", "-layout", *pages, "-", "-"]
    return subprocess.run(args, input=pdf, capture_output=True, check=True).stdout.decode()


def page_count(pdf: bytes) -> int:
    document = pdfium.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


@pytest.fixture(scope="module")
def big_sheet() -> AttendanceSheet:
    rows = [
        AttendanceRow(
            NAMES[i % 4],
            1940 + i % 50,
            f"Khu phố {i % 6 + 1}",
            "091****607" if i % 2 else "",
            "Kích hoạt VNeID mức 2" if i % 3 else "",
        )
        for i in range(500)
    ]
    return AttendanceSheet(
        "Phường Bến Thành", DAY, "Cà phê sáng – ngày 29/11/2026", rows, anonymous_count=4
    )


@pytest.fixture(scope="module")
def big_pdf(big_sheet) -> bytes:
    return render_attendance(big_sheet)


def test_500_rows_span_pages_with_header_and_page_number_on_each(big_pdf):
    pages = page_count(big_pdf)
    assert pages >= 10
    for page in range(1, pages + 1):
        text = pdftotext(big_pdf, page)
        for header in ("STT", "Họ và tên", "Khu phố", "Nội dung", "Ký tên"):
            assert header in text, (page, header)
        assert f"Trang {page}/{pages}" in text


def test_every_row_is_there_once(big_pdf):
    text = pdftotext(big_pdf)
    numbers = [
        line.split()[0] for line in text.splitlines() if line.split() and line.split()[0].isdigit()
    ]
    assert [str(n) for n in range(1, 501)] == [n for n in numbers if int(n) <= 500 and len(n) <= 3]


def test_first_page_has_the_administrative_heading(big_pdf):
    text = pdftotext(big_pdf, 1)
    for phrase in (
        "UBND PHƯỜNG BẾN THÀNH",
        "TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Phường Bến Thành, ngày 29 tháng 11 năm 2026",
        "DANH SÁCH ĐIỂM DANH",
        "Cà phê sáng – ngày 29/11/2026",
    ):
        assert phrase in text, phrase


def test_last_page_has_totals_and_signature_blocks(big_pdf):
    text = pdftotext(big_pdf, page_count(big_pdf))
    assert "Tổng số: 500 người." in text and "4 lượt khách" in text
    assert "NGƯỜI LẬP BIỂU" in text and "TỔ TRƯỞNG" in text


def test_phones_are_masked_and_names_in_nfc(session_factory, clock, make_resident):
    nfd = unicodedata.normalize("NFD", "Phạm Thị Ngọc Ánh")
    resident = make_resident(nfd, 1955, "0912345607")
    with session_factory.begin() as s:
        session = KioskSession(day=DAY, title="Cà phê sáng", place="")
        s.add(session)
        s.flush()
        s.add(
            CheckIn(
                session_id=session.id,
                resident_id=resident,
                kiosk_id="k1",
                at=datetime(2026, 11, 29, 8, 0),
            )
        )
    sheet = AttendanceService(session_factory, clock, "Phường Bến Thành").sheet_for_day(DAY)

    text = pdftotext(render_attendance(sheet))

    assert "091****607" in text and "0912345607" not in text
    assert "Phạm Thị Ngọc Ánh" in text


def test_long_names_wrap_inside_their_cell():
    name = "Tôn Nữ Hoàng Thị Thanh Xuân Phương Nguyễn Ngọc Bảo Trâm"
    sheet = AttendanceSheet(
        "Phường Bến Thành", DAY, "Ngày 29/11/2026", [AttendanceRow(name, 1950, "Khu phố 1", "", "")]
    )
    lines = [line for line in pdftotext(render_attendance(sheet)).splitlines() if "Tôn Nữ" in line]
    assert lines and "Bảo Trâm" not in lines[0]  # the name continues on a second line
    assert "Bảo Trâm" in pdftotext(render_attendance(sheet))


def test_signatures_never_stand_alone_on_the_last_page():
    rows = [AttendanceRow(NAMES[i % 4], 1950, "Khu phố 1", "", "") for i in range(70)]
    for count in range(1, 70, 2):
        pdf = render_attendance(
            AttendanceSheet("Phường Bến Thành", DAY, "Ngày 29/11/2026", rows[:count])
        )
        last = pdftotext(pdf, page_count(pdf))
        assert "Họ và tên" in last and "NGƯỜI LẬP BIỂU" in last, count
