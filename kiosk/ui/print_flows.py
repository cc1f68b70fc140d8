"""What the print buttons do: make the document and queue it for printing. Called off the UI
thread; the print spooler (kiosk/ui/print_queue.py) then prints it, or keeps it waiting."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from kiosk.core.errors import KioskError
from kiosk.services.curriculum import CURRICULUM_MODULE

# kiosk.documents (reportlab, qrcode, Pillow) is imported inside the functions: these run on
# a worker thread, so the ~250 ms of imports never delays the kiosk's start.

if TYPE_CHECKING:
    from kiosk.app import Services


class Spool(Protocol):
    """`PrintSpooler.submit`: keep the PDF durably, queue it, wake the spooler; the job id."""

    def submit(
        self, kind: str, title: str, pdf: bytes, resident_id: str | None = None
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


def attendance_document(services: Services) -> tuple[int, bytes]:
    from kiosk.documents.attendance import render_attendance

    sheet = services.attendance.sheet_for_day(services.clock.now().date())
    return len(sheet.rows), render_attendance(sheet)


def print_attendance(services: Services, spool: Spool, actor: str) -> int:
    """Queue today's attendance sheet; the number of people on it."""
    rows, pdf = attendance_document(services)
    services.audit.record(actor, "print_attendance", f"{rows} rows")
    spool.submit("attendance", f"attendance-{services.clock.now():%Y-%m-%d}", pdf)
    return rows


def warm_up() -> None:
    """Import and register what printing needs ahead of the first print (run it off-thread)."""
    from kiosk.documents.fonts import register_fonts

    register_fonts()
