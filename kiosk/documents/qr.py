"""QR codes: make a PNG for a document; read a payload back from a PDF, scan or photo."""

from __future__ import annotations

import io

import pypdfium2 as pdfium
import qrcode
import zxingcpp
from PIL import Image, ImageOps, UnidentifiedImageError
from qrcode.constants import ERROR_CORRECT_M

from kiosk.core.errors import KioskError

PAYLOAD_PREFIX = "MC1:"


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


def _pdf_pages(data: bytes, dpi: int) -> list[Image.Image]:
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise UnreadableDocument(f"cannot open PDF: {exc}") from exc
    try:
        return [pdf[i].render(scale=dpi / 72, grayscale=True).to_pil() for i in range(len(pdf))]
    finally:
        pdf.close()


def _open_image(data: bytes) -> Image.Image:
    try:
        image = Image.open(io.BytesIO(data))
        image.load()
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise UnreadableDocument(f"cannot open image: {exc}") from exc
    return ImageOps.exif_transpose(image).convert("L")


def _texts(image: Image.Image) -> list[str]:
    found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    return [barcode.text for barcode in found if barcode.valid]


def read_qr_gray(pixels: bytes, width: int, height: int, stride: int) -> list[str]:
    """QR texts in one 8-bit grey camera frame (rows `stride` bytes apart)."""
    return _texts(Image.frombuffer("L", (width, height), pixels, "raw", "L", stride, 1))


def read_qr_texts(data: bytes) -> list[str]:
    """Every QR text found in a PDF (all pages) or an image; [] when there is none."""
    if data[:5] == b"%PDF-":
        # 150 dpi is enough for our own PDFs; 300 dpi only for small QRs in other layouts.
        for dpi in (150, 300):
            texts = [t for page in _pdf_pages(data, dpi) for t in _texts(page)]
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
