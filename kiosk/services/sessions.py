"""Sessions: staff schedule 'Cà phê sáng' sessions; check-ins go to the one running now, or to
the day's walk-in session."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Literal

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm import sessionmaker

from kiosk.core.clock import Clock
from kiosk.core.errors import NotFound, ValidationError
from kiosk.core.text import clean
from kiosk.services.audit import AuditLog
from kiosk.storage.models import Assistance, CheckIn, Session

WALK_IN_TITLE = "Cà phê sáng – khách vãng lai"
DEFAULT_TITLE = "Cà phê sáng"
TITLE_MAX, PLACE_MAX, TOPIC_MAX = 120, 120, 200  # the columns' lengths
MIN_PREFIX = 6  # shortest id prefix the command line accepts
_DROPPED = {"Cc", "Cf"}  # controls, zero-width joiners, soft hyphens: invisible anyway
_REFUSED = {"So", "Co", "Cn", "Cs"}  # emoji and pictographs, private use, unassigned


def _scheduled_now(db: DbSession, now: datetime) -> Session | None:
    """The scheduled session covering `now`; where two touch (8–10, 10–12) the later one."""
    return db.scalars(
        select(Session)
        .where(
            Session.day == now.date(),
            Session.walk_in.is_(False),
            Session.cancelled.is_(False),
            Session.starts_at <= now,
            Session.ends_at >= now,
        )
        .order_by(Session.starts_at.desc())
    ).first()


def current_session(db: DbSession, clock: Clock) -> Session:
    """The scheduled session that covers now, else today's walk-in session (made on demand)."""
    now = clock.now()
    return _scheduled_now(db, now) or walk_in_session(db, now.date())


def walk_in_session(db: DbSession, day: date) -> Session:
    found = db.scalars(select(Session).where(Session.day == day, Session.walk_in.is_(True))).first()
    if found is None:
        found = Session(day=day, title=WALK_IN_TITLE, walk_in=True)
        db.add(found)
        db.flush()
    return found


@dataclass(frozen=True)
class ScheduledSession:
    id: str
    day: date
    start: time
    end: time
    title: str
    place: str
    topic: str
    cancelled: bool
    checkins: int

    @property
    def label(self) -> str:
        """'Cà phê sáng 08:00–10:00 29/11/2026', for the audit log and messages."""
        return f"{self.title} {self.start:%H:%M}–{self.end:%H:%M} {self.day:%d/%m/%Y}"


def _text(raw: str | None, field: str, limit: int, *, required: bool = False) -> str:
    """NFC, trimmed, one space between words, invisible control characters dropped.

    Emoji and other pictographs are refused, not dropped: these texts are printed on the
    attendance sheet, whose font has none."""
    kept = (ch for ch in raw or "" if ch.isspace() or unicodedata.category(ch) not in _DROPPED)
    value = clean("".join(kept))
    if required and not value:
        raise ValidationError(field, f"session_{field}.empty", f"Please enter the {field}.")
    if len(value) > limit:
        raise ValidationError(
            field, f"session_{field}.too_long", f"The {field} is too long (at most {limit})."
        )
    if any(unicodedata.category(ch) in _REFUSED for ch in value):
        raise ValidationError(
            field,
            "text.bad_chars",
            "Use letters, digits and punctuation only (no emoji or symbols).",
        )
    return value


@dataclass(frozen=True)
class _Form:
    day: date
    start: datetime
    end: datetime
    title: str
    place: str
    topic: str


