"""CSV and XLSX writers: BOM, NFC, Vietnamese intact, the same rows in both."""

from __future__ import annotations

import csv
import io
import unicodedata
from datetime import date, time

import pytest
from openpyxl import load_workbook

from kiosk.documents.exports import (
    CHECKIN_HEADERS,
    CHECKIN_WIDTHS,
    cell_text,
    checkin_cells,
    to_csv,
    to_xlsx,
)
from kiosk.services.attendance import CheckInRecord

RECORDS = [
    CheckInRecord(date(2026, 11, 2), time(8, 5), "Cà phê sáng", "Nguyễn Văn An", 1950,
                  "Khu phố 1", "091****607", "Kích hoạt VNeID mức 2; Thanh toán QR"),
    CheckInRecord(date(2026, 11, 20), time(7, 55), "Cà phê sáng thứ Sáu",
                  unicodedata.normalize("NFD", "Đặng Thị Bình"), 1962, "Khu phố 2", "", ""),
    CheckInRecord(date(2026, 11, 20), time(8, 20), "Cà phê sáng", "(ẩn danh)", None, "", "", ""),
]  # fmt: skip


def csv_rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def xlsx_rows(data: bytes) -> list[list[str]]:
    sheet = load_workbook(io.BytesIO(data)).active
    return [[cell_text(v) for v in row] for row in sheet.iter_rows(values_only=True)]


def test_csv_starts_with_the_bom_and_is_nfc():
    data = to_csv(CHECKIN_HEADERS, checkin_cells(RECORDS))
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert unicodedata.is_normalized("NFC", text)
    rows = csv_rows(data)
    assert rows[0] == list(CHECKIN_HEADERS)
    assert rows[1][:4] == ["02/11/2026", "08:05", "Cà phê sáng", "Nguyễn Văn An"]
    assert rows[2][3] == "Đặng Thị Bình"
    assert rows[3][4] == ""


def test_xlsx_has_the_same_rows_as_the_csv():
    cells = checkin_cells(RECORDS)
    assert xlsx_rows(to_xlsx(CHECKIN_HEADERS, cells)) == csv_rows(to_csv(CHECKIN_HEADERS, cells))


def test_xlsx_header_widths_and_typed_cells():
    data = to_xlsx(CHECKIN_HEADERS, checkin_cells(RECORDS), "Điểm danh", CHECKIN_WIDTHS)
    sheet = load_workbook(io.BytesIO(data)).active
    assert sheet.title == "Điểm danh"
    assert sheet["A1"].font.b and sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["D"].width == CHECKIN_WIDTHS[3]
    assert sheet["A2"].is_date and sheet["A2"].number_format == "DD/MM/YYYY"
    assert sheet["E2"].value == 1950
    assert sheet["D3"].value == "Đặng Thị Bình"  # NFC in the file


def test_text_that_looks_like_a_formula_stays_text():
    rows = [('=HYPERLINK("x")', "+84", "ok\x07")]
    sheet = load_workbook(io.BytesIO(to_xlsx(("a", "b", "c"), rows))).active
    assert sheet["A2"].data_type == "s" and sheet["A2"].value == '=HYPERLINK("x")'
    assert sheet["C2"].value == "ok"
    assert csv_rows(to_csv(("a", "b", "c"), rows))[1][:2] == ['\'=HYPERLINK("x")', "'+84"]


@pytest.mark.parametrize("text", ["-2+3", "-1", "\t=1+1", "\r=1+1", "@SUM(A1)", "=1", "+1"])
def test_csv_cells_a_spreadsheet_would_run_start_with_an_apostrophe(text):
    assert csv_rows(to_csv(("a",), [(text,)]))[1] == ["'" + text]


@pytest.mark.parametrize("value", ["Nguyễn Văn An", "0912345607", "091****607", "Khu phố 3", 1952])
def test_ordinary_names_and_phones_are_unchanged(value):
    assert csv_rows(to_csv(("a",), [(value,)]))[1] == [str(value)]
