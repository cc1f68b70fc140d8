"""A ward's resident list in and out as CSV: validated import, duplicate-free, and its export.

Rows are checked with the check-in form's own validators (`CheckInService.validate`). The file
is read as a stream (resident_csv) and every row checked, new khu phố included, before
anything is stored: an unusable file stores nothing, and a khu phố that could not join the
ward's list rejects its rows. The new khu phố are added to the list first (`add_neighbourhoods`),
then good rows are written one transaction per chunk, and a re-run skips what is already there
(so an import stopped half-way is finished by importing the same file again).
"""

from __future__ import annotations

import io
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import insert, select
from sqlalchemy.orm import sessionmaker

from kiosk.core.clock import Clock
from kiosk.core.errors import KioskError, ValidationError
from kiosk.core.files import MB, open_dropped
from kiosk.core.text import clean, fold, mask_phone
from kiosk.core.validation import GENDER_WORDS, MOBILE_PREFIXES
from kiosk.services.checkin import CheckInService, NewResident
from kiosk.services.resident_csv import (
    EN_COLUMNS,
    EXPORT_COLUMNS,
    EXTRA_VALUES_VI,
    FIELDS,
    VI_COLUMNS,
    ImportReport,
    Record,
    RejectedRow,
    UnusableFile,
    read_records,
    shorten,
)
from kiosk.services.roles import Action, require
from kiosk.services.ward_settings import LIST_MAX, NEIGHBOURHOOD_MAX, validate_entries
from kiosk.storage.models import Resident

__all__ = [
    "EN_COLUMNS",
    "EXPORT_COLUMNS",
    "FIELDS",
    "VI_COLUMNS",
    "ImportFailed",
    "ImportReport",
    "RejectedRow",
    "ResidentImporter",
    "UnusableFile",
    "export_rows",
]

CHUNK_ROWS = 5_000
PROGRESS_ROWS = 500
MAX_IMPORT_BYTES = 20 * MB

VI_MESSAGES = {
    "name.empty": "Thiếu họ và tên.",
    "name.too_long": "Họ tên quá dài (tối đa 80 chữ cái).",
    "name.bad_chars": "Họ tên chỉ gồm chữ cái và khoảng trắng.",
    "year.empty": "Thiếu năm sinh.",
    "year.range": "Năm sinh phải từ 1900 đến {year}.",
    "phone.invalid": "Số di động gồm 10 chữ số, bắt đầu bằng 03, 05, 07, 08 hoặc 09.",
    "neighbourhood.empty": "Thiếu khu phố.",
    "neighbourhood.too_long": "Tên khu phố quá dài.",
    "neighbourhood.bad_chars": "Tên khu phố mới chỉ gồm chữ, số và dấu câu (không biểu tượng), "
    "nên không thêm được vào danh sách khu phố.",
    "neighbourhood.list_full": "Danh sách khu phố đã đủ 60 mục, không thêm được khu phố mới này.",
    "gender.invalid": "Giới tính phải là Nam, Nữ hoặc Khác (hoặc để trống).",
    "row.extra_values": EXTRA_VALUES_VI,
}
_AREA_EN = {
    "neighbourhood.bad_chars": "A new khu phố may use letters, digits and punctuation only "
    "(no emoji or symbols), so it cannot join the ward's khu phố list.",
    "neighbourhood.list_full": "The ward's khu phố list already has 60 entries; this new khu "
    "phố cannot join it.",
}


class ImportFailed(KioskError):
    """Storing stopped on an error after `report.imported` rows had been stored."""

    def __init__(self, report: ImportReport, error: BaseException) -> None:
        super().__init__(f"{report.summary}; stopped by an error: {error}")
        self.report = report
        self.error = error


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
        self.new: dict[str, None] = {}  # khu phố that will join the ward's list, in file order
        self._refused: dict[str, ValidationError] = {}  # ... and those that cannot
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

    def join(self, neighbourhood: str) -> None:
        """Note a khu phố not in the ward's list; ValidationError if it could not join it."""
        if neighbourhood in self.new:
            return
        if (refused := self._refused.get(neighbourhood)) is None:
            try:
                validate_entries("neighbourhoods", [neighbourhood], NEIGHBOURHOOD_MAX)
                full = len(self.ward) + len(self.new) >= LIST_MAX
                code = "neighbourhood.list_full" if full else ""
            except ValidationError:
                code = "neighbourhood.bad_chars"
            if not code:
                self.new[neighbourhood] = None
                return
            refused = ValidationError("neighbourhood", code, _AREA_EN[code])
            self._refused[neighbourhood] = refused
        raise refused

    def add(self, folded: str, year: int, phone: str | None) -> None:
        self.names.add((folded, year))
        if phone:
            self.phones[phone] = folded


# A row to store, kept small until then: (index of its record in the file, full_name,
# name_folded, birth_year, neighbourhood, phone, gender).
_Row = tuple[int, str, str, int, str, str | None, str | None]
_ROW_COLUMNS = ("full_name", "name_folded", "birth_year", "neighbourhood", "phone", "gender")


