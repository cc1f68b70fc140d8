"""The learner card PDF: exact Vietnamese text, a QR that decodes at its printed size, long names
that wrap or shrink inside the card and are never cut."""

from __future__ import annotations

import re
import subprocess
import unicodedata

import pypdfium2 as pdfium
import pytest
import zxingcpp
from reportlab.lib.units import mm

from kiosk.documents.learner_card import (
    CARD_H,
    CARD_W,
    LEFT,
    PAGE_H,
    QR_SIZE,
    TOP,
    LearnerCardDocument,
    render_learner_card,
)
from kiosk.documents.qr import read_qr_texts
from kiosk.services.certificates import CertificateService
from kiosk.services.learner_card import LearnerCards

NAME = "Nguyễn Thị Ngọc Ánh"
LONG_NAME = "Tôn Nữ Hoàng Thị Phương Thảo Nguyên Khánh Linh Đặng Trần Công Tằng Tôn Nữ Ngọc"


@pytest.fixture
def payload(session_factory, clock, make_resident) -> str:
    CertificateService(session_factory, clock, "Phường Bến Thành").ensure_key()
    return LearnerCards(session_factory).payload_for(make_resident(NAME, 1952))


def card_pdf(payload: str, name: str = NAME, area: str = "Khu phố 3") -> bytes:
    nfd = unicodedata.normalize("NFD", name)
    return render_learner_card(
        LearnerCardDocument(
            unicodedata.normalize("NFD", "Phường Bến Thành"), nfd, 1952, area, payload
        )
    )


def pdftotext(pdf: bytes, *args: str) -> str:
    command = ["pdftotext", "-enc", "UTF-8", *args, "-", "-"]
    return subprocess.run(command, input=pdf, capture_output=True, check=True).stdout.decode()


def words(pdf: bytes) -> list[tuple[str, float, float, float, float]]:
    """(word, x0, y0, x1, y1) in points from the page's top left, as pdftotext -bbox sees them."""
    found = re.findall(
        r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]+)<',
        pdftotext(pdf, "-bbox"),
    )
    return [(w, float(a), float(b), float(c), float(d)) for a, b, c, d, w in found]


def test_the_card_text_extracts_exactly_in_nfc(payload):
    text = pdftotext(card_pdf(payload))

    for expected in (
        "PHƯỜNG BẾN THÀNH",
        "THẺ HỌC VIÊN — Cà phê sáng",
        NAME,
        "Năm sinh: 1952",
        "Khu phố 3",
        "Quét mã này tại quầy để điểm danh nhanh",
    ):
        assert expected in text
    assert unicodedata.is_normalized("NFC", text)
    assert unicodedata.normalize("NFD", NAME) not in text


def test_the_qr_decodes_and_is_at_least_25_mm(payload):
    pdf = card_pdf(payload)
    document = pdfium.PdfDocument(pdf)
    try:
        assert len(document) == 1
        image = document[0].render(scale=300 / 72, grayscale=True).to_pil()
    finally:
        document.close()

    [barcode] = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    side_mm = (barcode.position.top_right.x - barcode.position.top_left.x) / 300 * 25.4

    assert read_qr_texts(pdf) == [payload]  # 150 dpi, as the kiosk reads scans
    assert barcode.text == payload
    assert 24.5 <= side_mm <= 27  # the finder-pattern centres span 22 of the 29 modules


def test_a_very_long_name_wraps_inside_the_card_and_keeps_every_word(payload):
    pdf = card_pdf(payload, LONG_NAME, "Khu phố Bến Nghé mở rộng phía đông bờ kênh")
    found = words(pdf)
    name_words = LONG_NAME.split(" ")
    text_right = LEFT + CARD_W - QR_SIZE  # the QR's quiet zone starts here
    card_top, card_bottom = PAGE_H - TOP, PAGE_H - TOP + CARD_H

    on_card = [w for w in found if w[2] < card_bottom]
    names = [w for w in on_card if w[0] in name_words]

    assert " ".join(w[0] for w in names[: len(name_words)]) == LONG_NAME
    assert all(LEFT < x0 and x1 <= text_right for _w, x0, _y0, x1, _y1 in names)
    assert all(card_top < y0 and y1 < card_bottom for _w, _x0, y0, _x1, y1 in on_card)
    assert read_qr_texts(pdf) == [payload]


def test_a_name_without_spaces_is_cut_between_letters_not_clipped(payload):
    name = "Ă" * 80  # allowed by validation: letters only, at most 80
    pdf = card_pdf(payload, name)
    pieces = [w for w in words(pdf) if set(w[0]) == {"Ă"}]

    assert "".join(w[0] for w in pieces) == name
    assert all(x1 <= LEFT + CARD_W - QR_SIZE for _w, _x0, _y0, x1, _y1 in pieces)


def test_the_card_is_credit_card_sized_at_the_top_left_of_a_4(payload):
    document = pdfium.PdfDocument(card_pdf(payload))
    try:
        width, height = document[0].get_size()
    finally:
        document.close()
    assert (round(width / mm), round(height / mm)) == (210, 297)
    assert (round(CARD_W / mm, 1), round(CARD_H / mm, 1)) == (85.6, 54.0)
    assert LEFT >= 15 * mm and PAGE_H - TOP >= 15 * mm  # inside any office printer's margins
