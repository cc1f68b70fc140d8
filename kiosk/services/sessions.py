"""Sessions: the scheduled 'Cà phê sáng' running now, or the day's walk-in session."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from kiosk.core.clock import Clock
from kiosk.storage.models import Session

WALK_IN_TITLE = "Cà phê sáng – khách vãng lai"


def current_session(db: DbSession, clock: Clock) -> Session:
    """The scheduled session that covers now, else today's walk-in session (made on demand)."""
    now = clock.now()
    scheduled = db.scalars(
        select(Session).where(
            Session.day == now.date(),
            Session.walk_in.is_(False),
            Session.starts_at <= now,
            Session.ends_at >= now,
        )
    ).first()
    if scheduled is not None:
        return scheduled
    return walk_in_session(db, now.date())


def walk_in_session(db: DbSession, day: date) -> Session:
    found = db.scalars(select(Session).where(Session.day == day, Session.walk_in.is_(True))).first()
    if found is None:
        found = Session(day=day, title=WALK_IN_TITLE, walk_in=True)
        db.add(found)
        db.flush()
    return found
