"""Printing through Qt onto the CUPS-PDF virtual printer that scripts/test.sh starts."""

from __future__ import annotations

import io
import os
import time
from datetime import datetime
from pathlib import Path

import pypdfium2
import pytest
import qrcode
import zxingcpp
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from kiosk.core.clock import FixedClock
from kiosk.ui.printing import Printer, PrintError, print_in_background

CLOCK = FixedClock(datetime(2026, 11, 29, 9, 0))

QR_TEXT = "MORNING-COFFEE/PRINT-TEST/2026-11-29/0001"


def make_pdf(text: str) -> bytes:
    """An A4 landscape page, like a certificate, with a QR code of `text`."""
    qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=10, border=4)
    qr.add_data(text)
    png = io.BytesIO()
    qr.make_image().save(png, format="PNG")
    png.seek(0)
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=landscape(A4))
    page.setFont("Helvetica-Bold", 28)
    page.drawString(72, 500, "Print test")
    page.drawImage(ImageReader(png), 300, 120, width=240, height=240)
    page.showPage()
    page.save()
    return out.getvalue()


def decode_qr(pdf_path: Path) -> list[tuple[str, int]]:
    """(text, orientation in degrees) of each QR code on the first page, read at 150 dpi."""
    document = pypdfium2.PdfDocument(str(pdf_path))
    try:
        image = document[0].render(scale=150 / 72).to_pil()
    finally:
        document.close()
    return [(barcode.text, barcode.orientation) for barcode in zxingcpp.read_barcodes(image)]


@pytest.mark.cups
def test_printed_pdf_carries_a_readable_qr(qtbot, data_dir: Path, cups_pdf_dir: Path) -> None:
    printer = Printer(
        data_dir / "outbox", os.environ.get("KIOSK_TEST_CUPS_PRINTER", "PDF"), clock=CLOCK
    )
    before = set(cups_pdf_dir.glob("*.pdf")) if cups_pdf_dir.is_dir() else set()
    outcome: list[object] = []

    started = time.perf_counter()
    print_in_background(
        printer, make_pdf(QR_TEXT), "qr-print-test", on_done=outcome.append, on_error=outcome.append
    )
    qtbot.waitUntil(lambda: bool(outcome), timeout=20_000)
    submitted = time.perf_counter() - started
    assert outcome == [None]

    def printed_qr_decodes() -> None:
        new = sorted(set(cups_pdf_dir.glob("*.pdf")) - before)
        assert new, "no job file from CUPS-PDF yet"
        try:
            found = decode_qr(new[-1])
        except pypdfium2.PdfiumError as exc:  # still being written
            raise AssertionError(str(exc)) from exc
        # The landscape page is turned a quarter onto the portrait A4 sheet, as on paper.
        assert [(text, abs(angle)) for text, angle in found] == [(QR_TEXT, 90)]

    qtbot.waitUntil(printed_qr_decodes, timeout=30_000)
    print(f"print: {submitted:.2f} s to submit, {time.perf_counter() - started:.2f} s to the file")
    assert printer.pending() == []
    assert len(list(printer.printed_dir.glob("*.pdf"))) == 1


def test_unknown_printer_fails_and_keeps_the_job_in_the_outbox(qapp, data_dir: Path) -> None:
    printer = Printer(data_dir / "outbox", "no-such-printer-here", clock=CLOCK)

    with pytest.raises(PrintError, match="no-such-printer-here"):
        printer.print_pdf(make_pdf(QR_TEXT), "certificate")

    [kept] = printer.pending()
    assert kept.read_bytes().startswith(b"%PDF")
    assert not printer.printed_dir.exists()


def test_a_kept_job_can_be_printed_again_from_the_outbox(qapp, data_dir: Path) -> None:
    printer = Printer(data_dir / "outbox", "no-such-printer-here", clock=CLOCK)
    with pytest.raises(PrintError):
        printer.print_pdf(make_pdf(QR_TEXT), "certificate")
    [kept] = printer.pending()

    with pytest.raises(PrintError):
        printer.print_pdf(kept, "certificate")

    assert printer.pending() == [kept]
