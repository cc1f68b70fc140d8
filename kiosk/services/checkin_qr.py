"""Returning residents by the QR on their certificate: a USB scanner types the payload."""

from __future__ import annotations

from sqlalchemy.orm import sessionmaker

from kiosk.services.certificates import PREFIX, CertificateService
from kiosk.services.checkin import CheckInService, ResidentMatch
from kiosk.storage.models import Certificate


def looks_like_payload(text: str) -> bool:
    return text.strip().startswith(PREFIX)


def resident_for_payload(
    text: str, certificates: CertificateService, checkin: CheckInService, sessions: sessionmaker
) -> ResidentMatch | None:
    """The holder of a genuine certificate issued here, unless revoked or erased."""
    result = certificates.verify(text)
    if not result.valid or result.holder_erased or result.certificate_id is None:
        return None
    with sessions() as db:
        certificate = db.get(Certificate, result.certificate_id)
        resident_id = certificate.resident_id if certificate is not None else None
    return checkin.get(resident_id) if resident_id else None
