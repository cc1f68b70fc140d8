"""`kiosk export attendance|checkins --session ID`: one session's sheet and rows."""

from __future__ import annotations

import csv
import io
import subprocess
from datetime import date, datetime, time

import pytest
from sqlalchemy import select

from kiosk.cli import main
from kiosk.core.clock import FixedClock
from kiosk.core.config import load_settings
from kiosk.services.audit import AuditLog
from kiosk.services.sessions import SessionSchedule
from kiosk.storage.engine import open_database
from kiosk.storage.models import AuditEntry, CheckIn, Resident

DAY = date(2026, 11, 29)


@pytest.fixture
def factory(data_dir):
    engine, session_factory = open_database(load_settings().effective_database_url)
    yield session_factory
    engine.dispose()


@pytest.fixture
def sessions(factory):
    """(morning id, afternoon id): An came in the morning, Bé in the afternoon."""
    clock = FixedClock(datetime(2026, 11, 29, 7, 0))
    schedule = SessionSchedule(factory, clock, AuditLog(factory, clock))
    morning = schedule.schedule(DAY, time(8), time(10), "Cà phê sáng", "Nhà văn hóa", "Zalo")
    afternoon = schedule.schedule(DAY, time(14), time(16), "Buổi chiều")
    with factory.begin() as s:
        for name, session_id, hour in (
            ("Nguyễn Văn An", morning, 8),
            ("Đặng Thị Bé", afternoon, 14),
        ):
            made = datetime(2026, 1, 1)
            resident = Resident(
                full_name=name,
                name_folded=name,
                birth_year=1952,
                neighbourhood="KP3",
                created_at=made,
            )
            s.add(resident)
            s.flush()
            when = datetime.combine(DAY, time(hour, 30))
            s.add(CheckIn(session_id=session_id, resident_id=resident.id, kiosk_id="k1", at=when))
    return morning, afternoon


def pdf_text(path) -> str:
    args = ["pdftotext", "-enc", "UTF-8", str(path), "-"]
    return subprocess.run(args, capture_output=True, check=True).stdout.decode()


def test_the_sheet_of_one_session_by_its_short_code(data_dir, factory, sessions, tmp_path):
    morning, _afternoon = sessions
    out = tmp_path / "buoi-sang.pdf"

    assert main(["export", "attendance", "--session", morning[:8], "--out", str(out)]) == 0

    text = pdf_text(out)
    assert "Buổi “Cà phê sáng” – Chủ đề: Zalo" in text
    assert "Thời gian: 08:00 – 10:00, ngày 29/11/2026" in text
    assert "Nguyễn Văn An" in text and "Đặng Thị Bé" not in text
    with factory() as s:
        details = [e.detail for e in s.scalars(select(AuditEntry))
                   if e.action == "print_attendance"]  # fmt: skip
    assert details and morning in details[0]


def test_the_check_ins_of_one_session_as_csv(data_dir, sessions, tmp_path):
    _morning, afternoon = sessions
    out = tmp_path / "buoi-chieu.csv"

    assert main(["export", "checkins", "--session", afternoon, "--out", str(out)]) == 0

    rows = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"), newline="")))
    assert [r[:4] for r in rows[1:]] == [["29/11/2026", "14:30", "Buổi chiều", "Đặng Thị Bé"]]


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--session", "zzzzzzzz"], "no session with the id 'zzzzzzzz'"),
        (["--session", "abc"], "no session with the id 'abc'"),
        (["--session", "abcdef12", "--from", "2026-11-01", "--to", "2026-11-30"], "not both"),
        (["--from", "2026-11-01"], "--from and --to are needed"),
    ],
)
def test_a_wrong_session_or_mixed_scope_exits_2(data_dir, sessions, tmp_path, capsys, extra,
                                                message):  # fmt: skip
    out = tmp_path / "x.pdf"
    assert main(["export", "attendance", *extra, "--out", str(out)]) == 2
    assert message in capsys.readouterr().err
    assert not out.exists()
