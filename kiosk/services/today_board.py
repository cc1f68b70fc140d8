"""Today at the help point, for the volunteer console: who checked in and where each one is
in their practice. Names are masked ("Nguyễn V. A."): the console faces the counter."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from kiosk.core.clock import Clock
from kiosk.core.text import short_name
from kiosk.storage.models import CheckIn, Resident, TutorialRun


@dataclass(frozen=True)
class LessonNow:
    """The lesson a resident is in now, or the last one they did today."""

    tutorial_id: str
    title: str
    mode: str  # guided, practice or check
    started_at: datetime
    finished: bool
    passed: bool


@dataclass(frozen=True)
class BoardRow:
    resident_id: str
    name: str  # masked
    birth_year: int
    neighbourhood: str
    checked_in_at: datetime  # their first check-in today
    lesson: LessonNow | None
    passed_today: tuple[str, ...]  # titles of the lessons passed today


@dataclass(frozen=True)
class Board:
    rows: tuple[BoardRow, ...]  # the latest check-in first
    anonymous: int  # check-ins today without a name (no consent, or erased since)


class TodayBoard:
    """`titles` maps tutorial ids to the titles shown (Vietnamese, as on the printed sheet)."""

    def __init__(
        self, session_factory: sessionmaker[Session], clock: Clock, titles: Mapping[str, str]
    ) -> None:
        self._sessions = session_factory
        self._clock = clock
        self._titles = dict(titles)

    def today(self) -> Board:
        start = datetime.combine(self._clock.today(), time.min)
        end = start + timedelta(days=1)
        with self._sessions() as s:
            first = func.min(CheckIn.at)
            checked_in = [
                (resident, at)
                for resident, at in s.execute(
                    select(Resident, first)
                    .join(CheckIn, CheckIn.resident_id == Resident.id)
                    .where(CheckIn.at >= start, CheckIn.at < end, Resident.erased_at.is_(None))
                    .group_by(Resident.id)
                    .order_by(first.desc(), Resident.name_folded)
                )
            ]
            runs = self._runs(s, [r.id for r, _at in checked_in], start, end)
            anonymous = s.scalar(
                select(func.count())
                .select_from(CheckIn)
                .where(CheckIn.at >= start, CheckIn.at < end, CheckIn.resident_id.is_(None))
            )
        rows = tuple(self._row(r, at, runs.get(r.id, [])) for r, at in checked_in)
        return Board(rows, int(anonymous or 0))

    @staticmethod
    def _runs(
        s: Session, ids: list[str], start: datetime, end: datetime
    ) -> dict[str, list[TutorialRun]]:
        by_resident: dict[str, list[TutorialRun]] = {}
        if not ids:
            return by_resident
        query = (
            select(TutorialRun)
            .where(TutorialRun.resident_id.in_(ids))
            .where(TutorialRun.started_at >= start, TutorialRun.started_at < end)
            .order_by(TutorialRun.started_at, TutorialRun.id)
        )
        for run in s.scalars(query):
            by_resident.setdefault(run.resident_id or "", []).append(run)
        return by_resident

    def _row(self, resident: Resident, at: datetime, runs: list[TutorialRun]) -> BoardRow:
        lesson = None
        if runs:
            last = runs[-1]
            lesson = LessonNow(
                last.tutorial_id,
                self._title(last.tutorial_id),
                last.mode,
                last.started_at,
                last.finished_at is not None,
                last.passed,
            )
        passed = dict.fromkeys(self._title(r.tutorial_id) for r in runs if r.passed)
        return BoardRow(
            resident.id,
            short_name(resident.full_name),
            resident.birth_year,
            resident.neighbourhood,
            at,
            lesson,
            tuple(passed),
        )

    def _title(self, tutorial_id: str) -> str:
        return self._titles.get(tutorial_id, tutorial_id)
