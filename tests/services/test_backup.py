"""Backups: a restore never brings back a resident erased after the backup was made, and
backups age out with the retention period."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, select

from kiosk.core.text import fold
from kiosk.services.audit import AuditLog
from kiosk.services.backup import Backups
from kiosk.services.checkin import CheckInService, NewResident
from kiosk.services.privacy import PrivacyService
from kiosk.storage.engine import open_database
from kiosk.storage.models import Erasure, Resident

NAME = "Lê Thị Hồng Nhung"
PHONE = "0903334445"
DAY = 24 * 3600

# Backups here are SQLite's online backup; PostgreSQL is backed up with pg_dump.
pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def ward(db_url: str, clock):  # type: ignore[no-untyped-def]
    engine, factory = open_database(db_url)
    folder = Path(db_url.removeprefix("sqlite:///")).parent
    privacy = PrivacyService(
        factory, clock, AuditLog(factory, clock), backups_dir=folder / "backups"
    )
    yield Backups(engine, clock, folder / "backups", privacy), privacy, factory, folder
    engine.dispose()


def register(factory, clock, name: str = NAME, phone: str | None = PHONE) -> str:
    checkin = CheckInService(factory, clock, "kiosk-1")
    resident = checkin.register(NewResident(name, 1950, "Khu phố 1", phone)).id
    checkin.check_in(resident)
    return resident


def holds_the_name(path: Path) -> bool:
    data = path.read_bytes()
    forms = {unicodedata.normalize(f, NAME) for f in ("NFC", "NFD")} | {fold(NAME), PHONE}
    return any(f.encode() in data for f in forms)


def test_a_restore_keeps_every_erasure_made_since_the_backup(ward, clock):
    backups, privacy, factory, folder = ward
    resident = register(factory, clock)
    keep = register(factory, clock, "Phạm Văn Lộc", None)
    backup = backups.make()
    assert holds_the_name(backup)  # the backup is a real copy, names and all
    clock.advance(DAY)
    privacy.erase(resident, "staff")

    again = backups.restore(backup)

    assert again.residents == 1
    with factory() as s:
        erased = s.get(Resident, resident)
        assert erased is not None and erased.erased_at is not None and erased.full_name == ""
        assert s.get(Resident, keep).full_name == "Phạm Văn Lộc"  # type: ignore[union-attr]
        assert s.scalars(select(Erasure.resident_id)).all() == [resident]
    live = [p for p in folder.glob("kiosk.sqlite3*") if p.is_file()]
    assert live and not any(holds_the_name(p) for p in live)


def test_the_erasure_record_holds_no_name(ward, clock):
    _backups, privacy, factory, _folder = ward
    privacy.erase(register(factory, clock), "staff")
    with factory() as s:
        columns = {c["name"] for c in inspect(s.get_bind()).get_columns("erasures")}
    assert columns == {"resident_id", "erased_at"}


def test_backups_age_out_with_the_retention_period(ward, clock):
    backups, privacy, _factory, _folder = ward
    old = backups.make()
    clock.advance(30 * DAY)
    recent = backups.make()
    clock.advance(340 * DAY)

    counts = privacy.purge(365)

    assert counts.backups == 1
    assert not old.exists() and recent.exists()


def test_a_backup_is_a_database_of_its_own(ward, clock):
    backups, _privacy, factory, _folder = ward
    register(factory, clock)
    copy = create_engine(f"sqlite:///{backups.make()}")
    with copy.connect() as connection:
        assert connection.execute(select(Resident.full_name)).scalars().all() == [NAME]
    copy.dispose()


def test_residents_erased_before_the_upgrade_are_remembered_too(tmp_path, clock):
    from kiosk.storage.engine import make_engine, migrate

    engine = make_engine(f"sqlite:///{tmp_path}/old.sqlite3")
    migrate(engine, "0002")
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO residents (id, full_name, name_folded, birth_year, neighbourhood,"
            " created_at, erased_at) VALUES ('r-1', '', '', 0, '', '2026-01-01', '2026-02-01')"
        )
    migrate(engine)
    with engine.connect() as connection:
        rows = connection.exec_driver_sql("SELECT resident_id FROM erasures").all()
    engine.dispose()
    assert rows == [("r-1",)]
