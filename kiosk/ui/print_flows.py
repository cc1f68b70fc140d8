"""What the print buttons do: make the document, keep it, print it. Called off the UI thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kiosk.core.errors import KioskError
from kiosk.services.curriculum import CURRICULUM_MODULE

# kiosk.documents (reportlab, qrcode, Pillow) is imported inside the functions: these run on
# a worker thread, so the ~250 ms of imports never delays the kiosk's start.

if TYPE_CHECKING:
    from kiosk.app import Services
    from kiosk.ui.printing import Printer


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
    services: Services, printer: Printer, resident_id: str, tutorial_id: str
) -> str:
    certificate_id, pdf = certificate_document(services, resident_id, tutorial_id)
    printer.print_pdf(pdf, f"certificate-{certificate_id}")
    return certificate_id


def attendance_document(services: Services) -> tuple[int, bytes]:
    from kiosk.documents.attendance import render_attendance

    sheet = services.attendance.sheet_for_day(services.clock.now().date())
    return len(sheet.rows), render_attendance(sheet)


def print_attendance(services: Services, printer: Printer, actor: str) -> int:
    rows, pdf = attendance_document(services)
    services.audit.record(actor, "print_attendance", f"{rows} rows")
    printer.print_pdf(pdf, f"attendance-{services.clock.now():%Y-%m-%d}")
    return rows


def warm_up() -> None:
    """Import and register what printing needs ahead of the first print (run it off-thread)."""
    from kiosk.documents.fonts import register_fonts

    register_fonts()
