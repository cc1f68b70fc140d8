"""Reading a resident list CSV as a stream: line by line, never the whole file in memory.

UTF-8 with or without BOM; comma, or the semicolon/tab some spreadsheets write. Each record
keeps the line it starts on, so a rejected row can be found in the file.
"""

from __future__ import annotations

import csv
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import BinaryIO

from kiosk.core.errors import KioskError
from kiosk.core.text import clean, fold

FIELDS = ("full_name", "birth_year", "neighbourhood", "phone")  # required columns
VI_COLUMNS = ("ho_ten", "nam_sinh", "khu_pho", "so_dien_thoai")
EN_COLUMNS = FIELDS
# An optional trailing column; an export writes it, so an export imports back unchanged.
EXPORT_COLUMNS = (*VI_COLUMNS, "gioi_tinh")
_ALIASES = {
    **dict(zip(VI_COLUMNS, FIELDS, strict=True)),
    **dict(zip(EN_COLUMNS, FIELDS, strict=True)),
    "ho_va_ten": "full_name",
    "gioi_tinh": "gender",
    "gender": "gender",
}
READ_BYTES = 1 << 16
MAX_LINE_BYTES = 1 << 20  # a "line" longer than this is not a resident list

EXTRA_VALUES_VI = (
    "Dòng có nhiều giá trị hơn số cột của dòng tiêu đề "
    "(dấu phẩy trong một ô phải đặt trong ngoặc kép)."
)
_EXTRA_VALUES_EN = (
    "The row has more values than the header has columns "
    "(a comma inside a value must be in double quotes)."
)


class UnusableFile(KioskError):
    """The file as a whole cannot be imported (encoding, header); nothing was stored."""

    def __init__(self, vi: str, en: str) -> None:
        super().__init__(f"{vi}\n{en}")
        self.vi = vi
        self.en = en


@dataclass(frozen=True)
class RejectedRow:
    line: int
    field: str
    code: str
    message: str  # English
    vi: str = ""
    value: str = ""  # what the row had in that field, shortened

    def describe(self) -> str:
        shown = f" «{self.value}»" if self.value else ""
        where = f"dòng {self.line} / line {self.line}:{shown}"
        return f"{where} {self.vi or self.message} / {self.message}"


