"""The certificate PDF: Vietnamese text extracts exactly; its QR verifies from a render or photo."""

from __future__ import annotations

import io
import subprocess
import unicodedata
from datetime import date

import pypdfium2 as pdfium
import pytest
import zxingcpp
from PIL import Image, ImageFilter

from kiosk.documents import place_and_date
from kiosk.documents.certificate import CertificateDocument, render_certificate
from kiosk.documents.qr import read_payload
from kiosk.services.certificates import CertificateService

NAME = "Nguyễn Thị Ngọc Ánh"
TITLE = "Kích hoạt tài khoản định danh điện tử VNeID mức độ 2"


@pytest.fixture
def service(session_factory, clock) -> CertificateService:
    return CertificateService(session_factory, clock, "Phường Bến Thành")


@pytest.fixture
def issued(service, make_resident):
    return service.issue(make_resident(unicodedata.normalize("NFD", NAME), 1958), "vneid-l2", TITLE)


@pytest.fixture
def pdf(issued) -> bytes:
    nfd = unicodedata.normalize("NFD", NAME)
    doc = CertificateDocument.from_issued(issued)
    return render_certificate(CertificateDocument(**{**doc.__dict__, "holder_name": nfd}))


def pdftotext(pdf: bytes, *pages: int) -> str:
    args = ["pdftotext", "-enc", "UTF-8"]
    if pages:
        args += ["-f", str(pages[0]), "-l", str(pages[-1])]
    return subprocess.run(
        [*args, "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode()


def render_page(pdf: bytes, dpi: int = 150) -> Image.Image:
    document = pdfium.PdfDocument(pdf)
    try:
        return document[0].render(scale=dpi / 72).to_pil()
    finally:
        document.close()


def test_vietnamese_text_extracts_exactly_in_nfc(pdf, issued):
    text = pdftotext(pdf)
    expected = [
        "ỦY BAN NHÂN DÂN",
        "PHƯỜNG BẾN THÀNH",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "GIẤY CHỨNG NHẬN",
        "Chứng nhận Ông/Bà:",
        NAME,
        "Năm sinh: 1958",
        "Đã hoàn thành học phần:",
        TITLE,
        "Phường Bến Thành, ngày 29 tháng 11 năm 2026",
        "TM. ỦY BAN NHÂN DÂN",
        issued.code,
        "kiosk verify",
    ]
    for phrase in expected:
        assert unicodedata.is_normalized("NFC", phrase)
        assert phrase in text, phrase


def test_page_is_a4_landscape(pdf):
    document = pdfium.PdfDocument(pdf)
    try:
        assert len(document) == 1
        width, height = document[0].get_size()
    finally:
        document.close()
    assert (round(width / 72 * 25.4), round(height / 72 * 25.4)) == (297, 210)


def test_qr_decodes_back_to_the_payload_and_verifies(pdf, issued, service):
    page = io.BytesIO()
    render_page(pdf).save(page, format="PNG")
    assert read_payload(pdf) == issued.payload
    assert read_payload(page.getvalue()) == issued.payload
    assert service.verify(read_payload(pdf)).valid


def test_photo_like_copy_still_verifies(pdf, issued, service):
    photo = render_page(pdf, dpi=150).convert("L").rotate(3, expand=True, fillcolor=235)
    photo = photo.filter(ImageFilter.GaussianBlur(0.8))
    jpeg = io.BytesIO()
    photo.save(jpeg, format="JPEG", quality=60)

    payload = read_payload(jpeg.getvalue())

    assert payload == issued.payload
    assert service.verify(payload).holder_name == NAME


def test_qr_symbol_is_at_least_30_mm_wide(pdf):
    dpi = 150
    [barcode] = zxingcpp.read_barcodes(render_page(pdf, dpi), formats=zxingcpp.BarcodeFormat.QRCode)
    corners = barcode.position
    width_px = corners.top_right.x - corners.top_left.x
    assert width_px / dpi * 25.4 >= 30


def test_long_names_and_titles_are_kept_whole(issued):
    long_name = "Tôn Nữ Hoàng Thị Thanh Xuân Phương Nguyễn Ngọc"
    doc = CertificateDocument.from_issued(issued)
    pdf = render_certificate(
        CertificateDocument(
            **{
                **doc.__dict__,
                "holder_name": long_name,
                "module_title": TITLE + " và bảo mật tài khoản",
            }
        )
    )
    text = " ".join(pdftotext(pdf).split())
    assert long_name in text and "và bảo mật tài khoản" in text


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 2, 5), "Bến Thành, ngày 05 tháng 02 năm 2026"),
        (date(2026, 3, 15), "Bến Thành, ngày 15 tháng 3 năm 2026"),
        (date(2026, 12, 1), "Bến Thành, ngày 01 tháng 12 năm 2026"),
    ],
)
def test_place_and_date_follow_decree_30(day, expected):
    assert place_and_date("Bến Thành", day) == expected
