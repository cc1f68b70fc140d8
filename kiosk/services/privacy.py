"""One resident's data: show all of it, export it, erase it; and the retention purge.

Erasure keeps the resident row as a tombstone (id, created_at, erased_at; every personal
field blanked) so that certificates keep a holder to point at and verify as "holder erased".
Their check-ins, tutorial runs and consents are detached (resident_id = NULL), not deleted:
they become anonymous rows, so head counts and the attendance sheet's anonymous count still
add up, but nothing links them to a person any more. Documents waiting in, or printed from,
the print queue that show their name (certificates, learner cards) are deleted, files and rows.
The retention purge also deletes every printed PDF older than `PRINTED_PDF_DAYS`.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Update, delete, or_, select, text, update
from sqlalchemy.orm import Session, sessionmaker

from kiosk.core.clock import Clock
from kiosk.core.errors import NotFound
from kiosk.services import volunteer
from kiosk.services.audit import AuditLog
from kiosk.services.roles import Action, require
from kiosk.services.volunteer import AssistanceInfo, HelpRequestInfo
from kiosk.storage.models import (
    Certificate,
    CheckIn,
    Consent,
    PrintJob,
    Resident,
    StepResult,
    TutorialRun,
)
from kiosk.storage.models import Session as KioskSession

EXPORT_FORMAT = "morning-coffee-resident-export"
EXPORT_VERSION = 1
CHUNK = 500  # ids per IN (...): well under SQLite's bound-parameter limit
PRINTED_PDF_DAYS = 7  # a printed document's PDF is kept this long, for a reprint from the queue


@dataclass(frozen=True)
class ResidentInfo:
    id: str
    full_name: str
    birth_year: int
    neighbourhood: str
    phone: str | None
    gender: str | None
    created_at: datetime


@dataclass(frozen=True)
class ConsentInfo:
    agreed: bool
    text_version: str
    kiosk_id: str
    at: datetime


@dataclass(frozen=True)
class CheckInInfo:
    at: datetime
    kiosk_id: str
    session_title: str
    session_day: date


@dataclass(frozen=True)
class StepInfo:
    step_index: int
    step_id: str
    seconds: float
    mistakes: int
    hints: int
    outcome: str


@dataclass(frozen=True)
class RunInfo:
    tutorial_id: str
    mode: str
    started_at: datetime
    finished_at: datetime | None
    completed: bool
    passed: bool
    steps: tuple[StepInfo, ...]


@dataclass(frozen=True)
class CertificateInfo:
    code: str
    module: str
    module_title: str
    issued_on: date
    revoked_reason: str | None


@dataclass(frozen=True)
class ResidentRecord:
    """Everything stored about one resident, as of `made_at`."""

    resident: ResidentInfo
    consents: tuple[ConsentInfo, ...]
    checkins: tuple[CheckInInfo, ...]
    tutorial_runs: tuple[RunInfo, ...]
    certificates: tuple[CertificateInfo, ...]
    made_at: datetime
    help_requests: tuple[HelpRequestInfo, ...] = ()
    assistance: tuple[AssistanceInfo, ...] = ()


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

    @property
    def total(self) -> int:
        return sum(asdict(self).values())


def _nfc(value: Any) -> Any:
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, dict):
        return {_nfc(k): _nfc(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_nfc(v) for v in value]
    if isinstance(value, date):  # datetime is a date too
        return value.isoformat()
    return value


def record_to_json(record: ResidentRecord) -> bytes:
    document = {"format": EXPORT_FORMAT, "version": EXPORT_VERSION, **asdict(record)}
    text_ = json.dumps(_nfc(document), ensure_ascii=False, sort_keys=True, indent=2)
    return (text_ + "\n").encode("utf-8")


def _chunks(ids: Sequence[str]) -> Iterable[Sequence[str]]:
    for i in range(0, len(ids), CHUNK):
        yield ids[i : i + CHUNK]


class PrivacyService:
    def __init__(
        self, session_factory: sessionmaker[Session], clock: Clock, audit: AuditLog
    ) -> None:
        self._sessions = session_factory
        self._clock = clock
        self._audit = audit
        self._doomed_files: list[Path] = []

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
        self._delete_files()
        self._audit.record(actor, "erase_resident", f"resident {resident_id}: {_describe(counts)}")
        return counts

    def purge(self, older_than_days: int, actor: str = "retention") -> PurgeCounts:
        """Anonymise residents with no activity since the cut-off; detach older check-ins.

        Tutorial runs of residents still active are kept: their curriculum progress is in use.
        Rows that are already anonymous carry no personal data and stay, for the head counts.
        """
        cutoff = self._clock.now() - timedelta(days=older_than_days)
        with self._sessions.begin() as s:
            _secure_delete(s)
            counts = self._anonymise(s, self._inactive_since(s, cutoff))
            old = _changed(
                s,
                update(CheckIn)
                .where(CheckIn.at < cutoff, CheckIn.resident_id.is_not(None))
                .values(resident_id=None),
            )
            printed = self._printed_before(s, self._clock.now() - timedelta(days=PRINTED_PDF_DAYS))
            counts = PurgeCounts(
                **{
                    **asdict(counts),
                    "checkins": counts.checkins + old,
                    "printouts": counts.printouts + printed,
                }
            )
            requests, helped = volunteer.purge_before(s, cutoff)
            counts = replace(
                counts,
                help_requests=counts.help_requests + requests,
                assistance=counts.assistance + helped,
            )
        self._delete_files()
        if counts.total:
            detail = f"older than {older_than_days} days: {_describe(counts)}"
            self._audit.record(actor, "purge", detail)
        return counts

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

    def _printed_before(self, s: Session, cutoff: datetime) -> int:
        """Printed PDFs older than `cutoff` go (the rows stay: they carry no name)."""
        query = select(PrintJob).where(
            PrintJob.status == "printed", PrintJob.printed_at < cutoff, PrintJob.pdf_path != ""
        )
        jobs = list(s.scalars(query))
        for job in jobs:
            self._doomed_files.append(Path(job.pdf_path))
            job.pdf_path = ""
        return len(jobs)

    def _delete_files(self) -> None:
        """After the commit: the rows no longer point at these PDFs."""
        doomed, self._doomed_files = self._doomed_files, []
        for path in doomed:
            path.unlink(missing_ok=True)

    def _anonymise(self, s: Session, ids: list[str]) -> PurgeCounts:
        totals = dict.fromkeys(asdict(PurgeCounts()), 0)
        now = self._clock.now()
        for chunk in _chunks(ids):
            jobs = select(PrintJob.pdf_path).where(PrintJob.resident_id.in_(chunk))
            self._doomed_files.extend(Path(p) for p in s.scalars(jobs) if p)
            totals["printouts"] += int(
                getattr(
                    s.execute(delete(PrintJob).where(PrintJob.resident_id.in_(chunk))),
                    "rowcount",
                    0,
                )
            )
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
