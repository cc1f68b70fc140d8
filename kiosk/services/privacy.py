"""One resident's data: show all of it, export it, erase it; and the retention purge.

Erasure keeps the resident row as a tombstone (id, created_at, erased_at; every personal
field blanked) so that certificates keep a holder to point at and verify as "holder erased".
Their check-ins, tutorial runs and consents are detached (resident_id = NULL), not deleted:
they become anonymous rows, so head counts and the attendance sheet's anonymous count still
add up, but nothing links them to a person any more. Documents waiting in, or printed from,
the print queue that show their name (certificates, learner cards, attendance sheets) and the
exports of their data are deleted, rows and files, on whichever kiosk holds the files
(kiosk/services/disk_traces.py); then SQLite's WAL is checkpointed, so no page with the name
is left in the -wal file.

An `Erasure` record (the id and the time, no name) remembers each erasure: `reapply_erasures()`
erases again anyone a restored backup brings back (kiosk/services/backup.py calls it). A future
offline queue must call it too, after it flushes a kiosk's queued rows into the database.

The retention purge also deletes printed PDFs older than `PRINTED_PDF_DAYS`, and PDFs never
printed and exports older than the retention period.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import Update, or_, select, text, update
from sqlalchemy.orm import Session, sessionmaker

from kiosk.core.clock import Clock
from kiosk.core.errors import NotFound
from kiosk.core.private_files import private_dir, write_private
from kiosk.services import disk_traces, volunteer
from kiosk.services.audit import AuditLog
from kiosk.services.resident_record import (
    EXPORT_FORMAT,
    EXPORT_VERSION,
    CertificateInfo,
    CheckInInfo,
    ConsentInfo,
    ResidentInfo,
    ResidentRecord,
    RunInfo,
    StepInfo,
    record_to_json,
)
from kiosk.services.roles import Action, require
from kiosk.storage.models import (
    Certificate,
    CheckIn,
    Consent,
    Erasure,
    ExportedFile,
    Resident,
    StepResult,
    TutorialRun,
)
from kiosk.storage.models import Session as KioskSession

__all__ = [
    "EXPORT_FORMAT",
    "EXPORT_VERSION",
    "PRINTED_PDF_DAYS",
    "CertificateInfo",
    "CheckInInfo",
    "ConsentInfo",
    "PrivacyService",
    "PurgeCounts",
    "ResidentInfo",
    "ResidentRecord",
    "RunInfo",
    "StepInfo",
    "record_to_json",
]

CHUNK = 500  # ids per IN (...): well under SQLite's bound-parameter limit
PRINTED_PDF_DAYS = 7  # a printed document's PDF is kept this long, for a reprint from the queue


@dataclass(frozen=True)
class PurgeCounts:
    residents: int = 0
    checkins: int = 0
    tutorial_runs: int = 0
    consents: int = 0
    certificates: int = 0
    printouts: int = 0
    help_requests: int = 0
    assistance: int = 0
    backups: int = 0

    @property
    def total(self) -> int:
        return sum(asdict(self).values())


def _chunks(ids: Sequence[str]) -> Iterable[Sequence[str]]:
    for i in range(0, len(ids), CHUNK):
        yield ids[i : i + CHUNK]


class PrivacyService:
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        clock: Clock,
        audit: AuditLog,
        *,
        kiosk_id: str = "",
        backups_dir: Path | None = None,
    ) -> None:
        self._sessions = session_factory
        self._clock = clock
        self._audit = audit
        self.kiosk_id = kiosk_id  # whose files this process deletes itself
        self._backups_dir = backups_dir  # database backups age out with the retention period

    # --- see and export --------------------------------------------------------------------

    def everything(self, resident_id: str) -> ResidentRecord:
        with self._sessions() as s:
            r = s.get(Resident, resident_id)
            if r is None or r.erased_at is not None:
                raise NotFound(resident_id)
            info = ResidentInfo(
                r.id, r.full_name, r.birth_year, r.neighbourhood, r.phone, r.gender, r.created_at
            )
            return ResidentRecord(
                info,
                self._consents(s, resident_id),
                self._checkins(s, resident_id),
                self._runs(s, resident_id),
                self._certificates(s, resident_id),
                self._clock.now(),
                *volunteer.records_for(s, resident_id),
            )

    @staticmethod
    def _consents(s: Session, resident_id: str) -> tuple[ConsentInfo, ...]:
        rows = s.scalars(
            select(Consent).where(Consent.resident_id == resident_id).order_by(Consent.at)
        )
        return tuple(ConsentInfo(c.agreed, c.text_version, c.kiosk_id, c.at) for c in rows)

    @staticmethod
    def _checkins(s: Session, resident_id: str) -> tuple[CheckInInfo, ...]:
        rows = s.execute(
            select(CheckIn.at, CheckIn.kiosk_id, KioskSession.title, KioskSession.day)
            .join(KioskSession, CheckIn.session_id == KioskSession.id)
            .where(CheckIn.resident_id == resident_id)
            .order_by(CheckIn.at)
        )
        return tuple(CheckInInfo(*row) for row in rows)

    @staticmethod
    def _runs(s: Session, resident_id: str) -> tuple[RunInfo, ...]:
        runs = s.scalars(
            select(TutorialRun)
            .where(TutorialRun.resident_id == resident_id)
            .order_by(TutorialRun.started_at, TutorialRun.id)
        )
        return tuple(
            RunInfo(
                run.tutorial_id,
                run.mode,
                run.started_at,
                run.finished_at,
                run.completed,
                run.passed,
                tuple(_step(step) for step in run.steps),
            )
            for run in runs
        )

    @staticmethod
    def _certificates(s: Session, resident_id: str) -> tuple[CertificateInfo, ...]:
        rows = s.scalars(
            select(Certificate)
            .where(Certificate.resident_id == resident_id)
            .order_by(Certificate.issued_on, Certificate.code)
        )
        return tuple(
            CertificateInfo(c.code, c.module, c.module_title, c.issued_on, c.revoked_reason)
            for c in rows
        )

    def export_json(self, resident_id: str, actor: str) -> bytes:
        require(actor, Action.EXPORT)
        data = record_to_json(self.everything(resident_id))
        self.note_export(resident_id, "json", actor)
        return data

    def note_export(self, resident_id: str, kind: str, actor: str) -> None:
        """Audit an export (the PDF is rendered above this layer). Never the name: only the id.
        The screen checks `may(actor, Action.EXPORT)` before it renders anything."""
        require(actor, Action.EXPORT)
        self._audit.record(actor, "export_resident", f"resident {resident_id} ({kind})")

    def save_export(
        self, resident_id: str, kind: str, data: bytes, folder: Path, actor: str
    ) -> Path:
        """Write an export of the resident's data to `folder` (0600) and audit it. The file is
        recorded before it is written, so erasing them, or the retention period, deletes it."""
        made = self._clock.now()
        # The file name carries no name: folder listings are not private.
        path = Path(folder) / f"resident-{resident_id[:8]}-{made:%Y%m%d-%H%M%S}.{kind}"
        with self._sessions.begin() as s:
            resident = s.get(Resident, resident_id)
            if resident is None or resident.erased_at is not None:
                raise NotFound(resident_id)
            s.add(
                ExportedFile(
                    kiosk_id=self.kiosk_id, resident_id=resident_id, path=str(path), created_at=made
                )
            )
        write_private(private_dir(Path(folder)) / path.name, data)
        self.note_export(resident_id, kind, actor)
        return path

    def apply_pending_deletions(self) -> int:
        """Delete the files erasure or the purge (on any kiosk) removed from this kiosk's
        disk; call at start and on a timer. Returns how many are still pending (failed)."""
        return len(disk_traces.carry_out(self._sessions, self.kiosk_id))

    # --- erase and purge --------------------------------------------------------------------

    def erase(self, resident_id: str, actor: str) -> PurgeCounts:
        """Blank the resident's personal fields and detach their rows. Erasing twice is a no-op."""
        require(actor, Action.ERASE)
        with self._sessions.begin() as s:
            _secure_delete(s)
            resident = s.get(Resident, resident_id)
            if resident is None:
                raise NotFound(resident_id)
            if resident.erased_at is not None:
                return PurgeCounts()
            counts = self._anonymise(s, [resident_id])
        self._audit.record(actor, "erase_resident", f"resident {resident_id}: {_describe(counts)}")
        self._leave_no_trace()
        return counts

    def reapply_erasures(self, actor: str = "restore") -> PurgeCounts:
        """Erase again every resident an `Erasure` record names whose data is back (a restored
        backup, a flushed offline queue); nothing when there is none."""
        with self._sessions.begin() as s:
            _secure_delete(s)
            back = select(Erasure.resident_id).join(Resident, Resident.id == Erasure.resident_id)
            ids = list(s.scalars(back.where(Resident.erased_at.is_(None))))
            counts = self._anonymise(s, ids)
        if counts.total:
            self._audit.record(actor, "reapply_erasures", _describe(counts))
        self._leave_no_trace()
        return counts

    def purge(self, older_than_days: int, actor: str = "retention") -> PurgeCounts:
        """Anonymise residents with no activity since the cut-off; detach older check-ins.

        Tutorial runs of residents still active are kept: their curriculum progress is in use.
        Rows that are already anonymous carry no personal data and stay, for the head counts.
        """
        now = self._clock.now()
        cutoff = now - timedelta(days=older_than_days)
        with self._sessions.begin() as s:
            _secure_delete(s)
            counts = self._anonymise(s, self._inactive_since(s, cutoff))
            old = _changed(
                s,
                update(CheckIn)
                .where(CheckIn.at < cutoff, CheckIn.resident_id.is_not(None))
                .values(resident_id=None),
            )
            files = disk_traces.expire(s, cutoff, now - timedelta(days=PRINTED_PDF_DAYS), now)
            requests, helped = volunteer.purge_before(s, cutoff)
            counts = replace(
                counts,
                checkins=counts.checkins + old,
                printouts=counts.printouts + files,
                help_requests=counts.help_requests + requests,
                assistance=counts.assistance + helped,
            )
        self._leave_no_trace()
        if self._backups_dir is not None:
            counts = replace(counts, backups=disk_traces.expire_backups(self._backups_dir, cutoff))
        if counts.total:
            detail = f"older than {older_than_days} days: {_describe(counts)}"
            self._audit.record(actor, "purge", detail)
        return counts

    def _leave_no_trace(self) -> None:
        """After the commit: this kiosk's files go now (the others' at their next pass), and
        the WAL gives its old pages up."""
        disk_traces.carry_out(self._sessions, self.kiosk_id)
        disk_traces.checkpoint(self._sessions)

    @staticmethod
    def _inactive_since(s: Session, cutoff: datetime) -> list[str]:
        recent = (
            (CheckIn.resident_id, CheckIn.at >= cutoff),
            (
                TutorialRun.resident_id,
                or_(TutorialRun.started_at >= cutoff, TutorialRun.finished_at >= cutoff),
            ),
            (Consent.resident_id, Consent.at >= cutoff),
        )
        query = select(Resident.id).where(
            Resident.erased_at.is_(None), Resident.created_at < cutoff
        )
        for column, since in recent:
            # NOT IN over a NULL would match nothing: anonymous rows are left out first.
            query = query.where(
                Resident.id.not_in(select(column).where(column.is_not(None), since))
            )
        return list(s.scalars(query))

    def _anonymise(self, s: Session, ids: list[str]) -> PurgeCounts:
        totals = dict.fromkeys(asdict(PurgeCounts()), 0)
        now = self._clock.now()
        for chunk in _chunks(ids):
            _remember(s, chunk, now)
            totals["printouts"] += disk_traces.forget(s, chunk, now)
            detach = ((CheckIn, "checkins"), (TutorialRun, "tutorial_runs"), (Consent, "consents"))
            for model, key in detach:
                totals[key] += _changed(
                    s, update(model).where(model.resident_id.in_(chunk)).values(resident_id=None)
                )
            totals["certificates"] += _changed(
                s,
                update(Certificate)
                .where(Certificate.resident_id.in_(chunk), Certificate.holder_erased.is_(False))
                .values(holder_erased=True),
            )
            totals["residents"] += _changed(
                s,
                update(Resident)
                .where(Resident.id.in_(chunk), Resident.erased_at.is_(None))
                .values(
                    full_name="",
                    name_folded="",
                    birth_year=0,
                    neighbourhood="",
                    phone=None,
                    gender=None,
                    erased_at=now,
                ),
            )
            requests, helped = volunteer.forget_residents(s, chunk)
            totals["help_requests"] += requests
            totals["assistance"] += helped
        return PurgeCounts(**totals)


def _remember(s: Session, ids: Sequence[str], now: datetime) -> None:
    """An erasure record (no name) for each of `ids` that has none yet."""
    known = set(s.scalars(select(Erasure.resident_id).where(Erasure.resident_id.in_(ids))))
    s.add_all(Erasure(resident_id=i, erased_at=now) for i in ids if i not in known)


def _step(step: StepResult) -> StepInfo:
    return StepInfo(
        step.step_index, step.step_id, step.seconds, step.mistakes, step.hints, step.outcome
    )


def _changed(s: Session, statement: Update) -> int:
    result = s.execute(statement)
    return int(getattr(result, "rowcount", 0))


def _describe(counts: PurgeCounts) -> str:
    return ", ".join(f"{key} {value}" for key, value in asdict(counts).items())


def _secure_delete(s: Session) -> None:
    """Have SQLite zero the bytes it frees, so an erased name is not left in free pages."""
    if s.get_bind().dialect.name == "sqlite":
        s.execute(text("PRAGMA secure_delete = ON"))
