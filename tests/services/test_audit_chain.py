"""The audit log is a hash chain with signed heads: an untouched log checks out; an edit, a
removal, a reordering, and an edit with the whole chain recomputed are each found."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from audit_tamper import FIRST_BAD, TAMPERING, delete, edit_and_recompute, seed
from sqlalchemy import select, text

from kiosk.services.audit import AuditLog
from kiosk.services.audit_check import check_chain
from kiosk.services.backup import Backups
from kiosk.services.certificates import CertificateService
from kiosk.services.privacy import PrivacyService
from kiosk.storage.engine import make_engine, migrate, open_database
from kiosk.storage.models import AuditEntry, AuditSeal


@pytest.fixture
def audit(session_factory, clock):
    CertificateService(session_factory, clock, "Phường Bến Nghé").ensure_key()
    return AuditLog(session_factory, clock)


def test_an_untouched_log_checks_out_and_each_day_is_signed(audit, session_factory, clock):
    seed(audit, clock)
    assert check_chain(session_factory) is None
    with session_factory() as s:
        assert [seal.entry_id for seal in s.scalars(select(AuditSeal))] == [1, 4]
        entries = list(s.scalars(select(AuditEntry).order_by(AuditEntry.id)))
    assert all(b.prev_hash == a.hash for a, b in zip(entries, entries[1:], strict=False))


@pytest.mark.parametrize("how", sorted(TAMPERING))
def test_each_change_names_the_first_bad_entry(audit, session_factory, clock, how):
    seed(audit, clock)
    TAMPERING[how](session_factory)
    problem = check_chain(session_factory)
    assert problem is not None and problem.entry_id == FIRST_BAD[how], problem
    assert problem.at is not None


def test_removing_the_newest_entry_is_found(audit, session_factory, clock):
    seed(audit, clock)
    delete(session_factory, 6)
    problem = check_chain(session_factory)
    assert (problem.entry_id, problem.code) == (6, "removed")


@pytest.mark.sqlite_only  # in-app backups are SQLite's (PostgreSQL: pg_dump)
def test_a_recomputed_chain_without_its_seals_still_differs_from_the_backups_head(
    audit, session_factory, clock, db_url
):
    folder = Path(db_url.removeprefix("sqlite:///")).parent / "backups"
    engine = make_engine(db_url)
    privacy = PrivacyService(session_factory, clock, audit)
    seed(audit, clock)
    Backups(engine, clock, folder, privacy, audit).make()
    assert sorted(p.name for p in folder.iterdir())[0].endswith(".audit-head.json")
    assert check_chain(session_factory, folder) is None

    edit_and_recompute(session_factory, 5, drop_seals=True)

    assert check_chain(session_factory) is None  # the table alone cannot tell
    problem = check_chain(session_factory, folder)
    assert (problem.entry_id, problem.code) == (6, "not_signed_head")
    engine.dispose()


def test_a_forged_seal_signature_is_found(audit, session_factory, clock):
    seed(audit, clock)
    with session_factory.begin() as s:
        s.execute(
            text("UPDATE audit_seals SET signature = :x WHERE entry_id = 4"), {"x": b"0" * 64}
        )
    assert check_chain(session_factory).code == "bad_signature"


def test_writers_on_several_connections_make_one_chain(db_url, clock):
    engines = [open_database(db_url) for _ in range(4)]

    def write(factory, n):
        log = AuditLog(factory, clock)
        for i in range(15):
            log.record(f"kiosk-{n}", "print_attendance", f"{n}-{i}")

    threads = [threading.Thread(target=write, args=(f, n)) for n, (_e, f) in enumerate(engines)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    factory = engines[0][1]
    with factory() as s:
        assert s.scalar(select(AuditEntry.id).order_by(AuditEntry.id.desc())) == 60
    assert check_chain(factory) is None
    for engine, _f in engines:
        engine.dispose()


def test_the_migration_chains_the_entries_written_before_it(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path}/old.sqlite3")
    migrate(engine, "0003")
    with engine.begin() as c:
        for n in range(3):
            c.execute(
                text(
                    "INSERT INTO audit_log (at, actor, action, detail) "
                    "VALUES (:at, 'staff', 'purge', :d)"
                ),
                {"at": f"2026-11-0{n + 1} 08:00:00.000000", "d": f"old {n}"},
            )
    migrate(engine)
    _engine, factory = open_database(f"sqlite:///{tmp_path}/old.sqlite3")
    assert check_chain(factory) is None
    with factory() as s:
        assert all(len(e.hash) == 64 for e in s.scalars(select(AuditEntry)))
    _engine.dispose()
    engine.dispose()


@pytest.mark.sqlite_only  # in-app backups are SQLite's (PostgreSQL: pg_dump)
def test_a_restore_sets_aside_the_heads_of_newer_backups(audit, session_factory, clock, db_url):
    folder = Path(db_url.removeprefix("sqlite:///")).parent / "backups"
    engine = make_engine(db_url)
    backups = Backups(engine, clock, folder, PrivacyService(session_factory, clock, audit), audit)
    seed(audit, clock, days=1)
    older = backups.make()
    clock.advance(60)
    seed(audit, clock, days=1)
    backups.make()

    backups.restore(older)

    assert check_chain(session_factory, folder) is None
    assert len(list(folder.glob("*.audit-head.json.before-restore"))) == 1
    engine.dispose()
