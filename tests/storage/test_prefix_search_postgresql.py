"""Accent-blind prefix search on PostgreSQL stays index-backed whatever the cluster's locale: a
ward's server is often created in vi_VN.UTF-8 or en_US.UTF-8, where a plain index cannot serve
LIKE 'x%'."""

from datetime import datetime

import pytest
from pg_fixtures import create_database, drop_database, fresh_database_name
from sqlalchemy import Engine, text

from kiosk.core.clock import FixedClock
from kiosk.core.text import fold
from kiosk.services.checkin import CheckInService, name_search
from kiosk.storage.engine import open_database
from kiosk.storage.models import Resident

pytestmark = pytest.mark.postgresql
NAMES = ["Nguyễn Văn An", "Nguyễn Thị Bích", "Đặng Văn Đức", "Trần Thị Hoa", "Lê Văn 100%_x"]


def locale_of_a_ward(server: Engine) -> str:
    with server.connect() as admin:
        known = set(admin.scalars(text("SELECT collname FROM pg_collation")))
    for name in ("vi_VN.utf8", "en_US.utf8"):
        if name in known:
            return name
    pytest.fail("neither vi_VN.UTF-8 nor en_US.UTF-8 is generated: run scripts/setup.sh")


@pytest.fixture
def ward_database(postgres_server):  # type: ignore[no-untyped-def]
    """A migrated database in a ward's locale, with a few residents."""
    locale = locale_of_a_ward(postgres_server)
    name = fresh_database_name("kiosk_locale")
    url = create_database(
        postgres_server,
        name,
        f"TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE '{locale}' LC_CTYPE '{locale}'",
    )
    engine, factory = open_database(url)
    with factory.begin() as s:
        for full_name in NAMES:
            s.add(
                Resident(
                    full_name=full_name,
                    name_folded=fold(full_name),
                    birth_year=1955,
                    neighbourhood="Khu phố 1",
                    created_at=datetime(2026, 1, 1),
                )
            )
    yield engine, factory, locale
    engine.dispose()
    drop_database(postgres_server, name)


def test_the_name_search_uses_the_pattern_index_in_a_ward_locale(ward_database):
    engine, _factory, locale = ward_database
    query = name_search(fold("Nguyễn V"), "postgresql")
    sql = str(query.compile(engine, compile_kwargs={"literal_binds": True}))
    with engine.connect() as connection:
        assert (
            connection.scalar(
                text("SELECT datcollate FROM pg_database WHERE datname = current_database()")
            )
            == locale
        )
        connection.execute(text("SET enable_seqscan = off"))  # a small table: decide by index
        plan = "\n".join(connection.scalars(text("EXPLAIN " + sql)))
    assert "ix_residents_name_folded_prefix" in plan, plan
    assert "Sort" not in plan, plan  # read in the index's order: stops after `limit` rows


def test_search_is_accent_blind_and_takes_like_characters_literally(ward_database, clock):
    _engine, factory, _locale = ward_database
    search = CheckInService(factory, FixedClock(datetime(2026, 11, 29, 9)), "kiosk-1").search

    assert [m.full_name for m in search("nguyen")] == ["Nguyễn Thị Bích", "Nguyễn Văn An"]
    assert [m.full_name for m in search("DANG van d")] == ["Đặng Văn Đức"]
    assert [m.full_name for m in search("le van 100%_")] == ["Lê Văn 100%_x"]
    assert search("le van 1_0") == [] and search("%") == []
