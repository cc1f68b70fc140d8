"""Backups of an SQLite ward database, and restoring one without bringing an erased person back.

A backup is a consistent copy made with SQLite's online backup API while the kiosk runs, kept
as `<data dir>/backups/kiosk-YYYYmmdd-HHMMSS.sqlite3` (0600). It holds the names of residents
erased after it was made, so backups age out with the retention period (the purge deletes
older ones, `PrivacyService(backups_dir=...)`), and a restore applies every erasure again:
the erasure records of the database being replaced are carried into the restored one, then
`PrivacyService.reapply_erasures()` erases anyone the backup brought back.

Beside each backup, `<backup name>.audit-head.json` keeps the audit chain's head signed with
the ward key (kiosk/services/audit.py), so an edit of the live log that recomputed the chain
still shows. A restore sets aside the heads of backups newer than the one restored (the
entries they name are gone on purpose, and the restore itself is audited).

PostgreSQL is backed up with its own tools (pg_dump); see the README.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from kiosk.core.clock import Clock
from kiosk.core.errors import KioskError
from kiosk.core.private_files import FILE_MODE, private_dir, tighten
from kiosk.services.audit import AuditLog
from kiosk.services.disk_traces import backup_name, expire_backups
from kiosk.services.privacy import PrivacyService, PurgeCounts
from kiosk.storage.audit_chain import HEAD_SUFFIX
from kiosk.storage.engine import migrate
from kiosk.storage.models import AuditHead, Erasure


class Backups:
    def __init__(
        self,
        engine: Engine,
        clock: Clock,
        folder: Path,
        privacy: PrivacyService,
        audit: AuditLog | None = None,
    ) -> None:
        if engine.dialect.name != "sqlite":
            raise KioskError(
                "Sao lưu trong ứng dụng chỉ dành cho SQLite; PostgreSQL dùng pg_dump / "
                "backups in the app are for SQLite only; back PostgreSQL up with pg_dump"
            )
        self._engine = engine
        self._sessions = sessionmaker(engine)
        self._clock = clock
        self.folder = Path(folder)
        self._privacy = privacy
        self._audit = audit

    @contextmanager
    def _live(self) -> Iterator[sqlite3.Connection]:
        """The live database's own sqlite3 connection, for SQLite's online backup API."""
        with self._engine.connect() as connection:
            live = connection.connection.driver_connection
            assert isinstance(live, sqlite3.Connection)
            yield live

    def make(self) -> Path:
        """A consistent copy of the live database, 0600; its path."""
        path = private_dir(self.folder) / backup_name(self._clock.now())
        path.unlink(missing_ok=True)
        path.touch(mode=FILE_MODE)
        tighten([path])
        target = sqlite3.connect(path)
        try:
            with self._live() as live:
                live.backup(target)
        finally:
            target.close()
        if self._audit is not None:
            self._audit.write_signed_head(head_path(path))
        return path

    def restore(self, path: Path, carried: list[tuple[str, datetime]] | None = None) -> PurgeCounts:
        """Replace the live database with the backup at `path`, keep every erasure made since
        it (and those `carried` from a damaged file) and apply them again; what was erased
        again."""
        if not Path(path).is_file():
            raise KioskError(f"Không thấy tệp sao lưu / no backup file: {path}")
        with self._sessions() as s:
            erasures = [(e.resident_id, e.erased_at) for e in s.scalars(select(Erasure))]
        erasures += carried or []
        source = sqlite3.connect(f"file:{Path(path).resolve()}?mode=ro", uri=True)
        try:
            with self._live() as live:
                source.backup(live)
        finally:
            source.close()
        migrate(self._engine)  # a backup made by an older version
        self._set_aside_heads_after_restore()
        with self._sessions.begin() as s:
            _keep_erasures(s, erasures)
        return self._privacy.reapply_erasures()

    def _set_aside_heads_after_restore(self) -> None:
        with self._sessions() as s:
            head = s.get(AuditHead, 1)
            last_id = head.last_id if head is not None else 0
        for path in self.folder.glob(f"*{HEAD_SUFFIX}") if self.folder.is_dir() else ():
            try:
                newer = int(json.loads(path.read_text(encoding="utf-8"))["entry_id"]) > last_id
            except (OSError, ValueError, KeyError, TypeError):
                continue  # `kiosk audit verify` names it
            if newer:
                path.rename(path.with_name(path.name + ".before-restore"))

    def expire(self, retention_days: int) -> int:
        return expire_backups(self.folder, self._clock.now() - timedelta(days=retention_days))


def head_path(backup: Path) -> Path:
    return backup.with_name(backup.name.removesuffix(".sqlite3") + HEAD_SUFFIX)


def _keep_erasures(s: Session, erasures: list[tuple[str, datetime]]) -> None:
    known = set(s.scalars(select(Erasure.resident_id)))
    s.add_all(Erasure(resident_id=i, erased_at=at) for i, at in erasures if i not in known)
