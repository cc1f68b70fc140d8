"""The register of certificates issued at this kiosk: find them, rebuild one for a reprint,
and list those of a session for bulk printing.

A reprint is the same certificate, not a new one: the stored payload, short code, module
title and issue date are printed again, so the QR still verifies and no new id is signed.
The holder's name and birth year come from the resident row and are printed only while they
still match the salted hash inside the payload; a corrected name would print a certificate
that no longer binds its holder, so that one must be revoked and issued again.

A certificate belongs to a session when it was issued on the session's day to a resident
checked in to that session. Certificates carry a date, not a time, so a resident checked in
to two sessions on the same day has that day's certificates in both; erasing a resident
detaches their check-ins, so their certificates (which cannot be reprinted anyway) leave
every session.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import exists, func, or_, select
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm import sessionmaker

from kiosk.core.errors import NotFound, ValidationError
from kiosk.core.text import clean, fold, nfc
from kiosk.services.certificates import (
    CROCKFORD,
    IssuedCertificate,
    holder_hash,
    parse_payload,
)
from kiosk.services.roles import Action, require
from kiosk.storage.models import Certificate, CheckIn, Resident, Session

VALID, REVOKED, ERASED = "valid", "revoked", "erased"
SEARCH_LIMIT = 20
SESSION_DAYS = 14  # how far back the session picker looks


@dataclass(frozen=True)
class CertificateEntry:
    id: str
    code: str
    module_title: str
    issued_on: date
    status: str  # VALID, REVOKED or ERASED
    holder_name: str | None  # None once the holder's data was erased
    birth_year: int | None
    resident_id: str | None
    revoked_reason: str | None = None

    @property
    def printable(self) -> bool:
        return self.status == VALID


@dataclass(frozen=True)
class SessionEntry:
    id: str
    day: date
    title: str
    walk_in: bool
    certificates: int  # of every status


def _status(cert: Certificate, resident: Resident | None) -> str:
    if cert.revoked_reason is not None:
        return REVOKED
    if cert.holder_erased or resident is None or resident.erased_at is not None:
        return ERASED
    return VALID


def _entry(cert: Certificate, resident: Resident | None) -> CertificateEntry:
    status = _status(cert, resident)
    erased = status == ERASED or resident is None or resident.erased_at is not None
    return CertificateEntry(
        id=cert.id,
        code=cert.code,
        module_title=nfc(cert.module_title),
        issued_on=cert.issued_on,
        status=status,
        holder_name=None if erased or resident is None else nfc(resident.full_name),
        birth_year=None if erased or resident is None else resident.birth_year,
        resident_id=cert.resident_id,
        revoked_reason=cert.revoked_reason,
    )


def _list_order(entry: CertificateEntry) -> tuple[bool, str, str, str, str]:
    name = fold(entry.holder_name or "")
    given = name.rsplit(" ", 1)[-1]
    return (not name, given, name, fold(entry.module_title), entry.code)


def _in_session(session_id: str):  # type: ignore[no-untyped-def]
    """The membership rule of the module docstring, as a correlated EXISTS."""
    return exists(
        select(CheckIn.id)
        .join(Session, Session.id == CheckIn.session_id)
        .where(
            CheckIn.session_id == session_id,
            CheckIn.resident_id == Certificate.resident_id,
            Session.day == Certificate.issued_on,
        )
    )


def _code_chars(text: str) -> str | None:
    """The typed text as the start of a short code (4-10 characters), else None."""
    chars = re.sub(r"[\s\-]", "", text).upper().translate(str.maketrans("ILO", "110"))
    if 4 <= len(chars) <= 10 and all(ch in CROCKFORD for ch in chars):
        return chars
    return None


def _matching(text: str):  # type: ignore[no-untyped-def]
    """Accent-blind part of the holder's name, or the start of the short code."""
    clauses = [Resident.name_folded.contains(fold(text), autoescape=True)]
    if (chars := _code_chars(text)) is not None:
        clauses.append(func.replace(Certificate.code, "-", "").startswith(chars))
    return or_(*clauses)


