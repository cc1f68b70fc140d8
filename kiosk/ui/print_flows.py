"""What the print buttons do: make the document and queue it for printing. Called off the UI
thread; the print spooler (kiosk/ui/print_queue.py) then prints it, or keeps it waiting."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from kiosk.core.errors import KioskError, ValidationError
from kiosk.services.curriculum import CURRICULUM_MODULE

# kiosk.documents (reportlab, qrcode, Pillow) is imported inside the functions: these run on
# a worker thread, so the ~250 ms of imports never delays the kiosk's start.

if TYPE_CHECKING:
    from kiosk.app import Services
    from kiosk.documents.certificate import CertificateDocument
    from kiosk.services.certificate_register import CertificateEntry

Progress = Callable[[int, int], None]  # (done, total)


class Spool(Protocol):
    """`PrintSpooler.submit`: keep the PDF durably, queue it, wake the spooler; the job id."""

    def submit(
        self,
        kind: str,
        title: str,
        pdf: bytes,
        resident_id: str | None = None,
        names: Sequence[str] = (),
    ) -> str: ...


def certificate_document(
    services: Services, resident_id: str, tutorial_id: str
) -> tuple[str, bytes]:
    """Issue a signed certificate for a finished tutorial (or the completed curriculum,
    `CURRICULUM_MODULE`); return its id and its PDF."""
    from kiosk.documents.certificate import CertificateDocument, render_certificate

    if tutorial_id == CURRICULUM_MODULE:
        status = services.curriculum.status(resident_id)
        if not status.complete:
            raise KioskError(f"curriculum not complete: missing {', '.join(status.missing)}")
        title = f"Chương trình {status.title}"
    else:
        title = services.catalog.get(tutorial_id).title.vi
    issued = services.certificates.issue(resident_id, tutorial_id, title)
    pdf = render_certificate(
        CertificateDocument(
            ward_name=issued.ward_name,
            holder_name=issued.holder_name,
            birth_year=issued.birth_year,
            module_title=issued.module_title,
            issued_on=issued.issued_on,
            code=issued.code,
            payload=issued.payload,
        )
    )
    return issued.id, pdf


def print_certificate(
    services: Services, spool: Spool, resident_id: str, tutorial_id: str
) -> tuple[str, str]:
    """Issue and queue the certificate; (certificate id, print job id)."""
    certificate_id, pdf = certificate_document(services, resident_id, tutorial_id)
    job = spool.submit("certificate", f"certificate-{certificate_id}", pdf, resident_id)
    return certificate_id, job


def learner_card_document(services: Services, resident_id: str) -> bytes:
    """The learner card of a current resident (NotFound once erased)."""
    from kiosk.documents.learner_card import LearnerCardDocument, render_learner_card
    from kiosk.services.learner_card import LearnerCards

    resident = services.checkin.get(resident_id)
    payload = LearnerCards(services.session_factory).payload_for(resident_id)
    return render_learner_card(
        LearnerCardDocument(
            ward_name=services.settings.ward_name,
            full_name=resident.full_name,
            birth_year=resident.birth_year,
            neighbourhood=resident.neighbourhood,
            payload=payload,
        )
    )


def print_learner_card(services: Services, spool: Spool, resident_id: str) -> str:
    """Make and queue the resident's learner card; the print job id."""
    pdf = learner_card_document(services, resident_id)
    return spool.submit("learner-card", f"learner-card-{resident_id[:8]}", pdf, resident_id)


def attendance_document(services: Services) -> tuple[int, bytes, tuple[str, ...]]:
    """Today's sheet: how many rows, its PDF, and whom it names."""
    from kiosk.documents.attendance import render_attendance

    sheet = services.attendance.sheet_for_day(services.clock.now().date())
    return len(sheet.rows), render_attendance(sheet), sheet.resident_ids


def print_attendance(services: Services, spool: Spool, actor: str) -> int:
    """Queue today's attendance sheet; the number of people on it."""
    rows, pdf, names = attendance_document(services)
    services.audit.record(actor, "print_attendance", f"{rows} rows")
    spool.submit("attendance", f"attendance-{services.clock.now():%Y-%m-%d}", pdf, names=names)
    return rows


def print_session_attendance(services: Services, spool: Spool, session_id: str, actor: str) -> int:
    """Queue one session's attendance sheet; the number of people on it."""
    from kiosk.documents.attendance import render_attendance

    sheet = services.attendance.sheet_for_session(session_id)
    pdf = render_attendance(sheet)
    detail = f"{len(sheet.rows)} rows, session {session_id}"
    services.audit.record(actor, "print_attendance", detail)
    title = f"attendance-{sheet.day:%Y-%m-%d}-{session_id[:8]}"
    spool.submit("attendance", title, pdf, names=sheet.resident_ids)
    return len(sheet.rows)


