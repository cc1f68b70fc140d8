"""The durable print queue: every document to print is a PDF file in the outbox plus a PrintJob row.

The file is the durable record and the row is its index, so the file is written first
(fsync, atomic rename, fsync of the folder) and the row inserted after it:

- a crash before the rename leaves only a `.tmp` file: nothing was acknowledged, it is removed;
- a crash between the rename and the insert leaves a PDF with no row: `recover()` adopts it
  as 'queued' (its name carries its id, kind and title), so the PDF is not lost, and it cannot
  print twice because only a row can be claimed for printing;
- a crash after `mark_printed` committed but before its file moved to `printed/`:
  `recover()` finishes the move.

Statuses: queued -> printing -> printed, or printing -> waiting (error kept) -> printing ...
A job is printed only by the caller whose `mark_printing` moved it from queued/waiting to
printing, in one UPDATE ... WHERE status IN (...): two spoolers can never both win it.

A job found 'printing' at start-up goes back to 'waiting', so it prints again. The process
died between claiming it and recording the outcome, and we cannot know whether the print
system got the job: Qt gives no job id to ask CUPS or Windows about. Printing it again risks a
second copy of the same certificate (same id, same QR, harmless: a volunteer hands out one);
not printing it risks a resident going home without the certificate they were promised, which
nobody would notice. So across a crash mid-print the guarantee is at-least-once; within a
running kiosk it is exactly once.

Jobs carry the id of the kiosk that made them, and each kiosk prints only its own jobs, so
several kiosks can share one database. A job names the residents whose data its PDF carries
(`resident_id`, and for an attendance sheet `names`); erasing any of them deletes the PDF, on
whichever kiosk it lies (kiosk/services/disk_traces.py). `recover()` first deletes the files
erasure removed from this kiosk, so it never adopts one of them as an orphan. PDFs are 0600.
"""

from __future__ import annotations

import os
import re
import threading
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select, update
from sqlalchemy.orm import sessionmaker

from kiosk.core.clock import Clock
from kiosk.core.private_files import private_dir, write_private
from kiosk.services import disk_traces
from kiosk.services.roles import Action, require
from kiosk.storage.models import PrintJob, PrintJobResident

QUEUED, PRINTING, WAITING, PRINTED = "queued", "printing", "waiting", "printed"
STATUSES = (QUEUED, PRINTING, WAITING, PRINTED)
_CLAIMABLE = (QUEUED, WAITING)
_SEP = "__"
_NAME = re.compile(r"^(\d+)__([A-Za-z0-9-]+)__([A-Za-z0-9-]*)__([0-9a-f-]{36})$")


@dataclass(frozen=True)
class QueuedJob:
    id: str
    kind: str
    title: str
    pdf_path: Path
    created_at: datetime
    status: str
    error: str | None
    printed_at: datetime | None


@dataclass(frozen=True)
class Recovery:
    """What `recover()` found after a restart."""

    requeued: list[str]  # were 'printing': back to 'waiting'
    adopted: list[str]  # PDFs with no row: now 'queued'
    removed_tmp: int


def _slug(text: str, limit: int = 60) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-")[:limit]


def _stamp(created: datetime) -> str:
    """The file name's sortable creation time, from the kiosk's clock: 20 digits."""
    return created.strftime("%Y%m%d%H%M%S%f")


def _created(stamp: str) -> datetime:
    if stamp.startswith("0"):  # before 0.2: nanoseconds since the epoch, in local time
        return datetime.fromtimestamp(int(stamp) / 1e9).replace(microsecond=0)
    return datetime.strptime(stamp, "%Y%m%d%H%M%S%f").replace(microsecond=0)


def _job(row: PrintJob) -> QueuedJob:
    return QueuedJob(
        row.id,
        row.kind,
        row.title,
        Path(row.pdf_path),
        row.created_at,
        row.status,
        row.error,
        row.printed_at,
    )


