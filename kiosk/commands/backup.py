"""`kiosk backup` and `kiosk restore FILE`: copies of the SQLite ward database; a restore
never brings back a resident erased since the copy was made (kiosk/services/backup.py)."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from kiosk.commands.ward import cli_user, open_ward
from kiosk.core.clock import SystemClock
from kiosk.core.config import Settings, load_settings
from kiosk.core.errors import KioskError
from kiosk.services.audit import AuditLog
from kiosk.services.backup import Backups
from kiosk.services.privacy import PrivacyService
from kiosk.storage.integrity import DatabaseDamaged, check_file, readable_erasures


def register(subparsers: argparse._SubParsersAction) -> None:
    backup = subparsers.add_parser("backup", help="copy the database to <data dir>/backups/")
    backup.set_defaults(func=run_backup)
    restore = subparsers.add_parser(
        "restore", help="put a backup back (stop the kiosk first); erasures made since stay"
    )
    restore.add_argument("file", type=Path, nargs="?", help="a file made by `kiosk backup`")
    restore.add_argument(
        "--erasures-only",
        action="store_true",
        help="no file: erase again anyone erased before (after restoring PostgreSQL yourself)",
    )
    restore.set_defaults(func=run_restore)


def _privacy() -> tuple[PrivacyService, Engine, Settings, AuditLog]:
    settings, engine, factory = open_ward()
    clock = SystemClock()
    audit = AuditLog(factory, clock)
    return (
        PrivacyService(factory, clock, audit, kiosk_id=settings.kiosk_id),
        engine,
        settings,
        audit,
    )


def _backups() -> tuple[Backups, AuditLog, str]:
    privacy, engine, settings, audit = _privacy()
    backups = Backups(engine, SystemClock(), settings.backups_dir, privacy, audit)
    return backups, audit, cli_user(settings.data_dir)


def run_backup(_args: argparse.Namespace) -> int:
    try:
        backups, audit, actor = _backups()
        path = backups.make()
    except DatabaseDamaged:
        raise  # kiosk/cli.py names the newest backup
    except (KioskError, OSError) as exc:
        print(f"Lỗi / Error: {exc}", file=sys.stderr)
        return 2
    audit.record(actor, "backup", path.name)
    print(f"Đã sao lưu / Backed up to {path}")
    return 0


def set_damaged_file_aside(settings: Settings) -> list[tuple[str, datetime]]:
    """A damaged database file is renamed (kept as it is, for a technician) so the backup can
    take its place; the erasures it still shows are carried into the restored database."""
    try:
        check_file(settings.effective_database_url)
    except DatabaseDamaged as damaged:
        erasures = readable_erasures(damaged.path)
        stamp = f"{SystemClock().now():%Y%m%d-%H%M%S}"
        for suffix in ("", "-wal", "-shm"):
            part = damaged.path.with_name(damaged.path.name + suffix)
            if part.exists():
                part.rename(part.with_name(f"{part.name}.damaged-{stamp}"))
        print(f"Tệp hỏng được giữ lại / The damaged file is kept as {damaged.path}.damaged-{stamp}")
        return erasures
    return []


def run_restore(args: argparse.Namespace) -> int:
    if (args.file is None) != args.erasures_only:
        print("Lỗi / Error: a backup FILE, or --erasures-only", file=sys.stderr)
        return 2
    try:
        if args.erasures_only:
            privacy, _engine, settings, _audit = _privacy()
            again = privacy.reapply_erasures(cli_user(settings.data_dir))
        else:
            carried = set_damaged_file_aside(load_settings())
            backups, audit, actor = _backups()
            again = backups.restore(args.file, carried)
            detail = f"{args.file.name}: residents erased again {again.residents}"
            audit.record(actor, "restore", detail)
    except DatabaseDamaged:
        raise  # kiosk/cli.py names the newest backup
    except (KioskError, OSError) as exc:
        print(f"Lỗi / Error: {exc}", file=sys.stderr)
        return 2
    print(
        f"Đã khôi phục / Restored {args.file or 'erasures'}; "
        f"xóa lại / erased again: {again.residents} người / residents"
    )
    return 0
