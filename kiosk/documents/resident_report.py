"""'THÔNG TIN CÁ NHÂN ĐANG LƯU TRỮ': everything the kiosk stores about one resident, on A4.

This is the resident's own copy (a data-subject access request), so the phone is shown in
full, unlike the attendance sheet.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from kiosk.core.text import nfc
from kiosk.core.validation import GENDER_WORDS
from kiosk.documents.fonts import SANS, SANS_BOLD, SANS_ITALIC, register_fonts
from kiosk.services.privacy import ResidentRecord, RunInfo

TITLE = "THÔNG TIN CÁ NHÂN ĐANG LƯU TRỮ"
MODES = {"guided": "Hướng dẫn", "practice": "Luyện tập", "check": "Kiểm tra"}
OUTCOMES = {"ok": "Tự làm", "helped": "Có trợ giúp", "skipped": "Bỏ qua"}
WIDTH = A4[0] - 40 * mm
GRID = Color(0.6, 0.6, 0.6)
HEAD = Color(0.92, 0.92, 0.92)

_BODY = ParagraphStyle("body", fontName=SANS, fontSize=10.5, leading=14)
_CELL = ParagraphStyle("cell", fontName=SANS, fontSize=9.5, leading=12)
_CELL_HEAD = ParagraphStyle("cellHead", parent=_CELL, fontName=SANS_BOLD)
_H1 = ParagraphStyle("h1", fontName=SANS_BOLD, fontSize=17, leading=22, alignment=1)
_H2 = ParagraphStyle("h2", fontName=SANS_BOLD, fontSize=12.5, leading=16, spaceBefore=10)
_NOTE = ParagraphStyle("note", parent=_BODY, fontName=SANS_ITALIC, fontSize=9.5)


def _when(value: datetime | date | None) -> str:
    if value is None:
        return "—"
    if isinstance(value, datetime):
        return f"{value:%d/%m/%Y %H:%M}"
    return f"{value:%d/%m/%Y}"


def _yes(value: bool) -> str:
    return "Có" if value else "Không"


def _p(text: str, style: ParagraphStyle = _BODY) -> Paragraph:
    return Paragraph(escape(nfc(text)), style)


def _table(header: Sequence[str], rows: Sequence[Sequence[str]], widths_mm: Sequence[float]):
    """A grid whose header repeats on every page; or a line saying there is nothing."""
    if not rows:
        return _p("Không có dữ liệu.", _NOTE)
    scale = WIDTH / (sum(widths_mm) * mm)
    data = [[_p(h, _CELL_HEAD) for h in header], *[[_p(c, _CELL) for c in r] for r in rows]]
    table = Table(data, colWidths=[w * mm * scale for w in widths_mm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, GRID),
                ("BACKGROUND", (0, 0), (-1, 0), HEAD),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def _personal(record: ResidentRecord) -> Flowable:
    r = record.resident
    rows = [
        ("Họ và tên", r.full_name),
        ("Năm sinh", str(r.birth_year)),
        ("Khu phố", r.neighbourhood),
        ("Số điện thoại", r.phone or "—"),
        ("Giới tính", GENDER_WORDS.get(r.gender or "", r.gender or "—")),
        ("Ngày đăng ký", _when(r.created_at)),
        ("Mã hồ sơ", r.id),
    ]
    return _table(("Mục", "Nội dung"), rows, (45, 125))


def _runs(runs: Sequence[RunInfo], titles: Mapping[str, str]) -> list[Flowable]:
    rows = [
        (
            str(i),
            titles.get(run.tutorial_id, run.tutorial_id),
            MODES.get(run.mode, run.mode),
            _when(run.started_at),
            _when(run.finished_at),
            "Đạt" if run.passed else ("Hoàn thành" if run.completed else "Chưa xong"),
        )
        for i, run in enumerate(runs, 1)
    ]
    steps = [
        (
            str(i),
            str(step.step_index + 1),
            step.step_id,
            f"{step.seconds:.0f}",
            str(step.mistakes),
            str(step.hints),
            OUTCOMES.get(step.outcome, step.outcome),
        )
        for i, run in enumerate(runs, 1)
        for step in run.steps
    ]
    header = ("Lần", "Bài học", "Chế độ", "Bắt đầu", "Kết thúc", "Kết quả")
    step_header = ("Lần", "Bước", "Mã bước", "Giây", "Lỗi", "Gợi ý", "Kết quả")
    return [
        _table(header, rows, (12, 60, 24, 28, 28, 22)),
        Spacer(1, 3 * mm),
        _p("Chi tiết từng bước", _CELL_HEAD),
        _table(step_header, steps, (12, 14, 62, 18, 14, 16, 26)),
    ]


def _volunteer(record: ResidentRecord) -> list[Flowable]:
    calls = [
        (_when(h.at), h.where or "—", h.kiosk_id, _when(h.answered_at))
        for h in record.help_requests
    ]
    helped = [(_when(a.at), a.category, a.note or "—", a.volunteer) for a in record.assistance]
    return [
        _p(f"6. Lần gọi tình nguyện viên ({len(calls)})", _H2),
        _table(("Thời điểm", "Đang làm", "Máy", "Được giúp lúc"), calls, (35, 70, 30, 35)),
        _p(f"7. Hỗ trợ đã nhận ({len(helped)})", _H2),
        _table(
            ("Thời điểm", "Nội dung hỗ trợ", "Ghi chú", "Người hỗ trợ"), helped, (35, 55, 55, 25)
        ),
    ]


def _story(record: ResidentRecord, titles: Mapping[str, str]) -> list[Flowable]:
    consents = [
        (_when(c.at), "Đồng ý" if c.agreed else "Không đồng ý", c.text_version, c.kiosk_id)
        for c in record.consents
    ]
    checkins = [(_when(c.at), c.session_title, c.kiosk_id) for c in record.checkins]
    certificates = [
        (
            c.code,
            c.module_title,
            _when(c.issued_on),
            "Đã thu hồi" if c.revoked_reason else "Hiệu lực",
        )
        for c in record.certificates
    ]
    return [
        _p(TITLE, _H1),
        _p(f"Lập lúc {_when(record.made_at)}", ParagraphStyle("made", parent=_NOTE, alignment=1)),
        Spacer(1, 4 * mm),
        _p("1. Thông tin cá nhân", _H2),
        _personal(record),
        _p("2. Đồng ý xử lý dữ liệu cá nhân", _H2),
        _table(("Thời điểm", "Lựa chọn", "Phiên bản nội dung", "Máy"), consents, (35, 30, 60, 30)),
        _p(f"3. Lượt điểm danh ({len(checkins)})", _H2),
        _table(("Thời điểm", "Buổi", "Máy"), checkins, (35, 100, 30)),
        _p(f"4. Bài học đã làm ({len(record.tutorial_runs)})", _H2),
        *_runs(record.tutorial_runs, titles),
        _p(f"5. Giấy chứng nhận ({len(certificates)})", _H2),
        _table(("Mã", "Nội dung", "Ngày cấp", "Trạng thái"), certificates, (36, 79, 25, 25)),
        *_volunteer(record),
        Spacer(1, 6 * mm),
        _p(
            "Theo Luật Bảo vệ dữ liệu cá nhân, ông/bà có quyền yêu cầu xem, sửa hoặc xóa các "
            "dữ liệu trên. Vui lòng liên hệ cán bộ phường.",
            _NOTE,
        ),
    ]


def _number_pages(canvas, doc) -> None:  # type: ignore[no-untyped-def]
    canvas.setFont(SANS, 9)
    canvas.drawRightString(A4[0] - 20 * mm, 12 * mm, f"Trang {doc.page}")


def render_resident_report(
    record: ResidentRecord, tutorial_titles: Mapping[str, str] | None = None
) -> bytes:
    """The PDF; `tutorial_titles` maps tutorial ids to their Vietnamese titles when known."""
    register_fonts()
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=20 * mm,
        title=TITLE,
        author="Cà phê sáng",
    )
    story = _story(record, tutorial_titles or {})
    doc.build(story, onFirstPage=_number_pages, onLaterPages=_number_pages)
    return out.getvalue()
