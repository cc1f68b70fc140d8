"""Looking into a test database whatever its kind."""

from __future__ import annotations

from sqlalchemy import inspect, text
from sqlalchemy.orm import Session


def table_names(s: Session) -> list[str]:
    """Every table: on SQLite straight from sqlite_master, so virtual and FTS ones count too."""
    if s.get_bind().dialect.name == "sqlite":
        return list(s.scalars(text("SELECT name FROM sqlite_master WHERE type = 'table'")))
    return inspect(s.connection()).get_table_names()