class PrintQueue:
    def __init__(
        self, session_factory: sessionmaker, clock: Clock, outbox_dir: Path, kiosk_id: str = ""
    ) -> None:
        self._sessions = session_factory
        self._clock = clock
        self.outbox_dir = Path(outbox_dir)
        self.kiosk_id = kiosk_id
        # recover() must not see an enqueue between its file and its row (it would adopt it).
        self._lock = threading.Lock()
        self._last_stamp = 0

    def _next_stamp(self, created: datetime) -> str:
        """Strictly increasing within this queue, so files sort in the order they were made
        even when the clock shows the same second (or stands still, in tests)."""
        self._last_stamp = max(int(_stamp(created)), self._last_stamp + 1)
        return f"{self._last_stamp:020d}"

    @property
    def printed_dir(self) -> Path:
        return self.outbox_dir / "printed"

    def enqueue(
        self,
        kind: str,
        title: str,
        pdf: bytes,
        resident_id: str | None = None,
        names: Sequence[str] = (),
    ) -> str:
        """Keep `pdf` durably and queue it; returns the job id once both are on disk.
        `resident_id` (one) and `names` (many, an attendance sheet): whose personal data the
        PDF shows, so that erasing any of them deletes it."""
        job_id = str(uuid.uuid4())
        kind = _slug(kind, 20) or "document"
        created = self._clock.now()
        with self._lock:
            stem = f"{self._next_stamp(created)}{_SEP}{kind}{_SEP}{_slug(title)}{_SEP}{job_id}"
            path = write_private(private_dir(self.outbox_dir) / f"{stem}.pdf", pdf, durable=True)
            self._insert(job_id, kind, title, path, created, resident_id, names)
        return job_id

    def _insert(
        self,
        job_id: str,
        kind: str,
        title: str,
        path: Path,
        at: datetime,
        resident_id: str | None = None,
        names: Sequence[str] = (),
    ) -> None:
        with self._sessions.begin() as db:
            db.add(
                PrintJob(
                    id=job_id,
                    kind=kind,
                    title=title[:200],
                    pdf_path=str(path),
                    created_at=at,
                    status=QUEUED,
                    kiosk_id=self.kiosk_id,
                    resident_id=resident_id,
                )
            )
            others = dict.fromkeys(n for n in names if n and n != resident_id)
            db.add_all(PrintJobResident(job_id=job_id, resident_id=n) for n in others)

    def get(self, job_id: str) -> QueuedJob | None:
        with self._sessions() as db:
            row = db.get(PrintJob, job_id)
            return _job(row) if row is not None else None

    def next_pending(self, exclude: frozenset[str] = frozenset()) -> QueuedJob | None:
        """The oldest job that may be claimed for printing (not one of `exclude`)."""
        query = select(PrintJob).where(
            PrintJob.status.in_(_CLAIMABLE), PrintJob.kiosk_id == self.kiosk_id
        )
        if exclude:
            query = query.where(PrintJob.id.not_in(exclude))
        with self._sessions() as db:
            row = db.scalars(
                query.order_by(PrintJob.created_at, PrintJob.pdf_path).limit(1)
            ).first()
            return _job(row) if row is not None else None

    def retry_waiting(self, actor: str) -> int:
        """Someone at the print queue screen asks for another try now (docs/roles.md);
        how many documents will be tried."""
        require(actor, Action.PRINT_QUEUE)
        return len(self.pending())

    def pending(self) -> list[QueuedJob]:
        """Every job not printed yet, oldest first."""
        query = select(PrintJob).where(
            PrintJob.status != PRINTED, PrintJob.kiosk_id == self.kiosk_id
        )
        with self._sessions() as db:
            return [
                _job(r) for r in db.scalars(query.order_by(PrintJob.created_at, PrintJob.pdf_path))
            ]

    def counts(self) -> dict[str, int]:
        query = (
            select(PrintJob.status, func.count())
            .where(PrintJob.kiosk_id == self.kiosk_id)
            .group_by(PrintJob.status)
        )
        with self._sessions() as db:
            found = {status: int(n) for status, n in db.execute(query)}
        return {status: found.get(status, 0) for status in STATUSES}

    def _move(self, job_id: str, to: str, allowed: tuple[str, ...], **values: object) -> bool:
        query = (
            update(PrintJob)
            .where(PrintJob.id == job_id, PrintJob.status.in_(allowed))
            .values(status=to, **values)
        )
        with self._sessions.begin() as db:
            return db.execute(query).rowcount == 1  # type: ignore[attr-defined,no-any-return]

    def mark_printing(self, job_id: str) -> bool:
        """Claim the job; True only for the one caller that may now print it."""
        return self._move(job_id, PRINTING, _CLAIMABLE)

    def mark_failed(self, job_id: str, error: str) -> bool:
        """The job could not print: it waits for a retry, its PDF and the error kept."""
        return self._move(job_id, WAITING, (QUEUED, PRINTING, WAITING), error=error[:2000])

    def mark_printed(self, job_id: str) -> bool:
        job = self.get(job_id)
        if job is None:
            return False
        done = self.printed_dir / job.pdf_path.name
        moved = self._move(
            job_id,
            PRINTED,
            (PRINTING,),
            printed_at=self._clock.now(),
            error=None,
            pdf_path=str(done),
        )
        if moved:
            self._file_away(job.pdf_path, done)
        return moved

    def _file_away(self, path: Path, done: Path) -> None:
        if path.exists():
            private_dir(self.printed_dir)
            os.replace(path, done)

    def recover(self) -> Recovery:
        """Call once at start-up, before printing: see the module docstring."""
        with self._lock:
            erased = disk_traces.carry_out(self._sessions, self.kiosk_id)
            requeued = self._requeue_interrupted()
            removed = 0
            for tmp in self.outbox_dir.glob("*.tmp"):
                tmp.unlink(missing_ok=True)
                removed += 1
            pdfs = sorted(p for p in self.outbox_dir.glob("*.pdf") if str(p) not in erased)
            adopted = [job_id for pdf in pdfs if (job_id := self._adopt(pdf))]
        return Recovery(requeued, adopted, removed)

    def _requeue_interrupted(self) -> list[str]:
        with self._sessions.begin() as db:
            mine = (PrintJob.status == PRINTING, PrintJob.kiosk_id == self.kiosk_id)
            ids = list(db.scalars(select(PrintJob.id).where(*mine)))
            db.execute(
                update(PrintJob)
                .where(PrintJob.id.in_(ids))
                .values(status=WAITING, error="The kiosk stopped while this job was printing.")
            )
        return ids

    def _adopt(self, pdf: Path) -> str | None:
        """Give an outbox PDF without a row its row; returns the id of a newly adopted job."""
        match = _NAME.match(pdf.stem)
        if match is None:  # kept by an older version of the kiosk: give it a queue name
            stamp = self._next_stamp(self._clock.now())
            stem = f"{stamp}{_SEP}document{_SEP}{_slug(pdf.stem)}{_SEP}{uuid.uuid4()}"
            os.replace(pdf, pdf.with_name(f"{stem}.pdf"))
            return self._adopt(pdf.with_name(f"{stem}.pdf"))
        stamp, kind, title, job_id = match.groups()
        row = self.get(job_id)
        if row is not None:
            if row.status == PRINTED:  # the move after mark_printed did not happen
                self._file_away(pdf, row.pdf_path)
            return None
        created = _created(stamp)
        self._insert(job_id, kind, title or kind, pdf, created)
        return job_id
