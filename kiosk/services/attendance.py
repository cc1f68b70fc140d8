"""Attendance: who checked in on a day, ready for the printed 'DANH SÁCH ĐIỂM DANH'.

Anonymous check-ins (no consent) and erased residents get no row; the sheet states how many
anonymous visits there were, so the head count still adds up.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session, sessionmaker

from kiosk.core.clock import Clock
from kiosk.core.errors import KioskError, NotFound
from kiosk.core.text import clean, mask_phone
from kiosk.storage.models import CheckIn, Resident, TutorialRun
from kiosk.storage.models import Session as KioskSession


@dataclass(frozen=True)
class AttendanceRow:
    full_name: str
    birth_year: int
    neighbourhood: str
    phone_masked: str
    content: str
    resident_id: str = ""  # never printed: erasing this resident deletes the sheet's PDF


@dataclass(frozen=True)
class AttendanceSheet:
    ward_name: str
    day: date
    subtitle: str
    rows: Sequence[AttendanceRow]
    anonymous_count: int = 0
    title: str = "DANH SÁCH ĐIỂM DANH"
    place: str | None = None
    made_on: date | None = None  # the date on the place-and-date line; defaults to `day`

    @property
    def resident_ids(self) -> tuple[str, ...]:
        """Whom the sheet names (for the print queue: erasing one of them deletes it)."""
        return tuple(row.resident_id for row in self.rows if row.resident_id)


@dataclass(frozen=True)
class CheckInRecord:
    """One check-in for the exports; anonymous and erased visitors carry no personal data."""

    day: date
    at: time
    session: str
    full_name: str
    birth_year: int | None
    neighbourhood: str
    phone_masked: str
    content: str


ANONYMOUS = "(ẩn danh)"
ERASED = "(đã xóa)"


def _range_bounds(start: date, end: date) -> tuple[datetime, datetime]:
    """From the start of `start` to the end of `end`, both days included."""
    if end < start:
        raise KioskError(
            f"Ngày kết thúc {end:%d/%m/%Y} trước ngày bắt đầu {start:%d/%m/%Y} / "
            "the end date is before the start date"
        )
    return datetime.combine(start, time.min), datetime.combine(end + timedelta(days=1), time.min)


def range_text(start: date, end: date) -> str:
    """'ngày 29/11/2026', or 'từ ngày 01/11/2026 đến ngày 30/11/2026'."""
    if start == end:
        return f"ngày {start:%d/%m/%Y}"
    return f"từ ngày {start:%d/%m/%Y} đến ngày {end:%d/%m/%Y}"


class AttendanceService:
    """`tutorial_titles` maps tutorial ids to the titles printed under 'Nội dung'."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        clock: Clock,
        ward_name: str,
        tutorial_titles: Mapping[str, str] | None = None,
    ) -> None:
        self._sessions = session_factory
        self._clock = clock
        self._ward_name = clean(ward_name)
        self._titles = dict(tutorial_titles or {})

    def set_ward_name(self, ward_name: str) -> None:
        self._ward_name = clean(ward_name)

    def rows_for_day(self, day: date) -> list[AttendanceRow]:
        """One row per resident, in order of their first check-in that day."""
        return self.rows_for_range(day, day)

    def rows_for_range(self, start: date, end: date) -> list[AttendanceRow]:
        """One row per resident, in order of their first check-in in the range (both included)."""
        first, last = _range_bounds(start, end)
        with self._sessions() as s:
            query = (
                select(Resident)
                .join(CheckIn, CheckIn.resident_id == Resident.id)
                .where(CheckIn.at >= first, CheckIn.at < last, Resident.erased_at.is_(None))
                .group_by(Resident.id)
                .order_by(func.min(CheckIn.at), Resident.name_folded)
            )
            residents = list(s.scalars(query))
            by_day = self._content(s, [r.id for r in residents], first, last)
        return _rows(residents, by_day)

    def rows_for_session(self, session_id: str) -> list[AttendanceRow]:
        """One row per resident checked in to this session, in order of their first check-in;
        'Nội dung' is what they practised from the session's start until the next one's."""
        with self._sessions() as s:
            first, last = _session_window(s, session_id)
            query = (
                select(Resident)
                .join(CheckIn, CheckIn.resident_id == Resident.id)
                .where(CheckIn.session_id == session_id, Resident.erased_at.is_(None))
                .group_by(Resident.id)
                .order_by(func.min(CheckIn.at), Resident.name_folded)
            )
            residents = list(s.scalars(query))
            by_day = self._content(s, [r.id for r in residents], first, last)
        return _rows(residents, by_day)

    def _content(
        self, s: Session, ids: list[str], start: datetime, end: datetime
    ) -> dict[tuple[str, date], list[str]]:
        """Titles practised per (resident, day), in the order first started, each once."""
        if not ids:
            return {}
        titles: dict[tuple[str, date], list[str]] = {}
        for part in range(0, len(ids), 500):  # under SQLite's bound-parameter limit
            query = (
                select(TutorialRun.resident_id, TutorialRun.tutorial_id, TutorialRun.started_at)
                .where(TutorialRun.started_at >= start, TutorialRun.started_at < end)
                .where(TutorialRun.resident_id.in_(ids[part : part + 500]))
                .order_by(TutorialRun.started_at)
            )
            for resident_id, tutorial_id, at in s.execute(query):
                title = clean(self._titles.get(tutorial_id, tutorial_id))
                seen = titles.setdefault((resident_id, at.date()), [])
                if title not in seen:
                    seen.append(title)
        return titles

    def anonymous_count(self, day: date) -> int:
        return self.anonymous_count_for_range(day, day)

    def anonymous_count_for_range(self, start: date, end: date) -> int:
        first, last = _range_bounds(start, end)
        query = select(func.count()).where(
            CheckIn.at >= first, CheckIn.at < last, CheckIn.resident_id.is_(None)
        )
        with self._sessions() as s:
            return int(s.scalar(query) or 0)

    def sheet_for_day(self, day: date) -> AttendanceSheet:
        with self._sessions() as s:
            titles = s.scalars(
                select(KioskSession.title)
                .where(KioskSession.day == day)
                .order_by(KioskSession.starts_at)
            ).all()
        when = range_text(day, day)
        names = list(dict.fromkeys(clean(t) for t in titles if clean(t)))
        subtitle = (
            f"{', '.join(names)} – {when}" if names else f"Điểm hỗ trợ “Cà phê sáng” – {when}"
        )
        return AttendanceSheet(
            ward_name=self._ward_name,
            day=day,
            subtitle=subtitle,
            rows=self.rows_for_day(day),
            anonymous_count=self.anonymous_count(day),
            made_on=self._clock.today(),
        )

    def sheet_for_range(self, start: date, end: date) -> AttendanceSheet:
        """One sheet for several days; a one-day range is the day's sheet."""
        if start == end:
            return self.sheet_for_day(start)
        return AttendanceSheet(
            ward_name=self._ward_name,
            day=start,
            subtitle=f"Điểm hỗ trợ “Cà phê sáng” – {range_text(start, end)}",
            rows=self.rows_for_range(start, end),
            anonymous_count=self.anonymous_count_for_range(start, end),
            made_on=self._clock.today(),
        )

    def sheet_for_session(self, session_id: str) -> AttendanceSheet:
        """The sheet of one session; its subtitle names the session, topic, time and place."""
        with self._sessions() as s:
            session = s.get(KioskSession, session_id)
            if session is None:
                raise NotFound(session_id)
            subtitle = session_subtitle(session)
            anonymous = s.scalar(
                select(func.count()).where(
                    CheckIn.session_id == session_id, CheckIn.resident_id.is_(None)
                )
            )
            day = session.day
        return AttendanceSheet(
            ward_name=self._ward_name,
            day=day,
            subtitle=subtitle,
            rows=self.rows_for_session(session_id),
            anonymous_count=int(anonymous or 0),
            made_on=self._clock.today(),
        )

    def checkins_for_session(self, session_id: str) -> list[CheckInRecord]:
        """Every check-in of one session, oldest first (the exports' rows)."""
        with self._sessions() as s:
            first, last = _session_window(s, session_id)
        return self._records(CheckIn.session_id == session_id, first, last)

    def checkins_for_range(self, start: date, end: date) -> list[CheckInRecord]:
        """Every check-in in the range, oldest first, with what that resident practised that day."""
        first, last = _range_bounds(start, end)
        return self._records((CheckIn.at >= first) & (CheckIn.at < last), first, last)

    def _records(
        self, where: ColumnElement[bool], first: datetime, last: datetime
    ) -> list[CheckInRecord]:
        query = (
            select(CheckIn.at, KioskSession.title, Resident)
            .join(KioskSession, KioskSession.id == CheckIn.session_id)
            .outerjoin(Resident, Resident.id == CheckIn.resident_id)
            .where(where)
            .order_by(CheckIn.at, CheckIn.id)
        )
        with self._sessions() as s:
            found = [tuple(row) for row in s.execute(query)]
            ids = list(dict.fromkeys(r.id for _, _, r in found if r and r.erased_at is None))
            content = self._content(s, ids, first, last)
        return [_record(at, title, r, content) for at, title, r in found]


