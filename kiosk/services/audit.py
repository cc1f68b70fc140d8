"""Audit log of sensitive actions: exports, erasure, printing of sheets, exit, settings."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from kiosk.core.clock import Clock
from kiosk.core.text import clean
from kiosk.storage.models import AuditEntry


class AuditLog:
    def __init__(self, session_factory: sessionmaker, clock: Clock) -> None:
        self._sessions = session_factory
        self._clock = clock

    def record(self, actor: str, action: str, detail: str = "") -> None:
        with self._sessions.begin() as db:
            db.add(
                AuditEntry(at=self._clock.now(), actor=actor, action=action, detail=clean(detail))
            )

    def recent(self, limit: int = 100) -> list[AuditEntry]:
        with self._sessions() as db:
            return list(db.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)))

    def page(
        self, action: str | None = None, before_id: int | None = None, limit: int = 50
    ) -> list[AuditEntry]:
        """Newest first; `before_id` (the last id shown) continues a list, `action` filters."""
        query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
        if action:
            query = query.where(AuditEntry.action == action)
        if before_id is not None:
            query = query.where(AuditEntry.id < before_id)
        with self._sessions() as db:
            return list(db.scalars(query))

    def actions(self) -> list[str]:
        """Every action code in the log, for the viewer's filter."""
        with self._sessions() as db:
            return sorted(db.scalars(select(AuditEntry.action).distinct()))
