"""A ward's resident list in and out as CSV: validated import, duplicate-free, and its export.

Rows are checked with the check-in form's own validators (`CheckInService.validate`). The file
is read and parsed whole before anything is stored, so an unusable file stores nothing; good
rows are then written one transaction per chunk, and a re-run skips what is already there
(so an import stopped half-way is finished by importing the same file again).
"""

from __future__ import annotations

import csv
import io
import re
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import insert, select
from sqlalchemy.orm import sessionmaker

from kiosk.core.clock import Clock
from kiosk.core.errors import KioskError, ValidationError
from kiosk.core.text import clean, fold, mask_phone
from kiosk.core.validation import GENDER_WORDS, MOBILE_PREFIXES
from kiosk.services.checkin import CheckInService, NewResident
from kiosk.services.roles import Action, require
from kiosk.storage.models import Resident

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
CHUNK_ROWS = 5_000
PROGRESS_ROWS = 500

VI_MESSAGES = {
    "name.empty": "Thiếu họ và tên.",
    "name.too_long": "Họ tên quá dài (tối đa 80 chữ cái).",
    "name.bad_chars": "Họ tên chỉ gồm chữ cái và khoảng trắng.",
    "year.empty": "Thiếu năm sinh.",
    "year.range": "Năm sinh phải từ 1900 đến {year}.",
    "phone.invalid": "Số di động gồm 10 chữ số, bắt đầu bằng 03, 05, 07, 08 hoặc 09.",
    "neighbourhood.empty": "Thiếu khu phố.",
    "neighbourhood.too_long": "Tên khu phố quá dài.",
    "gender.invalid": "Giới tính phải là Nam, Nữ hoặc Khác (hoặc để trống).",
    "row.extra_values": "Dòng có nhiều giá trị hơn số cột của dòng tiêu đề "
    "(dấu phẩy trong một ô phải đặt trong ngoặc kép).",
}
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


def _shorten(text: str, limit: int = 40) -> str:
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
class _Record:
    line: int
    values: dict[str, str]


def decode(data: bytes) -> str:
    """UTF-8 with or without BOM; anything else is an unusable file."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UnusableFile(
            "Tệp được lưu dạng UTF-16. Hãy lưu lại dạng “CSV UTF-8”.",
            "The file is UTF-16. Save it again as “CSV UTF-8 (Comma delimited)”.",
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise UnusableFile(
            f"Tệp không phải UTF-8 (lỗi ở dòng {line}). Hãy lưu lại dạng “CSV UTF-8”.",
            f"The file is not UTF-8 (first bad byte on line {line}). "
            "Save it again as “CSV UTF-8 (Comma delimited)”.",
        ) from None


def _column_key(cell: str) -> str:
    return re.sub(r"[\s\-]+", "_", fold(cell))


def _delimiter(text: str) -> str:
    """Comma, or the semicolon/tab that spreadsheets in some locales write instead."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    counts = {d: first.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] > counts[","] else ","


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


def parse(data: bytes) -> tuple[list[_Record], ImportReport]:
    """Records with their line numbers; rows the CSV shape already rules out are in the report."""
    text = decode(data)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    report = ImportReport()
    records: list[_Record] = []
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
                vi = VI_MESSAGES["row.extra_values"]
                extra = _shorten(",".join(row))
                report.rejected.append(
                    RejectedRow(start, "row", "row.extra_values", _EXTRA_VALUES_EN, vi, extra)
                )
            else:
                values = {f: row[i] if i < len(row) else "" for f, i in positions.items()}
                records.append(_Record(start, values))
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
    return records, report


def _excel_phone(raw: str) -> str:
    """Spreadsheets drop the leading 0 of '0912345607'; give it back."""
    text = clean(raw)
    if len(text) == 9 and text.isdigit() and text[0] in MOBILE_PREFIXES:
        return "0" + text
    return raw


class _Known:
    """What is already stored, as the duplicate rule sees it, plus the khu phố spellings."""

    def __init__(self, session_factory: sessionmaker, ward_list: Sequence[str]) -> None:
        self.names: set[tuple[str, int]] = set()
        self.phones: dict[str, str] = {}
        self.ward = {fold(n): clean(n) for n in ward_list}
        self.spellings = dict(self.ward)
        self._seen: dict[str, tuple[str, bool]] = {}  # a few khu phố, 100,000 times: fold once
        query = select(
            Resident.name_folded, Resident.birth_year, Resident.phone, Resident.neighbourhood
        ).where(Resident.erased_at.is_(None))
        with session_factory() as s:
            for folded, year, phone, neighbourhood in s.execute(query):
                self.names.add((folded, year))
                if phone:
                    self.phones[phone] = folded
                self.spellings.setdefault(fold(neighbourhood), neighbourhood)

    def spelling(self, neighbourhood: str) -> tuple[str, bool]:
        """The ward list's (or first seen) spelling, accents and case aside; in the ward list?"""
        found = self._seen.get(neighbourhood)
        if found is None:
            key = fold(neighbourhood)
            found = self.spellings.setdefault(key, neighbourhood), key in self.ward
            self._seen[neighbourhood] = found
        return found

    def add(self, folded: str, year: int, phone: str | None) -> None:
        self.names.add((folded, year))
        if phone:
            self.phones[phone] = folded


