"""Printed documents and privacy: erasing a resident deletes the PDFs that show their name;
old printed PDFs are purged; each kiosk of a shared database prints only its own jobs."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from kiosk.services.audit import AuditLog
from kiosk.services.checkin import CheckInService, NewResident
from kiosk.services.print_queue import PrintQueue
from kiosk.services.privacy import PRINTED_PDF_DAYS, PrivacyService
from kiosk.storage.models import PrintJob

NAME = "Đặng Thị Ngọc Ánh"
DAY = 24 * 3600
PDF = f"%PDF-1.4\n% {NAME}\n%%EOF\n".encode()


def _resident(session_factory, clock) -> str:
    checkin = CheckInService(session_factory, clock, "kiosk-1")
    return checkin.register(NewResident(NAME, 1958, "Khu phố 2", None)).id


def _privacy(session_factory, clock) -> PrivacyService:
    return PrivacyService(
        session_factory, clock, AuditLog(session_factory, clock), kiosk_id="kiosk-1"
    )


def test_erasing_a_resident_deletes_their_waiting_and_printed_documents(
    session_factory, clock, tmp_path: Path
):
    queue = PrintQueue(session_factory, clock, tmp_path / "outbox", "kiosk-1")
    resident = _resident(session_factory, clock)
    waiting = queue.enqueue("certificate", "certificate-1", PDF, resident)
    printed = queue.enqueue("learner-card", "card-1", PDF, resident)
    assert queue.mark_printing(printed) and queue.mark_printed(printed)
    sheet = queue.enqueue("attendance", "attendance-2026-11-29", b"%PDF-1.4\n%%EOF\n")
    files = {job: queue.get(job).pdf_path for job in (waiting, printed, sheet)}  # type: ignore[union-attr]
    assert all(path.exists() for path in files.values())

    counts = _privacy(session_factory, clock).erase(resident, "staff")

    assert counts.printouts == 2
    assert not files[waiting].exists() and not files[printed].exists()
    assert files[sheet].exists()  # not theirs
    assert [job.id for job in queue.pending()] == [sheet]
    every_byte = b"".join(p.read_bytes() for p in (tmp_path / "outbox").rglob("*") if p.is_file())
    assert NAME.encode() not in every_byte


def test_the_purge_deletes_printed_pdfs_after_a_week_and_keeps_the_rest(
    session_factory, clock, tmp_path: Path
):
    queue = PrintQueue(session_factory, clock, tmp_path / "outbox", "kiosk-1")
    old = queue.enqueue("attendance", "old", PDF)
    assert queue.mark_printing(old) and queue.mark_printed(old)
    old_path = queue.get(old).pdf_path  # type: ignore[union-attr]
    waiting = queue.enqueue("attendance", "waiting", PDF)
    clock.advance((PRINTED_PDF_DAYS - 1) * DAY)
    recent = queue.enqueue("attendance", "recent", PDF)
    assert queue.mark_printing(recent) and queue.mark_printed(recent)
    clock.advance(2 * DAY)

    counts = _privacy(session_factory, clock).purge(365)

    assert counts.printouts == 1
    assert not old_path.exists()
    assert queue.get(recent).pdf_path.exists()  # type: ignore[union-attr]
    assert queue.get(waiting).pdf_path.exists()  # type: ignore[union-attr]
    assert _privacy(session_factory, clock).purge(365).printouts == 0  # nothing twice


def test_two_kiosks_sharing_a_database_each_print_only_their_own_jobs(
    session_factory, clock, tmp_path: Path
):
    first = PrintQueue(session_factory, clock, tmp_path / "k1", "kiosk-1")
    second = PrintQueue(session_factory, clock, tmp_path / "k2", "kiosk-2")
    mine = first.enqueue("certificate", "c1", PDF)
    theirs = second.enqueue("certificate", "c2", PDF)

    assert [j.id for j in first.pending()] == [mine]
    assert first.next_pending().id == mine  # type: ignore[union-attr]
    assert second.next_pending().id == theirs  # type: ignore[union-attr]
    assert first.counts()["queued"] == 1
    with session_factory() as db:
        kiosks = dict(db.execute(select(PrintJob.id, PrintJob.kiosk_id)).all())
    assert kiosks == {mine: "kiosk-1", theirs: "kiosk-2"}
    first.mark_printing(mine)
    assert second.recover().requeued == []  # a restart of kiosk 2 leaves kiosk 1's job alone
    assert first.get(mine).status == "printing"  # type: ignore[union-attr]