def session_subtitle(session: KioskSession) -> str:
    """Lines under the title: the session and its topic; its time; its place."""
    day = f"ngày {session.day:%d/%m/%Y}"
    first = f"Buổi “{clean(session.title)}”"
    if clean(session.topic or ""):
        first += f" – Chủ đề: {clean(session.topic)}"
    if session.cancelled:
        first += " (đã hủy)"
    when = (
        f"Thời gian: {session.starts_at:%H:%M} – {session.ends_at:%H:%M}, {day}"
        if session.starts_at and session.ends_at
        else f"Thời gian: {day}"
    )
    lines = [first, when]
    if clean(session.place or ""):
        lines.append(f"Địa điểm: {clean(session.place)}")
    return "\n".join(lines)


def _session_window(s: Session, session_id: str) -> tuple[datetime, datetime]:
    """From the session's start to the next scheduled session's start (or the day's end)."""
    session = s.get(KioskSession, session_id)
    if session is None:
        raise NotFound(session_id)
    day_start, day_end = _range_bounds(session.day, session.day)
    if session.starts_at is None:
        return day_start, day_end
    following = s.scalar(
        select(func.min(KioskSession.starts_at)).where(
            KioskSession.day == session.day,
            KioskSession.walk_in.is_(False),
            KioskSession.cancelled.is_(False),
            KioskSession.starts_at > session.starts_at,
        )
    )
    return session.starts_at, following or day_end


