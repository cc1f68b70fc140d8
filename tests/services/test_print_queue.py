"""The durable print queue on a real SQLite database and a real outbox folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk.services.print_queue import PrintQueue
from kiosk.storage.models import PrintJob

PDF = b"%PDF-1.4\n% a certificate\n%%EOF\n"


@pytest.fixture
def outbox(tmp_path: Path) -> Path:
    return tmp_path / "outbox"


@pytest.fixture
def queue(session_factory, clock, outbox: Path) -> PrintQueue:
    return PrintQueue(session_factory, clock, outbox)


def rows(session_factory) -> list[PrintJob]:
    with session_factory() as db:
        return list(db.scalars(select(PrintJob)))


def test_a_job_goes_from_queued_to_printed_and_its_pdf_to_the_printed_folder(queue, outbox):
    job_id = queue.enqueue("certificate", "certificate-abc", PDF)

    [job] = queue.pending()
    assert (job.id, job.kind, job.title, job.status) == (
        job_id,
        "certificate",
        "certificate-abc",
        "queued",
    )
    assert job.pdf_path.parent == outbox and job.pdf_path.read_bytes() == PDF
    assert queue.next_pending() == job

    assert queue.mark_printing(job_id)
    assert queue.next_pending() is None
    assert queue.counts() == {"queued": 0, "printing": 1, "waiting": 0, "printed": 0}

    assert queue.mark_printed(job_id)
    assert queue.pending() == []
    printed = queue.get(job_id)
    assert printed.status == "printed" and printed.printed_at is not None
    assert printed.pdf_path.parent == outbox / "printed" and printed.pdf_path.read_bytes() == PDF
    assert list(outbox.glob("*.pdf")) == []


def test_only_one_caller_can_claim_a_job(queue):
    job_id = queue.enqueue("certificate", "c", PDF)

    assert queue.mark_printing(job_id) is True
    assert queue.mark_printing(job_id) is False
    queue.mark_printed(job_id)
    assert queue.mark_printing(job_id) is False


def test_a_failed_job_waits_with_its_error_and_keeps_its_pdf(queue, outbox):
    job_id = queue.enqueue("attendance", "attendance-2026-11-29", PDF)
    queue.mark_printing(job_id)

    assert queue.mark_failed(job_id, "The printer 'PDF' is stopped.")

    [job] = queue.pending()
    assert (job.status, job.error) == ("waiting", "The printer 'PDF' is stopped.")
    assert job.pdf_path.read_bytes() == PDF and job.pdf_path.parent == outbox
    assert queue.next_pending() == job  # it is retried
    assert queue.mark_printing(job_id) and queue.mark_printed(job_id)
    assert queue.get(job_id).error is None


def test_jobs_come_out_oldest_first_and_can_be_skipped(queue):
    first = queue.enqueue("certificate", "one", PDF)
    second = queue.enqueue("certificate", "two", PDF)

    assert [j.id for j in queue.pending()] == [first, second]
    assert queue.next_pending().id == first
    assert queue.next_pending(exclude=frozenset({first})).id == second


def test_a_job_printing_when_the_kiosk_stopped_waits_again_at_start_up(
    session_factory, clock, outbox
):
    before_crash = PrintQueue(session_factory, clock, outbox)
    job_id = before_crash.enqueue("certificate", "certificate-abc", PDF)
    before_crash.mark_printing(job_id)

    restarted = PrintQueue(session_factory, clock, outbox)
    recovery = restarted.recover()

    assert recovery.requeued == [job_id] and recovery.adopted == []
    job = restarted.get(job_id)
    assert job.status == "waiting" and "stopped while this job was printing" in job.error
    assert job.pdf_path.read_bytes() == PDF
    assert restarted.next_pending().id == job_id


def test_a_crash_between_the_file_and_the_row_adopts_the_pdf_once(
    queue, session_factory, outbox, monkeypatch
):
    def crash(*_args, **_kwargs):
        raise SystemExit("power cut")

    monkeypatch.setattr(queue, "_insert", crash)
    with pytest.raises(SystemExit):
        queue.enqueue("certificate", "certificate-xyz", PDF)
    monkeypatch.undo()
    [orphan] = outbox.glob("*.pdf")
    assert rows(session_factory) == []

    recovery = queue.recover()
    again = queue.recover()  # a second start-up adopts nothing more

    assert again.adopted == []
    [job] = queue.pending()
    assert recovery.adopted == [job.id]
    assert (job.kind, job.title, job.status, job.pdf_path) == (
        "certificate",
        "certificate-xyz",
        "queued",
        orphan,
    )
    assert len(rows(session_factory)) == 1


def test_a_crash_before_the_rename_leaves_nothing_to_print(queue, outbox, monkeypatch):
    import os

    def crash(*_args):
        raise SystemExit("power cut")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(SystemExit):
        queue.enqueue("certificate", "c", PDF)
    monkeypatch.undo()
    assert len(list(outbox.glob("*.tmp"))) == 1

    recovery = queue.recover()

    assert recovery.removed_tmp == 1 and recovery.adopted == []
    assert list(outbox.iterdir()) == [] and queue.pending() == []


def test_a_crash_after_printed_was_recorded_finishes_moving_the_file(queue, outbox, monkeypatch):
    job_id = queue.enqueue("certificate", "c", PDF)
    queue.mark_printing(job_id)
    monkeypatch.setattr(queue, "_file_away", lambda *_a: None)  # dies before the move
    queue.mark_printed(job_id)
    monkeypatch.undo()
    assert len(list(outbox.glob("*.pdf"))) == 1

    recovery = queue.recover()

    assert recovery.adopted == [] and recovery.requeued == []
    assert list(outbox.glob("*.pdf")) == []
    assert queue.get(job_id).pdf_path.read_bytes() == PDF
    assert queue.counts()["printed"] == 1


def test_a_pdf_kept_by_the_old_outbox_is_adopted(queue, outbox):
    outbox.mkdir()
    (outbox / "20261129-083000-certificate-1234-abcd1234.pdf").write_bytes(PDF)

    recovery = queue.recover()

    [job] = queue.pending()
    assert recovery.adopted == [job.id]
    assert job.status == "queued" and job.kind == "document" and job.pdf_path.read_bytes() == PDF
    assert "certificate-1234" in job.title
