"""`kiosk audit verify`: is the audit log as it was written (kiosk/services/audit_check.py)?"""

from __future__ import annotations

import argparse
import sys

from kiosk.commands.ward import open_ward
from kiosk.core.clock import SystemClock
from kiosk.services.audit import AuditLog

EXIT_INTACT, EXIT_CHANGED, EXIT_UNUSABLE = 0, 1, 2

VIETNAMESE = {
    "edited": "nội dung của nó đã bị sửa sau khi ghi",
    "unlinked": "mục ngay trước nó đã bị xóa, hoặc các mục đã bị đổi chỗ",
    "removed": "mục này đã bị xóa (một đầu chuỗi đã ký có nhắc đến nó)",
    "not_signed_head": "mã băm của nó khác với mã đã ký: nhật ký đã bị sửa ở mục này hoặc "
    "trước đó rồi tính lại cả chuỗi",
    "bad_signature": "đầu chuỗi đã ký cho mục này không mang chữ ký hợp lệ của phường",
}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("audit", help="check the audit log")
    actions = parser.add_subparsers(dest="audit_command", required=True)
    verify = actions.add_parser(
        "verify",
        help="check that no audit entry was edited, removed or reordered",
        description="Exit status: 0 intact, 1 changed (the first bad entry is named), "
        "2 the database cannot be used.",
    )
    verify.set_defaults(func=run_verify)


def run_verify(_args: argparse.Namespace) -> int:
    settings, engine, factory = open_ward()
    try:
        problem = AuditLog(factory, SystemClock(), settings.backups_dir).check()
    finally:
        engine.dispose()
    if problem is None:
        print("Nhật ký nguyên vẹn / The audit log is intact.")
        return EXIT_INTACT
    when = f"{problem.at:%d/%m/%Y %H:%M:%S}" if problem.at else "?"
    print(
        f"Nhật ký đã bị thay đổi: mục #{problem.entry_id} ({when}): {VIETNAMESE[problem.code]} / "
        f"The audit log was changed: entry #{problem.entry_id} ({when}): {problem.text}",
        file=sys.stderr,
    )
    return EXIT_CHANGED
