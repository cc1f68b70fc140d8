"""`kiosk verify X`: check a certificate given as a PDF, a photo/scan, its payload, or its code."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kiosk.commands.ward import certificate_service
from kiosk.core.files import FileRefused
from kiosk.services.certificates import PREFIX, CertificateService, Verification, normalize_code

EXIT_VALID, EXIT_INVALID, EXIT_UNUSABLE = 0, 1, 2


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "verify",
        help="verify a certificate (PDF, image, payload text or short code)",
        description="Exit status: 0 valid, 1 invalid (reason printed), 2 unusable input.",
    )
    parser.add_argument(
        "target", help="path to a PDF/PNG/JPG, the 'MC1:…' payload, or a code like K7QM-3XPA-9D"
    )
    parser.set_defaults(func=run)


def _payload_from_file(path: Path) -> str | None:
    """The payload, or None after saying on stderr why there is none."""
    # Imported here: rendering PDFs and decoding QR codes is not needed for typed payloads.
    from kiosk.documents.qr import UnreadableDocument, read_scan

    try:
        payload = read_scan(path, links=True)  # a path typed on the PC's command line
    except FileRefused as exc:
        print(f"{exc.vi}\n{exc.en}", file=sys.stderr)
        return None
    except (OSError, UnreadableDocument) as exc:
        print(f"Không đọc được tệp / Cannot read the file: {exc}", file=sys.stderr)
        return None
    if payload is None:
        print("Không tìm thấy mã QR / No QR code found.", file=sys.stderr)
    return payload


def _service() -> CertificateService:
    return certificate_service()


def _print(result: Verification) -> int:
    if not result.valid:
        print(f"KHÔNG HỢP LỆ / INVALID ({result.reason}): {result.message}")
        if result.reason == "revoked":
            print(f"Mã chứng nhận / Certificate id: {result.certificate_id}")
        return EXIT_INVALID
    holder = (
        "đã xóa / erased"
        if result.holder_erased
        else (result.holder_name or "không rõ / not on this kiosk")
    )
    module = f"{result.module_title} ({result.module})" if result.module_title else result.module
    print("HỢP LỆ / VALID")
    print(f"Đơn vị cấp / Ward: {result.ward_name}")
    print(f"Ngày cấp / Issued on: {result.issued_on:%d/%m/%Y}")
    print(f"Học phần / Module: {module}")
    print(f"Người nhận / Holder: {holder}")
    print(f"Mã chứng nhận / Certificate id: {result.certificate_id}")
    return EXIT_VALID


def run(args: argparse.Namespace) -> int:
    target: str = args.target
    path = Path(target)
    if path.is_file():
        payload = _payload_from_file(path)
        if payload is None:
            return EXIT_UNUSABLE
        return _print(_service().verify(payload))
    text = target.strip()
    if text.startswith(PREFIX):
        return _print(_service().verify(text))
    if normalize_code(text) is not None:
        return _print(_service().find_by_code(text))
    print(
        "Không phải tệp, mã QR hay mã chứng nhận / Not a file, payload or certificate code.",
        file=sys.stderr,
    )
    return EXIT_UNUSABLE