# --- staff reprints --------------------------------------------------------------------------
# A session's certificates go to the queue as one job per certificate, in name order, not as
# one job of N pages: each job names its resident, so erasing that person deletes the queued
# or printed PDF with their name (kiosk/services/privacy.py), and a printer that fails at
# page 7 leaves only the unprinted certificates waiting, each printed exactly once, instead
# of printing pages 1-6 twice when the whole job is retried. The queue keeps their order.
# The preview, which is never stored, shows them as one PDF.


@dataclass(frozen=True)
class SessionPreview:
    session_id: str
    certificate_ids: tuple[str, ...]  # what the preview shows, in its order
    skipped: int  # revoked, holder erased or changed: not printed
    pdf: bytes  # all pages, for the preview only


def _document(services: Services, certificate_id: str, actor: str) -> CertificateDocument:
    from kiosk.documents.certificate import CertificateDocument

    return CertificateDocument.from_issued(
        services.certificate_register.document_for(certificate_id, actor)
    )


def reprint_pdf(services: Services, certificate_id: str, actor: str) -> bytes:
    """The stored certificate as a PDF again (same payload, code and date); for a preview."""
    from kiosk.documents.certificate import render_certificate

    return render_certificate(_document(services, certificate_id, actor))


def reprint_certificate(services: Services, spool: Spool, certificate_id: str, actor: str) -> str:
    """Queue a reprint of an issued certificate (no new certificate is signed); the job id.
    ValidationError (certificate.*) for a revoked one or a holder whose data was erased."""
    pdf = reprint_pdf(services, certificate_id, actor)
    entry = services.certificate_register.get(certificate_id)
    job = spool.submit("certificate", f"certificate-{entry.code}-reprint", pdf, entry.resident_id)
    services.audit.record(actor, "reprint_certificate", f"{certificate_id} {entry.code}")
    return job


def _printable(
    services: Services, session_id: str, actor: str
) -> tuple[list[tuple[CertificateEntry, CertificateDocument]], int]:
    """The session's certificates that can be reprinted, with their documents; how many not."""
    entries = services.certificate_register.for_session(session_id)
    found = []
    for entry in entries:
        if not entry.printable:
            continue
        try:
            found.append((entry, _document(services, entry.id, actor)))
        except ValidationError:  # the holder's name changed since: see document_for
            continue
    return found, len(entries) - len(found)


def session_preview(
    services: Services, session_id: str, actor: str, progress: Progress | None = None
) -> SessionPreview:
    """Every printable certificate of the session in one PDF (b"" when none); the count left
    out. `progress(done, total)` after each page."""
    from kiosk.documents.certificate import render_certificates

    found, skipped = _printable(services, session_id, actor)
    docs = [doc for _entry, doc in found]
    pdf = render_certificates(docs, "Giấy chứng nhận", progress) if docs else b""
    return SessionPreview(session_id, tuple(entry.id for entry, _doc in found), skipped, pdf)


def print_session_certificates(
    services: Services,
    spool: Spool,
    session_id: str,
    actor: str,
    only: Sequence[str] | None = None,
) -> int:
    """Queue every printable certificate of the session (or just those of `only` that are
    still printable, e.g. what a preview showed, in that order), one job each; the count."""
    from kiosk.documents.certificate import render_certificate

    found = {entry.id: (entry, doc) for entry, doc in _printable(services, session_id, actor)[0]}
    ids = [i for i in (only if only is not None else list(found)) if i in found]
    for certificate_id in ids:
        entry, doc = found[certificate_id]
        title = f"certificate-{entry.code}-reprint"
        spool.submit("certificate", title, render_certificate(doc), entry.resident_id)
    services.audit.record(
        actor, "bulk_print_certificates", f"session {session_id}: {len(ids)} certificates"
    )
    return len(ids)


class CertificatePrints:
    """The staff certificate screen's print actions, bound to the services and the spooler.
    Every method is slow (database, PDF): call them off the UI thread."""

    def __init__(self, services: Services, spool: Spool) -> None:
        self._services = services
        self._spool = spool

    def pdf(self, certificate_id: str, actor: str) -> bytes:
        return reprint_pdf(self._services, certificate_id, actor)

    def reprint(self, certificate_id: str, actor: str) -> str:
        return reprint_certificate(self._services, self._spool, certificate_id, actor)

    def session_preview(
        self, session_id: str, actor: str, progress: Progress | None = None
    ) -> SessionPreview:
        return session_preview(self._services, session_id, actor, progress)

    def print_session(self, session_id: str, actor: str, only: Sequence[str] | None = None) -> int:
        return print_session_certificates(self._services, self._spool, session_id, actor, only)


def warm_up() -> None:
    """Import and register what printing needs ahead of the first print (run it off-thread)."""
    from kiosk.documents.fonts import register_fonts

    register_fonts()
