"""The log file: private, size-capped, and no personal data even in an SQL error."""

from __future__ import annotations

import logging
import stat

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from kiosk.core.logs import BACKUP_COUNT, MAX_BYTES
from kiosk.storage.engine import make_engine


def test_the_log_is_0600_and_rotates_at_its_cap(kiosk_log):
    log = logging.getLogger("kiosk.test")
    for n in range(int(MAX_BYTES * (BACKUP_COUNT + 2) / 500)):
        log.info("entry %d %s", n, "x" * 450)
    files = sorted(kiosk_log.parent.iterdir())
    assert [p.name for p in files] == ["kiosk.log"] + [f"kiosk.log.{i}" for i in range(1, 6)]
    assert all(p.stat().st_size <= MAX_BYTES for p in files)
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in files)


def test_a_phone_in_a_message_is_masked(kiosk_log):
    logging.getLogger("kiosk.test").warning("call 0912 345 607 or +84903334445")
    assert kiosk_log.read_text(encoding="utf-8").rstrip().endswith("call [phone] or [phone]")


def test_an_sql_error_carries_no_parameters(tmp_path, kiosk_log):
    engine = make_engine(f"sqlite:///{tmp_path}/k.sqlite3")
    with pytest.raises(DBAPIError) as caught, engine.connect() as c:
        c.execute(text("SELECT no_such_column WHERE :name = :name"), {"name": "Nguyễn Văn An"})
    logging.getLogger("kiosk.test").error("query failed: %s", caught.value)
    assert "Nguyễn" not in str(caught.value)
    assert "Nguyễn" not in kiosk_log.read_text(encoding="utf-8")
    engine.dispose()