class ResidentImporter:
    """`add_neighbourhoods(names)` puts new khu phố in the ward's list; it is called after every
    row was checked and before any is stored, so if it fails nothing is stored."""

    def __init__(
        self,
        session_factory: sessionmaker,
        clock: Clock,
        neighbourhoods: Sequence[str],
        chunk_rows: int = CHUNK_ROWS,
        *,
        add_neighbourhoods: Callable[[list[str]], object] | None = None,
        actor: str,
    ) -> None:
        self._actor = actor  # who imports: staff, admin or the command line (docs/roles.md)
        self._sessions = session_factory
        self._clock = clock
        self._ward_list = tuple(neighbourhoods)
        self._chunk = chunk_rows
        self._add_neighbourhoods = add_neighbourhoods
        self._form = CheckInService(session_factory, clock, kiosk_id="import")

    def import_file(
        self,
        path: Path,
        progress: Callable[[int, int], None] | None = None,
        stop: Callable[[], bool] | None = None,
        *,
        links: bool = False,
    ) -> ImportReport:
        """`import_bytes` on a file read as a stream; FileRefused for a link (unless `links`),
        anything but a regular file, or a file over MAX_IMPORT_BYTES."""
        with open_dropped(path, MAX_IMPORT_BYTES, links=links) as stream:
            return self.import_bytes(stream, progress, stop)

    def import_bytes(
        self,
        data: bytes | BinaryIO,
        progress: Callable[[int, int], None] | None = None,
        stop: Callable[[], bool] | None = None,
    ) -> ImportReport:
        """Check every row, then store the good ones; `progress(done, total)` every
        PROGRESS_ROWS rows and chunk while storing.

        When `stop()` turns true the rows looked at so far are stored and the rest are left
        (the report says how far it got). ImportFailed if storing fails part-way.
        """
        require(self._actor, Action.IMPORT)
        stream = io.BytesIO(data) if isinstance(data, bytes | bytearray) else data
        report, rows = self._check(stream, stop)
        if rows is None:  # stopped before every row was checked: nothing stored
            return report
        if report.new_neighbourhoods and self._add_neighbourhoods is not None:
            self._add_neighbourhoods(list(report.new_neighbourhoods))
        try:
            self._store(rows, report, progress, stop)
        except Exception as exc:
            raise ImportFailed(report, exc) from exc
        return report

    def _check(
        self, stream: BinaryIO, stop: Callable[[], bool] | None
    ) -> tuple[ImportReport, list[_Row] | None]:
        """Every record of the file checked; nothing stored. Stopped: processed 0 of rows."""
        report = ImportReport()
        known = _Known(self._sessions, self._ward_list)
        rows: list[_Row] = []
        for index, record in enumerate(read_records(stream, report)):
            report.rows = index + 1
            if (row := self._accept(record, known, report)) is not None:
                rows.append((index, *row))
            if report.rows % PROGRESS_ROWS == 0 and stop is not None and stop():
                return report, None
        report.rejected.sort(key=lambda r: r.line)
        report.new_neighbourhoods = list(known.new)
        return report, rows

    def _store(
        self,
        rows: list[_Row],
        report: ImportReport,
        progress: Callable[[int, int], None] | None,
        stop: Callable[[], bool] | None,
    ) -> None:
        total, at = report.rows, 0  # `at`: the first row not stored yet
        for begin in range(0, total, self._chunk):
            end, halted = min(begin + self._chunk, total), False
            for part in range(begin, end, PROGRESS_ROWS):
                report.processed = min(part + PROGRESS_ROWS, end)
                halted = stop is not None and stop()
                if halted:
                    break
                if progress is not None and report.processed < end:
                    progress(report.processed, total)
            upto = at
            while upto < len(rows) and rows[upto][0] < report.processed:
                upto += 1
            if upto > at:
                self._insert(rows[at:upto])
                report.imported += upto - at
                at = upto
            if progress is not None:
                progress(report.processed, total)
            if halted:
                return

    def _insert(self, rows: list[_Row]) -> None:
        now = self._clock.now()
        values = [
            {
                "id": str(uuid.uuid4()),
                "created_at": now,
                **dict(zip(_ROW_COLUMNS, row[1:], strict=True)),
            }
            for row in rows
        ]
        with self._sessions.begin() as s:
            s.execute(insert(Resident.__table__), values)

    def _accept(self, record: Record, known: _Known, report: ImportReport) -> tuple | None:
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
            neighbourhood, listed = known.spelling(form.neighbourhood)
            if not listed:
                known.join(neighbourhood)
        except ValidationError as exc:
            vi = VI_MESSAGES.get(exc.code, "").format(year=self._clock.now().year)
            value = shorten(raw.get(exc.field, ""))
            report.rejected.append(
                RejectedRow(record.line, exc.field, exc.code, exc.message, vi, value)
            )
            return None
        folded, year, phone = fold(form.full_name), int(form.birth_year), form.phone
        if (folded, year) in known.names or (phone and phone in known.phones):
            report.skipped += 1
            if phone and known.phones.get(phone, folded) != folded:
                report.phone_conflicts.append((record.line, mask_phone(phone)))
            return None
        known.add(folded, year, phone)
        return form.full_name, folded, year, neighbourhood, phone, form.gender


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
