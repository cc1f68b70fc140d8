"""Moving a one-machine ward up: every table of one database copied into another, keys
unchanged, so certificates signed before still verify and every link between rows holds."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, Integer, delete, func, insert, inspect, select, text
from sqlalchemy.engine import Connection

from kiosk.core.errors import KioskError
from kiosk.storage.engine import migrate
from kiosk.storage.models import Base

BATCH_ROWS = 1000


class TargetNotEmpty(KioskError):
    """The target database already holds tables; `force` replaces the kiosk's own."""

    def __init__(self, tables: list[str]) -> None:
        self.tables = tables
        shown = ", ".join(tables[:5]) + (" ..." if len(tables) > 5 else "")
        super().__init__(
            f"cơ sở dữ liệu đích đã có dữ liệu ({shown}); thêm --force để ghi đè / "
            f"the target database is not empty ({shown}); add --force to replace it"
        )


@dataclass(frozen=True)
class CopyReport:
    rows: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def copy_database(source: Engine, target: Engine, force: bool = False) -> CopyReport:
    """Copy every table of `source` (migrated to head) into `target`, migrated to head first.
    Refuses a target with any table unless `force`, which drops the kiosk's own tables."""
    migrate(source)
    existing = sorted(inspect(target).get_table_names())
    if existing and not force:
        raise TargetNotEmpty(existing)
    if existing:
        _drop_kiosk_tables(target)
    migrate(target)
    rows: dict[str, int] = {}
    with source.connect() as reading, target.begin() as writing:
        for table in reversed(Base.metadata.sorted_tables):
            writing.execute(delete(table))  # anything a migration seeded
        for table in Base.metadata.sorted_tables:
            rows[table.name] = _copy_table(reading, writing, table)
        _advance_sequences(writing)
    return CopyReport(rows)


def _copy_table(reading: Connection, writing: Connection, table) -> int:  # type: ignore[no-untyped-def]
    copied = 0
    result = reading.execute(select(table)).mappings()
    while batch := result.fetchmany(BATCH_ROWS):
        writing.execute(insert(table), [dict(row) for row in batch])
        copied += len(batch)
    return copied


def _advance_sequences(writing: Connection) -> None:
    """PostgreSQL's serial counters start after the copied keys (SQLite needs nothing)."""
    if writing.dialect.name != "postgresql":
        return
    for table in Base.metadata.sorted_tables:
        for column in table.primary_key.columns:
            if isinstance(column.type, Integer) and column.autoincrement is True:
                highest = writing.scalar(select(func.max(column)))
                if highest is not None:
                    writing.execute(
                        text("SELECT setval(pg_get_serial_sequence(:t, :c), :n)"),
                        {"t": table.name, "c": column.name, "n": highest},
                    )


def _drop_kiosk_tables(target: Engine) -> None:
    with target.begin() as connection:
        Base.metadata.drop_all(connection)
        connection.execute(text("DROP TABLE IF EXISTS alembic_version"))