class CertificateRegister:
    def __init__(self, session_factory: sessionmaker[DbSession], ward_name: str) -> None:
        self._sessions = session_factory
        self._ward_name = clean(ward_name)

    def set_ward_name(self, ward_name: str) -> None:
        """Reprints carry the ward's current name, as `CertificateService.issue` does."""
        self._ward_name = clean(ward_name)

    def search(
        self, query: str = "", session_id: str | None = None, limit: int = SEARCH_LIMIT
    ) -> list[CertificateEntry]:
        """Newest first. `query`: part of the name (accents and case ignored) or the code."""
        text = clean(query)
        stmt = select(Certificate, Resident).outerjoin(
            Resident, Resident.id == Certificate.resident_id
        )
        if text:
            stmt = stmt.where(_matching(text))
        if session_id is not None:
            stmt = stmt.where(_in_session(session_id))
        stmt = stmt.order_by(
            Certificate.issued_on.desc(), Resident.name_folded, Certificate.code
        ).limit(limit)
        with self._sessions() as s:
            return [_entry(cert, resident) for cert, resident in s.execute(stmt)]

    def get(self, certificate_id: str) -> CertificateEntry:
        with self._sessions() as s:
            cert = s.get(Certificate, certificate_id)
            if cert is None:
                raise NotFound(f"certificate {certificate_id}")
            resident = s.get(Resident, cert.resident_id) if cert.resident_id else None
            return _entry(cert, resident)

    def for_session(self, session_id: str) -> list[CertificateEntry]:
        """Every certificate of the session (any status) in the order of a Vietnamese list of
        names: by given name (the last word), then the full name; then by module."""
        stmt = (
            select(Certificate, Resident)
            .outerjoin(Resident, Resident.id == Certificate.resident_id)
            .where(_in_session(session_id))
        )
        with self._sessions() as s:
            if s.get(Session, session_id) is None:
                raise NotFound(f"session {session_id}")
            entries = [_entry(cert, resident) for cert, resident in s.execute(stmt)]
        return sorted(entries, key=_list_order)

    def recent_sessions(self, today: date, days: int = SESSION_DAYS) -> list[SessionEntry]:
        """Sessions from `days` ago to today (not future, not cancelled), newest first."""
        since = date.fromordinal(today.toordinal() - days)
        stmt = (
            select(Session)
            .where(Session.day >= since, Session.day <= today, Session.cancelled.is_(False))
            .order_by(Session.day.desc(), Session.starts_at.desc(), Session.title)
        )
        with self._sessions() as s:
            sessions = list(s.scalars(stmt))
            return [
                SessionEntry(x.id, x.day, nfc(x.title), x.walk_in, self._count(s, x.id))
                for x in sessions
            ]

    @staticmethod
    def _count(s: DbSession, session_id: str) -> int:
        query = select(func.count(Certificate.id)).where(_in_session(session_id))
        return int(s.scalar(query) or 0)

    def document_for(self, certificate_id: str, actor: str) -> IssuedCertificate:
        """The stored certificate, ready to print again (same payload, code and date).

        Raises NotAllowed for a role that may not reprint, NotFound, or ValidationError with
        code certificate.revoked, certificate.holder_erased or certificate.holder_changed.
        """
        require(actor, Action.REPRINT)
        with self._sessions() as s:
            cert = s.get(Certificate, certificate_id)
            if cert is None:
                raise NotFound(f"certificate {certificate_id}")
            resident = s.get(Resident, cert.resident_id) if cert.resident_id else None
            status = _status(cert, resident)
            if status == REVOKED:
                raise ValidationError(
                    "certificate", "certificate.revoked", "A revoked certificate is not reprinted."
                )
            if status == ERASED or resident is None:
                raise ValidationError(
                    "certificate",
                    "certificate.holder_erased",
                    "The holder's data was erased, so there is no name to print.",
                )
            payload = parse_payload(cert.payload)
            if holder_hash(payload.cert_id, resident.full_name, resident.birth_year) != (
                payload.holder
            ):
                raise ValidationError(
                    "certificate",
                    "certificate.holder_changed",
                    "The holder's name or birth year changed since this certificate was "
                    "issued. Revoke it and issue a new one.",
                )
            return IssuedCertificate(
                id=cert.id,
                code=cert.code,
                payload=cert.payload,
                holder_name=clean(resident.full_name),
                birth_year=resident.birth_year,
                module=cert.module,
                module_title=clean(cert.module_title),
                ward_name=self._ward_name,
                issued_on=cert.issued_on,
            )
