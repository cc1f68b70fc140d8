"""`kiosk keys export [--out FILE]` and `kiosk keys trust FILE`: share ward signing keys."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kiosk.commands.ward import certificate_service
from kiosk.core.errors import ValidationError
from kiosk.services.certificates import CertificateService


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("keys", help="export this ward's public key or trust another's")
    actions = parser.add_subparsers(dest="keys_command", required=True)
    export = actions.add_parser("export", help="print (or write) this ward's public key")
    export.add_argument("--out", type=Path, help="write to this file instead of standard output")
    export.set_defaults(func=run_export)
    trust = actions.add_parser("trust", help="trust certificates signed with another ward's key")
    trust.add_argument("file", type=Path, help="a key file made by `kiosk keys export`")
    trust.set_defaults(func=run_trust)


def _service() -> CertificateService:
    return certificate_service()


def run_export(args: argparse.Namespace) -> int:
    text = _service().export_public_key()
    if args.out is None:
        sys.stdout.write(text)
    else:
        args.out.write_text(text, encoding="utf-8")
        print(f"Đã ghi khóa công khai / Public key written to {args.out}")
    return 0


def run_trust(args: argparse.Namespace) -> int:
    try:
        key_id = _service().trust(args.file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        print(f"Không đọc được tệp / Cannot read the file: {exc}", file=sys.stderr)
        return 2
    except ValidationError as exc:
        print(f"Khóa không hợp lệ / Invalid key: {exc.message}", file=sys.stderr)
        return 1
    print(f"Đã tin cậy khóa / Trusted key {key_id}")
    return 0
