"""The schema. Keys are UUID strings so that records from many kiosks can merge later."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    return str(uuid.uuid4())


def only_on(dialect: str, index: Index) -> Index:
    """An index that exists on one kind of database only (Alembic's comparison skips it on the
    others: see `exists_on`)."""
    index.info["only_on"] = dialect
    return index.ddl_if(dialect=dialect)


def exists_on(dialect: str):  # type: ignore[no-untyped-def]
    """Alembic `include_object` hook: leave out what `only_on` keeps for another dialect."""

    def include(obj, _name, _type, _reflected, _compare_to) -> bool:  # type: ignore[no-untyped-def]
        return getattr(obj, "info", {}).get("only_on", dialect) == dialect

    return include


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Resident(Base):
    __tablename__ = "residents"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    full_name: Mapped[str] = mapped_column(String(80))
    name_folded: Mapped[str] = mapped_column(String(80))
    birth_year: Mapped[int] = mapped_column(Integer)
    neighbourhood: Mapped[str] = mapped_column(String(80))
    phone: Mapped[str | None] = mapped_column(String(10), nullable=True)
    gender: Mapped[str | None] = mapped_column(String(10), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    erased_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)

    __table_args__ = (
        Index("ix_residents_name_folded", "name_folded"),
        # Prefix search (LIKE 'x%') whatever the cluster's locale: migration 0005.
        only_on(
            "postgresql",
            Index(
                "ix_residents_name_folded_prefix",
                "name_folded",
                postgresql_ops={"name_folded": "varchar_pattern_ops"},
            ),
        ),
        Index("ix_residents_phone", "phone"),
    )


class Consent(Base):
    __tablename__ = "consents"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    resident_id: Mapped[str | None] = mapped_column(
        ForeignKey("residents.id", ondelete="SET NULL"), nullable=True
    )
    agreed: Mapped[bool] = mapped_column(Boolean)
    text_version: Mapped[str] = mapped_column(String(64))
    kiosk_id: Mapped[str] = mapped_column(String(40))
    at: Mapped[datetime] = mapped_column(DateTime)


class Session(Base):
    """A 'Cà phê sáng' session, or the day's walk-in session."""

    __tablename__ = "sessions"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    day: Mapped[date] = mapped_column(Date, index=True)
    title: Mapped[str] = mapped_column(String(120))
    place: Mapped[str] = mapped_column(String(120), default="")
    starts_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    ends_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    walk_in: Mapped[bool] = mapped_column(Boolean, default=False)
    topic: Mapped[str] = mapped_column(String(200), default="")
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)


class CheckIn(Base):
    __tablename__ = "checkins"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    session_id: Mapped[str] = mapped_column(ForeignKey("sessions.id"), index=True)
    resident_id: Mapped[str | None] = mapped_column(
        ForeignKey("residents.id", ondelete="CASCADE"), nullable=True, index=True
    )
    kiosk_id: Mapped[str] = mapped_column(String(40))
    at: Mapped[datetime] = mapped_column(DateTime, index=True)

    resident: Mapped[Resident | None] = relationship()
    session: Mapped[Session] = relationship()


class TutorialRun(Base):
    __tablename__ = "tutorial_runs"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    resident_id: Mapped[str | None] = mapped_column(
        ForeignKey("residents.id", ondelete="CASCADE"), nullable=True, index=True
    )
    tutorial_id: Mapped[str] = mapped_column(String(80))
    mode: Mapped[str] = mapped_column(String(16))
    started_at: Mapped[datetime] = mapped_column(DateTime)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    completed: Mapped[bool] = mapped_column(Boolean, default=False)
    passed: Mapped[bool] = mapped_column(Boolean, default=False)

    steps: Mapped[list[StepResult]] = relationship(
        back_populates="run", cascade="all, delete-orphan", order_by="StepResult.step_index"
    )


class StepResult(Base):
    __tablename__ = "step_results"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    run_id: Mapped[str] = mapped_column(
        ForeignKey("tutorial_runs.id", ondelete="CASCADE"), index=True
    )
    step_index: Mapped[int] = mapped_column(Integer)
    step_id: Mapped[str] = mapped_column(String(80))
    seconds: Mapped[float] = mapped_column()
    mistakes: Mapped[int] = mapped_column(Integer, default=0)
    hints: Mapped[int] = mapped_column(Integer, default=0)
    outcome: Mapped[str] = mapped_column(String(16))

    run: Mapped[TutorialRun] = relationship(back_populates="steps")


class SigningKey(Base):
    """This ward's Ed25519 key (with its private half) and other wards' trusted public keys."""

    __tablename__ = "signing_keys"

    key_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    ward_name: Mapped[str] = mapped_column(String(120))
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    private_key: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Certificate(Base):
    __tablename__ = "certificates"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    resident_id: Mapped[str | None] = mapped_column(
        ForeignKey("residents.id", ondelete="SET NULL"), nullable=True, index=True
    )
    module: Mapped[str] = mapped_column(String(80))
    module_title: Mapped[str] = mapped_column(String(200))
    key_id: Mapped[str] = mapped_column(ForeignKey("signing_keys.key_id"))
    issued_on: Mapped[date] = mapped_column(Date)
    payload: Mapped[str] = mapped_column(Text)
    holder_erased: Mapped[bool] = mapped_column(Boolean, default=False)
    revoked_reason: Mapped[str | None] = mapped_column(Text, nullable=True)


