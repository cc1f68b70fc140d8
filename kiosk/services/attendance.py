"""Attendance: who checked in on a day, ready for the printed 'DANH SÁCH ĐIỂM DANH'.

Anonymous check-ins (no consent) and erased residents get no row; the sheet states how many
anonymous visits there were, so the head count still adds up.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from kiosk.core.clock import Clock
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


def _day_bounds(day: date) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time.min)
    return start, start + timedelta(days=1)


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

    def rows_for_day(self, day: date) -> list[AttendanceRow]:
        """One row per resident, in order of their first check-in that day."""
        start, end = _day_bounds(day)
        with self._sessions() as s:
            query = (
                select(Resident)
                .join(CheckIn, CheckIn.resident_id == Resident.id)
                .where(CheckIn.at >= start, CheckIn.at < end, Resident.erased_at.is_(None))
                .group_by(Resident.id)
                .order_by(func.min(CheckIn.at), Resident.name_folded)
            )
            residents = list(s.scalars(query))
            content = self._content(s, [r.id for r in residents], start, end)
        return [
            AttendanceRow(
                r.full_name,
                r.birth_year,
                r.neighbourhood,
                mask_phone(r.phone),
                content.get(r.id, ""),
            )
            for r in residents
        ]

    def _content(
        self, s: Session, ids: list[str], start: datetime, end: datetime
    ) -> dict[str, str]:
        if not ids:
            return {}
        query = (
            select(TutorialRun.resident_id, TutorialRun.tutorial_id)
            .where(TutorialRun.started_at >= start, TutorialRun.started_at < end)
            .where(TutorialRun.resident_id.in_(ids))
            .order_by(TutorialRun.started_at)
        )
        titles: dict[str, list[str]] = {}
        for resident_id, tutorial_id in s.execute(query):
            title = clean(self._titles.get(tutorial_id, tutorial_id))
            seen = titles.setdefault(resident_id, [])
            if title not in seen:
                seen.append(title)
        return {rid: "; ".join(names) for rid, names in titles.items()}

    def anonymous_count(self, day: date) -> int:
        start, end = _day_bounds(day)
        query = select(func.count()).where(
            CheckIn.at >= start, CheckIn.at < end, CheckIn.resident_id.is_(None)
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
        when = f"ngày {day:%d/%m/%Y}"
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
