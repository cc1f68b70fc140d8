"""Reading a certificate scan within limits: its size, its first pages, one page at a time."""

from __future__ import annotations

import io
import os

import pytest
from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from kiosk.core.files import FileRefused
from kiosk.documents.qr import (
    MAX_PDF_PAGES,
    MAX_RENDER_PIXELS,
    MAX_SCAN_BYTES,
    UnreadableDocument,
    pdf_page_images,
    qr_png,
    read_qr_texts,
    read_scan,
)

PAYLOAD = "MC1:TEST-PAYLOAD-1234"


def pdf_with_qr_on(page_with_qr: int, pages: int, size=(595, 842)) -> bytes:
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=size)
    for number in range(1, pages + 1):
        pdf.drawString(72, 72, f"page {number}")
        if number == page_with_qr:
            pdf.drawImage(ImageReader(io.BytesIO(qr_png(PAYLOAD))), 72, 200, 200, 200)
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def test_a_qr_on_the_first_pages_is_found():
    assert read_qr_texts(pdf_with_qr_on(2, pages=2)) == [PAYLOAD]


def test_pages_after_the_first_two_are_never_read():
    assert MAX_PDF_PAGES == 2
    assert read_qr_texts(pdf_with_qr_on(3, pages=40)) == []


def test_pages_are_rendered_one_at_a_time_and_within_a_pixel_budget():
    # given a many-page PDF whose pages are 5 m square (PDF's largest)
    data = pdf_with_qr_on(1, pages=6, size=(14_400, 14_400))

    pages = pdf_page_images(data, 300)

    # then one page exists at a time, two at most, and each is capped in pixels
    first = next(pages)
    assert first.width * first.height <= MAX_RENDER_PIXELS
    assert len([first, *pages]) == 2


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "huge.pdf"
    with path.open("wb") as f:
        f.write(pdf_with_qr_on(1, pages=1))
        f.truncate(MAX_SCAN_BYTES + 1)  # sparse: no real 20 MB written
    with pytest.raises(FileRefused) as refused:
        read_scan(path)
    assert refused.value.reason == "too_big" and "20 MB" in refused.value.en
    with pytest.raises(UnreadableDocument):
        read_qr_texts(b"%PDF-" + bytes(MAX_SCAN_BYTES))


def test_a_link_is_refused_and_a_real_file_reads(tmp_path):
    real = tmp_path / "real.pdf"
    real.write_bytes(pdf_with_qr_on(1, pages=1))
    link = tmp_path / "scans" / "link.pdf"
    link.parent.mkdir()
    os.symlink(real, link)

    with pytest.raises(FileRefused) as refused:
        read_scan(link)
    assert refused.value.reason == "link"
    assert read_scan(real) == PAYLOAD
    assert read_scan(link, links=True) == PAYLOAD  # a path typed on the command line


def test_an_image_with_too_many_pixels_is_unreadable():
    out = io.BytesIO()
    Image.new("1", (9_000, 9_000), 1).save(out, format="PNG")  # 81 MP, a few kB
    with pytest.raises(UnreadableDocument):
        read_qr_texts(out.getvalue())
