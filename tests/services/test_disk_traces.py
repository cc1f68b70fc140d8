"""Erasure and the purge leave no trace on disk: the WAL is checkpointed, attendance sheets and
exports naming the resident go, old exports and never-printed PDFs expire, and on a shared
database each kiosk deletes its own files and never adopts a PDF erasure removed."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk.core.text import fold
from kiosk.services.audit import AuditLog
from kiosk.services.checkin import CheckInService, NewResident
from kiosk.services.print_queue import PrintQueue
from kiosk.services.privacy import PrivacyService
from kiosk.storage.models import ExportedFile, PendingDeletion, PrintJobResident

NAME = "Đặng Thị Ngọc Ánh"
OTHER = "Trần Văn Bình"
PHONE = "0912345607"
DAY = 24 * 3600


def pdf_naming(*names: str) -> bytes:
    return ("%PDF-1.4\n" + "".join(f"% {n}\n" for n in names) + "%%EOF\n").encode()


def needles(name: str = NAME, phone: str = PHONE) -> list[bytes]:
    forms = {unicodedata.normalize(f, name) for f in ("NFC", "NFD")} | {fold(name), phone}
    return [f.encode() for f in forms]


def traces(folder: Path, name: str = NAME, phone: str = PHONE) -> list[str]:
    """Every file under `folder` (database, -wal, PDFs, exports) that holds the name or phone."""
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            if any(n in data for n in needles(name, phone)):
                found.append(str(path.relative_to(folder)))
    return found


def privacy(session_factory, clock, kiosk_id: str = "kiosk-1") -> PrivacyService:
    return PrivacyService(
        session_factory, clock, AuditLog(session_factory, clock), kiosk_id=kiosk_id
    )


def register(session_factory, clock, name: str = NAME, phone: str | None = PHONE) -> str:
    checkin = CheckInService(session_factory, clock, "kiosk-1")
    return checkin.register(NewResident(name, 1958, "Khu phố 2", phone)).id


@pytest.fixture
def folder(tmp_path: Path, db_url: str) -> Path:
    """The data dir: on SQLite the database file and its -wal are in it too."""
    return tmp_path


def test_erasure_leaves_the_name_in_no_file_not_even_the_wal(
    session_factory, clock, folder, database
):
    wal = {"kiosk.sqlite3-wal"} if database == "sqlite" else set()
    keep = register(session_factory, clock, OTHER, "0987654321")
    resident = register(session_factory, clock)
    queue = PrintQueue(session_factory, clock, folder / "outbox", "kiosk-1")
    sheet = queue.enqueue(
        "attendance", "attendance", pdf_naming(OTHER, NAME), names=[keep, resident]
    )
    card = queue.enqueue("learner-card", "card", pdf_naming(NAME), resident)
    assert queue.mark_printing(card) and queue.mark_printed(card)
    service = privacy(session_factory, clock)
    record = service.everything(resident)
    export = service.save_export(resident, "json", NAME.encode(), folder / "exports", "staff")
    assert wal | {"outbox/printed/" + queue.get(card).pdf_path.name} <= set(
        traces(folder)
    )  # the scan does find them before
    assert export.exists() and record.resident.phone == PHONE

    counts = service.erase(resident, "staff")

    assert traces(folder) == []  # database, -wal, -shm, outbox, printed, exports
    assert counts.printouts == 2 and not export.exists()
    assert queue.get(sheet) is None
    assert service.everything(keep).resident.full_name == OTHER
    if wal:
        assert (folder / "kiosk.sqlite3-wal").stat().st_size == 0  # truncated, not just reused


def test_a_sheet_not_naming_them_stays(session_factory, clock, folder):
    resident = register(session_factory, clock)
    keep = register(session_factory, clock, OTHER, "0987654321")
    queue = PrintQueue(session_factory, clock, folder / "outbox", "kiosk-1")
    theirs = queue.enqueue("attendance", "a", pdf_naming(NAME), names=[resident])
    others = queue.enqueue("attendance", "b", pdf_naming(OTHER), names=[keep])

    privacy(session_factory, clock).erase(resident, "staff")

    assert [job.id for job in queue.pending()] == [others]
    assert queue.get(theirs) is None
    with session_factory() as s:
        assert s.scalars(select(PrintJobResident.resident_id)).all() == [keep]


def test_exports_expire_after_the_retention_period(session_factory, clock, folder):
    resident = register(session_factory, clock)
    service = privacy(session_factory, clock)
    old = service.save_export(resident, "json", b"{}", folder / "exports", "staff")
    clock.advance(200 * DAY)
    recent = service.save_export(resident, "pdf", b"%PDF", folder / "exports", "staff")
    CheckInService(session_factory, clock, "kiosk-1").check_in(resident)  # still active
    clock.advance(200 * DAY)

    service.purge(365)

    assert not old.exists() and recent.exists()
    with session_factory() as s:
        assert s.scalars(select(ExportedFile.path)).all() == [str(recent)]


def test_a_pdf_never_printed_is_not_kept_forever(session_factory, clock, folder):
    queue = PrintQueue(session_factory, clock, folder / "outbox", "kiosk-1")
    old = queue.enqueue("attendance", "old", pdf_naming(NAME))
    old_path = queue.get(old).pdf_path
    clock.advance(300 * DAY)
    recent = queue.enqueue("attendance", "recent", pdf_naming(OTHER))
    clock.advance(100 * DAY)

    counts = privacy(session_factory, clock).purge(365)

    assert counts.printouts == 1 and not old_path.exists()
    assert [job.id for job in queue.pending()] == [recent]


def test_on_a_shared_database_each_kiosk_deletes_its_own_files_and_adopts_none(
    session_factory, clock, folder
):
    resident = register(session_factory, clock)
    here = PrintQueue(session_factory, clock, folder / "k1", "kiosk-1")
    there = PrintQueue(session_factory, clock, folder / "k2", "kiosk-2")
    mine = here.enqueue("certificate", "c1", pdf_naming(NAME), resident)
    theirs = there.enqueue("certificate", "c2", pdf_naming(NAME), resident)
    mine_path, their_path = here.get(mine).pdf_path, there.get(theirs).pdf_path
    their_export = privacy(session_factory, clock, "kiosk-2").save_export(
        resident, "json", NAME.encode(), folder / "k2-exports", "staff"
    )

    privacy(session_factory, clock, "kiosk-1").erase(resident, "staff")

    assert not mine_path.exists()
    assert their_path.exists() and their_export.exists()  # on kiosk 2's disk: its own to delete
    with session_factory() as s:
        pending = s.execute(select(PendingDeletion.kiosk_id, PendingDeletion.path)).all()
    assert sorted(pending) == sorted([("kiosk-2", str(their_path)), ("kiosk-2", str(their_export))])
    recovery = there.recover()  # kiosk 2 restarts: its job row is gone, its PDF is not adopted
    assert recovery.adopted == [] and there.pending() == []
    assert not their_path.exists() and not their_export.exists()
    with session_factory() as s:
        assert s.scalars(select(PendingDeletion)).all() == []


def test_a_running_kiosk_applies_its_pending_deletions_on_its_timer(session_factory, clock, folder):
    resident = register(session_factory, clock)
    there = PrintQueue(session_factory, clock, folder / "k2", "kiosk-2")
    job = there.enqueue("learner-card", "card", pdf_naming(NAME), resident)
    path = there.get(job).pdf_path
    privacy(session_factory, clock, "kiosk-1").erase(resident, "staff")
    assert path.exists()

    assert privacy(session_factory, clock, "kiosk-2").apply_pending_deletions() == 0

    assert not path.exists()


def test_a_kiosk_starting_deletes_what_another_kiosk_erased(data_dir, clock):
    from dataclasses import replace

    from kiosk.app import build_services
    from kiosk.core.config import load_settings

    settings = replace(load_settings(), kiosk_id="kiosk-2")
    first = build_services(settings, clock)
    resident = register(first.session_factory, clock)
    queue = PrintQueue(first.session_factory, clock, settings.outbox_dir, "kiosk-2")
    path = queue.get(queue.enqueue("learner-card", "card", pdf_naming(NAME), resident)).pdf_path
    privacy(first.session_factory, clock, "kiosk-1").erase(resident, "staff")
    first.engine.dispose()
    assert path.exists()

    again = build_services(settings, clock)  # kiosk 2 restarts

    again.engine.dispose()
    assert not path.exists()