class StaffAccount(Base):
    __tablename__ = "staff_accounts"

    role: Mapped[str] = mapped_column(String(16), primary_key=True)
    pin_hash: Mapped[str] = mapped_column(String(200))
    failures: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    # A PIN shorter than today's rule (e.g. an old 4-digit staff PIN) works once more, then
    # must be changed.
    must_change: Mapped[bool] = mapped_column(Boolean, default=False)


class PinLockout(Base):
    """Wrong PINs counted per kiosk: one visitor must not lock every machine of the ward."""

    __tablename__ = "pin_lockouts"

    kiosk_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class Erasure(Base):
    """That a resident was erased, with no name: applied again after a restore or a flush of
    a kiosk's offline queue, so neither brings the person back."""

    __tablename__ = "erasures"

    resident_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    erased_at: Mapped[datetime] = mapped_column(DateTime)


class PendingDeletion(Base):
    """A file on one kiosk's disk that erasure or the purge removed from the database: that
    kiosk deletes it (each kiosk of a shared database owns its own files)."""

    __tablename__ = "pending_deletions"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    kiosk_id: Mapped[str] = mapped_column(String(40), index=True)
    path: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class PrintJobResident(Base):
    """A resident named in a print job's PDF beyond `PrintJob.resident_id` (an attendance
    sheet names many): erasing any of them deletes the PDF."""

    __tablename__ = "print_job_residents"

    job_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    resident_id: Mapped[str] = mapped_column(String(36), primary_key=True, index=True)


class ExportedFile(Base):
    """A resident's data exported to a file on one kiosk's disk: deleted when they are erased
    and after the retention period."""

    __tablename__ = "exported_files"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    kiosk_id: Mapped[str] = mapped_column(String(40))
    resident_id: Mapped[str] = mapped_column(String(36), index=True)
    path: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, index=True)


class AuditEntry(Base):
    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    actor: Mapped[str] = mapped_column(String(40))
    action: Mapped[str] = mapped_column(String(60))
    detail: Mapped[str] = mapped_column(Text, default="")
    # The hash chain (kiosk/storage/audit_chain.py): the entry before's hash, and this one's.
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    hash: Mapped[str] = mapped_column(String(64), default="")


class AuditHead(Base):
    """One row: the chain's newest entry. Every writer locks it first, so entries written by
    several kiosks into one database form one chain."""

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_id: Mapped[int] = mapped_column(Integer, default=0)
    last_hash: Mapped[str] = mapped_column(String(64))


class AuditSeal(Base):
    """The chain's head signed with the ward key, at each day's first entry."""

    __tablename__ = "audit_seals"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    entry_id: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))
    key_id: Mapped[str] = mapped_column(String(16))
    signature: Mapped[bytes] = mapped_column(LargeBinary)


class PrintJob(Base):
    """A document waiting for, or done with, the printer. The PDF lives in the outbox dir."""

    __tablename__ = "print_jobs"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    kind: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(200))
    pdf_path: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(16), default="queued")
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    printed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    kiosk_id: Mapped[str] = mapped_column(String(40), default="")
    # Whose personal data the PDF carries (certificate, learner card): erasure deletes it.
    resident_id: Mapped[str | None] = mapped_column(String(36), nullable=True)


class HelpRequest(Base):
    """A press of "Gọi tình nguyện viên", waiting in the volunteer console until answered."""

    __tablename__ = "help_requests"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    kiosk_id: Mapped[str] = mapped_column(String(40))
    resident_id: Mapped[str | None] = mapped_column(
        ForeignKey("residents.id", ondelete="SET NULL"), nullable=True
    )
    where: Mapped[str] = mapped_column(String(200), default="")  # lesson or screen, for context
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    answered_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    answered_by: Mapped[str | None] = mapped_column(String(40), nullable=True)


class Assistance(Base):
    """Real help a volunteer gave (not a simulation), counted by the reports."""

    __tablename__ = "assistance_log"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    category: Mapped[str] = mapped_column(String(120))
    resident_id: Mapped[str | None] = mapped_column(
        ForeignKey("residents.id", ondelete="CASCADE"), nullable=True, index=True
    )
    session_id: Mapped[str | None] = mapped_column(ForeignKey("sessions.id"), nullable=True)
    volunteer: Mapped[str] = mapped_column(String(40), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    kiosk_id: Mapped[str] = mapped_column(String(40), default="")


class WardSetting(Base):
    """Settings chosen in the app (first-run setup, admin): they win over the TOML file."""

    __tablename__ = "ward_settings"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # JSON
    updated_at: Mapped[datetime] = mapped_column(DateTime)