def shorten(text: str, limit: int = 40) -> str:
    text = clean(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass
class ImportReport:
    imported: int = 0
    skipped: int = 0
    rejected: list[RejectedRow] = field(default_factory=list)
    new_neighbourhoods: list[str] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    # Lines skipped only because another resident (other name) already has that phone.
    phone_conflicts: list[tuple[int, str]] = field(default_factory=list)
    rows: int = 0  # data rows in the file
    processed: int = 0  # of those, how many were looked at (fewer when stopped)

    @property
    def stopped(self) -> bool:
        return self.processed < self.rows

    @property
    def summary(self) -> str:
        return (
            f"imported {self.imported}, skipped {self.skipped} (already there), "
            f"rejected {len(self.rejected)}"
        )


@dataclass(frozen=True)
class Record:
    line: int
    values: dict[str, str]


def _byte_lines(stream: BinaryIO) -> Iterator[bytes]:
    """Physical lines with their ends (LF, CRLF or CR), read a block at a time."""
    pending = b""
    while block := stream.read(READ_BYTES):
        lines = (pending + block).splitlines(keepends=True)
        pending = b"" if lines[-1].endswith(b"\n") else lines.pop()  # a CR may precede an LF
        if len(pending) > MAX_LINE_BYTES:
            raise UnusableFile(
                "Tệp có một dòng quá dài; đây không phải danh sách cư dân dạng CSV.",
                "The file has a line far too long; it is not a resident list CSV.",
            )
        yield from lines
    if pending:
        yield pending


def _text_lines(stream: BinaryIO) -> Iterator[str]:
    for number, raw in enumerate(_byte_lines(stream), start=1):
        if number == 1:
            if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
                raise UnusableFile(
                    "Tệp được lưu dạng UTF-16. Hãy lưu lại dạng “CSV UTF-8”.",
                    "The file is UTF-16. Save it again as “CSV UTF-8 (Comma delimited)”.",
                )
            raw = raw.removeprefix(b"\xef\xbb\xbf")
        try:
            yield raw.decode("utf-8")
        except UnicodeDecodeError:
            raise UnusableFile(
                f"Tệp không phải UTF-8 (lỗi ở dòng {number}). Hãy lưu lại dạng “CSV UTF-8”.",
                f"The file is not UTF-8 (first bad byte on line {number}). "
                "Save it again as “CSV UTF-8 (Comma delimited)”.",
            ) from None


def _delimited(lines: Iterator[str]) -> tuple[str, Iterator[str]]:
    """Comma, or the semicolon/tab of the first non-blank line if it has more; and the lines."""
    seen: list[str] = []
    for line in lines:
        seen.append(line)
        if line.strip():
            counts = {d: line.count(d) for d in (",", ";", "\t")}
            best = max(counts, key=lambda d: counts[d])
            return (best if counts[best] > counts[","] else ","), itertools.chain(seen, lines)
    return ",", iter(seen)


def _column_key(cell: str) -> str:
    return re.sub(r"[\s\-]+", "_", fold(cell))


def _columns(header: list[str]) -> tuple[dict[str, int], list[str]]:
    positions: dict[str, int] = {}
    ignored = []
    for index, cell in enumerate(header):
        name = _ALIASES.get(_column_key(cell))
        if name is None:
            if clean(cell):
                ignored.append(clean(cell))
        elif name in positions:
            raise UnusableFile(
                f"Cột “{clean(cell)}” bị lặp lại ở dòng tiêu đề.",
                f"The column “{clean(cell)}” appears twice in the header.",
            )
        else:
            positions[name] = index
    missing = [i for i, name in enumerate(FIELDS) if name not in positions]
    if missing:
        vi = ", ".join(VI_COLUMNS[i] for i in missing)
        en = ", ".join(EN_COLUMNS[i] for i in missing)
        raise UnusableFile(
            f"Thiếu cột: {vi}. Dòng đầu tiên phải là: {','.join(VI_COLUMNS)}",
            f"Missing column(s): {en}. The first line must be {','.join(VI_COLUMNS)} "
            f"(or {','.join(EN_COLUMNS)}).",
        )
    return positions, ignored


def read_records(stream: BinaryIO, report: ImportReport) -> Iterator[Record]:
    """Records with their line numbers, as the file is read; rows the CSV shape already rules
    out go to the report. UnusableFile when the file cannot be used at all."""
    delimiter, lines = _delimited(_text_lines(stream))
    reader = csv.reader(lines, delimiter=delimiter)
    positions: dict[str, int] | None = None
    line, width = 1, 0
    try:
        for row in reader:
            start, line = line, reader.line_num + 1
            if not any(cell.strip() for cell in row):
                continue  # empty lines (and rows of empty cells) are not rows
            if positions is None:
                positions, report.ignored_columns = _columns(row)
                width = len(row)
            elif any(cell.strip() for cell in row[width:]):
                extra = shorten(",".join(row))
                report.rejected.append(
                    RejectedRow(
                        start, "row", "row.extra_values", _EXTRA_VALUES_EN, EXTRA_VALUES_VI, extra
                    )
                )
            else:
                yield Record(
                    start, {f: row[i] if i < len(row) else "" for f, i in positions.items()}
                )
    except csv.Error as exc:
        raise UnusableFile(
            f"Không đọc được tệp CSV ở dòng {line}: {exc}",
            f"Cannot read the CSV file at line {line}: {exc}",
        ) from None
    if positions is None:
        raise UnusableFile(
            f"Tệp trống. Dòng đầu tiên phải là: {','.join(VI_COLUMNS)}",
            f"The file is empty. The first line must be {','.join(VI_COLUMNS)}.",
        )
