"""What staff read when the database file is damaged: one line, both languages, the newest
backup and the command that puts it back."""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from kiosk.core.config import Settings
from kiosk.storage.integrity import DatabaseDamaged, is_damage, sqlite_file

BACKUP_NAME = re.compile(r"^kiosk-\d{8}-\d{6}\.sqlite3$")


def newest_backup(folder: Path) -> Path | None:
    backups = [p for p in folder.glob("kiosk-*.sqlite3") if BACKUP_NAME.match(p.name)]
    return max(backups, key=lambda p: p.name, default=None) if folder.is_dir() else None


def damaged_message(path: Path, backups_dir: Path) -> str:
    backup = newest_backup(backups_dir)
    if backup is None:
        return (
            f"Tệp cơ sở dữ liệu bị hỏng ({path}) và không có bản sao lưu trong {backups_dir}: "
            f"hãy gọi kỹ thuật viên, đừng xóa tệp / The database file is damaged ({path}) and "
            f"there is no backup in {backups_dir}: call a technician, do not delete the file."
        )
    return (
        f"Tệp cơ sở dữ liệu bị hỏng ({path}); bản sao lưu mới nhất: {backup}; khôi phục bằng: "
        f"kiosk restore {backup} / The database file is damaged ({path}); newest backup: "
        f"{backup}; to put it back: kiosk restore {backup}"
    )


def database_problem(error: BaseException, settings: Settings) -> str | None:
    """The one line to print for a database error, or None when it is not one."""
    if is_damage(error):
        path = error.path if isinstance(error, DatabaseDamaged) else None
        path = path or sqlite_file(settings.effective_database_url) or Path("?")
        return damaged_message(path, settings.backups_dir)
    if isinstance(error, DBAPIError):
        reason = str(error.orig).splitlines()[0] if error.orig is not None else type(error).__name__
        return f"Không dùng được cơ sở dữ liệu / The database cannot be used: {reason}"
    return None
