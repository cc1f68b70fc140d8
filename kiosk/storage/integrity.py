"""Is the SQLite file whole? Checked read-only before anything opens it for writing, so a file
damaged by a power cut is refused as it is (for `kiosk restore`), never written to."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from kiosk.core.errors import KioskError

# SQLITE_CORRUPT and SQLITE_NOTADB (the primary codes, without the extended bits).
DAMAGE_CODES = {11, 26}


class DatabaseDamaged(KioskError):
    def __init__(self, path: Path) -> None:
        super().__init__(f"the database file is damaged: {path}")
        self.path = path


def sqlite_file(url: str) -> Path | None:
    if not url.startswith("sqlite:///"):
        return None
    name = url.removeprefix("sqlite:///").split("?")[0]
    return None if name in ("", ":memory:") else Path(name)


def check_file(url: str) -> None:
    """Raise DatabaseDamaged when the SQLite file at `url` fails `PRAGMA quick_check`."""
    path = sqlite_file(url)
    if path is None or not path.is_file() or path.stat().st_size == 0:
        return
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            rows = connection.execute("PRAGMA quick_check").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        if _damage_code(error):
            raise DatabaseDamaged(path) from None
        raise
    if rows != [("ok",)]:
        raise DatabaseDamaged(path)


def is_damage(error: BaseException) -> bool:
    """A database error that says the file is damaged (as opposed to busy, full, missing)."""
    if isinstance(error, DatabaseDamaged):
        return True
    cause = error.orig if isinstance(error, DBAPIError) else error
    return isinstance(cause, sqlite3.DatabaseError) and _damage_code(cause)


def _damage_code(error: sqlite3.DatabaseError) -> bool:
    return (getattr(error, "sqlite_errorcode", 0) & 0xFF) in DAMAGE_CODES


def readable_erasures(path: Path) -> list[tuple[str, datetime]]:
    """The erasure records a damaged file still gives up (none if that page is the damaged
    one): a restore must not bring those residents back either."""
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            rows = connection.execute("SELECT resident_id, erased_at FROM erasures").fetchall()
        finally:
            connection.close()
        return [(str(i), datetime.fromisoformat(str(at))) for i, at in rows]
    except (sqlite3.Error, ValueError):
        return []
