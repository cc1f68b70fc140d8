"""The volunteer console's data: the help-request queue and the log of real help given.

Several kiosks may share one database: every kiosk's "Gọi tình nguyện viên" lands in the
same queue, and the console polls it. Names leave this module masked ("Nguyễn V. A.").
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from kiosk.core.clock import Clock
from kiosk.core.errors import NotFound, ValidationError
from kiosk.core.text import clean, short_name
from kiosk.services.sessions import current_session
from kiosk.storage.models import Assistance, HelpRequest, Resident
from kiosk.storage.models import Session as KioskSession

NOTE_MAX = 500
WHERE_MAX = 200
ACTOR_MAX = 40


@dataclass(frozen=True)
class WaitingRequest:
    id: str
    kiosk_id: str
    where: str
    at: datetime
    waited_seconds: int
    resident_name: str  # masked; empty for an anonymous visitor


@dataclass(frozen=True)
class AssistanceEntry:
    id: str
    at: datetime
    category: str
    resident_name: str  # masked; empty when the help was not for a checked-in resident
    note: str
    volunteer: str


def _masked_names(s: Session, ids: Sequence[str | None]) -> dict[str, str]:
    wanted = {i for i in ids if i}
    if not wanted:
        return {}
    rows = s.execute(
        select(Resident.id, Resident.full_name).where(
            Resident.id.in_(wanted), Resident.erased_at.is_(None)
        )
    )
    return {rid: short_name(name) for rid, name in rows}


def _known_resident(s: Session, resident_id: str | None) -> str | None:
    if resident_id is None:
        return None
    resident = s.get(Resident, resident_id)
    return resident_id if resident is not None and resident.erased_at is None else None


def _strip_controls(text: str) -> str:
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cc")


class HelpQueue:
    def __init__(self, session_factory: sessionmaker[Session], clock: Clock) -> None:
        self._sessions = session_factory
        self._clock = clock
        self._lock = threading.Lock()  # two quick presses on one kiosk: one request

    def call(self, kiosk_id: str, resident_id: str | None, where: str) -> str:
        """A press of "Gọi tình nguyện viên". While this kiosk's request waits, pressing
        again adds nothing: the waiting one keeps its time and learns where they are now."""
        kiosk_id = clean(kiosk_id)[:ACTOR_MAX]
        where = _strip_controls(clean(where))[:WHERE_MAX]
        with self._lock, self._sessions.begin() as s:
            resident_id = _known_resident(s, resident_id)
            waiting = s.scalars(
                select(HelpRequest)
                .where(HelpRequest.kiosk_id == kiosk_id, HelpRequest.answered_at.is_(None))
                .where(HelpRequest.at >= self._start_of_today())
                .order_by(HelpRequest.at)
            ).first()
            if waiting is not None:
                waiting.where = where or waiting.where
                waiting.resident_id = resident_id or waiting.resident_id
                return waiting.id
            request = HelpRequest(
                kiosk_id=kiosk_id, resident_id=resident_id, where=where, at=self._clock.now()
            )
            s.add(request)
            s.flush()
            return request.id

    def waiting(self) -> list[WaitingRequest]:
        """Today's unanswered requests, oldest first (yesterday's are not waiting any more)."""
        now = self._clock.now()
        with self._sessions() as s:
            rows = list(
                s.scalars(
                    select(HelpRequest)
                    .where(HelpRequest.answered_at.is_(None))
                    .where(HelpRequest.at >= self._start_of_today())
                    .order_by(HelpRequest.at, HelpRequest.id)
                )
            )
            names = _masked_names(s, [r.resident_id for r in rows])
            return [
                WaitingRequest(
                    r.id,
                    r.kiosk_id,
                    r.where,
                    r.at,
                    max(0, int((now - r.at).total_seconds())),
                    names.get(r.resident_id or "", ""),
                )
                for r in rows
            ]

    def answer(self, request_id: str, by: str) -> bool:
        """Mark a request answered; True if this call did it, False if someone already had."""
        with self._sessions.begin() as s:
            request = s.get(HelpRequest, request_id)
            if request is None:
                raise NotFound(request_id)
            if request.answered_at is not None:
                return False
            request.answered_at = self._clock.now()
            request.answered_by = clean(by)[:ACTOR_MAX]
            return True

    def _start_of_today(self) -> datetime:
        return datetime.combine(self._clock.today(), time.min)


class AssistanceLog:
    """Real help a volunteer gave, in one of the ward's configured categories."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        clock: Clock,
        categories: Sequence[str],
        kiosk_id: str = "",
    ) -> None:
        self._sessions = session_factory
        self._clock = clock
        self._kiosk_id = kiosk_id
        self.set_categories(categories)

    def set_categories(self, categories: Sequence[str]) -> None:
        """The ward's current list (settings can change it while the kiosk runs)."""
        self.categories = tuple(clean(c) for c in categories if clean(c))

    def record(
        self,
        category: str,
        resident_id: str | None,
        note: str,
        volunteer: str,
        session_id: str | None = None,
    ) -> str:
        category = self._category(category)
        note = _strip_controls(clean(note))
        if len(note) > NOTE_MAX:
            raise ValidationError(
                "note",
                "assistance.note_too_long",
                f"The note is too long (at most {NOTE_MAX} characters).",
            )
        with self._sessions.begin() as s:
            if resident_id is not None and _known_resident(s, resident_id) is None:
                raise ValidationError(
                    "resident", "assistance.resident_gone", "This person is no longer on record."
                )
            if session_id is None:
                session_id = current_session(s, self._clock).id
            elif s.get(KioskSession, session_id) is None:
                raise NotFound(session_id)
            entry = Assistance(
                at=self._clock.now(),
                category=category,
                resident_id=resident_id,
                session_id=session_id,
                volunteer=clean(volunteer)[:ACTOR_MAX],
                note=note,
                kiosk_id=self._kiosk_id,
            )
            s.add(entry)
            s.flush()
            return entry.id

    def _category(self, raw: str) -> str:
        category = clean(raw)
        if category not in self.categories:
            raise ValidationError(
                "category", "assistance.category", "Choose what kind of help was given."
            )
        return category

    def today(self) -> list[AssistanceEntry]:
        """Today's entries, newest first."""
        start = datetime.combine(self._clock.today(), time.min)
        with self._sessions() as s:
            rows = list(
                s.scalars(
                    select(Assistance)
                    .where(Assistance.at >= start)
                    .order_by(Assistance.at.desc(), Assistance.id)
                )
            )
            names = _masked_names(s, [r.resident_id for r in rows])
            return [
                AssistanceEntry(
                    r.id, r.at, r.category, names.get(r.resident_id or "", ""), r.note, r.volunteer
                )
                for r in rows
            ]

    def counts(self, start: date, end: date) -> dict[str, int]:
        """Entries per category from `start` to `end`, both days included. Every configured
        category is there (0 if none); categories no longer configured follow, if used."""
        first = datetime.combine(start, time.min)
        last = datetime.combine(end + timedelta(days=1), time.min)
        with self._sessions() as s:
            rows = s.execute(
                select(Assistance.category, func.count())
                .where(Assistance.at >= first, Assistance.at < last)
                .group_by(Assistance.category)
            )
            found: dict[str, int] = {category: n for category, n in rows}
        result = {c: found.pop(c, 0) for c in self.categories}
        return result | dict(sorted(found.items()))