class SessionSchedule:
    """Schedule, change and cancel sessions; every change is audit-logged with its actor."""

    def __init__(
        self, session_factory: sessionmaker[DbSession], clock: Clock, audit: AuditLog
    ) -> None:
        self._sessions = session_factory
        self._clock = clock
        self._audit = audit

    # --- reading -------------------------------------------------------------------------------
    def get(self, session_id: str) -> ScheduledSession:
        found = self._list(Session.id == session_id)
        if not found:
            raise NotFound(session_id)
        return found[0]

    def for_day(self, day: date) -> list[ScheduledSession]:
        return self._list(Session.day == day)

    def upcoming(self, from_day: date, days: int = 30) -> list[ScheduledSession]:
        """Scheduled sessions (cancelled ones too, marked) from `from_day` for `days` days."""
        return self._list(Session.day >= from_day, Session.day < from_day + timedelta(days=days))

    def checkin_count(self, session_id: str) -> int:
        with self._sessions() as db:
            return _checkins(db, session_id)

    def running_now(self) -> str | None:
        """The id of the session a check-in made now would join (None: the walk-in session)."""
        with self._sessions() as db:
            found = _scheduled_now(db, self._clock.now())
            return found.id if found else None

    def resolve(self, id_or_prefix: str) -> str:
        """A full session id from the id or its first characters (for the command line)."""
        text = clean(id_or_prefix).lower()
        if len(text) < MIN_PREFIX:
            raise NotFound(id_or_prefix)
        with self._sessions() as db:
            ids = db.scalars(
                select(Session.id).where(Session.id >= text, Session.id < text + "\uffff")
            ).all()
        if len(ids) != 1:
            raise NotFound(id_or_prefix)
        return ids[0]

    def _list(self, *where: ColumnElement[bool]) -> list[ScheduledSession]:
        count = func.count(CheckIn.id)
        query = (
            select(Session, count)
            .outerjoin(CheckIn, CheckIn.session_id == Session.id)
            .where(Session.walk_in.is_(False), *where)
            .group_by(Session.id)
            .order_by(Session.day, Session.starts_at, Session.id)
        )
        with self._sessions() as db:
            return [_view(s, n) for s, n in db.execute(query)]

    # --- changing ------------------------------------------------------------------------------
    def schedule(
        self,
        day: date,
        start_time: time,
        end_time: time,
        title: str = DEFAULT_TITLE,
        place: str = "",
        topic: str = "",
        *,
        actor: str = "staff",
    ) -> str:
        """Store a new session after checking it; its id."""
        form = self._validate(day, start_time, end_time, title, place, topic)
        with self._sessions.begin() as db:
            self._refuse_overlap(db, form, None)
            row = Session(walk_in=False, cancelled=False)
            _fill(row, form)
            db.add(row)
            db.flush()
            session_id = row.id
        self._audit.record(actor, "session_schedule", f"{_label(form)} [{session_id[:8]}]")
        return session_id

    def update(
        self,
        session_id: str,
        day: date,
        start_time: time,
        end_time: time,
        title: str,
        place: str = "",
        topic: str = "",
        *,
        actor: str = "staff",
    ) -> None:
        form = self._validate(day, start_time, end_time, title, place, topic)
        with self._sessions.begin() as db:
            row = _scheduled(db, session_id)
            if row.cancelled:
                raise ValidationError(
                    "session", "session.cancelled", "A cancelled session cannot be changed."
                )
            if form.day != row.day and _checkins(db, session_id):
                raise ValidationError(
                    "day",
                    "session_day.has_checkins",
                    "People have checked in to this session: its date cannot change.",
                )
            self._refuse_overlap(db, form, session_id)
            _fill(row, form)
        self._audit.record(actor, "session_update", f"{_label(form)} [{session_id[:8]}]")

    def cancel(self, session_id: str, *, actor: str = "staff") -> Literal["deleted", "cancelled"]:
        """A session nobody came to goes; one with check-ins is kept, marked cancelled."""
        with self._sessions.begin() as db:
            row = _scheduled(db, session_id)
            view = _view(row, _checkins(db, session_id))
            used = view.checkins or db.scalar(
                select(func.count()).where(Assistance.session_id == session_id)
            )
            if used:
                row.cancelled = True
            else:
                db.delete(row)
        outcome: Literal["deleted", "cancelled"] = "cancelled" if used else "deleted"
        detail = f"{view.label} [{session_id[:8]}] {outcome}, {view.checkins} check-ins"
        self._audit.record(actor, "session_cancel", detail)
        return outcome

    def _validate(
        self, day: date, start: time, end: time, title: str, place: str, topic: str
    ) -> _Form:
        if day < self._clock.today():
            raise ValidationError("day", "session_day.past", "This date is already past.")
        first = datetime.combine(day, start.replace(second=0, microsecond=0))
        last = datetime.combine(day, end.replace(second=0, microsecond=0))
        if last <= first:
            raise ValidationError(
                "end_time", "session_end.before_start", "The session must end after it starts."
            )
        return _Form(
            day,
            first,
            last,
            _text(title, "title", TITLE_MAX, required=True),
            _text(place, "place", PLACE_MAX),
            _text(topic, "topic", TOPIC_MAX),
        )

    def _refuse_overlap(self, db: DbSession, form: _Form, own_id: str | None) -> None:
        other = db.scalars(
            select(Session).where(
                Session.day == form.day,
                Session.walk_in.is_(False),
                Session.cancelled.is_(False),
                Session.id != (own_id or ""),
                Session.starts_at < form.end,
                Session.ends_at > form.start,
            )
        ).first()
        if other is not None:
            raise ValidationError(
                "start_time",
                "session.overlap",
                f"Another session ({_view(other, 0).label}) is scheduled at this time.",
            )


def _scheduled(db: DbSession, session_id: str) -> Session:
    row = db.get(Session, session_id)
    if row is None or row.walk_in:
        raise NotFound(session_id)
    return row


def _checkins(db: DbSession, session_id: str) -> int:
    return int(db.scalar(select(func.count()).where(CheckIn.session_id == session_id)) or 0)


def _fill(row: Session, form: _Form) -> None:
    row.day, row.starts_at, row.ends_at = form.day, form.start, form.end
    row.title, row.place, row.topic = form.title, form.place, form.topic


def _label(form: _Form) -> str:
    return f"{form.title} {form.start:%H:%M}–{form.end:%H:%M} {form.day:%d/%m/%Y}"


def _view(row: Session, checkins: int) -> ScheduledSession:
    start = row.starts_at.time() if row.starts_at else time.min
    end = row.ends_at.time() if row.ends_at else time.max.replace(microsecond=0)
    return ScheduledSession(
        row.id,
        row.day,
        start,
        end,
        row.title,
        row.place or "",
        row.topic or "",
        bool(row.cancelled),
        int(checkins),
    )
