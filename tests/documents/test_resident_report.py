"""The resident's own report: every kind of stored data, in Vietnamese, on A4."""

from __future__ import annotations

import subprocess
import unicodedata
from datetime import date, datetime

import pypdfium2 as pdfium

from kiosk.documents.resident_report import TITLE, render_resident_report
from kiosk.services.privacy import (
    CertificateInfo,
    CheckInInfo,
    ConsentInfo,
    ResidentInfo,
    ResidentRecord,
    RunInfo,
    StepInfo,
)

NAME = "Tôn Nữ Hoàng Thị Thanh Xuân Phương"
AT = datetime(2026, 11, 29, 8, 30)


def pdftotext(pdf: bytes) -> str:
    args = ["pdftotext", "-enc", "UTF-8", "-", "-"]
    out = subprocess.run(args, input=pdf, capture_output=True, check=True).stdout.decode()
    return unicodedata.normalize("NFC", out)


def record(checkins: int = 2) -> ResidentRecord:
    steps = (
        StepInfo(0, "open_app", 12.0, 1, 0, "ok"),
        StepInfo(1, "scan_cccd", 30.0, 0, 1, "helped"),
    )
    return ResidentRecord(
        ResidentInfo("r-1", NAME, 1948, "Khu phố 4", "0912345607", None, AT),
        (ConsentInfo(True, "a1b2c3d4e5f60718", "kiosk-1", AT),),
        tuple(
            CheckInInfo(AT, "kiosk-1", "Cà phê sáng – khách vãng lai", AT.date())
            for _ in range(checkins)
        ),
        (RunInfo("vneid-activate-level2", "check", AT, AT, True, True, steps),),
        (
            CertificateInfo(
                "K7QM-3XPA-9D", "vneid-l2", "Kích hoạt VNeID mức 2", date(2026, 11, 29), None
            ),
        ),
        AT,
    )


def test_the_report_shows_every_kind_of_data_in_vietnamese():
    pdf = render_resident_report(record(), {"vneid-activate-level2": "Kích hoạt VNeID mức 2"})
    text = pdftotext(pdf)
    for expected in (
        TITLE,
        NAME,
        "0912345607",  # the resident's own copy: the phone in full
        "Khu phố 4",
        "Đồng ý",
        "Cà phê sáng – khách vãng lai",
        "Kiểm tra",
        "scan_cccd",
        "Có trợ giúp",
        "K7QM-3XPA-9D",
        "Lập lúc 29/11/2026 08:30",
    ):
        assert expected in text, expected


def test_the_report_is_a4_and_long_histories_flow_onto_more_pages():
    pdf = render_resident_report(record(checkins=120))
    document = pdfium.PdfDocument(pdf)
    try:
        width, height = document[0].get_size()
        assert (round(width), round(height)) == (595, 842)
        assert len(document) > 1
    finally:
        document.close()
    assert "Trang 2" in pdftotext(pdf)


def test_empty_sections_say_so():
    empty = ResidentRecord(record().resident, (), (), (), (), AT)
    assert pdftotext(render_resident_report(empty)).count("Không có dữ liệu.") == 7


def test_the_report_shows_volunteer_calls_and_the_help_received():
    from dataclasses import replace

    from kiosk.services.volunteer import AssistanceInfo, HelpRequestInfo

    full = replace(
        record(),
        help_requests=(HelpRequestInfo(AT, "kiosk-2", "Bài: Kích hoạt VNeID mức 2", None),),
        assistance=(AssistanceInfo(AT, "Cài ví điện tử", "Cài MoMo, liên kết thẻ", "volunteer"),),
    )
    text = pdftotext(render_resident_report(full))
    for expected in ("6. Lần gọi tình nguyện viên (1)", "kiosk-2", "7. Hỗ trợ đã nhận (1)"):
        assert expected in text, expected
    assert "Cài MoMo, liên kết thẻ" in " ".join(text.split())
