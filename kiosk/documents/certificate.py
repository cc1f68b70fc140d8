"""The 'GIẤY CHỨNG NHẬN' certificate: A4 landscape, Vietnamese administrative style, signed QR."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib.colors import Color, black
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from kiosk.core.text import clean
from kiosk.documents import place_and_date
from kiosk.documents.fonts import SANS, SANS_BOLD, SANS_ITALIC, SANS_MEDIUM, register_fonts
from kiosk.documents.qr import qr_image
from kiosk.services.certificates import IssuedCertificate

PAGE_W, PAGE_H = landscape(A4)
CENTER = PAGE_W / 2
RED = Color(0.62, 0.07, 0.07)
GOLD = Color(0.72, 0.55, 0.18)
QR_SIZE = 38 * mm  # with the 4-module quiet zone; the symbol itself stays >= 30 mm
VERIFY_HINT = "Kiểm tra: kiosk verify"


@dataclass(frozen=True)
class CertificateDocument:
    ward_name: str
    holder_name: str
    birth_year: int
    module_title: str
    issued_on: date
    code: str
    payload: str
    place: str | None = None

    @classmethod
    def from_issued(
        cls, issued: IssuedCertificate, place: str | None = None
    ) -> CertificateDocument:
        return cls(
            issued.ward_name,
            issued.holder_name,
            issued.birth_year,
            issued.module_title,
            issued.issued_on,
            issued.code,
            issued.payload,
            place,
        )


def _centered(c: Canvas, text: str, x: float, y: float, font: str, size: float) -> float:
    """Draw centred text and return its width."""
    c.setFont(font, size)
    c.drawCentredString(x, y, text)
    return stringWidth(text, font, size)


def _fit(text: str, font: str, size: float, width: float, smallest: float) -> float:
    while size > smallest and stringWidth(text, font, size) > width:
        size -= 1
    return size


def _border(c: Canvas) -> None:
    c.setStrokeColor(RED)
    c.setLineWidth(3)
    c.rect(9 * mm, 9 * mm, PAGE_W - 18 * mm, PAGE_H - 18 * mm)
    c.setLineWidth(0.8)
    c.rect(12 * mm, 12 * mm, PAGE_W - 24 * mm, PAGE_H - 24 * mm)
    c.setStrokeColor(GOLD)
    c.setLineWidth(0.5)
    c.rect(13.5 * mm, 13.5 * mm, PAGE_W - 27 * mm, PAGE_H - 27 * mm)
    for x, y in (
        (12, 12),
        (PAGE_W / mm - 12, 12),
        (12, PAGE_H / mm - 12),
        (PAGE_W / mm - 12, PAGE_H / mm - 12),
    ):
        c.setFillColor(RED)
        c.circle(x * mm, y * mm, 2.2 * mm, stroke=0, fill=1)


def _header(c: Canvas, ward_name: str) -> None:
    c.setFillColor(black)
    c.setStrokeColor(black)
    top = PAGE_H - 27 * mm
    left_x, right_x = 70 * mm, PAGE_W - 85 * mm
    _centered(c, "ỦY BAN NHÂN DÂN", left_x, top, SANS_MEDIUM, 12)
    ward = ward_name.upper()
    width = _centered(c, ward, left_x, top - 16, SANS_BOLD, _fit(ward, SANS_BOLD, 12, 95 * mm, 8))
    c.setLineWidth(0.6)
    c.line(left_x - width / 4, top - 24, left_x + width / 4, top - 24)
    _centered(c, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", right_x, top, SANS_BOLD, 12)
    width = _centered(c, "Độc lập - Tự do - Hạnh phúc", right_x, top - 16, SANS_BOLD, 12.5)
    c.line(right_x - width / 2, top - 22, right_x + width / 2, top - 22)


def _body(c: Canvas, doc: CertificateDocument) -> None:
    c.setFillColor(RED)
    _centered(c, "GIẤY CHỨNG NHẬN", CENTER, PAGE_H - 68 * mm, SANS_BOLD, 36)
    c.setFillColor(black)
    _centered(
        c,
        "Hoàn thành khóa học kỹ năng số “Bình dân học vụ số”",
        CENTER,
        PAGE_H - 78 * mm,
        SANS_ITALIC,
        13,
    )
    _centered(c, "Chứng nhận Ông/Bà:", CENTER, PAGE_H - 93 * mm, SANS, 15)
    name = doc.holder_name
    c.setFillColor(RED)
    _centered(
        c, name, CENTER, PAGE_H - 106 * mm, SANS_BOLD, _fit(name, SANS_BOLD, 28, 215 * mm, 14)
    )
    c.setFillColor(black)
    _centered(c, f"Năm sinh: {doc.birth_year}", CENTER, PAGE_H - 116 * mm, SANS, 15)
    _centered(c, "Đã hoàn thành học phần:", CENTER, PAGE_H - 127 * mm, SANS, 15)
    size = _fit(doc.module_title, SANS_BOLD, 18, 2 * 190 * mm, 12)
    for i, line in enumerate(simpleSplit(doc.module_title, SANS_BOLD, size, 190 * mm)[:2]):
        _centered(c, line, CENTER, PAGE_H - 137 * mm - i * size * 1.25, SANS_BOLD, size)


def _signature(c: Canvas, doc: CertificateDocument) -> None:
    x, y = PAGE_W - 85 * mm, 54 * mm
    line = place_and_date(doc.place or doc.ward_name, doc.issued_on)
    _centered(c, line, x, y, SANS_ITALIC, _fit(line, SANS_ITALIC, 13, 120 * mm, 9))
    _centered(c, "TM. ỦY BAN NHÂN DÂN", x, y - 17, SANS_BOLD, 13)
    _centered(c, "CHỦ TỊCH", x, y - 33, SANS_BOLD, 13)


def _qr(c: Canvas, doc: CertificateDocument) -> None:
    x, y = 27 * mm, 31 * mm
    c.drawImage(ImageReader(qr_image(doc.payload, box_size=4)), x, y, QR_SIZE, QR_SIZE)
    mid = x + QR_SIZE / 2
    c.setFillColor(black)
    _centered(c, doc.code, mid, y - 4 * mm, SANS_BOLD, 11)
    _centered(c, VERIFY_HINT, mid, y - 9 * mm, SANS, 8.5)


def _normalized(doc: CertificateDocument) -> CertificateDocument:
    return CertificateDocument(
        clean(doc.ward_name),
        clean(doc.holder_name),
        doc.birth_year,
        clean(doc.module_title),
        doc.issued_on,
        clean(doc.code),
        doc.payload.strip(),
        clean(doc.place) if doc.place else None,
    )


def render_certificate(doc: CertificateDocument) -> bytes:
    """One A4 landscape page of PDF; all text NFC, fonts embedded."""
    return render_certificates([doc], title=f"Giấy chứng nhận {clean(doc.code)}")


def render_certificates(
    docs: Sequence[CertificateDocument],
    title: str = "Giấy chứng nhận",
    progress: Callable[[int, int], None] | None = None,
) -> bytes:
    """One page per certificate, in order, in one PDF (fonts embedded once);
    `progress(done, total)` after each page."""
    if not docs:
        raise ValueError("a PDF needs at least one certificate")
    register_fonts()
    out = io.BytesIO()
    c = Canvas(out, pagesize=(PAGE_W, PAGE_H), pageCompression=1)
    c.setTitle(title)
    for done, doc in enumerate(map(_normalized, docs), start=1):
        c.setAuthor(doc.ward_name)
        _border(c)
        _header(c, doc.ward_name)
        _body(c, doc)
        _signature(c, doc)
        _qr(c, doc)
        c.showPage()
        if progress is not None:
            progress(done, len(docs))
    c.save()
    return out.getvalue()
