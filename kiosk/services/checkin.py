"""Check-in: consent, new residents, finding returning ones, and durable check-ins."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlalchemy import Select, func, literal_column, or_, select
from sqlalchemy.orm import sessionmaker

from kiosk.core.clock import Clock
from kiosk.core.errors import NotFound, ValidationError
from kiosk.core.text import clean, fold, mask_phone, short_name
from kiosk.core.validation import (
    validate_birth_year,
    validate_gender,
    validate_name,
    validate_neighbourhood,
    validate_phone,
)
from kiosk.services.sessions import current_session
from kiosk.storage.models import CheckIn, Consent, Resident

SEARCH_LIMIT = 8


@dataclass(frozen=True)
class NewResident:
    """What the check-in form collected, as typed (validated by `register`)."""

    full_name: str
    birth_year: str | int
    neighbourhood: str
    phone: str | None = None
    gender: str | None = None  # optional: "nam", "nu", "khac" (validation.GENDERS) or nothing


@dataclass(frozen=True)
class ResidentMatch:
    id: str
    full_name: str
    birth_year: int
    neighbourhood: str
    masked_phone: str

    @property
    def masked(self) -> str:
        """What the kiosk may show to whoever stands in front of it."""
        return f"{short_name(self.full_name)}, {self.birth_year}, {self.neighbourhood}"


def text_version(text: str) -> str:
    """The version of a consent text is the hash of exactly what was shown."""
    return hashlib.sha256(clean(text).encode("utf-8")).hexdigest()[:16]


def _match(r: Resident) -> ResidentMatch:
    return ResidentMatch(r.id, r.full_name, r.birth_year, r.neighbourhood, mask_phone(r.phone))


def name_prefix(column, prefix: str, dialect: str):  # type: ignore[no-untyped-def]
    """`column` starts with `prefix`, the way the database's index can answer: SQLite uses its
    index for a range, not for LIKE; PostgreSQL uses the varchar_pattern_ops index for LIKE
    'x%' in any locale, and a range would follow the locale's collation, not the bytes."""
    if dialect == "postgresql":
        escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return column.like(escaped + "%", escape="\\")
    return (column >= prefix) & (column < prefix + "\U0010ffff")


def name_search(prefix: str, dialect: str, limit: int = SEARCH_LIMIT) -> Select[tuple[Resident]]:
    """Residents whose folded name starts with `prefix` (already folded), first by name."""
    return (
        select(Resident)
        .where(Resident.erased_at.is_(None), name_prefix(Resident.name_folded, prefix, dialect))
        .order_by(_by_name(dialect))
        .limit(limit)
    )


def _by_name(dialect: str):  # type: ignore[no-untyped-def]
    # In the pattern index's own (byte) order, as SQLite sorts: the scan stops at `limit`
    # rows; in the locale's order PostgreSQL walked ~100,000 rows for a one-letter prefix.
    if dialect == "postgresql":
        return literal_column(f"{Resident.__tablename__}.name_folded USING ~<~")
    return Resident.name_folded


class CheckInService:
    def __init__(self, session_factory: sessionmaker, clock: Clock, kiosk_id: str) -> None:
        self._sessions = session_factory
        self._clock = clock
        self._kiosk_id = kiosk_id

    def validate(self, form: NewResident) -> NewResident:
        """Clean every field or raise ValidationError for the first bad one."""
        return NewResident(
            full_name=validate_name(form.full_name),
            birth_year=validate_birth_year(form.birth_year, self._clock.now().year),
            neighbourhood=validate_neighbourhood(form.neighbourhood),
            phone=validate_phone(form.phone),
            gender=validate_gender(form.gender),
        )

    def record_consent(self, agreed: bool, shown_text: str, resident_id: str | None = None) -> str:
        with self._sessions.begin() as db:
            consent = Consent(
                resident_id=resident_id,
                agreed=agreed,
                text_version=text_version(shown_text),
                kiosk_id=self._kiosk_id,
                at=self._clock.now(),
            )
            db.add(consent)
            db.flush()
            return consent.id

    def likely_duplicates(self, form: NewResident) -> list[ResidentMatch]:
        clean_form = self.validate(form)
        folded = fold(clean_form.full_name)
        with self._sessions() as db:
            clauses = [
                (Resident.name_folded == folded) & (Resident.birth_year == clean_form.birth_year)
            ]
            if clean_form.phone:
                clauses.append(Resident.phone == clean_form.phone)
            rows = db.scalars(
                select(Resident).where(Resident.erased_at.is_(None), or_(*clauses))
            ).all()
            return [_match(r) for r in rows]

    def register(self, form: NewResident, consent_id: str | None = None) -> ResidentMatch:
        clean_form = self.validate(form)
        with self._sessions.begin() as db:
            resident = Resident(
                full_name=clean_form.full_name,
                name_folded=fold(clean_form.full_name),
                birth_year=int(clean_form.birth_year),
                neighbourhood=clean_form.neighbourhood,
                phone=clean_form.phone,
                gender=clean_form.gender,
                created_at=self._clock.now(),
            )
            db.add(resident)
            db.flush()
            if consent_id:
                consent = db.get(Consent, consent_id)
                if consent is not None:
                    consent.resident_id = resident.id
            return _match(resident)

    def check_in(self, resident_id: str | None) -> str:
        """Durably record a check-in; it counts once this returns."""
        with self._sessions.begin() as db:
            if resident_id is not None:
                resident = db.get(Resident, resident_id)
                if resident is None or resident.erased_at is not None:
                    raise NotFound(resident_id)
            session = current_session(db, self._clock)
            checkin = CheckIn(
                session_id=session.id,
                resident_id=resident_id,
                kiosk_id=self._kiosk_id,
                at=self._clock.now(),
            )
            db.add(checkin)
            db.flush()
            return checkin.id

    def search(self, query: str, limit: int = SEARCH_LIMIT) -> list[ResidentMatch]:
        """Accent-blind name prefix, or a phone number (whole or its last digits)."""
        text = clean(query)
        if not text:
            return []
        digits = "".join(ch for ch in text if ch.isdigit())
        with self._sessions() as db:
            if digits and len(digits) == len(text.replace(" ", "")):
                phone = validate_phone_or_none(digits)
                stmt = select(Resident).where(Resident.erased_at.is_(None))
                stmt = stmt.where(Resident.phone == phone) if phone else stmt.where(False)
                stmt = stmt.order_by(Resident.name_folded).limit(limit)
            else:
                stmt = name_search(fold(text), db.get_bind().dialect.name, limit)
            return [_match(r) for r in db.scalars(stmt).all()]

    def get(self, resident_id: str) -> ResidentMatch:
        with self._sessions() as db:
            resident = db.get(Resident, resident_id)
            if resident is None or resident.erased_at is not None:
                raise NotFound(resident_id)
            return _match(resident)

    def count_checkins(self) -> int:
        with self._sessions() as db:
            return db.scalar(select(func.count()).select_from(CheckIn)) or 0


def validate_phone_or_none(digits: str) -> str | None:
    try:
        return validate_phone(digits)
    except ValidationError:  # a partial number simply finds nothing
        return None
