"""`benchmarks/run.py --database-url URL`: the check-in commit and the search measured on a
PostgreSQL database, which is left as empty as it was. Never a timing check."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import figures  # noqa: E402

pytestmark = pytest.mark.postgresql


def test_check_in_and_search_are_measured_on_the_server(empty_postgres_url):
    commit, bare_commit = figures.checkin_commit_at(empty_postgres_url, 30)
    search, phone_search = figures.search_at(empty_postgres_url, 500, 60)

    assert min(commit, bare_commit, search, phone_search) > 0
    engine = create_engine(empty_postgres_url)
    assert inspect(engine).get_table_names() == []  # lent empty, given back empty
    engine.dispose()


def test_a_database_with_a_kiosk_in_it_is_refused(postgres_url):
    with pytest.raises(SystemExit, match="use an empty database"):
        figures.search_at(postgres_url, 10, 10)
    engine = create_engine(postgres_url)
    assert "residents" in inspect(engine).get_table_names()  # untouched
    engine.dispose()
