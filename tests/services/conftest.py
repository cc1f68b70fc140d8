"""Fixtures for service tests: a real, migrated SQLite database per test."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest

from kiosk.core.clock import FixedClock
from kiosk.storage.engine import SessionFactory, open_database
from kiosk.storage.models import Resident


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Migrate once; each test gets a copy (Alembic takes ~0.4 s per fresh database)."""
    path = tmp_path_factory.mktemp("template") / "kiosk.sqlite3"
    engine, _factory = open_database(f"sqlite:///{path}")
    engine.dispose()
    return path


@pytest.fixture
def db_url(tmp_path: Path, migrated_template: Path) -> str:
    path = tmp_path / "kiosk.sqlite3"
    shutil.copy(migrated_template, path)
    return f"sqlite:///{path}"


@pytest.fixture
def session_factory(db_url: str) -> SessionFactory:
    engine, factory = open_database(db_url)
    yield factory
    engine.dispose()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 11, 29, 9, 30))


@pytest.fixture
def make_resident(session_factory: SessionFactory):
    """Store a resident directly (the check-in service is tested elsewhere); returns its id."""

    def make(
        name: str = "Nguyễn Văn An",
        birth_year: int = 1958,
        phone: str | None = "0912345607",
        neighbourhood: str = "Khu phố 3",
    ) -> str:
        with session_factory.begin() as s:
            resident = Resident(
                full_name=name,
                name_folded=name.lower(),
                birth_year=birth_year,
                neighbourhood=neighbourhood,
                phone=phone,
                created_at=datetime(2026, 1, 1),
            )
            s.add(resident)
            s.flush()
            return resident.id

    return make
