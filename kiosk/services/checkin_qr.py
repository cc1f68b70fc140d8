"""Returning residents by a QR code: their learner card, or one of their certificates.

A USB scanner types the QR text like a keyboard; the kiosk camera decodes it. Both end here.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import sessionmaker

from kiosk.core.errors import NotFound
from kiosk.services.certificates import (
    PREFIX,
    CertificateService,
    local_certificate,
    parse_payload,
)
from kiosk.services.checkin import CheckInService, ResidentMatch
from kiosk.services.learner_card import CARD_PREFIX, LearnerCards, is_card

CARD, CERTIFICATE = "card", "certificate"
# reason: "ok", "invalid" (unreadable, altered, forged, revoked), "other_ward", "unknown"
# (genuine, but nobody here has it), "erased" (the holder's data was erased on request).
_CARD_REASONS = {"malformed": "invalid", "forged": "invalid"}


@dataclass(frozen=True)
class QrLookup:
    kind: str  # CARD or CERTIFICATE
    reason: str
    match: ResidentMatch | None = None
    ward_name: str | None = None


def looks_like_payload(text: str) -> bool:
    text = text.strip()
    return text.startswith(PREFIX) or text.startswith(CARD_PREFIX)


def lookup_payload(
    text: str, certificates: CertificateService, checkin: CheckInService, sessions: sessionmaker
) -> QrLookup:
    """Who the scanned learner card or certificate belongs to, or why nobody."""
    if is_card(text):
        return _card(text, checkin, sessions)
    return _certificate(text, certificates, checkin, sessions)


def resident_for_payload(
    text: str, certificates: CertificateService, checkin: CheckInService, sessions: sessionmaker
) -> ResidentMatch | None:
    """The holder of a genuine card or certificate issued here, unless revoked or erased."""
    return lookup_payload(text, certificates, checkin, sessions).match


def _found(kind: str, checkin: CheckInService, resident_id: str | None) -> QrLookup:
    if resident_id is None:
        return QrLookup(kind, "unknown")
    try:
        return QrLookup(kind, "ok", checkin.get(resident_id))
    except NotFound:  # erased between the check and now
        return QrLookup(kind, "erased")


def _card(text: str, checkin: CheckInService, sessions: sessionmaker) -> QrLookup:
    checked = LearnerCards(sessions).check(text)
    if checked.valid:
        return _found(CARD, checkin, checked.resident_id)
    return QrLookup(
        CARD, _CARD_REASONS.get(checked.reason, checked.reason), None, checked.ward_name
    )


def _certificate(
    text: str, certificates: CertificateService, checkin: CheckInService, sessions: sessionmaker
) -> QrLookup:
    result = certificates.verify(text)
    if not result.valid or result.certificate_id is None:
        return QrLookup(CERTIFICATE, "invalid")
    if result.holder_erased:
        return QrLookup(CERTIFICATE, "erased")
    with sessions() as db:
        certificate = local_certificate(db, parse_payload(text.strip()))
        if certificate is None:  # genuine, from a ward whose key we trust
            return QrLookup(CERTIFICATE, "other_ward", ward_name=result.ward_name)
        resident_id = certificate.resident_id
    return _found(CERTIFICATE, checkin, resident_id)
