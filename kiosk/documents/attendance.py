"""'DANH SÁCH ĐIỂM DANH': A4 portrait attendance sheet in Decree 30/2020 layout."""

from __future__ import annotations

import io
from collections.abc import Iterable
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from kiosk.core.text import clean
from kiosk.documents import place_and_date
from kiosk.documents.fonts import SERIF, SERIF_BOLD, SERIF_ITALIC, register_fonts
from kiosk.services.attendance import AttendanceRow, AttendanceSheet

__all__ = ["AttendanceRow", "AttendanceSheet", "render_attendance"]

SIZE = 13
CELL_SIZE = 13
HEADERS = ("STT", "Họ và tên", "Năm\nsinh", "Khu phố", "Số điện\nthoại", "Nội dung", "Ký tên")
WIDTHS_MM = (11, 48, 15, 22, 26, 30, 18)
MARGINS_MM = dict(leftMargin=25, rightMargin=15, topMargin=20, bottomMargin=20)
PAD = 3
TAIL_ROWS = 3  # rows that go with the signatures when these would start a new page


def _style(
    name: str, font: str = SERIF, size: float = SIZE, align: int = TA_CENTER
) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * 1.25, alignment=align)


def _para(markup: str, style: ParagraphStyle, *texts: str) -> Paragraph:
    """Paragraph from markup with `{}` slots; the slot values are escaped."""
    return Paragraph(markup.format(*(escape(t) for t in texts)), style)


def _wrap(text: str, width_mm: float) -> str:
    """Pre-wrapped plain strings keep the table fast while long names still wrap."""
    lines = simpleSplit(clean(text), SERIF, CELL_SIZE, width_mm * mm - 2 * PAD)
    return "\n".join(lines)


def _cells(index: int, row: AttendanceRow) -> list[str]:
    values = (
        str(index),
        row.full_name,
        str(row.birth_year),
        row.neighbourhood,
        row.phone_masked,
        row.content,
        "",
    )
    return [_wrap(v, w) for v, w in zip(values, WIDTHS_MM, strict=True)]


class _SheetTable(Table):
    """A table that never leaves the closing block (total, signatures) alone on the last page.

    `reserve` is the closing block's height: when the rest of the table fits on the page but the
    block does not, the last TAIL_ROWS rows move to the next page (under a repeated header).
    """

    reserve = 0.0

    def _orphans_closing(self, avail_height: float, height: float) -> bool:
        return (
            bool(self.reserve)
            and height <= avail_height < height + self.reserve
            and self._nrows > 1 + TAIL_ROWS
        )

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        width, height = super().wrap(avail_width, avail_height)
        if self._orphans_closing(avail_height, height):
            return width, avail_height + 1  # too tall on purpose: the frame will call split()
        return width, height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        _width, height = super().wrap(avail_width, avail_height)
        if not self._orphans_closing(avail_height, height):
            return self._carry_reserve(super().split(avail_width, avail_height))
        tail = sum(self._rowHeights[-TAIL_ROWS:])
        pieces = self._carry_reserve(super().split(avail_width, height - tail + 0.5))
        if len(pieces) != 2:
            self.reserve = 0.0  # cannot help it: lay the table out normally
            return [self]
        return [pieces[0], PageBreak(), pieces[1]]

    def _carry_reserve(self, pieces: list[Table]) -> list[Table]:
        for piece in pieces:
            piece.reserve = 0.0
        if pieces:
            pieces[-1].reserve = self.reserve
        return pieces


def _table(rows: Iterable[AttendanceRow], reserve: float) -> Table:
    data = [list(HEADERS), *(_cells(i, row) for i, row in enumerate(rows, start=1))]
    table = _SheetTable(data, colWidths=[w * mm for w in WIDTHS_MM], repeatRows=1)
    table.reserve = reserve
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, 0), SERIF_BOLD, CELL_SIZE, CELL_SIZE * 1.2),
                ("FONT", (0, 1), (-1, -1), SERIF, CELL_SIZE, CELL_SIZE * 1.2),
                ("GRID", (0, 0), (-1, -1), 0.5, "black"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (0, 0), (-1, 0), "CENTER"),
                ("ALIGN", (0, 1), (0, -1), "CENTER"),
                ("ALIGN", (2, 1), (2, -1), "CENTER"),
                ("LEFTPADDING", (0, 0), (-1, -1), PAD),
                ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
                ("TOPPADDING", (0, 1), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 5),
            ]
        )
    )
    return table


