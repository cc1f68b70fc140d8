"""Migrations: the schema is created on first start, and the code knows the newest revision."""

from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from kiosk.storage.engine import (
    SCHEMA_HEAD,
    alembic_config,
    current_revision,
    make_engine,
    migrate,
)
from kiosk.storage.models import Base


def test_schema_head_constant_matches_the_newest_migration(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path}/k.db")
    script = ScriptDirectory.from_config(alembic_config(engine))
    assert script.get_current_head() == SCHEMA_HEAD


def test_first_start_creates_every_table_and_a_second_start_keeps_them(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path}/k.db")
    assert current_revision(engine) is None
    migrate(engine)
    assert current_revision(engine) == SCHEMA_HEAD
    tables = set(inspect(engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    migrate(engine)  # warm start: nothing to do, nothing lost
    assert set(inspect(engine).get_table_names()) == tables


def test_the_migration_matches_the_models(tmp_path):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    engine = make_engine(f"sqlite:///{tmp_path}/k.db")
    migrate(engine)
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert diff == []