def _rows(
    residents: Sequence[Resident], by_day: Mapping[tuple[str, date], list[str]]
) -> list[AttendanceRow]:
    content = _merge_days(by_day)
    return [
        AttendanceRow(
            r.full_name,
            r.birth_year,
            r.neighbourhood,
            mask_phone(r.phone),
            "; ".join(content.get(r.id, [])),
            r.id,
        )
        for r in residents
    ]


def _merge_days(by_day: Mapping[tuple[str, date], list[str]]) -> dict[str, list[str]]:
    merged: dict[str, list[str]] = {}
    for (resident_id, _day), titles in sorted(by_day.items(), key=lambda kv: kv[0][1]):
        seen = merged.setdefault(resident_id, [])
        seen.extend(t for t in titles if t not in seen)
    return merged


def _record(
    at: datetime,
    session_title: str,
    resident: Resident | None,
    content: Mapping[tuple[str, date], list[str]],
) -> CheckInRecord:
    day, when, session = at.date(), at.time().replace(microsecond=0), clean(session_title)
    if resident is None or resident.erased_at is not None:
        name = ANONYMOUS if resident is None else ERASED
        return CheckInRecord(day, when, session, name, None, "", "", "")
    return CheckInRecord(
        day,
        when,
        session,
        resident.full_name,
        resident.birth_year,
        resident.neighbourhood,
        mask_phone(resident.phone),
        "; ".join(content.get((resident.id, day), [])),
    )
