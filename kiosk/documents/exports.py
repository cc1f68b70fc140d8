"""Tables as CSV (UTF-8 with BOM, so Excel shows Vietnamese) and XLSX: pure functions -> bytes."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from datetime import date, time

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from kiosk.core.text import nfc
from kiosk.services.attendance import CheckInRecord

Cell = str | int | date | time | None

BOM = "\ufeff"
DATE_FORMAT, TIME_FORMAT = "DD/MM/YYYY", "HH:MM"
# Spreadsheets run a cell that starts like this as a formula ("-2+3", "@SUM(…)", a tab or CR
# before "="); a leading apostrophe keeps it text (OWASP CSV injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

CHECKIN_HEADERS = (
    "Ngày",
    "Giờ",
    "Buổi",
    "Họ và tên",
    "Năm sinh",
    "Khu phố",
    "Số điện thoại",
    "Nội dung",
)
CHECKIN_WIDTHS = (12, 7, 34, 30, 10, 14, 14, 48)


def cell_text(value: Cell) -> str:
    """How a value reads in the CSV (and in Excel): dates dd/mm/yyyy, times HH:MM."""
    if value is None:
        return ""
    if isinstance(value, date):
        return f"{value:%d/%m/%Y}"
    if isinstance(value, time):
        return f"{value:%H:%M}"
    text = nfc(str(value))
    return "'" + text if isinstance(value, str) and text.startswith(FORMULA_START) else text


def to_csv(headers: Sequence[str], rows: Iterable[Sequence[Cell]]) -> bytes:
    """UTF-8 with a BOM, CRLF line ends, every value NFC."""
    out = io.StringIO(newline="")
    out.write(BOM)
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([nfc(h) for h in headers])
    writer.writerows([cell_text(v) for v in row] for row in rows)
    return out.getvalue().encode("utf-8")


def _xlsx_value(value: Cell) -> Cell:
    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("", nfc(value))
    return value


def to_xlsx(
    headers: Sequence[str],
    rows: Iterable[Sequence[Cell]],
    title: str = "Danh sách",
    widths: Sequence[int] = (),
) -> bytes:
    """One sheet: a bold, frozen header row with a filter, dates and times as real cells."""
    book = Workbook()
    sheet = book.active
    sheet.title = ILLEGAL_CHARACTERS_RE.sub("", nfc(title))[:31]
    sheet.append([nfc(h) for h in headers])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row, start=1):
            cell = sheet.cell(row=r, column=c, value=_xlsx_value(value))
            if isinstance(value, str):
                cell.data_type = "s"  # never a formula, whatever the text starts with
            elif isinstance(value, date):
                cell.number_format = DATE_FORMAT
            elif isinstance(value, time):
                cell.number_format = TIME_FORMAT
    for c, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(c)].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def checkin_cells(records: Iterable[CheckInRecord]) -> list[tuple[Cell, ...]]:
    """CHECKIN_HEADERS order; phones already masked by the service."""
    return [
        (
            r.day,
            r.at,
            r.session,
            r.full_name,
            r.birth_year,
            r.neighbourhood,
            r.phone_masked,
            r.content,
        )
        for r in records
    ]