class ResidentImporter:
    def __init__(
        self,
        session_factory: sessionmaker,
        clock: Clock,
        neighbourhoods: Sequence[str],
        chunk_rows: int = CHUNK_ROWS,
        *,
        actor: str,
    ) -> None:
        self._actor = actor  # who imports: staff, admin or the command line (docs/roles.md)
        self._sessions = session_factory
        self._clock = clock
        self._ward_list = tuple(neighbourhoods)
        self._chunk = chunk_rows
        self._form = CheckInService(session_factory, clock, kiosk_id="import")

    def import_bytes(
        self,
        data: bytes,
        progress: Callable[[int, int], None] | None = None,
        stop: Callable[[], bool] | None = None,
    ) -> ImportReport:
        """Store the good rows; `progress(done, total)` every PROGRESS_ROWS rows and chunk.

        When `stop()` turns true the rows looked at so far are stored and the rest are left
        (the report says how far it got).
        """
        require(self._actor, Action.IMPORT)
        records, report = parse(data)
        report.rows = len(records)
        known = _Known(self._sessions, self._ward_list)
        new: dict[str, None] = {}
        halted = False
        for begin in range(0, len(records), self._chunk):
            chunk = records[begin : begin + self._chunk]
            rows: list[dict] = []
            for at in range(0, len(chunk), PROGRESS_ROWS):
                part = chunk[at : at + PROGRESS_ROWS]
                rows += [r for rec in part if (r := self._accept(rec, known, report, new))]
                report.processed += len(part)
                halted = stop is not None and stop()
                if halted:
                    break
                if progress is not None and at + len(part) < len(chunk):
                    progress(report.processed, len(records))
            if rows:
                with self._sessions.begin() as s:
                    s.execute(insert(Resident.__table__), rows)
            report.imported += len(rows)
            if progress is not None:
                progress(report.processed, len(records))
            if halted:
                break
        report.rejected.sort(key=lambda r: r.line)
        report.new_neighbourhoods = list(new)
        return report

    def _accept(
        self, record: _Record, known: _Known, report: ImportReport, new: dict[str, None]
    ) -> dict | None:
        raw = record.values
        try:
            form = self._form.validate(
                NewResident(
                    raw["full_name"],
                    raw["birth_year"],
                    raw["neighbourhood"],
                    _excel_phone(raw["phone"]),
                    raw.get("gender"),
                )
            )
        except ValidationError as exc:
            vi = VI_MESSAGES.get(exc.code, "").format(year=self._clock.now().year)
            value = _shorten(raw.get(exc.field, ""))
            report.rejected.append(
                RejectedRow(record.line, exc.field, exc.code, exc.message, vi, value)
            )
            return None
        neighbourhood, listed = known.spelling(form.neighbourhood)
        if not listed:
            new[neighbourhood] = None
        folded, year, phone = fold(form.full_name), int(form.birth_year), form.phone
        if (folded, year) in known.names or (phone and phone in known.phones):
            report.skipped += 1
            if phone and known.phones.get(phone, folded) != folded:
                report.phone_conflicts.append((record.line, mask_phone(phone)))
            return None
        known.add(folded, year, phone)
        return {
            "id": str(uuid.uuid4()),
            "full_name": form.full_name,
            "name_folded": folded,
            "birth_year": year,
            "neighbourhood": neighbourhood,
            "phone": phone,
            "gender": form.gender,
            "created_at": self._clock.now(),
        }


def export_rows(session_factory: sessionmaker, actor: str) -> list[tuple[str, int, str, str, str]]:
    """Every resident not erased, in EXPORT_COLUMNS order, phones in full (a staff operation)."""
    require(actor, Action.EXPORT)
    query = (
        select(
            Resident.full_name,
            Resident.birth_year,
            Resident.neighbourhood,
            Resident.phone,
            Resident.gender,
        )
        .where(Resident.erased_at.is_(None))
        .order_by(Resident.name_folded, Resident.birth_year, Resident.id)
    )
    with session_factory() as s:
        return [
            (name, year, kp, phone or "", GENDER_WORDS.get(gender or "", gender or ""))
            for name, year, kp, phone, gender in s.execute(query)
        ]