# --- privacy: called by PrivacyService inside its own transaction ----------------------------


@dataclass(frozen=True)
class HelpRequestInfo:
    at: datetime
    kiosk_id: str
    where: str
    answered_at: datetime | None


@dataclass(frozen=True)
class AssistanceInfo:
    at: datetime
    category: str
    note: str
    volunteer: str


def records_for(
    s: Session, resident_id: str
) -> tuple[tuple[HelpRequestInfo, ...], tuple[AssistanceInfo, ...]]:
    """What the console stored about one resident, for "show everything" and the export."""
    requests = s.scalars(
        select(HelpRequest).where(HelpRequest.resident_id == resident_id).order_by(HelpRequest.at)
    )
    helped = s.scalars(
        select(Assistance).where(Assistance.resident_id == resident_id).order_by(Assistance.at)
    )
    return (
        tuple(HelpRequestInfo(r.at, r.kiosk_id, r.where, r.answered_at) for r in requests),
        tuple(AssistanceInfo(a.at, a.category, a.note, a.volunteer) for a in helped),
    )


def forget_residents(s: Session, ids: Sequence[str]) -> tuple[int, int]:
    """Erasure: detach their help requests; delete their assistance entries, whose free-text
    notes may hold the name. Returns (help requests detached, assistance entries deleted)."""
    detached = s.execute(
        update(HelpRequest).where(HelpRequest.resident_id.in_(ids)).values(resident_id=None)
    )
    deleted = s.execute(delete(Assistance).where(Assistance.resident_id.in_(ids)))
    return int(getattr(detached, "rowcount", 0)), int(getattr(deleted, "rowcount", 0))


def purge_before(s: Session, cutoff: datetime) -> tuple[int, int]:
    """Retention: older help requests lose their resident; older assistance entries lose their
    resident and their note but keep category and date, so the reports still count them."""
    detached = s.execute(
        update(HelpRequest)
        .where(HelpRequest.at < cutoff, HelpRequest.resident_id.is_not(None))
        .values(resident_id=None)
    )
    blanked = s.execute(
        update(Assistance)
        .where(
            Assistance.at < cutoff, or_(Assistance.resident_id.is_not(None), Assistance.note != "")
        )
        .values(resident_id=None, note="")
    )
    return int(getattr(detached, "rowcount", 0)), int(getattr(blanked, "rowcount", 0))
