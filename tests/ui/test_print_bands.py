"""Pages print in bands (each Qt call holds the GIL briefly): the bands add up to the page."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pypdfium2
import pytest
import zxingcpp
from PIL import Image, ImageChops
from PySide6.QtCore import QSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from kiosk.core.clock import FixedClock
from kiosk.documents.certificate import CertificateDocument, render_certificate
from kiosk.services.certificates import CertificateService
from kiosk.ui import printing


@pytest.fixture
def certificate(session_factory, clock, make_resident, tmp_path) -> tuple[Path, str]:
    service = CertificateService(session_factory, clock, "Phường Bến Thành")
    issued = service.issue(make_resident("Đặng Thị Ánh Đào"), "vneid-l2", "Kích hoạt VNeID")
    path = tmp_path / "certificate.pdf"
    path.write_bytes(render_certificate(CertificateDocument.from_issued(issued)))
    return path, issued.payload


def to_pil(image) -> Image.Image:  # type: ignore[no-untyped-def]
    return Image.fromqimage(image).convert("RGB")


def test_bands_at_any_offset_match_the_whole_page(qapp, certificate):
    document = QPdfDocument(None)
    document.load(str(certificate[0]))
    points = document.pagePointSize(0)
    size = QSize(round(points.width() * 150 / 72), round(points.height() * 150 / 72))
    whole = to_pil(printing.render_band(document, 0, size, 0, size.height()))
    for top, rows in ((0, 161), (397, 161), (size.height() - 90, 90)):
        band = to_pil(printing.render_band(document, 0, size, top, rows))
        crop = whole.crop((0, top, size.width(), top + rows))
        assert band.size == crop.size
        # identical but for anti-aliasing: no shift, no stretch
        assert max(hi for _lo, hi in ImageChops.difference(band, crop).getextrema()) <= 8
    document.close()


def printed_page(pdf: Path, tmp_path: Path, monkeypatch, band_rows: int) -> Image.Image:  # type: ignore[no-untyped-def]
    """Print `pdf` at 150 dpi through Printer onto Qt's PDF output; the paper at 150 dpi."""
    out = tmp_path / f"paper-{band_rows}.pdf"

    class FileQPrinter(QPrinter):
        def __init__(self, _info: QPrinterInfo, mode: QPrinter.PrinterMode) -> None:
            super().__init__(mode)
            self.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self.setOutputFileName(str(out))

    monkeypatch.setattr(printing, "QPrinter", FileQPrinter)
    monkeypatch.setattr(printing.Printer, "_printer_info", lambda self: QPrinterInfo())
    monkeypatch.setattr(printing, "BAND_ROWS", band_rows)
    printing.Printer(
        tmp_path / "outbox", clock=FixedClock(datetime(2026, 11, 29, 9, 0)), dpi=150
    ).print_pdf(pdf, "certificate")
    paper = pypdfium2.PdfDocument(str(out))
    try:
        assert len(paper) == 1
        return paper[0].render(scale=150 / 72).to_pil().convert("L")
    finally:
        paper.close()


def test_a_banded_print_is_the_whole_page_with_a_readable_qr(
    qapp, certificate, tmp_path, monkeypatch
):
    # given the page printed in one piece (as before) and in bands of 160 rows
    whole = printed_page(certificate[0], tmp_path, monkeypatch, 100_000)
    banded = printed_page(certificate[0], tmp_path, monkeypatch, 160)

    # then they look the same (quarter size: anti-aliasing of thin lines aside; a missing
    # or shifted band differs by 200 and more)
    def quarter(image: Image.Image) -> Image.Image:
        return image.resize((image.width // 4, image.height // 4), Image.Resampling.BOX)

    _low, high = ImageChops.difference(quarter(whole), quarter(banded)).getextrema()
    assert high < 100
    # and the QR on the paper decodes to the certificate's payload
    assert [b.text for b in zxingcpp.read_barcodes(banded)] == [certificate[1]]
