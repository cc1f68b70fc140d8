"""A server database (PostgreSQL) lent to the benchmark: it must hold no kiosk data, and is left
without the kiosk's tables afterwards."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import inspect, text

from kiosk.storage.engine import make_engine
from kiosk.storage.models import Base


def _drop_kiosk_tables(url: str) -> None:
    engine = make_engine(url)
    with engine.begin() as connection:
        Base.metadata.drop_all(connection)
        connection.execute(text("DROP TABLE IF EXISTS alembic_version"))
        connection.execute(text("DROP TABLE IF EXISTS bench_checkins"))
    engine.dispose()


@contextmanager
def scratch(url: str) -> Iterator[None]:
    engine = make_engine(url)
    tables = set(inspect(engine).get_table_names())
    engine.dispose()
    if tables & set(Base.metadata.tables):
        raise SystemExit(f"benchmark: {engine.url!r} holds a kiosk's tables: use an empty database")
    try:
        yield
    finally:
        _drop_kiosk_tables(url)


def bare_server_commit_ms(url: str, count: int) -> list[float]:
    """INSERT + commit on a table shaped like `checkins`, through the driver alone."""
    engine = make_engine(url)
    raw = engine.raw_connection()
    cursor = raw.cursor()
    cursor.execute(
        "CREATE TABLE bench_checkins (id VARCHAR(36) PRIMARY KEY, session_id VARCHAR(36),"
        " resident_id VARCHAR(36), kiosk_id VARCHAR(40), at TIMESTAMP)"
    )
    raw.commit()
    samples = []
    for i in range(count):
        start = time.perf_counter()
        cursor.execute(
            "INSERT INTO bench_checkins VALUES (%s, 's', 'r', 'kiosk-1', '2026-01-01 08:00:00')",
            (f"id-{i}",),
        )
        raw.commit()
        samples.append((time.perf_counter() - start) * 1000)
    raw.close()
    engine.dispose()
    return samples
