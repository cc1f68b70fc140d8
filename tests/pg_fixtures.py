"""The private PostgreSQL cluster scripts/test.sh starts: one migrated template database per
pytest-xdist worker, and a fresh copy of it for each test (CREATE DATABASE ... TEMPLATE takes a
fraction of what running the migrations again would)."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

from kiosk.storage.engine import open_database

# Tests under these folders run once on SQLite and once on PostgreSQL.
BOTH_DATABASES_IN = ("storage", "services")
_numbers = itertools.count()


def with_database(server_url: str, name: str) -> str:
    return make_url(server_url).set(database=name).render_as_string(hide_password=False)


def _worker() -> str:
    return os.environ.get("PYTEST_XDIST_WORKER", "main")


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[Engine]:
    """An AUTOCOMMIT engine on the test cluster's maintenance database. Fails (never skips)
    when the cluster is not there; deselect with `-m "not postgresql"` when running by hand."""
    if error := os.environ.get("KIOSK_TEST_POSTGRES_ERROR"):
        pytest.fail(error)
    url = os.environ.get("KIOSK_TEST_POSTGRES_URL")
    if not url:
        pytest.fail(
            "KIOSK_TEST_POSTGRES_URL is not set: run the tests with scripts/test.sh "
            '(or deselect them with -m "not postgresql")'
        )
    engine = create_engine(url, isolation_level="AUTOCOMMIT", pool_size=1)
    yield engine
    engine.dispose()


def create_database(server: Engine, name: str, *extra: str) -> str:
    """A new empty (or templated) database; returns its URL."""
    with server.connect() as admin:
        admin.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.execute(text(f'CREATE DATABASE "{name}" ' + " ".join(extra)))
    return with_database(server.url.render_as_string(hide_password=False), name)


def drop_database(server: Engine, name: str) -> None:
    with server.connect() as admin:
        admin.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def fresh_database_name(prefix: str = "kiosk_t") -> str:
    return f"{prefix}_{_worker()}_{os.getpid()}_{next(_numbers)}"


@pytest.fixture(scope="session")
def postgres_template(postgres_server: Engine) -> Iterator[str]:
    """This worker's migrated template database (its name)."""
    name = f"kiosk_template_{_worker()}_{os.getpid()}"  # two pytest runs may share a cluster
    engine, _factory = open_database(create_database(postgres_server, name))
    engine.dispose()  # a template must have no connections when it is copied
    yield name
    drop_database(postgres_server, name)


@pytest.fixture
def postgres_url(request: pytest.FixtureRequest) -> Iterator[str]:
    """A fresh, migrated PostgreSQL database for one test; dropped after it."""
    server: Engine = request.getfixturevalue("postgres_server")
    template: str = request.getfixturevalue("postgres_template")
    name = fresh_database_name()
    url = create_database(server, name, f'TEMPLATE "{template}"')
    yield url
    drop_database(server, name)


@pytest.fixture
def empty_postgres_url(postgres_server: Engine) -> Iterator[str]:
    """A fresh PostgreSQL database with no schema at all."""
    name = fresh_database_name("kiosk_e")
    yield create_database(postgres_server, name)
    drop_database(postgres_server, name)


def parametrize_databases(metafunc: pytest.Metafunc) -> None:
    """`database` (and so db_url, session_factory, ...) over SQLite and PostgreSQL for the tests
    in BOTH_DATABASES_IN, unless marked sqlite_only."""
    if "database" not in metafunc.fixturenames:
        return
    if metafunc.definition.get_closest_marker("sqlite_only"):
        return
    folder = metafunc.definition.path.parent.name
    if folder not in BOTH_DATABASES_IN:
        return
    metafunc.parametrize(
        "database",
        ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)],
        indirect=True,
    )