def _heading(sheet: AttendanceSheet) -> list:
    left = [
        _para("UBND {}", _style("a1", size=12), sheet.ward_name.upper()),
        Paragraph("<b>TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG</b>", _style("a2", size=12)),
        HRFlowable(width=25 * mm, thickness=0.6, color="black", spaceBefore=2),
    ]
    right = [
        Paragraph("<b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b>", _style("m1", size=12)),
        Paragraph("<b><u>Độc lập - Tự do - Hạnh phúc</u></b>", _style("m2")),
    ]
    top = Table([[left, right]], colWidths=[78 * mm, 92 * mm])
    top.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    date_line = place_and_date(sheet.place or sheet.ward_name, sheet.made_on or sheet.day)
    return [
        top,
        Spacer(1, 4 * mm),
        _para("<i>{}</i>", _style("d", SERIF_ITALIC, align=TA_RIGHT), date_line),
        Spacer(1, 6 * mm),
        _para("<b>{}</b>", _style("t", SERIF_BOLD, 14), sheet.title),
        *_subtitle(sheet.subtitle),
        Spacer(1, 5 * mm),
    ]


def _subtitle(text: str) -> list[Paragraph]:
    """The first line in bold; further lines (time, place of a session) in regular type."""
    first, *rest = text.split("\n")
    return [
        _para("{}", _style("s", SERIF_BOLD), first),
        *(_para("{}", _style("s2"), line) for line in rest),
    ]


def _closing(sheet: AttendanceSheet) -> list:
    note = f"Tổng số: {len(sheet.rows)} người."
    if sheet.anonymous_count:
        note += f" Ngoài ra có {sheet.anonymous_count} lượt khách không đăng ký (ẩn danh)."
    signs = Table(
        [
            [
                Paragraph("<b>NGƯỜI LẬP BIỂU</b>", _style("g1")),
                Paragraph("<b>TỔ TRƯỞNG</b>", _style("g2")),
            ],
            [
                Paragraph("<i>(Ký, ghi rõ họ tên)</i>", _style("g3")),
                Paragraph("<i>(Ký, ghi rõ họ tên)</i>", _style("g4")),
            ],
        ],
        colWidths=[85 * mm, 85 * mm],
    )
    return [
        Spacer(1, 4 * mm),
        Paragraph(note, _style("n", align=TA_LEFT)),
        Spacer(1, 6 * mm),
        signs,
        Spacer(1, 18 * mm),
    ]


def _height(flowables: list, width: float) -> float:
    return sum(f.wrap(width, A4[1])[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in flowables)


class _NumberedCanvas(Canvas):
    """Holds pages back until the end so each can say 'Trang x/y'."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        for page in self._pages:
            self.__dict__.update(page)
            self.setFont(SERIF, 11)
            self.drawCentredString(
                A4[0] / 2 + 5 * mm, 10 * mm, f"Trang {self._pageNumber}/{len(self._pages)}"
            )
            super().showPage()
        super().save()


def render_attendance(sheet: AttendanceSheet) -> bytes:
    """A4 portrait PDF; the table header repeats on every page."""
    register_fonts()
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        title=clean(sheet.title),
        author=clean(sheet.ward_name),
        **{k: v * mm for k, v in MARGINS_MM.items()},
    )
    sheet = _normalized(sheet)
    closing = _closing(sheet)
    table = _table(sheet.rows, reserve=_height(closing, doc.width))
    story = [*_heading(sheet), table, KeepTogether(closing)]
    doc.build(story, canvasmaker=_NumberedCanvas)
    return out.getvalue()


def _normalized(sheet: AttendanceSheet) -> AttendanceSheet:
    rows = [
        AttendanceRow(
            clean(r.full_name),
            r.birth_year,
            clean(r.neighbourhood),
            clean(r.phone_masked),
            clean(r.content),
        )
        for r in sheet.rows
    ]
    return AttendanceSheet(
        clean(sheet.ward_name),
        sheet.day,
        "\n".join(clean(line) for line in sheet.subtitle.splitlines() if clean(line)),
        rows,
        sheet.anonymous_count,
        clean(sheet.title),
        clean(sheet.place) if sheet.place else None,
        sheet.made_on,
    )
