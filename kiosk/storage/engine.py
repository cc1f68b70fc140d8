"""Engine with the pragmas we rely on, the session factory, and migrate-on-start."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from kiosk.core.private_files import DIR_MODE, FILE_MODE, tighten

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).parent / "migrations"
# The newest revision under migrations/versions (tests/storage checks they agree).
SCHEMA_HEAD = "0005"
# pg_advisory_lock key held while migrating: the machines of a ward starting together migrate
# one after the other, and the later ones find the schema already at head.
MIGRATION_LOCK_KEY = 0x6B696F736B  # "kiosk"

CONNECT_TIMEOUT_S = 10

SessionFactory = sessionmaker[Session]


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite:///"):
        _private_sqlite_file(Path(url.removeprefix("sqlite:///").split("?")[0]))
    connect_args = {}
    if url.startswith("postgresql") and "connect_timeout" not in url:
        connect_args["connect_timeout"] = CONNECT_TIMEOUT_S  # a host that is gone: no long hang
    # hide_parameters: no personal data in logs, SQL errors included
    engine = create_engine(url, future=True, hide_parameters=True, connect_args=connect_args)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _private_sqlite_file(path: Path) -> None:
    """The database holds the signing key and the PIN hashes: 0600. SQLite gives its -wal and
    -shm files the database file's mode, so the file is made 0600 before SQLite creates it."""
    if path.name in ("", ":memory:"):
        return
    path.parent.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    if not path.exists():
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, FILE_MODE))
    tighten(path.with_name(path.name + suffix) for suffix in ("", "-wal", "-shm", "-journal"))


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def current_revision(engine: Engine) -> str | None:
    try:
        with engine.connect() as connection:
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except DBAPIError:  # no alembic_version table yet: an empty database
        return None


def migrate(engine: Engine, revision: str = "head") -> None:
    """Create the schema on first start; upgrade it on later starts."""
    if revision == "head" and current_revision(engine) == SCHEMA_HEAD:
        return  # up to date: not even importing Alembic keeps start-up fast
    from alembic import command

    with _migration_lock(engine):
        if revision == "head" and current_revision(engine) == SCHEMA_HEAD:
            return  # another machine migrated while this one waited
        command.upgrade(alembic_config(engine), revision)


@contextmanager
def _migration_lock(engine: Engine) -> Iterator[None]:
    """One migrating machine at a time on PostgreSQL; SQLite's own file lock is enough."""
    if engine.dialect.name != "postgresql":
        yield
        return
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
        try:
            yield
        finally:
            connection.execute(
                text("SELECT pg_advisory_unlock(:key)"), {"key": MIGRATION_LOCK_KEY}
            )


def open_database(url: str) -> tuple[Engine, SessionFactory]:
    engine = make_engine(url)
    migrate(engine)
    return engine, sessionmaker(engine, expire_on_commit=False)
