"""The learner card: credit-card size (85.6 × 54 mm) at the top left of an A4 page, with cut
marks, so that any office printer makes it; the volunteer cuts it out (and may laminate it)."""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.colors import Color, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from kiosk.core.text import clean
from kiosk.documents.fonts import SANS, SANS_BOLD, SANS_MEDIUM, register_fonts
from kiosk.documents.qr import qr_image

PAGE_W, PAGE_H = A4
CARD_W, CARD_H = 85.6 * mm, 54 * mm
LEFT, TOP = 20 * mm, PAGE_H - 20 * mm  # the card's top-left corner on the page
BAND_H = 12 * mm
QR_SIZE = 32 * mm  # with the 4-module quiet zone: a version-3 symbol is 25 mm
PAD = 3.5 * mm
COFFEE = Color(0.36, 0.22, 0.13)
GREY = Color(0.45, 0.45, 0.45)
TITLE = "THẺ HỌC VIÊN — Cà phê sáng"
SCAN_LINE = "Quét mã này tại quầy để điểm danh nhanh"
CUT_NOTE = (
    "Cắt thẻ theo các dấu ở bốn góc; có thể ép plastic để dùng lâu dài.",
    "Lần sau, đưa mã QR trên thẻ vào máy quét hoặc máy ảnh ở quầy để điểm danh.",
)


@dataclass(frozen=True)
class LearnerCardDocument:
    ward_name: str
    full_name: str
    birth_year: int
    neighbourhood: str
    payload: str


def _break_word(word: str, font: str, size: float, width: float) -> list[str]:
    """A word wider than the line (a name typed without spaces) is cut between letters."""
    pieces, current = [], ""
    for ch in word:
        if current and stringWidth(current + ch, font, size) > width:
            pieces.append(current)
            current = ""
        current += ch
    return [*pieces, current] if current else pieces


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        candidate = f"{current} {word}".strip()
        if stringWidth(candidate, font, size) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        *full, current = _break_word(word, font, size, width) or [""]
        lines.extend(full)
    return [*lines, current] if current else lines


def fit_lines(
    text: str, font: str, width: float, height: float, sizes: tuple[float, float]
) -> tuple[float, list[str]]:
    """The largest size (from sizes[0] down to sizes[1]) whose wrapped lines fit the box."""
    size = sizes[0]
    while True:
        lines = wrap(text, font, size, width)
        if len(lines) * size * 1.15 <= height or size <= sizes[1]:
            return size, lines
        size -= 0.5


def _cut_marks(c: Canvas, x: float, y: float) -> None:
    c.setStrokeColor(GREY)
    c.setLineWidth(0.4)
    gap, length = 2 * mm, 5 * mm
    for cx, dx in ((x, -1), (x + CARD_W, 1)):
        for cy, dy in ((y, -1), (y + CARD_H, 1)):
            c.line(cx + dx * gap, cy, cx + dx * (gap + length), cy)
            c.line(cx, cy + dy * gap, cx, cy + dy * (gap + length))


def _band(c: Canvas, x: float, y: float, ward: str) -> None:
    c.saveState()
    outline = c.beginPath()
    outline.roundRect(x, y, CARD_W, CARD_H, 3 * mm)
    c.clipPath(outline, stroke=0, fill=0)
    c.setFillColor(COFFEE)
    c.rect(x, y + CARD_H - BAND_H, CARD_W, BAND_H, stroke=0, fill=1)
    c.restoreState()
    c.setFillColor(white)
    width = CARD_W - 2 * PAD
    ward = ward.upper()
    c.setFont(SANS_MEDIUM, min(7.5, 7.5 * width / max(1, stringWidth(ward, SANS_MEDIUM, 7.5))))
    c.drawString(x + PAD, y + CARD_H - 4.6 * mm, ward)
    c.setFont(SANS_BOLD, 10.5)
    c.drawString(x + PAD, y + CARD_H - 9.4 * mm, TITLE)


def _person(c: Canvas, x: float, y: float, doc: LearnerCardDocument) -> None:
    width = CARD_W - QR_SIZE - PAD - 1.5 * mm
    details = [f"Năm sinh: {doc.birth_year}", *wrap(doc.neighbourhood, SANS, 8.5, width)[:2]]
    top = y + CARD_H - BAND_H - 2.5 * mm
    bottom = y + 10 * mm + len(details) * 8.5 * 1.3
    size, lines = fit_lines(doc.full_name, SANS_BOLD, width, 13 * 1.15, (13, 10.5))
    if len(lines) > 1:  # one line down to 10.5 pt reads best; otherwise wrap, shrinking
        size, lines = fit_lines(doc.full_name, SANS_BOLD, width, top - bottom, (13, 6))
    c.setFillColor(Color(0, 0, 0))
    c.setFont(SANS_BOLD, size)
    baseline = top - size
    for line in lines:
        c.drawString(x + PAD, baseline, line)
        baseline -= size * 1.15
    c.setFont(SANS, 8.5)
    baseline -= 1.5 * mm
    for line in details:
        c.drawString(x + PAD, baseline, line)
        baseline -= 8.5 * 1.3


def _qr(c: Canvas, x: float, y: float, payload: str) -> None:
    qx, qy = x + CARD_W - QR_SIZE - 1 * mm, y + CARD_H - BAND_H - QR_SIZE - 0.5 * mm
    c.drawImage(ImageReader(qr_image(payload, box_size=8)), qx, qy, QR_SIZE, QR_SIZE)
    c.setFillColor(COFFEE)
    c.setFont(SANS_MEDIUM, 7.5)
    c.drawCentredString(x + CARD_W / 2, y + 3.6 * mm, SCAN_LINE)


def _note(c: Canvas, x: float, y: float) -> None:
    c.setFillColor(GREY)
    c.setFont(SANS, 9)
    for i, line in enumerate(CUT_NOTE):
        c.drawString(x, y - 15 * mm - i * 12, line)


def _normalized(doc: LearnerCardDocument) -> LearnerCardDocument:
    return LearnerCardDocument(
        clean(doc.ward_name),
        clean(doc.full_name),
        int(doc.birth_year),
        clean(doc.neighbourhood),
        doc.payload.strip(),
    )


def render_learner_card(doc: LearnerCardDocument) -> bytes:
    """One A4 portrait page of PDF: the card outlined at the top left; all text NFC."""
    register_fonts()
    doc = _normalized(doc)
    out = io.BytesIO()
    c = Canvas(out, pagesize=A4, pageCompression=1)
    c.setTitle("Thẻ học viên")
    c.setAuthor(doc.ward_name)
    x, y = LEFT, TOP - CARD_H
    _cut_marks(c, x, y)
    _band(c, x, y, doc.ward_name)
    c.setStrokeColor(GREY)
    c.setLineWidth(0.3)
    c.roundRect(x, y, CARD_W, CARD_H, 3 * mm, stroke=1, fill=0)
    _person(c, x, y, doc)
    _qr(c, x, y, doc.payload)
    _note(c, x, y)
    c.showPage()
    c.save()
    return out.getvalue()
