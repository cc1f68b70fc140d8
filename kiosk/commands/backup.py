"""`kiosk backup` and `kiosk restore FILE`: copies of the SQLite ward database; a restore
never brings back a resident erased since the copy was made (kiosk/services/backup.py)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kiosk.commands.ward import open_ward
from kiosk.core.clock import SystemClock
from kiosk.core.errors import KioskError
from kiosk.services.audit import AuditLog
from kiosk.services.backup import Backups
from kiosk.services.privacy import PrivacyService


def register(subparsers: argparse._SubParsersAction) -> None:
    backup = subparsers.add_parser("backup", help="copy the database to <data dir>/backups/")
    backup.set_defaults(func=run_backup)
    restore = subparsers.add_parser(
        "restore", help="put a backup back (stop the kiosk first); erasures made since stay"
    )
    restore.add_argument("file", type=Path, help="a file made by `kiosk backup`")
    restore.set_defaults(func=run_restore)


def _backups() -> tuple[Backups, AuditLog]:
    settings, engine, factory = open_ward()
    clock = SystemClock()
    audit = AuditLog(factory, clock)
    privacy = PrivacyService(factory, clock, audit, kiosk_id=settings.kiosk_id)
    return Backups(engine, clock, settings.backups_dir, privacy), audit


def run_backup(_args: argparse.Namespace) -> int:
    try:
        backups, audit = _backups()
        path = backups.make()
    except (KioskError, OSError) as exc:
        print(f"Lỗi / Error: {exc}", file=sys.stderr)
        return 2
    audit.record("cli", "backup", path.name)
    print(f"Đã sao lưu / Backed up to {path}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    try:
        backups, audit = _backups()
        again = backups.restore(args.file)
    except (KioskError, OSError) as exc:
        print(f"Lỗi / Error: {exc}", file=sys.stderr)
        return 2
    audit.record("cli", "restore", f"{args.file.name}: residents erased again {again.residents}")
    print(
        f"Đã khôi phục / Restored {args.file}; "
        f"xóa lại / erased again: {again.residents} người / residents"
    )
    return 0
