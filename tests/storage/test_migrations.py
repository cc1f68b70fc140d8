"""Migrations: the schema is created on first start, on SQLite and on PostgreSQL, the code knows
the newest revision, and machines of a ward starting together migrate once."""

import subprocess
import sys
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from kiosk.storage.engine import (
    SCHEMA_HEAD,
    alembic_config,
    current_revision,
    make_engine,
    migrate,
)
from kiosk.storage.models import Base, exists_on

REPO = Path(__file__).resolve().parents[2]
START = "import sys; from kiosk.storage.engine import open_database; open_database(sys.argv[1])"


def test_schema_head_constant_matches_the_newest_migration(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path}/k.db")
    script = ScriptDirectory.from_config(alembic_config(engine))
    assert script.get_current_head() == SCHEMA_HEAD


def test_first_start_creates_every_table_and_a_second_start_keeps_them(empty_db_url):
    engine = make_engine(empty_db_url)
    assert current_revision(engine) is None
    migrate(engine)
    assert current_revision(engine) == SCHEMA_HEAD
    tables = set(inspect(engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    migrate(engine)  # warm start: nothing to do, nothing lost
    assert set(inspect(engine).get_table_names()) == tables
    engine.dispose()


def test_the_migration_matches_the_models(empty_db_url):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    engine = make_engine(empty_db_url)
    migrate(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"include_object": exists_on(engine.dialect.name)}
        )
        diff = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert diff == []


@pytest.mark.postgresql
def test_machines_starting_together_migrate_once(empty_postgres_url):
    # given three machines of a ward starting at once on a new, empty ward database
    machines = [
        subprocess.Popen(
            [sys.executable, "-c", START, empty_postgres_url],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            cwd=REPO,  # `python -c` imports kiosk from here
        )
        for _ in range(3)
    ]
    outputs = [machine.communicate(timeout=120)[0] for machine in machines]

    # then each started, and the schema was made once, at head
    assert [m.returncode for m in machines] == [0, 0, 0], outputs
    engine = make_engine(empty_postgres_url)
    with engine.connect() as connection:
        versions = connection.scalars(text("SELECT version_num FROM alembic_version")).all()
    engine.dispose()
    assert versions == [SCHEMA_HEAD]
