"""The demo never touches a database it did not create: not the one named in the settings file
or KIOSK_DATABASE_URL, and not a ward's database in the data dir it is pointed at."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from kiosk.cli import main
from kiosk.commands.run import demo_settings, load_services
from kiosk.services.demo import DEMO_STAFF_PIN
from kiosk.storage.engine import open_database
from kiosk.storage.models import Resident, StaffAccount


@pytest.fixture
def ward_db(tmp_path):
    """A ward's real database, just set up: the schema, no residents, no PINs yet."""
    path = tmp_path / "ward" / "kiosk.sqlite3"
    engine, _factory = open_database(f"sqlite:///{path}")
    engine.dispose()
    return path


def counts(path) -> tuple[int, int]:
    engine, factory = open_database(f"sqlite:///{path}")
    try:
        with factory() as s:
            residents = s.scalar(select(func.count()).select_from(Resident))
            accounts = s.scalar(select(func.count()).select_from(StaffAccount))
            return residents, accounts
    finally:
        engine.dispose()


def test_the_demo_ignores_the_database_in_the_settings_and_the_environment(
    data_dir, ward_db, monkeypatch
):
    # given a settings file and KIOSK_DATABASE_URL both naming the ward's database
    settings_file = data_dir.parent / "settings.toml"
    settings_file.write_text(f'database_url = "sqlite:///{ward_db}"\n', encoding="utf-8")
    monkeypatch.setenv("KIOSK_DATABASE_URL", f"sqlite:///{ward_db}")
    before = ward_db.read_bytes()

    # when the demo starts its services, as `kiosk run --demo` does
    settings = demo_settings()
    services = load_services(settings, seed=True)
    services.engine.dispose()

    # then the demo ward lives in its own SQLite file, with the demo PIN
    assert settings.effective_database_url == f"sqlite:///{data_dir / 'kiosk.sqlite3'}"
    assert counts(data_dir / "kiosk.sqlite3")[0] > 0
    assert services.auth.owner_of(DEMO_STAFF_PIN) is not None
    # and the ward's database is untouched: no PINs, no rows
    assert counts(ward_db) == (0, 0)
    assert ward_db.read_bytes() == before


def test_the_demo_refuses_a_data_dir_holding_a_wards_database(
    data_dir, ward_db, monkeypatch, tmp_path, capsys
):
    # given KIOSK_DATA_DIR pointing at a ward's data dir
    monkeypatch.setenv("KIOSK_DATA_DIR", str(ward_db.parent))

    # when the demo is started there
    code = main(["demo", "--screenshots", str(tmp_path / "shots")])

    # then it stops with a clear message and leaves the database alone
    assert code == 2
    assert "did not create" in capsys.readouterr().err
    assert counts(ward_db) == (0, 0)


def test_the_demo_pins_never_land_on_a_database_that_has_pins(session_factory, clock):
    # given a ward's database with its own staff PIN and no residents yet
    from kiosk.services.auth import Role, StaffAuth
    from kiosk.services.demo import seed_demo

    auth = StaffAuth(session_factory, clock)
    auth.set_pin(Role.STAFF, "864209")

    # when the demo seeding is run on it, then it does nothing
    assert not seed_demo(session_factory, clock, "kiosk-1")
    assert auth.owner_of(DEMO_STAFF_PIN) is None and auth.owner_of("864209") == Role.STAFF
    with session_factory() as s:
        assert s.scalar(select(func.count()).select_from(Resident)) == 0
