"""Files that name residents, on each kiosk's own disk, and what erasure and the purge do
with them: print queue PDFs (a certificate or learner card names one resident, an attendance
sheet many) and exports of one resident's data.

Erasure and the purge never unlink a file inside their transaction. In the same transaction
that removes the rows they record a `PendingDeletion` for the kiosk that owns the file (jobs
and exports carry their kiosk's id); after the commit each kiosk carries out its own, at once
when it ran the erasure, at its next start or on its timer otherwise. A crash after the commit
loses nothing: the start carries them out, and the print queue's `recover()` does so before it
adopts orphan PDFs, so a PDF whose job erasure removed never comes back as a new job.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path

from sqlalchemy import delete, or_, select, text
from sqlalchemy.orm import Session, sessionmaker

from kiosk.storage.models import ExportedFile, PendingDeletion, PrintJob, PrintJobResident

CHUNK = 500  # ids per IN (...): well under SQLite's bound-parameter limit
Owned = tuple[str, str]  # (kiosk id, path)
_BACKUP = re.compile(r"^kiosk-(\d{8}-\d{6})\.sqlite3$")


def schedule(s: Session, files: Iterable[Owned], now: datetime) -> None:
    """Have each file's kiosk delete it (in the caller's transaction)."""
    for kiosk_id, path in files:
        if path:
            s.add(PendingDeletion(kiosk_id=kiosk_id, path=path, created_at=now))


def carry_out(session_factory: sessionmaker[Session], kiosk_id: str) -> set[str]:
    """Delete this kiosk's pending files; the paths that could not be deleted stay pending
    (and are returned), to be tried again."""
    with session_factory() as s:
        rows = s.execute(
            select(PendingDeletion.id, PendingDeletion.path).where(
                PendingDeletion.kiosk_id == kiosk_id
            )
        ).all()
    done, left = [], set()
    for row_id, path in rows:
        try:
            Path(path).unlink(missing_ok=True)
            done.append(row_id)
        except OSError:
            left.add(path)
    with session_factory.begin() as s:
        for chunk in _chunks(done):
            s.execute(delete(PendingDeletion).where(PendingDeletion.id.in_(chunk)))
    return left


def forget(s: Session, resident_ids: Sequence[str], now: datetime) -> int:
    """Erasure: every print job whose PDF names one of them goes (row and file), and so does
    every export of their data. Returns the number of print jobs."""
    linked = select(PrintJobResident.job_id).where(PrintJobResident.resident_id.in_(resident_ids))
    jobs = s.scalars(
        select(PrintJob).where(or_(PrintJob.resident_id.in_(resident_ids), PrintJob.id.in_(linked)))
    ).all()
    exports = s.scalars(
        select(ExportedFile).where(ExportedFile.resident_id.in_(resident_ids))
    ).all()
    _drop_exports(s, exports, now)
    return _drop_jobs(s, jobs, now)


def expire(s: Session, cutoff: datetime, printed_cutoff: datetime, now: datetime) -> int:
    """The purge: printed PDFs older than `printed_cutoff` go (their rows stay, with no file);
    jobs never printed and exports older than the retention `cutoff` go, rows and files.
    Returns the number of print jobs whose file went."""
    printed = s.scalars(
        select(PrintJob).where(
            PrintJob.status == "printed",
            PrintJob.printed_at < printed_cutoff,
            PrintJob.pdf_path != "",
        )
    ).all()
    schedule(s, ((job.kiosk_id, job.pdf_path) for job in printed), now)
    for job in printed:
        job.pdf_path = ""
    for chunk in _chunks([job.id for job in printed]):
        s.execute(delete(PrintJobResident).where(PrintJobResident.job_id.in_(chunk)))
    stale = s.scalars(
        select(PrintJob).where(PrintJob.status != "printed", PrintJob.created_at < cutoff)
    ).all()
    _drop_exports(
        s, s.scalars(select(ExportedFile).where(ExportedFile.created_at < cutoff)).all(), now
    )
    return len(printed) + _drop_jobs(s, stale, now)


def backup_name(at: datetime) -> str:
    return f"kiosk-{at:%Y%m%d-%H%M%S}.sqlite3"


def expire_backups(folder: Path, cutoff: datetime) -> int:
    """Delete the database backups (kiosk/services/backup.py) made before `cutoff`: they hold
    the names of residents erased since. Their time is in their name; how many went."""
    gone = 0
    for path in folder.glob("kiosk-*.sqlite3") if folder.is_dir() else ():
        match = _BACKUP.match(path.name)
        if match and datetime.strptime(match.group(1), "%Y%m%d-%H%M%S") < cutoff:
            path.unlink(missing_ok=True)
            gone += 1
    return gone


def checkpoint(session_factory: sessionmaker[Session]) -> None:
    """SQLite keeps the pages an erasure changed, names and all, in the -wal file until a
    checkpoint; TRUNCATE copies them into the database (where secure_delete zeroed the freed
    bytes) and empties the file. PostgreSQL: see the README (VACUUM)."""
    with session_factory() as s:
        if s.get_bind().dialect.name == "sqlite":
            s.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))


def _drop_jobs(s: Session, jobs: Sequence[PrintJob], now: datetime) -> int:
    schedule(s, ((job.kiosk_id, job.pdf_path) for job in jobs), now)
    for chunk in _chunks([job.id for job in jobs]):
        s.execute(delete(PrintJobResident).where(PrintJobResident.job_id.in_(chunk)))
        s.execute(delete(PrintJob).where(PrintJob.id.in_(chunk)))
    return len(jobs)


def _drop_exports(s: Session, exports: Sequence[ExportedFile], now: datetime) -> None:
    schedule(s, ((e.kiosk_id, e.path) for e in exports), now)
    for chunk in _chunks([e.id for e in exports]):
        s.execute(delete(ExportedFile).where(ExportedFile.id.in_(chunk)))


def _chunks(ids: Sequence[str]) -> Iterable[Sequence[str]]:
    for i in range(0, len(ids), CHUNK):
        yield ids[i : i + CHUNK]
