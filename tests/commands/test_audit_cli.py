"""`kiosk audit verify`: 0 on an untouched log; 1 naming the first bad entry after an edit,
a removal, a reordering or an edit with the chain recomputed; 2 on an unusable database."""

from __future__ import annotations

from datetime import datetime

import pytest
from audit_tamper import FIRST_BAD, TAMPERING, seed

from kiosk.cli import main
from kiosk.core.clock import FixedClock
from kiosk.core.config import load_settings
from kiosk.services.audit import AuditLog
from kiosk.services.certificates import CertificateService
from kiosk.storage.engine import open_database


@pytest.fixture
def factory(data_dir):
    engine, session_factory = open_database(load_settings().effective_database_url)
    clock = FixedClock(datetime(2026, 11, 2, 8, 0))
    CertificateService(session_factory, clock, "Phường Bến Nghé").ensure_key()
    seed(AuditLog(session_factory, clock), clock)
    yield session_factory
    engine.dispose()


def test_an_untouched_log_exits_0(factory, capsys):
    assert main(["audit", "verify"]) == 0
    assert "Nhật ký nguyên vẹn / The audit log is intact." in capsys.readouterr().out


@pytest.mark.parametrize("how", sorted(TAMPERING))
def test_a_changed_log_exits_1_and_names_the_first_bad_entry(factory, capsys, how):
    TAMPERING[how](factory)
    assert main(["audit", "verify"]) == 1
    err = capsys.readouterr().err
    assert f"entry #{FIRST_BAD[how]} (" in err and f"mục #{FIRST_BAD[how]} (" in err
    assert len(err.strip().splitlines()) == 1


def test_an_unusable_database_exits_2(data_dir, capsys):
    (data_dir / "kiosk.sqlite3").write_bytes(b"this is not a database" * 100)
    assert main(["audit", "verify"]) == 2
    assert "Traceback" not in capsys.readouterr().err
