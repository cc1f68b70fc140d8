"""QR codes: make a PNG for a document; read a payload back from a PDF, scan or photo.

A scan is read within limits: at most MAX_SCAN_BYTES, the first MAX_PDF_PAGES pages of a PDF,
one page rendered at a time and never more than MAX_RENDER_PIXELS, images up to
MAX_IMAGE_PIXELS. Our own certificate has its QR on page 1.
"""

from __future__ import annotations

import io
import math
from collections.abc import Iterator
from pathlib import Path

import pypdfium2 as pdfium
import qrcode
import zxingcpp
from PIL import Image, ImageOps, UnidentifiedImageError
from qrcode.constants import ERROR_CORRECT_M

from kiosk.core.errors import KioskError
from kiosk.core.files import MB, read_dropped

PAYLOAD_PREFIX = "MC1:"
MAX_SCAN_BYTES = 20 * MB
MAX_PDF_PAGES = 2
MAX_RENDER_PIXELS = 25_000_000  # an A4 page at 300 dpi is 8.7 million
MAX_IMAGE_PIXELS = 60_000_000  # a 48-megapixel phone photo still reads


class UnreadableDocument(KioskError):
    """The bytes are neither a PDF nor an image we can open."""


def _qr(payload: str, box_size: int = 8, border: int = 4) -> qrcode.QRCode:
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, box_size=box_size, border=border)
    code.add_data(payload)
    code.make(fit=True)
    return code


def qr_version(payload: str) -> int:
    """The smallest QR version that holds `payload` at error correction M."""
    return _qr(payload).version


def qr_image(payload: str, box_size: int = 8) -> Image.Image:
    """A 1-bit image with the standard 4-module quiet zone."""
    return _qr(payload, box_size).make_image().get_image()


def qr_png(payload: str, box_size: int = 8) -> bytes:
    out = io.BytesIO()
    qr_image(payload, box_size).save(out, format="PNG", optimize=False)
    return out.getvalue()


def render_scale(width_pt: float, height_pt: float, dpi: int) -> float:
    """`dpi` as a pdfium scale, lowered so that the page stays within MAX_RENDER_PIXELS."""
    area = max(width_pt * height_pt, 1.0)
    return min(dpi / 72, math.sqrt(MAX_RENDER_PIXELS / area))


def pdf_page_images(data: bytes, dpi: int) -> Iterator[Image.Image]:
    """The first MAX_PDF_PAGES pages, rendered one at a time as the caller asks for them."""
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise UnreadableDocument(f"cannot open PDF: {exc}") from exc
    try:
        for i in range(min(len(pdf), MAX_PDF_PAGES)):
            page = pdf[i]
            try:
                scale = render_scale(*page.get_size(), dpi)
                yield page.render(scale=scale, grayscale=True).to_pil()
            finally:
                page.close()
    finally:
        pdf.close()


def _open_image(data: bytes) -> Image.Image:
    try:
        image = Image.open(io.BytesIO(data))
        if image.width * image.height > MAX_IMAGE_PIXELS:
            raise UnreadableDocument(f"image too large: {image.width}x{image.height} pixels")
        image.load()
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
        raise UnreadableDocument(f"cannot open image: {exc}") from exc
    return ImageOps.exif_transpose(image).convert("L")


def _texts(image: Image.Image) -> list[str]:
    found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    return [barcode.text for barcode in found if barcode.valid]


def read_qr_gray(pixels: bytes, width: int, height: int, stride: int) -> list[str]:
    """QR texts in one 8-bit grey camera frame (rows `stride` bytes apart)."""
    return _texts(Image.frombuffer("L", (width, height), pixels, "raw", "L", stride, 1))


def read_qr_texts(data: bytes) -> list[str]:
    """Every QR text found in a PDF (its first pages) or an image; [] when there is none."""
    if len(data) > MAX_SCAN_BYTES:
        raise UnreadableDocument(f"larger than {MAX_SCAN_BYTES // MB} MB")
    if data[:5] == b"%PDF-":
        # 150 dpi is enough for our own PDFs; 300 dpi only for small QRs in other layouts.
        for dpi in (150, 300):
            texts = [t for page in pdf_page_images(data, dpi) for t in _texts(page)]
            if texts:
                return texts
        return []
    image = _open_image(data)
    texts = _texts(image)
    if not texts and max(image.size) < 1200:
        texts = _texts(image.resize((image.width * 2, image.height * 2), Image.Resampling.LANCZOS))
    return texts


def read_payload(data: bytes) -> str | None:
    """The certificate payload in `data`, preferring a QR that looks like ours."""
    texts = read_qr_texts(data)
    ours = [t for t in texts if t.startswith(PAYLOAD_PREFIX)]
    return (ours or texts or [None])[0]


def read_scan(path: Path, *, links: bool = False) -> str | None:
    """The payload in a scan file; FileRefused for a link (unless `links`) or a file over
    MAX_SCAN_BYTES, before anything is decoded."""
    return read_payload(read_dropped(path, MAX_SCAN_BYTES, links=links))
